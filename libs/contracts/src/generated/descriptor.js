// Generated from schemas/proto by libs/contracts/scripts/generate.mjs. Do not edit.
export const descriptor = {
 "nested": {
  "tongbao": {
   "nested": {
    "bulletin": {
     "nested": {
      "v1": {
       "nested": {
        "ThreatBulletin": {
         "fields": {
          "kind": {
           "type": "BulletinKind",
           "id": 1
          },
          "documentNumber": {
           "type": "string",
           "id": 2,
           "protoName": "document_number"
          },
          "title": {
           "type": "string",
           "id": 3
          },
          "summary": {
           "type": "string",
           "id": 4
          },
          "body": {
           "type": "string",
           "id": 5
          },
          "category": {
           "type": "tongbao.common.v1.IncidentCategory",
           "id": 6
          },
          "threatName": {
           "type": "string",
           "id": 7,
           "protoName": "threat_name"
          },
          "severity": {
           "type": "tongbao.common.v1.Severity",
           "id": 8
          },
          "indicators": {
           "rule": "repeated",
           "type": "tongbao.common.v1.Indicator",
           "id": 9
          },
          "affectedScope": {
           "type": "tongbao.common.v1.Scope",
           "id": 10,
           "protoName": "affected_scope"
          },
          "recommendedMeasures": {
           "rule": "repeated",
           "type": "string",
           "id": 11,
           "protoName": "recommended_measures"
          },
          "period": {
           "type": "tongbao.common.v1.Period",
           "id": 12
          },
          "statistics": {
           "rule": "repeated",
           "type": "Statistic",
           "id": 13
          },
          "attachments": {
           "rule": "repeated",
           "type": "tongbao.common.v1.Attachment",
           "id": 14
          }
         }
        },
        "BulletinKind": {
         "values": {
          "BULLETIN_KIND_UNSPECIFIED": 0,
          "BULLETIN_KIND_THREAT": 1,
          "BULLETIN_KIND_SITUATION": 2,
          "BULLETIN_KIND_RISK_ADVISORY": 3
         }
        },
        "Statistic": {
         "oneofs": {
          "_changeRatio": {
           "oneof": [
            "changeRatio"
           ]
          }
         },
         "fields": {
          "name": {
           "type": "string",
           "id": 1
          },
          "value": {
           "type": "double",
           "id": 2
          },
          "unit": {
           "type": "string",
           "id": 3
          },
          "changeRatio": {
           "type": "double",
           "id": 4,
           "protoName": "change_ratio",
           "options": {
            "proto3_optional": true
           }
          }
         }
        }
       }
      }
     }
    },
    "common": {
     "nested": {
      "v1": {
       "nested": {
        "Attachment": {
         "oneofs": {
          "content": {
           "oneof": [
            "data",
            "uri"
           ]
          }
         },
         "fields": {
          "name": {
           "type": "string",
           "id": 1
          },
          "mediaType": {
           "type": "string",
           "id": 2,
           "protoName": "media_type"
          },
          "sizeBytes": {
           "type": "uint64",
           "id": 3,
           "protoName": "size_bytes"
          },
          "sha256": {
           "type": "bytes",
           "id": 4
          },
          "data": {
           "type": "bytes",
           "id": 5
          },
          "uri": {
           "type": "string",
           "id": 6
          },
          "description": {
           "type": "string",
           "id": 7
          }
         }
        },
        "IncidentGrade": {
         "values": {
          "INCIDENT_GRADE_UNSPECIFIED": 0,
          "INCIDENT_GRADE_I": 1,
          "INCIDENT_GRADE_II": 2,
          "INCIDENT_GRADE_III": 3,
          "INCIDENT_GRADE_IV": 4,
          "INCIDENT_GRADE_UNGRADED": 5
         }
        },
        "IncidentCategory": {
         "values": {
          "INCIDENT_CATEGORY_UNSPECIFIED": 0,
          "INCIDENT_CATEGORY_MALWARE": 1,
          "INCIDENT_CATEGORY_NETWORK_ATTACK": 2,
          "INCIDENT_CATEGORY_DATA_SECURITY": 3,
          "INCIDENT_CATEGORY_INFORMATION_CONTENT_SECURITY": 4,
          "INCIDENT_CATEGORY_EQUIPMENT_FAILURE": 5,
          "INCIDENT_CATEGORY_VIOLATION_OPERATION": 6,
          "INCIDENT_CATEGORY_SECURITY_HAZARD": 7,
          "INCIDENT_CATEGORY_ABNORMAL_BEHAVIOUR": 8,
          "INCIDENT_CATEGORY_FORCE_MAJEURE": 9,
          "INCIDENT_CATEGORY_OTHER": 10
         }
        },
        "WarningLevel": {
         "values": {
          "WARNING_LEVEL_UNSPECIFIED": 0,
          "WARNING_LEVEL_RED": 1,
          "WARNING_LEVEL_ORANGE": 2,
          "WARNING_LEVEL_YELLOW": 3,
          "WARNING_LEVEL_BLUE": 4
         }
        },
        "ResponseLevel": {
         "values": {
          "RESPONSE_LEVEL_UNSPECIFIED": 0,
          "RESPONSE_LEVEL_I": 1,
          "RESPONSE_LEVEL_II": 2,
          "RESPONSE_LEVEL_III": 3,
          "RESPONSE_LEVEL_IV": 4
         }
        },
        "Severity": {
         "values": {
          "SEVERITY_UNSPECIFIED": 0,
          "SEVERITY_LOW": 1,
          "SEVERITY_MEDIUM": 2,
          "SEVERITY_HIGH": 3,
          "SEVERITY_CRITICAL": 4
         }
        },
        "IndicatorType": {
         "values": {
          "INDICATOR_TYPE_UNSPECIFIED": 0,
          "INDICATOR_TYPE_IP": 1,
          "INDICATOR_TYPE_DOMAIN": 2,
          "INDICATOR_TYPE_URL": 3,
          "INDICATOR_TYPE_EMAIL": 4,
          "INDICATOR_TYPE_FILE_MD5": 5,
          "INDICATOR_TYPE_FILE_SHA1": 6,
          "INDICATOR_TYPE_FILE_SHA256": 7,
          "INDICATOR_TYPE_FILE_SM3": 8,
          "INDICATOR_TYPE_CVE": 9,
          "INDICATOR_TYPE_CNVD": 10
         }
        },
        "Indicator": {
         "fields": {
          "type": {
           "type": "IndicatorType",
           "id": 1
          },
          "value": {
           "type": "string",
           "id": 2
          },
          "description": {
           "type": "string",
           "id": 3
          },
          "firstSeenTime": {
           "type": "google.protobuf.Timestamp",
           "id": 4,
           "protoName": "first_seen_time"
          },
          "lastSeenTime": {
           "type": "google.protobuf.Timestamp",
           "id": 5,
           "protoName": "last_seen_time"
          }
         }
        },
        "Period": {
         "fields": {
          "startTime": {
           "type": "google.protobuf.Timestamp",
           "id": 1,
           "protoName": "start_time"
          },
          "endTime": {
           "type": "google.protobuf.Timestamp",
           "id": 2,
           "protoName": "end_time"
          }
         }
        },
        "Scope": {
         "fields": {
          "sectors": {
           "rule": "repeated",
           "type": "Sector",
           "id": 1
          },
          "regions": {
           "rule": "repeated",
           "type": "string",
           "id": 2
          },
          "description": {
           "type": "string",
           "id": 3
          }
         }
        },
        "OrgKind": {
         "values": {
          "ORG_KIND_UNSPECIFIED": 0,
          "ORG_KIND_DEPARTMENT": 1,
          "ORG_KIND_REGIONAL_OFFICE": 2,
          "ORG_KIND_INDUSTRY_AUTHORITY": 3,
          "ORG_KIND_COMMUNICATIONS_ADMINISTRATION": 4,
          "ORG_KIND_LOCAL_AUTHORITY": 5,
          "ORG_KIND_TECHNICAL_PLATFORM": 6,
          "ORG_KIND_SUPPORT_AGENCY": 7,
          "ORG_KIND_ENTERPRISE": 8
         }
        },
        "Sector": {
         "values": {
          "SECTOR_UNSPECIFIED": 0,
          "SECTOR_RAW_MATERIALS": 1,
          "SECTOR_EQUIPMENT_MANUFACTURING": 2,
          "SECTOR_CONSUMER_GOODS": 3,
          "SECTOR_ELECTRONIC_INFORMATION": 4,
          "SECTOR_TELECOMMUNICATIONS": 5,
          "SECTOR_POWER": 6,
          "SECTOR_OIL_AND_GAS": 7,
          "SECTOR_COAL": 8,
          "SECTOR_HEALTH": 9,
          "SECTOR_ENVIRONMENT": 10,
          "SECTOR_DEFENCE": 11,
          "SECTOR_EDUCATION": 12,
          "SECTOR_TRANSPORT": 13,
          "SECTOR_WATER": 14,
          "SECTOR_MUNICIPAL_UTILITIES": 15,
          "SECTOR_FINANCE": 16,
          "SECTOR_OTHER": 17
         }
        },
        "EnterpriseType": {
         "values": {
          "ENTERPRISE_TYPE_UNSPECIFIED": 0,
          "ENTERPRISE_TYPE_NETWORKED_INDUSTRIAL": 1,
          "ENTERPRISE_TYPE_PLATFORM": 2,
          "ENTERPRISE_TYPE_IDENTIFIER_RESOLUTION": 3,
          "ENTERPRISE_TYPE_BASIC_TELECOM": 4,
          "ENTERPRISE_TYPE_OTHER": 5
         }
        },
        "EnterpriseSecurityLevel": {
         "values": {
          "ENTERPRISE_SECURITY_LEVEL_UNSPECIFIED": 0,
          "ENTERPRISE_SECURITY_LEVEL_1": 1,
          "ENTERPRISE_SECURITY_LEVEL_2": 2,
          "ENTERPRISE_SECURITY_LEVEL_3": 3
         }
        },
        "Enterprise": {
         "fields": {
          "orgId": {
           "type": "string",
           "id": 1,
           "protoName": "org_id"
          },
          "name": {
           "type": "string",
           "id": 2
          },
          "unifiedSocialCreditCode": {
           "type": "string",
           "id": 3,
           "protoName": "unified_social_credit_code"
          },
          "enterpriseType": {
           "type": "EnterpriseType",
           "id": 4,
           "protoName": "enterprise_type"
          },
          "centralSoe": {
           "type": "bool",
           "id": 5,
           "protoName": "central_soe"
          },
          "securityLevel": {
           "type": "EnterpriseSecurityLevel",
           "id": 6,
           "protoName": "security_level"
          },
          "region": {
           "type": "string",
           "id": 7
          },
          "sectors": {
           "rule": "repeated",
           "type": "Sector",
           "id": 8
          }
         }
        },
        "Person": {
         "fields": {
          "name": {
           "type": "string",
           "id": 1
          },
          "jobTitle": {
           "type": "string",
           "id": 2,
           "protoName": "job_title"
          },
          "orgId": {
           "type": "string",
           "id": 3,
           "protoName": "org_id"
          },
          "unit": {
           "type": "string",
           "id": 4
          },
          "phone": {
           "type": "string",
           "id": 5
          },
          "email": {
           "type": "string",
           "id": 6
          }
         }
        },
        "AssetType": {
         "values": {
          "ASSET_TYPE_UNSPECIFIED": 0,
          "ASSET_TYPE_PLC": 1,
          "ASSET_TYPE_DCS": 2,
          "ASSET_TYPE_SCADA": 3,
          "ASSET_TYPE_HMI": 4,
          "ASSET_TYPE_RTU": 5,
          "ASSET_TYPE_SAFETY_INSTRUMENTED_SYSTEM": 6,
          "ASSET_TYPE_INDUSTRIAL_NETWORK_DEVICE": 7,
          "ASSET_TYPE_INDUSTRIAL_SOFTWARE": 8,
          "ASSET_TYPE_INDUSTRIAL_INTERNET_PLATFORM": 9,
          "ASSET_TYPE_IDENTIFIER_RESOLUTION_NODE": 10,
          "ASSET_TYPE_IOT_DEVICE": 11,
          "ASSET_TYPE_VIDEO_SURVEILLANCE": 12,
          "ASSET_TYPE_DATABASE": 13,
          "ASSET_TYPE_OTHER": 14
         }
        },
        "ReportPhase": {
         "values": {
          "REPORT_PHASE_UNSPECIFIED": 0,
          "REPORT_PHASE_INITIAL": 1,
          "REPORT_PHASE_UPDATE": 2,
          "REPORT_PHASE_FINAL": 3
         }
        },
        "WarningAction": {
         "values": {
          "WARNING_ACTION_UNSPECIFIED": 0,
          "WARNING_ACTION_ISSUE": 1,
          "WARNING_ACTION_ADJUST": 2,
          "WARNING_ACTION_LIFT": 3
         }
        },
        "ResponseAction": {
         "values": {
          "RESPONSE_ACTION_UNSPECIFIED": 0,
          "RESPONSE_ACTION_START": 1,
          "RESPONSE_ACTION_ADJUST": 2,
          "RESPONSE_ACTION_END": 3
         }
        },
        "Tlp": {
         "values": {
          "TLP_UNSPECIFIED": 0,
          "TLP_CLEAR": 1,
          "TLP_GREEN": 2,
          "TLP_AMBER": 3,
          "TLP_AMBER_STRICT": 4,
          "TLP_RED": 5
         }
        },
        "DataLevel": {
         "values": {
          "DATA_LEVEL_UNSPECIFIED": 0,
          "DATA_LEVEL_GENERAL": 1,
          "DATA_LEVEL_IMPORTANT": 2,
          "DATA_LEVEL_CORE": 3,
          "DATA_LEVEL_LEGACY_LEVEL_1": 11,
          "DATA_LEVEL_LEGACY_LEVEL_2": 12,
          "DATA_LEVEL_LEGACY_LEVEL_3": 13
         }
        }
       }
      }
     }
    },
    "envelope": {
     "nested": {
      "v1": {
       "nested": {
        "SignedEnvelope": {
         "fields": {
          "header": {
           "type": "bytes",
           "id": 1
          },
          "payload": {
           "type": "bytes",
           "id": 2
          },
          "signatures": {
           "rule": "repeated",
           "type": "Signature",
           "id": 3
          }
         }
        },
        "Header": {
         "fields": {
          "id": {
           "type": "string",
           "id": 1
          },
          "type": {
           "type": "string",
           "id": 2
          },
          "source": {
           "type": "string",
           "id": 3
          },
          "time": {
           "type": "google.protobuf.Timestamp",
           "id": 4
          },
          "status": {
           "type": "Status",
           "id": 5
          },
          "marking": {
           "type": "Marking",
           "id": 6
          },
          "recipients": {
           "rule": "repeated",
           "type": "string",
           "id": 7
          },
          "sectors": {
           "rule": "repeated",
           "type": "tongbao.common.v1.Sector",
           "id": 8
          },
          "region": {
           "type": "string",
           "id": 9
          },
          "correlationId": {
           "type": "string",
           "id": 10,
           "protoName": "correlation_id"
          },
          "causationId": {
           "type": "string",
           "id": 11,
           "protoName": "causation_id"
          },
          "references": {
           "rule": "repeated",
           "type": "Reference",
           "id": 12
          },
          "expires": {
           "type": "google.protobuf.Timestamp",
           "id": 13
          },
          "payloadSha256": {
           "type": "bytes",
           "id": 14,
           "protoName": "payload_sha256"
          },
          "producerId": {
           "type": "string",
           "id": 15,
           "protoName": "producer_id"
          },
          "producerSeq": {
           "type": "uint64",
           "id": 16,
           "protoName": "producer_seq"
          },
          "prevDigest": {
           "type": "bytes",
           "id": 17,
           "protoName": "prev_digest"
          }
         }
        },
        "Status": {
         "values": {
          "STATUS_UNSPECIFIED": 0,
          "STATUS_LIVE": 1,
          "STATUS_EXERCISE": 2,
          "STATUS_TEST": 3
         }
        },
        "Marking": {
         "fields": {
          "tlp": {
           "type": "tongbao.common.v1.Tlp",
           "id": 1
          },
          "dataLevel": {
           "type": "tongbao.common.v1.DataLevel",
           "id": 2,
           "protoName": "data_level"
          }
         }
        },
        "Reference": {
         "fields": {
          "id": {
           "type": "string",
           "id": 1
          },
          "kind": {
           "type": "ReferenceKind",
           "id": 2
          },
          "type": {
           "type": "string",
           "id": 3
          },
          "source": {
           "type": "string",
           "id": 4
          },
          "digest": {
           "type": "bytes",
           "id": 5
          }
         }
        },
        "ReferenceKind": {
         "values": {
          "REFERENCE_KIND_UNSPECIFIED": 0,
          "REFERENCE_KIND_UPDATE": 1,
          "REFERENCE_KIND_CANCEL": 2,
          "REFERENCE_KIND_REPLY": 3,
          "REFERENCE_KIND_FORWARD": 4,
          "REFERENCE_KIND_RELATED": 5
         }
        },
        "Signature": {
         "fields": {
          "keyId": {
           "type": "string",
           "id": 1,
           "protoName": "key_id"
          },
          "algorithm": {
           "type": "SignatureAlgorithm",
           "id": 2
          },
          "value": {
           "type": "bytes",
           "id": 3
          },
          "merklePath": {
           "rule": "repeated",
           "type": "bytes",
           "id": 4,
           "protoName": "merkle_path"
          },
          "leafIndex": {
           "type": "uint32",
           "id": 5,
           "protoName": "leaf_index"
          },
          "leafCount": {
           "type": "uint32",
           "id": 6,
           "protoName": "leaf_count"
          }
         }
        },
        "SignatureAlgorithm": {
         "values": {
          "SIGNATURE_ALGORITHM_UNSPECIFIED": 0,
          "SIGNATURE_ALGORITHM_ED25519": 1,
          "SIGNATURE_ALGORITHM_SM2_SM3": 2
         }
        },
        "SealedPayload": {
         "fields": {
          "suite": {
           "type": "RedSuite",
           "id": 1
          },
          "ephemeralPublicKey": {
           "type": "bytes",
           "id": 2,
           "protoName": "ephemeral_public_key"
          },
          "nonce": {
           "type": "bytes",
           "id": 3
          },
          "ciphertext": {
           "type": "bytes",
           "id": 4
          },
          "recipients": {
           "rule": "repeated",
           "type": "WrappedKey",
           "id": 5
          }
         }
        },
        "WrappedKey": {
         "fields": {
          "orgId": {
           "type": "string",
           "id": 1,
           "protoName": "org_id"
          },
          "keyId": {
           "type": "string",
           "id": 2,
           "protoName": "key_id"
          },
          "nonce": {
           "type": "bytes",
           "id": 3
          },
          "wrappedKey": {
           "type": "bytes",
           "id": 4,
           "protoName": "wrapped_key"
          }
         }
        },
        "RedSuite": {
         "values": {
          "RED_SUITE_UNSPECIFIED": 0,
          "RED_SUITE_X25519_AES_256_GCM": 1,
          "RED_SUITE_X25519_SM4_CTR_HMAC_SM3": 2
         }
        }
       }
      }
     }
    },
    "exposure": {
     "nested": {
      "v1": {
       "nested": {
        "ExposureFinding": {
         "fields": {
          "ip": {
           "type": "string",
           "id": 1
          },
          "port": {
           "type": "uint32",
           "id": 2
          },
          "transport": {
           "type": "TransportProtocol",
           "id": 3
          },
          "protocol": {
           "type": "string",
           "id": 4
          },
          "deviceType": {
           "type": "tongbao.common.v1.AssetType",
           "id": 5,
           "protoName": "device_type"
          },
          "vendor": {
           "type": "string",
           "id": 6
          },
          "product": {
           "type": "string",
           "id": 7
          },
          "version": {
           "type": "string",
           "id": 8
          },
          "locationRegion": {
           "type": "string",
           "id": 9,
           "protoName": "location_region"
          },
          "networkOperator": {
           "type": "string",
           "id": 10,
           "protoName": "network_operator"
          },
          "owner": {
           "type": "tongbao.common.v1.Enterprise",
           "id": 11
          },
          "riskLevel": {
           "type": "tongbao.common.v1.Severity",
           "id": 12,
           "protoName": "risk_level"
          },
          "riskDescription": {
           "type": "string",
           "id": 13,
           "protoName": "risk_description"
          },
          "vulnerabilityIds": {
           "rule": "repeated",
           "type": "string",
           "id": 14,
           "protoName": "vulnerability_ids"
          },
          "firstSeenTime": {
           "type": "google.protobuf.Timestamp",
           "id": 15,
           "protoName": "first_seen_time"
          },
          "lastSeenTime": {
           "type": "google.protobuf.Timestamp",
           "id": 16,
           "protoName": "last_seen_time"
          },
          "banner": {
           "type": "bytes",
           "id": 17
          }
         }
        },
        "TransportProtocol": {
         "values": {
          "TRANSPORT_PROTOCOL_UNSPECIFIED": 0,
          "TRANSPORT_PROTOCOL_TCP": 1,
          "TRANSPORT_PROTOCOL_UDP": 2
         }
        }
       }
      }
     }
    },
    "feedback": {
     "nested": {
      "v1": {
       "nested": {
        "HandlingFeedback": {
         "fields": {
          "messageId": {
           "type": "string",
           "id": 1,
           "protoName": "message_id"
          },
          "status": {
           "type": "HandlingStatus",
           "id": 2
          },
          "actionsTaken": {
           "rule": "repeated",
           "type": "ActionTaken",
           "id": 3,
           "protoName": "actions_taken"
          },
          "evidence": {
           "rule": "repeated",
           "type": "tongbao.common.v1.Attachment",
           "id": 4
          },
          "residualRiskLevel": {
           "type": "tongbao.common.v1.Severity",
           "id": 5,
           "protoName": "residual_risk_level"
          },
          "residualRisk": {
           "type": "string",
           "id": 6,
           "protoName": "residual_risk"
          },
          "expectedCompletionTime": {
           "type": "google.protobuf.Timestamp",
           "id": 7,
           "protoName": "expected_completion_time"
          },
          "cannotComplyReason": {
           "type": "string",
           "id": 8,
           "protoName": "cannot_comply_reason"
          },
          "accountablePerson": {
           "type": "tongbao.common.v1.Person",
           "id": 9,
           "protoName": "accountable_person"
          }
         }
        },
        "HandlingStatus": {
         "values": {
          "HANDLING_STATUS_UNSPECIFIED": 0,
          "HANDLING_STATUS_IN_PROGRESS": 1,
          "HANDLING_STATUS_DONE": 2,
          "HANDLING_STATUS_CANNOT_COMPLY": 3
         }
        },
        "ActionTaken": {
         "fields": {
          "description": {
           "type": "string",
           "id": 1
          },
          "completedTime": {
           "type": "google.protobuf.Timestamp",
           "id": 2,
           "protoName": "completed_time"
          }
         }
        }
       }
      }
     }
    },
    "incident": {
     "nested": {
      "v1": {
       "nested": {
        "IncidentReport": {
         "fields": {
          "phase": {
           "type": "tongbao.common.v1.ReportPhase",
           "id": 1
          },
          "incidentId": {
           "type": "string",
           "id": 2,
           "protoName": "incident_id"
          },
          "title": {
           "type": "string",
           "id": 3
          },
          "summary": {
           "type": "string",
           "id": 4
          },
          "grade": {
           "type": "tongbao.common.v1.IncidentGrade",
           "id": 5
          },
          "category": {
           "type": "tongbao.common.v1.IncidentCategory",
           "id": 6
          },
          "subcategory": {
           "type": "string",
           "id": 7
          },
          "occurredTime": {
           "type": "google.protobuf.Timestamp",
           "id": 8,
           "protoName": "occurred_time"
          },
          "discoveredTime": {
           "type": "google.protobuf.Timestamp",
           "id": 9,
           "protoName": "discovered_time"
          },
          "resolvedTime": {
           "type": "google.protobuf.Timestamp",
           "id": 10,
           "protoName": "resolved_time"
          },
          "affectedObject": {
           "type": "string",
           "id": 11,
           "protoName": "affected_object"
          },
          "scope": {
           "type": "tongbao.common.v1.Scope",
           "id": 12
          },
          "harm": {
           "type": "string",
           "id": 13
          },
          "measuresTaken": {
           "rule": "repeated",
           "type": "string",
           "id": 14,
           "protoName": "measures_taken"
          },
          "recommendations": {
           "rule": "repeated",
           "type": "string",
           "id": 15
          },
          "criticalInfrastructure": {
           "type": "bool",
           "id": 16,
           "protoName": "critical_infrastructure"
          },
          "dataLevelAffected": {
           "type": "tongbao.common.v1.DataLevel",
           "id": 17,
           "protoName": "data_level_affected"
          },
          "recordsLeaked": {
           "type": "uint64",
           "id": 18,
           "protoName": "records_leaked"
          },
          "peopleAffected": {
           "type": "uint64",
           "id": 19,
           "protoName": "people_affected"
          },
          "outageHours": {
           "type": "double",
           "id": 20,
           "protoName": "outage_hours"
          },
          "economicLossYuan": {
           "type": "int64",
           "id": 21,
           "protoName": "economic_loss_yuan"
          },
          "productionSafetyAccident": {
           "type": "bool",
           "id": 22,
           "protoName": "production_safety_accident"
          },
          "environmentalEmergency": {
           "type": "bool",
           "id": 23,
           "protoName": "environmental_emergency"
          },
          "reportingEnterprise": {
           "type": "tongbao.common.v1.Enterprise",
           "id": 24,
           "protoName": "reporting_enterprise"
          },
          "contact": {
           "type": "tongbao.common.v1.Person",
           "id": 25
          },
          "causeAnalysis": {
           "type": "string",
           "id": 26,
           "protoName": "cause_analysis"
          },
          "accountability": {
           "type": "string",
           "id": 27
          },
          "indicators": {
           "rule": "repeated",
           "type": "tongbao.common.v1.Indicator",
           "id": 28
          },
          "attachments": {
           "rule": "repeated",
           "type": "tongbao.common.v1.Attachment",
           "id": 29
          }
         }
        }
       }
      }
     }
    },
    "inspection": {
     "nested": {
      "v1": {
       "nested": {
        "InspectionResult": {
         "fields": {
          "documentNumber": {
           "type": "string",
           "id": 1,
           "protoName": "document_number"
          },
          "title": {
           "type": "string",
           "id": 2
          },
          "kind": {
           "type": "InspectionKind",
           "id": 3
          },
          "inspectedParty": {
           "type": "tongbao.common.v1.Enterprise",
           "id": 4,
           "protoName": "inspected_party"
          },
          "scope": {
           "type": "string",
           "id": 5
          },
          "period": {
           "type": "tongbao.common.v1.Period",
           "id": 6
          },
          "inspectors": {
           "rule": "repeated",
           "type": "tongbao.common.v1.Person",
           "id": 7
          },
          "findings": {
           "rule": "repeated",
           "type": "Finding",
           "id": 8
          },
          "rating": {
           "type": "InspectionRating",
           "id": 9
          },
          "assessedSecurityLevel": {
           "type": "tongbao.common.v1.EnterpriseSecurityLevel",
           "id": 10,
           "protoName": "assessed_security_level"
          },
          "followUp": {
           "rule": "repeated",
           "type": "string",
           "id": 11,
           "protoName": "follow_up"
          },
          "rectificationDeadline": {
           "type": "google.protobuf.Timestamp",
           "id": 12,
           "protoName": "rectification_deadline"
          },
          "attachments": {
           "rule": "repeated",
           "type": "tongbao.common.v1.Attachment",
           "id": 13
          }
         }
        },
        "InspectionKind": {
         "values": {
          "INSPECTION_KIND_UNSPECIFIED": 0,
          "INSPECTION_KIND_ROUTINE": 1,
          "INSPECTION_KIND_SPECIAL": 2,
          "INSPECTION_KIND_SPOT_CHECK": 3,
          "INSPECTION_KIND_FOLLOW_UP": 4
         }
        },
        "Finding": {
         "fields": {
          "description": {
           "type": "string",
           "id": 1
          },
          "severity": {
           "type": "tongbao.common.v1.Severity",
           "id": 2
          },
          "requirement": {
           "type": "string",
           "id": 3
          }
         }
        },
        "InspectionRating": {
         "values": {
          "INSPECTION_RATING_UNSPECIFIED": 0,
          "INSPECTION_RATING_COMPLIANT": 1,
          "INSPECTION_RATING_BASICALLY_COMPLIANT": 2,
          "INSPECTION_RATING_NON_COMPLIANT": 3
         }
        }
       }
      }
     }
    },
    "receipt": {
     "nested": {
      "v1": {
       "nested": {
        "Receipt": {
         "fields": {
          "messageId": {
           "type": "string",
           "id": 1,
           "protoName": "message_id"
          },
          "messageDigest": {
           "type": "bytes",
           "id": 2,
           "protoName": "message_digest"
          },
          "receivedTime": {
           "type": "google.protobuf.Timestamp",
           "id": 3,
           "protoName": "received_time"
          },
          "outcome": {
           "type": "ReceiptOutcome",
           "id": 4
          },
          "accountablePerson": {
           "type": "tongbao.common.v1.Person",
           "id": 5,
           "protoName": "accountable_person"
          },
          "automatic": {
           "type": "bool",
           "id": 6
          },
          "rejectionReason": {
           "type": "RejectionReason",
           "id": 7,
           "protoName": "rejection_reason"
          },
          "rejectionDetail": {
           "type": "string",
           "id": 8,
           "protoName": "rejection_detail"
          },
          "suggestedOrgId": {
           "type": "string",
           "id": 9,
           "protoName": "suggested_org_id"
          }
         }
        },
        "ReceiptOutcome": {
         "values": {
          "RECEIPT_OUTCOME_UNSPECIFIED": 0,
          "RECEIPT_OUTCOME_ACCEPTED": 1,
          "RECEIPT_OUTCOME_REJECTED": 2
         }
        },
        "RejectionReason": {
         "values": {
          "REJECTION_REASON_UNSPECIFIED": 0,
          "REJECTION_REASON_SIGNATURE_INVALID": 1,
          "REJECTION_REASON_KEY_UNKNOWN": 2,
          "REJECTION_REASON_KEY_NOT_VALID": 3,
          "REJECTION_REASON_SCHEMA_INVALID": 4,
          "REJECTION_REASON_TYPE_UNSUPPORTED": 5,
          "REJECTION_REASON_MARKING_VIOLATION": 6,
          "REJECTION_REASON_EXPIRED": 7,
          "REJECTION_REASON_REFERENCE_UNKNOWN": 8,
          "REJECTION_REASON_OUT_OF_JURISDICTION": 9,
          "REJECTION_REASON_OTHER": 10
         }
        }
       }
      }
     }
    },
    "rectification": {
     "nested": {
      "v1": {
       "nested": {
        "RectificationNotice": {
         "fields": {
          "documentNumber": {
           "type": "string",
           "id": 1,
           "protoName": "document_number"
          },
          "title": {
           "type": "string",
           "id": 2
          },
          "responsibleParty": {
           "type": "tongbao.common.v1.Enterprise",
           "id": 3,
           "protoName": "responsible_party"
          },
          "issues": {
           "rule": "repeated",
           "type": "Issue",
           "id": 4
          },
          "requirements": {
           "type": "string",
           "id": 5
          },
          "deadline": {
           "type": "google.protobuf.Timestamp",
           "id": 6
          },
          "notifySuperior": {
           "type": "bool",
           "id": 7,
           "protoName": "notify_superior"
          },
          "contact": {
           "type": "tongbao.common.v1.Person",
           "id": 8
          }
         }
        },
        "Issue": {
         "fields": {
          "findingId": {
           "type": "string",
           "id": 1,
           "protoName": "finding_id"
          },
          "description": {
           "type": "string",
           "id": 2
          },
          "severity": {
           "type": "tongbao.common.v1.Severity",
           "id": 3
          },
          "actions": {
           "rule": "repeated",
           "type": "RequiredAction",
           "id": 4
          }
         }
        },
        "RequiredAction": {
         "values": {
          "REQUIRED_ACTION_UNSPECIFIED": 0,
          "REQUIRED_ACTION_BLOCK": 1,
          "REQUIRED_ACTION_CLEAN": 2,
          "REQUIRED_ACTION_PATCH": 3,
          "REQUIRED_ACTION_RECTIFY": 4,
          "REQUIRED_ACTION_INVESTIGATE": 5,
          "REQUIRED_ACTION_TAKE_OFFLINE": 6
         }
        }
       }
      }
     }
    },
    "registry": {
     "nested": {
      "v1": {
       "nested": {
        "Organization": {
         "fields": {
          "id": {
           "type": "string",
           "id": 1
          },
          "nameZh": {
           "type": "string",
           "id": 2,
           "protoName": "name_zh"
          },
          "nameEn": {
           "type": "string",
           "id": 3,
           "protoName": "name_en"
          },
          "kind": {
           "type": "tongbao.common.v1.OrgKind",
           "id": 4
          },
          "region": {
           "type": "string",
           "id": 5
          },
          "sectors": {
           "rule": "repeated",
           "type": "tongbao.common.v1.Sector",
           "id": 6
          },
          "parentId": {
           "type": "string",
           "id": 7,
           "protoName": "parent_id"
          },
          "enterprise": {
           "type": "tongbao.common.v1.Enterprise",
           "id": 8
          }
         }
        },
        "SigningKey": {
         "fields": {
          "keyId": {
           "type": "string",
           "id": 1,
           "protoName": "key_id"
          },
          "orgId": {
           "type": "string",
           "id": 2,
           "protoName": "org_id"
          },
          "algorithm": {
           "type": "tongbao.envelope.v1.SignatureAlgorithm",
           "id": 3
          },
          "publicKey": {
           "type": "bytes",
           "id": 4,
           "protoName": "public_key"
          },
          "notBefore": {
           "type": "google.protobuf.Timestamp",
           "id": 5,
           "protoName": "not_before"
          },
          "notAfter": {
           "type": "google.protobuf.Timestamp",
           "id": 6,
           "protoName": "not_after"
          },
          "revokedTime": {
           "type": "google.protobuf.Timestamp",
           "id": 7,
           "protoName": "revoked_time"
          }
         }
        },
        "KeyEvent": {
         "fields": {
          "kind": {
           "type": "KeyEventKind",
           "id": 1
          },
          "key": {
           "type": "SigningKey",
           "id": 2
          },
          "reason": {
           "type": "string",
           "id": 3
          },
          "time": {
           "type": "google.protobuf.Timestamp",
           "id": 4
          },
          "actor": {
           "type": "string",
           "id": 5
          },
          "previousKeyId": {
           "type": "string",
           "id": 6,
           "protoName": "previous_key_id"
          }
         }
        },
        "KeyEventKind": {
         "values": {
          "KEY_EVENT_KIND_UNSPECIFIED": 0,
          "KEY_EVENT_KIND_REGISTER": 1,
          "KEY_EVENT_KIND_ROTATE": 2,
          "KEY_EVENT_KIND_REVOKE": 3
         }
        },
        "EncryptionKey": {
         "fields": {
          "keyId": {
           "type": "string",
           "id": 1,
           "protoName": "key_id"
          },
          "orgId": {
           "type": "string",
           "id": 2,
           "protoName": "org_id"
          },
          "algorithm": {
           "type": "EncryptionAlgorithm",
           "id": 3
          },
          "publicKey": {
           "type": "bytes",
           "id": 4,
           "protoName": "public_key"
          },
          "notBefore": {
           "type": "google.protobuf.Timestamp",
           "id": 5,
           "protoName": "not_before"
          },
          "notAfter": {
           "type": "google.protobuf.Timestamp",
           "id": 6,
           "protoName": "not_after"
          },
          "revokedTime": {
           "type": "google.protobuf.Timestamp",
           "id": 7,
           "protoName": "revoked_time"
          }
         }
        },
        "EncryptionKeyEvent": {
         "fields": {
          "kind": {
           "type": "KeyEventKind",
           "id": 1
          },
          "key": {
           "type": "EncryptionKey",
           "id": 2
          },
          "reason": {
           "type": "string",
           "id": 3
          },
          "time": {
           "type": "google.protobuf.Timestamp",
           "id": 4
          },
          "actor": {
           "type": "string",
           "id": 5
          },
          "previousKeyId": {
           "type": "string",
           "id": 6,
           "protoName": "previous_key_id"
          }
         }
        },
        "EncryptionAlgorithm": {
         "values": {
          "ENCRYPTION_ALGORITHM_UNSPECIFIED": 0,
          "ENCRYPTION_ALGORITHM_X25519": 1
         }
        }
       }
      }
     }
    },
    "response": {
     "nested": {
      "v1": {
       "nested": {
        "EmergencyResponse": {
         "fields": {
          "action": {
           "type": "tongbao.common.v1.ResponseAction",
           "id": 1
          },
          "level": {
           "type": "tongbao.common.v1.ResponseLevel",
           "id": 2
          },
          "documentNumber": {
           "type": "string",
           "id": 3,
           "protoName": "document_number"
          },
          "title": {
           "type": "string",
           "id": 4
          },
          "incidentId": {
           "type": "string",
           "id": 5,
           "protoName": "incident_id"
          },
          "situation": {
           "type": "string",
           "id": 6
          },
          "scope": {
           "type": "tongbao.common.v1.Scope",
           "id": 7
          },
          "effectiveTime": {
           "type": "google.protobuf.Timestamp",
           "id": 8,
           "protoName": "effective_time"
          },
          "commandBody": {
           "type": "string",
           "id": 9,
           "protoName": "command_body"
          },
          "commander": {
           "type": "tongbao.common.v1.Person",
           "id": 10
          },
          "coordinationRequests": {
           "rule": "repeated",
           "type": "CoordinationRequest",
           "id": 11,
           "protoName": "coordination_requests"
          },
          "requirements": {
           "rule": "repeated",
           "type": "string",
           "id": 12
          },
          "reportingInterval": {
           "type": "google.protobuf.Duration",
           "id": 13,
           "protoName": "reporting_interval"
          },
          "reason": {
           "type": "string",
           "id": 14
          },
          "responseId": {
           "type": "string",
           "id": 15,
           "protoName": "response_id"
          }
         }
        },
        "CoordinationRequest": {
         "fields": {
          "orgId": {
           "type": "string",
           "id": 1,
           "protoName": "org_id"
          },
          "request": {
           "type": "string",
           "id": 2
          },
          "deadline": {
           "type": "google.protobuf.Timestamp",
           "id": 3
          }
         }
        }
       }
      }
     }
    },
    "vulnerability": {
     "nested": {
      "v1": {
       "nested": {
        "VulnerabilityNotice": {
         "oneofs": {
          "_cvssScore": {
           "oneof": [
            "cvssScore"
           ]
          }
         },
         "fields": {
          "documentNumber": {
           "type": "string",
           "id": 1,
           "protoName": "document_number"
          },
          "title": {
           "type": "string",
           "id": 2
          },
          "description": {
           "type": "string",
           "id": 3
          },
          "identifiers": {
           "rule": "repeated",
           "type": "VulnerabilityIdentifier",
           "id": 4
          },
          "products": {
           "rule": "repeated",
           "type": "AffectedProduct",
           "id": 5
          },
          "severity": {
           "type": "tongbao.common.v1.Severity",
           "id": 6
          },
          "cvssScore": {
           "type": "double",
           "id": 7,
           "protoName": "cvss_score",
           "options": {
            "proto3_optional": true
           }
          },
          "cvssVector": {
           "type": "string",
           "id": 8,
           "protoName": "cvss_vector"
          },
          "cweId": {
           "type": "string",
           "id": 9,
           "protoName": "cwe_id"
          },
          "exploitStatus": {
           "type": "ExploitStatus",
           "id": 10,
           "protoName": "exploit_status"
          },
          "affectedScope": {
           "type": "tongbao.common.v1.Scope",
           "id": 11,
           "protoName": "affected_scope"
          },
          "mitigation": {
           "type": "string",
           "id": 12
          },
          "patchAvailable": {
           "type": "bool",
           "id": 13,
           "protoName": "patch_available"
          },
          "publishedTime": {
           "type": "google.protobuf.Timestamp",
           "id": 14,
           "protoName": "published_time"
          },
          "disclosure": {
           "type": "DisclosureConstraints",
           "id": 15
          },
          "referenceUrls": {
           "rule": "repeated",
           "type": "string",
           "id": 16,
           "protoName": "reference_urls"
          }
         }
        },
        "VulnerabilityIdentifier": {
         "fields": {
          "scheme": {
           "type": "IdentifierScheme",
           "id": 1
          },
          "value": {
           "type": "string",
           "id": 2
          }
         }
        },
        "IdentifierScheme": {
         "values": {
          "IDENTIFIER_SCHEME_UNSPECIFIED": 0,
          "IDENTIFIER_SCHEME_CVE": 1,
          "IDENTIFIER_SCHEME_CNVD": 2,
          "IDENTIFIER_SCHEME_CNNVD": 3,
          "IDENTIFIER_SCHEME_CICSVD": 4,
          "IDENTIFIER_SCHEME_VENDOR": 5
         }
        },
        "AffectedProduct": {
         "fields": {
          "vendor": {
           "type": "string",
           "id": 1
          },
          "product": {
           "type": "string",
           "id": 2
          },
          "affectedVersions": {
           "rule": "repeated",
           "type": "string",
           "id": 3,
           "protoName": "affected_versions"
          },
          "fixedVersions": {
           "rule": "repeated",
           "type": "string",
           "id": 4,
           "protoName": "fixed_versions"
          },
          "cpe": {
           "type": "string",
           "id": 5
          },
          "productType": {
           "type": "tongbao.common.v1.AssetType",
           "id": 6,
           "protoName": "product_type"
          }
         }
        },
        "ExploitStatus": {
         "values": {
          "EXPLOIT_STATUS_UNSPECIFIED": 0,
          "EXPLOIT_STATUS_NONE_KNOWN": 1,
          "EXPLOIT_STATUS_PROOF_OF_CONCEPT": 2,
          "EXPLOIT_STATUS_EXPLOITED": 3
         }
        },
        "DisclosureConstraints": {
         "fields": {
          "embargoUntil": {
           "type": "google.protobuf.Timestamp",
           "id": 1,
           "protoName": "embargo_until"
          },
          "detailsShareable": {
           "type": "bool",
           "id": 2,
           "protoName": "details_shareable"
          },
          "conditions": {
           "type": "string",
           "id": 3
          }
         }
        }
       }
      }
     }
    },
    "warning": {
     "nested": {
      "v1": {
       "nested": {
        "EarlyWarning": {
         "fields": {
          "action": {
           "type": "tongbao.common.v1.WarningAction",
           "id": 1
          },
          "level": {
           "type": "tongbao.common.v1.WarningLevel",
           "id": 2
          },
          "category": {
           "type": "tongbao.common.v1.IncidentCategory",
           "id": 3
          },
          "documentNumber": {
           "type": "string",
           "id": 4,
           "protoName": "document_number"
          },
          "title": {
           "type": "string",
           "id": 5
          },
          "issuingUnit": {
           "type": "string",
           "id": 6,
           "protoName": "issuing_unit"
          },
          "startTime": {
           "type": "google.protobuf.Timestamp",
           "id": 7,
           "protoName": "start_time"
          },
          "validity": {
           "type": "google.protobuf.Duration",
           "id": 8
          },
          "possibleScope": {
           "type": "tongbao.common.v1.Scope",
           "id": 9,
           "protoName": "possible_scope"
          },
          "alertItems": {
           "rule": "repeated",
           "type": "string",
           "id": 10,
           "protoName": "alert_items"
          },
          "requiredMeasures": {
           "rule": "repeated",
           "type": "RequiredMeasure",
           "id": 11,
           "protoName": "required_measures"
          },
          "reason": {
           "type": "string",
           "id": 12
          },
          "contact": {
           "type": "tongbao.common.v1.Person",
           "id": 13
          },
          "warningId": {
           "type": "string",
           "id": 14,
           "protoName": "warning_id"
          }
         }
        },
        "RequiredMeasure": {
         "fields": {
          "description": {
           "type": "string",
           "id": 1
          },
          "deadline": {
           "type": "google.protobuf.Timestamp",
           "id": 2
          }
         }
        }
       }
      }
     }
    }
   }
  },
  "google": {
   "nested": {
    "protobuf": {
     "nested": {
      "Timestamp": {
       "fields": {
        "seconds": {
         "type": "int64",
         "id": 1
        },
        "nanos": {
         "type": "int32",
         "id": 2
        }
       }
      },
      "Duration": {
       "fields": {
        "seconds": {
         "type": "int64",
         "id": 1
        },
        "nanos": {
         "type": "int32",
         "id": 2
        }
       }
      }
     }
    }
   }
  }
 }
};
