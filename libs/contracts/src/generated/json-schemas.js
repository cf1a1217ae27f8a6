// Generated from schemas/proto by libs/contracts/scripts/generate.mjs. Do not edit.
export const jsonSchemas = {
 "tongbao.bulletin.v1.Statistic": {
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "$id": "urn:tongbao:jsonschema:tongbao.bulletin.v1.Statistic",
  "title": "tongbao.bulletin.v1.Statistic",
  "type": "object",
  "properties": {
   "name": {
    "type": "string",
    "maxLength": 4096,
    "description": "What is counted or measured (指标名称), e.g. \"恶意程序感染主机\"."
   },
   "value": {
    "type": [
     "number",
     "string"
    ],
    "pattern": "^(NaN|-?Infinity)$",
    "description": "The value."
   },
   "unit": {
    "type": "string",
    "maxLength": 4096,
    "description": "Unit (单位), e.g. \"台\", \"次\", \"%\"."
   },
   "changeRatio": {
    "type": [
     "number",
     "string"
    ],
    "pattern": "^(NaN|-?Infinity)$",
    "description": "Change against the previous period as a fraction, e.g. 0.12 for +12% (环比); absent if not given."
   }
  },
  "additionalProperties": false,
  "description": "One figure in a situation report (统计数据), e.g. 1520 infected hosts."
 },
 "tongbao.bulletin.v1.ThreatBulletin": {
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "$id": "urn:tongbao:jsonschema:tongbao.bulletin.v1.ThreatBulletin",
  "title": "tongbao.bulletin.v1.ThreatBulletin",
  "type": "object",
  "properties": {
   "kind": {
    "$ref": "#/$defs/tongbao.bulletin.v1.BulletinKind",
    "description": "Kind of bulletin."
   },
   "documentNumber": {
    "type": "string",
    "maxLength": 4096,
    "description": "Document number (文号), e.g. \"工信网安通报〔2025〕12号\"; may be empty."
   },
   "title": {
    "type": "string",
    "maxLength": 4096,
    "description": "Title (标题)."
   },
   "summary": {
    "type": "string",
    "maxLength": 65536,
    "description": "Short summary (摘要)."
   },
   "body": {
    "type": "string",
    "maxLength": 65536,
    "description": "Full text (正文)."
   },
   "category": {
    "$ref": "#/$defs/tongbao.common.v1.IncidentCategory",
    "description": "Threat class under GB/T 20986-2023 (威胁类型)."
   },
   "threatName": {
    "type": "string",
    "maxLength": 4096,
    "description": "Name of the threat, malware family or campaign, e.g. \"Mirai variant\"."
   },
   "severity": {
    "$ref": "#/$defs/tongbao.common.v1.Severity",
    "description": "Assessed severity (危害等级)."
   },
   "indicators": {
    "type": "array",
    "items": {
     "$ref": "#/$defs/tongbao.common.v1.Indicator"
    },
    "maxItems": 10000,
    "description": "Indicators: ip, domain, url, hash, cve (威胁指标)."
   },
   "affectedScope": {
    "$ref": "#/$defs/tongbao.common.v1.Scope",
    "description": "Affected sectors and regions (影响范围)."
   },
   "recommendedMeasures": {
    "type": "array",
    "items": {
     "type": "string",
     "maxLength": 65536
    },
    "maxItems": 10000,
    "description": "Recommended measures, one per entry (处置建议)."
   },
   "period": {
    "$ref": "#/$defs/tongbao.common.v1.Period",
    "description": "Period covered, for situation reports (统计周期)."
   },
   "statistics": {
    "type": "array",
    "items": {
     "$ref": "#/$defs/tongbao.bulletin.v1.Statistic"
    },
    "maxItems": 10000,
    "description": "Figures reported in a situation report (态势数据)."
   },
   "attachments": {
    "type": "array",
    "items": {
     "$ref": "#/$defs/tongbao.common.v1.Attachment"
    },
    "maxItems": 10000,
    "description": "Supporting documents (附件)."
   }
  },
  "additionalProperties": false,
  "description": "A bulletin about a threat or about the security situation over a period, typically from MIIT or the technical platform to departments and provinces.",
  "$defs": {
   "tongbao.bulletin.v1.BulletinKind": {
    "anyOf": [
     {
      "type": "string",
      "enum": [
       "BULLETIN_KIND_UNSPECIFIED",
       "BULLETIN_KIND_THREAT",
       "BULLETIN_KIND_SITUATION",
       "BULLETIN_KIND_RISK_ADVISORY"
      ]
     },
     {
      "type": "integer",
      "minimum": -2147483648,
      "maximum": 2147483647
     }
    ],
    "description": "Kind of bulletin (通报类型)."
   },
   "tongbao.bulletin.v1.Statistic": {
    "type": "object",
    "properties": {
     "name": {
      "type": "string",
      "maxLength": 4096,
      "description": "What is counted or measured (指标名称), e.g. \"恶意程序感染主机\"."
     },
     "value": {
      "type": [
       "number",
       "string"
      ],
      "pattern": "^(NaN|-?Infinity)$",
      "description": "The value."
     },
     "unit": {
      "type": "string",
      "maxLength": 4096,
      "description": "Unit (单位), e.g. \"台\", \"次\", \"%\"."
     },
     "changeRatio": {
      "type": [
       "number",
       "string"
      ],
      "pattern": "^(NaN|-?Infinity)$",
      "description": "Change against the previous period as a fraction, e.g. 0.12 for +12% (环比); absent if not given."
     }
    },
    "additionalProperties": false,
    "description": "One figure in a situation report (统计数据), e.g. 1520 infected hosts."
   },
   "tongbao.common.v1.Attachment": {
    "type": "object",
    "properties": {
     "name": {
      "type": "string",
      "maxLength": 4096,
      "description": "File name as shown to people (文件名)."
     },
     "mediaType": {
      "type": "string",
      "maxLength": 4096,
      "description": "Media type, e.g. \"application/pdf\"."
     },
     "sizeBytes": {
      "type": [
       "string",
       "integer"
      ],
      "pattern": "^(0|[1-9][0-9]{0,19})$",
      "minimum": 0,
      "maximum": 9007199254740991,
      "description": "Size in bytes."
     },
     "sha256": {
      "type": "string",
      "contentEncoding": "base64",
      "pattern": "^[A-Za-z0-9+/_-]*={0,2}$",
      "maxLength": 1310720,
      "description": "SHA-256 digest of the content."
     },
     "data": {
      "type": "string",
      "contentEncoding": "base64",
      "pattern": "^[A-Za-z0-9+/_-]*={0,2}$",
      "maxLength": 1310720,
      "description": "The content itself, for small files."
     },
     "uri": {
      "type": "string",
      "maxLength": 4096,
      "description": "A URI from which the content can be fetched by authorised recipients."
     },
     "description": {
      "type": "string",
      "maxLength": 65536,
      "description": "What the attachment shows, e.g. \"scan report after patching\"."
     }
    },
    "additionalProperties": false,
    "dependentSchemas": {
     "data": {
      "not": {
       "anyOf": [
        {
         "required": [
          "uri"
         ]
        }
       ]
      }
     },
     "uri": {
      "not": {
       "anyOf": [
        {
         "required": [
          "data"
         ]
        }
       ]
      }
     }
    },
    "description": "A document or file attached to a message (附件), carried inline when small or by reference otherwise. The digest is covered by the message signature, so a referenced file is as tamper-evident as an inline one."
   },
   "tongbao.common.v1.IncidentCategory": {
    "anyOf": [
     {
      "type": "string",
      "enum": [
       "INCIDENT_CATEGORY_UNSPECIFIED",
       "INCIDENT_CATEGORY_MALWARE",
       "INCIDENT_CATEGORY_NETWORK_ATTACK",
       "INCIDENT_CATEGORY_DATA_SECURITY",
       "INCIDENT_CATEGORY_INFORMATION_CONTENT_SECURITY",
       "INCIDENT_CATEGORY_EQUIPMENT_FAILURE",
       "INCIDENT_CATEGORY_VIOLATION_OPERATION",
       "INCIDENT_CATEGORY_SECURITY_HAZARD",
       "INCIDENT_CATEGORY_ABNORMAL_BEHAVIOUR",
       "INCIDENT_CATEGORY_FORCE_MAJEURE",
       "INCIDENT_CATEGORY_OTHER"
      ]
     },
     {
      "type": "integer",
      "minimum": -2147483648,
      "maximum": 2147483647
     }
    ],
    "description": "Network security incident category (网络安全事件分类), the ten classes of GB/T 20986-2023."
   },
   "tongbao.common.v1.Indicator": {
    "type": "object",
    "properties": {
     "type": {
      "$ref": "#/$defs/tongbao.common.v1.IndicatorType",
      "description": "Kind of indicator."
     },
     "value": {
      "type": "string",
      "maxLength": 4096,
      "description": "The indicator itself in its usual text form."
     },
     "description": {
      "type": "string",
      "maxLength": 65536,
      "description": "What the indicator means here, e.g. \"command-and-control server\"."
     },
     "firstSeenTime": {
      "type": "string",
      "description": "When the indicator was first observed, if known. JSON form: RFC 3339 date-time with a time zone offset, e.g. 2025-03-01T08:30:00Z",
      "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}[Tt][0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]{1,9})?([Zz]|[+-][0-9]{2}:[0-9]{2})$",
      "maxLength": 40
     },
     "lastSeenTime": {
      "type": "string",
      "description": "When the indicator was last observed, if known. JSON form: RFC 3339 date-time with a time zone offset, e.g. 2025-03-01T08:30:00Z",
      "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}[Tt][0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]{1,9})?([Zz]|[+-][0-9]{2}:[0-9]{2})$",
      "maxLength": 40
     }
    },
    "additionalProperties": false,
    "description": "One indicator of compromise or threat (威胁指标)."
   },
   "tongbao.common.v1.IndicatorType": {
    "anyOf": [
     {
      "type": "string",
      "enum": [
       "INDICATOR_TYPE_UNSPECIFIED",
       "INDICATOR_TYPE_IP",
       "INDICATOR_TYPE_DOMAIN",
       "INDICATOR_TYPE_URL",
       "INDICATOR_TYPE_EMAIL",
       "INDICATOR_TYPE_FILE_MD5",
       "INDICATOR_TYPE_FILE_SHA1",
       "INDICATOR_TYPE_FILE_SHA256",
       "INDICATOR_TYPE_FILE_SM3",
       "INDICATOR_TYPE_CVE",
       "INDICATOR_TYPE_CNVD"
      ]
     },
     {
      "type": "integer",
      "minimum": -2147483648,
      "maximum": 2147483647
     }
    ],
    "description": "Kind of threat indicator (威胁指标类型)."
   },
   "tongbao.common.v1.Period": {
    "type": "object",
    "properties": {
     "startTime": {
      "type": "string",
      "description": "Start of the interval (开始时间). JSON form: RFC 3339 date-time with a time zone offset, e.g. 2025-03-01T08:30:00Z",
      "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}[Tt][0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]{1,9})?([Zz]|[+-][0-9]{2}:[0-9]{2})$",
      "maxLength": 40
     },
     "endTime": {
      "type": "string",
      "description": "End of the interval (结束时间). JSON form: RFC 3339 date-time with a time zone offset, e.g. 2025-03-01T08:30:00Z",
      "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}[Tt][0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]{1,9})?([Zz]|[+-][0-9]{2}:[0-9]{2})$",
      "maxLength": 40
     }
    },
    "additionalProperties": false,
    "description": "A time interval (时间段), start inclusive and end exclusive. An unset end means the interval is still open."
   },
   "tongbao.common.v1.Scope": {
    "type": "object",
    "properties": {
     "sectors": {
      "type": "array",
      "items": {
       "$ref": "#/$defs/tongbao.common.v1.Sector"
      },
      "maxItems": 10000,
      "description": "Sectors affected (涉及行业)."
     },
     "regions": {
      "type": "array",
      "items": {
       "type": "string",
       "maxLength": 4096
      },
      "maxItems": 10000,
      "description": "Administrative division codes affected (GB/T 2260), e.g. \"320000\". By convention \"100000\", which GB/T 2260 does not assign, means the whole country."
     },
     "description": {
      "type": "string",
      "maxLength": 65536,
      "description": "The scope in words (范围描述)."
     }
    },
    "additionalProperties": false,
    "description": "Who or what is affected (影响范围). This is content; routing uses the sectors, region and recipients in the envelope header."
   },
   "tongbao.common.v1.Sector": {
    "anyOf": [
     {
      "type": "string",
      "enum": [
       "SECTOR_UNSPECIFIED",
       "SECTOR_RAW_MATERIALS",
       "SECTOR_EQUIPMENT_MANUFACTURING",
       "SECTOR_CONSUMER_GOODS",
       "SECTOR_ELECTRONIC_INFORMATION",
       "SECTOR_TELECOMMUNICATIONS",
       "SECTOR_POWER",
       "SECTOR_OIL_AND_GAS",
       "SECTOR_COAL",
       "SECTOR_HEALTH",
       "SECTOR_ENVIRONMENT",
       "SECTOR_DEFENCE",
       "SECTOR_EDUCATION",
       "SECTOR_TRANSPORT",
       "SECTOR_WATER",
       "SECTOR_MUNICIPAL_UTILITIES",
       "SECTOR_FINANCE",
       "SECTOR_OTHER"
      ]
     },
     {
      "type": "integer",
      "minimum": -2147483648,
      "maximum": 2147483647
     }
    ],
    "description": "Sector (行业领域), used for routing to the supervising department and for describing scope. The list covers the sectors of the ten departments."
   },
   "tongbao.common.v1.Severity": {
    "anyOf": [
     {
      "type": "string",
      "enum": [
       "SEVERITY_UNSPECIFIED",
       "SEVERITY_LOW",
       "SEVERITY_MEDIUM",
       "SEVERITY_HIGH",
       "SEVERITY_CRITICAL"
      ]
     },
     {
      "type": "integer",
      "minimum": -2147483648,
      "maximum": 2147483647
     }
    ],
    "description": "Severity of a vulnerability, finding or risk (危害等级), as used by CNVD and CVSS. Numbers rise with severity."
   }
  }
 },
 "tongbao.common.v1.Attachment": {
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "$id": "urn:tongbao:jsonschema:tongbao.common.v1.Attachment",
  "title": "tongbao.common.v1.Attachment",
  "type": "object",
  "properties": {
   "name": {
    "type": "string",
    "maxLength": 4096,
    "description": "File name as shown to people (文件名)."
   },
   "mediaType": {
    "type": "string",
    "maxLength": 4096,
    "description": "Media type, e.g. \"application/pdf\"."
   },
   "sizeBytes": {
    "type": [
     "string",
     "integer"
    ],
    "pattern": "^(0|[1-9][0-9]{0,19})$",
    "minimum": 0,
    "maximum": 9007199254740991,
    "description": "Size in bytes."
   },
   "sha256": {
    "type": "string",
    "contentEncoding": "base64",
    "pattern": "^[A-Za-z0-9+/_-]*={0,2}$",
    "maxLength": 1310720,
    "description": "SHA-256 digest of the content."
   },
   "data": {
    "type": "string",
    "contentEncoding": "base64",
    "pattern": "^[A-Za-z0-9+/_-]*={0,2}$",
    "maxLength": 1310720,
    "description": "The content itself, for small files."
   },
   "uri": {
    "type": "string",
    "maxLength": 4096,
    "description": "A URI from which the content can be fetched by authorised recipients."
   },
   "description": {
    "type": "string",
    "maxLength": 65536,
    "description": "What the attachment shows, e.g. \"scan report after patching\"."
   }
  },
  "additionalProperties": false,
  "dependentSchemas": {
   "data": {
    "not": {
     "anyOf": [
      {
       "required": [
        "uri"
       ]
      }
     ]
    }
   },
   "uri": {
    "not": {
     "anyOf": [
      {
       "required": [
        "data"
       ]
      }
     ]
    }
   }
  },
  "description": "A document or file attached to a message (附件), carried inline when small or by reference otherwise. The digest is covered by the message signature, so a referenced file is as tamper-evident as an inline one."
 },
 "tongbao.common.v1.Enterprise": {
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "$id": "urn:tongbao:jsonschema:tongbao.common.v1.Enterprise",
  "title": "tongbao.common.v1.Enterprise",
  "type": "object",
  "properties": {
   "orgId": {
    "type": "string",
    "maxLength": 128,
    "description": "Registry organisation id, empty if the enterprise is not registered."
   },
   "name": {
    "type": "string",
    "maxLength": 4096,
    "description": "Registered name in Chinese (企业名称)."
   },
   "unifiedSocialCreditCode": {
    "type": "string",
    "maxLength": 4096,
    "description": "Unified social credit code (统一社会信用代码), 18 characters."
   },
   "enterpriseType": {
    "$ref": "#/$defs/tongbao.common.v1.EnterpriseType",
    "description": "Enterprise type (企业类型)."
   },
   "centralSoe": {
    "type": "boolean",
    "description": "Whether the enterprise is a central state-owned enterprise (中央企业) or belongs to one; such incidents are also reported to sasac."
   },
   "securityLevel": {
    "$ref": "#/$defs/tongbao.common.v1.EnterpriseSecurityLevel",
    "description": "Network security level (企业网络安全级别)."
   },
   "region": {
    "type": "string",
    "maxLength": 4096,
    "description": "Administrative division code of the registered location (GB/T 2260), e.g. \"320000\"."
   },
   "sectors": {
    "type": "array",
    "items": {
     "$ref": "#/$defs/tongbao.common.v1.Sector"
    },
    "maxItems": 10000,
    "description": "Sectors the enterprise operates in (所属行业)."
   }
  },
  "additionalProperties": false,
  "description": "An enterprise named in a message (企业信息). Enterprises need not be on the bus themselves; when one is, org_id links it to the registry.",
  "$defs": {
   "tongbao.common.v1.EnterpriseSecurityLevel": {
    "anyOf": [
     {
      "type": "string",
      "enum": [
       "ENTERPRISE_SECURITY_LEVEL_UNSPECIFIED",
       "ENTERPRISE_SECURITY_LEVEL_1",
       "ENTERPRISE_SECURITY_LEVEL_2",
       "ENTERPRISE_SECURITY_LEVEL_3"
      ]
     },
     {
      "type": "integer",
      "minimum": -2147483648,
      "maximum": 2147483647
     }
    ],
    "description": "Enterprise network security level (企业网络安全级别) under the classification and grading guide; level 3 is the highest."
   },
   "tongbao.common.v1.EnterpriseType": {
    "anyOf": [
     {
      "type": "string",
      "enum": [
       "ENTERPRISE_TYPE_UNSPECIFIED",
       "ENTERPRISE_TYPE_NETWORKED_INDUSTRIAL",
       "ENTERPRISE_TYPE_PLATFORM",
       "ENTERPRISE_TYPE_IDENTIFIER_RESOLUTION",
       "ENTERPRISE_TYPE_BASIC_TELECOM",
       "ENTERPRISE_TYPE_OTHER"
      ]
     },
     {
      "type": "integer",
      "minimum": -2147483648,
      "maximum": 2147483647
     }
    ],
    "description": "Type of industrial internet enterprise (企业类型) under the classification and grading guide (工业互联网企业网络安全分类分级管理指南)."
   },
   "tongbao.common.v1.Sector": {
    "anyOf": [
     {
      "type": "string",
      "enum": [
       "SECTOR_UNSPECIFIED",
       "SECTOR_RAW_MATERIALS",
       "SECTOR_EQUIPMENT_MANUFACTURING",
       "SECTOR_CONSUMER_GOODS",
       "SECTOR_ELECTRONIC_INFORMATION",
       "SECTOR_TELECOMMUNICATIONS",
       "SECTOR_POWER",
       "SECTOR_OIL_AND_GAS",
       "SECTOR_COAL",
       "SECTOR_HEALTH",
       "SECTOR_ENVIRONMENT",
       "SECTOR_DEFENCE",
       "SECTOR_EDUCATION",
       "SECTOR_TRANSPORT",
       "SECTOR_WATER",
       "SECTOR_MUNICIPAL_UTILITIES",
       "SECTOR_FINANCE",
       "SECTOR_OTHER"
      ]
     },
     {
      "type": "integer",
      "minimum": -2147483648,
      "maximum": 2147483647
     }
    ],
    "description": "Sector (行业领域), used for routing to the supervising department and for describing scope. The list covers the sectors of the ten departments."
   }
  }
 },
 "tongbao.common.v1.Indicator": {
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "$id": "urn:tongbao:jsonschema:tongbao.common.v1.Indicator",
  "title": "tongbao.common.v1.Indicator",
  "type": "object",
  "properties": {
   "type": {
    "$ref": "#/$defs/tongbao.common.v1.IndicatorType",
    "description": "Kind of indicator."
   },
   "value": {
    "type": "string",
    "maxLength": 4096,
    "description": "The indicator itself in its usual text form."
   },
   "description": {
    "type": "string",
    "maxLength": 65536,
    "description": "What the indicator means here, e.g. \"command-and-control server\"."
   },
   "firstSeenTime": {
    "type": "string",
    "description": "When the indicator was first observed, if known. JSON form: RFC 3339 date-time with a time zone offset, e.g. 2025-03-01T08:30:00Z",
    "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}[Tt][0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]{1,9})?([Zz]|[+-][0-9]{2}:[0-9]{2})$",
    "maxLength": 40
   },
   "lastSeenTime": {
    "type": "string",
    "description": "When the indicator was last observed, if known. JSON form: RFC 3339 date-time with a time zone offset, e.g. 2025-03-01T08:30:00Z",
    "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}[Tt][0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]{1,9})?([Zz]|[+-][0-9]{2}:[0-9]{2})$",
    "maxLength": 40
   }
  },
  "additionalProperties": false,
  "description": "One indicator of compromise or threat (威胁指标).",
  "$defs": {
   "tongbao.common.v1.IndicatorType": {
    "anyOf": [
     {
      "type": "string",
      "enum": [
       "INDICATOR_TYPE_UNSPECIFIED",
       "INDICATOR_TYPE_IP",
       "INDICATOR_TYPE_DOMAIN",
       "INDICATOR_TYPE_URL",
       "INDICATOR_TYPE_EMAIL",
       "INDICATOR_TYPE_FILE_MD5",
       "INDICATOR_TYPE_FILE_SHA1",
       "INDICATOR_TYPE_FILE_SHA256",
       "INDICATOR_TYPE_FILE_SM3",
       "INDICATOR_TYPE_CVE",
       "INDICATOR_TYPE_CNVD"
      ]
     },
     {
      "type": "integer",
      "minimum": -2147483648,
      "maximum": 2147483647
     }
    ],
    "description": "Kind of threat indicator (威胁指标类型)."
   }
  }
 },
 "tongbao.common.v1.Period": {
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "$id": "urn:tongbao:jsonschema:tongbao.common.v1.Period",
  "title": "tongbao.common.v1.Period",
  "type": "object",
  "properties": {
   "startTime": {
    "type": "string",
    "description": "Start of the interval (开始时间). JSON form: RFC 3339 date-time with a time zone offset, e.g. 2025-03-01T08:30:00Z",
    "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}[Tt][0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]{1,9})?([Zz]|[+-][0-9]{2}:[0-9]{2})$",
    "maxLength": 40
   },
   "endTime": {
    "type": "string",
    "description": "End of the interval (结束时间). JSON form: RFC 3339 date-time with a time zone offset, e.g. 2025-03-01T08:30:00Z",
    "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}[Tt][0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]{1,9})?([Zz]|[+-][0-9]{2}:[0-9]{2})$",
    "maxLength": 40
   }
  },
  "additionalProperties": false,
  "description": "A time interval (时间段), start inclusive and end exclusive. An unset end means the interval is still open."
 },
 "tongbao.common.v1.Person": {
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "$id": "urn:tongbao:jsonschema:tongbao.common.v1.Person",
  "title": "tongbao.common.v1.Person",
  "type": "object",
  "properties": {
   "name": {
    "type": "string",
    "maxLength": 4096,
    "description": "Full name (姓名)."
   },
   "jobTitle": {
    "type": "string",
    "maxLength": 4096,
    "description": "Job title or post (职务)."
   },
   "orgId": {
    "type": "string",
    "maxLength": 128,
    "description": "Registry id of the organisation the person acts for, if registered."
   },
   "unit": {
    "type": "string",
    "maxLength": 4096,
    "description": "Name of the organisation or unit the person belongs to (所在单位)."
   },
   "phone": {
    "type": "string",
    "maxLength": 4096,
    "description": "Telephone number (联系电话)."
   },
   "email": {
    "type": "string",
    "maxLength": 4096,
    "description": "Email address (电子邮箱)."
   }
  },
  "additionalProperties": false,
  "description": "A named person acting for an organisation (联系人、责任人)."
 },
 "tongbao.common.v1.Scope": {
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "$id": "urn:tongbao:jsonschema:tongbao.common.v1.Scope",
  "title": "tongbao.common.v1.Scope",
  "type": "object",
  "properties": {
   "sectors": {
    "type": "array",
    "items": {
     "$ref": "#/$defs/tongbao.common.v1.Sector"
    },
    "maxItems": 10000,
    "description": "Sectors affected (涉及行业)."
   },
   "regions": {
    "type": "array",
    "items": {
     "type": "string",
     "maxLength": 4096
    },
    "maxItems": 10000,
    "description": "Administrative division codes affected (GB/T 2260), e.g. \"320000\". By convention \"100000\", which GB/T 2260 does not assign, means the whole country."
   },
   "description": {
    "type": "string",
    "maxLength": 65536,
    "description": "The scope in words (范围描述)."
   }
  },
  "additionalProperties": false,
  "description": "Who or what is affected (影响范围). This is content; routing uses the sectors, region and recipients in the envelope header.",
  "$defs": {
   "tongbao.common.v1.Sector": {
    "anyOf": [
     {
      "type": "string",
      "enum": [
       "SECTOR_UNSPECIFIED",
       "SECTOR_RAW_MATERIALS",
       "SECTOR_EQUIPMENT_MANUFACTURING",
       "SECTOR_CONSUMER_GOODS",
       "SECTOR_ELECTRONIC_INFORMATION",
       "SECTOR_TELECOMMUNICATIONS",
       "SECTOR_POWER",
       "SECTOR_OIL_AND_GAS",
       "SECTOR_COAL",
       "SECTOR_HEALTH",
       "SECTOR_ENVIRONMENT",
       "SECTOR_DEFENCE",
       "SECTOR_EDUCATION",
       "SECTOR_TRANSPORT",
       "SECTOR_WATER",
       "SECTOR_MUNICIPAL_UTILITIES",
       "SECTOR_FINANCE",
       "SECTOR_OTHER"
      ]
     },
     {
      "type": "integer",
      "minimum": -2147483648,
      "maximum": 2147483647
     }
    ],
    "description": "Sector (行业领域), used for routing to the supervising department and for describing scope. The list covers the sectors of the ten departments."
   }
  }
 },
 "tongbao.envelope.v1.Header": {
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "$id": "urn:tongbao:jsonschema:tongbao.envelope.v1.Header",
  "title": "tongbao.envelope.v1.Header",
  "type": "object",
  "properties": {
   "id": {
    "type": "string",
    "maxLength": 128,
    "description": "Message id, a UUIDv7 in canonical text form; also the JetStream Nats-Msg-Id."
   },
   "type": {
    "type": "string",
    "maxLength": 4096,
    "description": "Full protobuf name of the payload message, e.g. \"tongbao.bulletin.v1.ThreatBulletin\"."
   },
   "source": {
    "type": "string",
    "maxLength": 4096,
    "description": "Registry id of the source organisation (发送单位), e.g. \"miit\"."
   },
   "time": {
    "type": "string",
    "description": "When the source created and signed the message (发送时间). JSON form: RFC 3339 date-time with a time zone offset, e.g. 2025-03-01T08:30:00Z",
    "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}[Tt][0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]{1,9})?([Zz]|[+-][0-9]{2}:[0-9]{2})$",
    "maxLength": 40
   },
   "status": {
    "$ref": "#/$defs/tongbao.envelope.v1.Status",
    "description": "Whether the message is real, a drill or a test; drills never reach live consumers."
   },
   "marking": {
    "$ref": "#/$defs/tongbao.envelope.v1.Marking",
    "description": "Sharing and data-level marking (共享标记与数据级别)."
   },
   "recipients": {
    "type": "array",
    "items": {
     "type": "string",
     "maxLength": 4096
    },
    "maxItems": 10000,
    "description": "Registry ids of addressed recipients (接收单位). Empty means broadcast within what the marking allows; TLP:RED requires at least one."
   },
   "sectors": {
    "type": "array",
    "items": {
     "$ref": "#/$defs/tongbao.common.v1.Sector"
    },
    "maxItems": 10000,
    "description": "Sectors the message concerns, used for broadcast routing."
   },
   "region": {
    "type": "string",
    "maxLength": 4096,
    "description": "Administrative division code the message concerns (GB/T 2260), e.g. \"320000\"."
   },
   "correlationId": {
    "type": "string",
    "maxLength": 128,
    "description": "Id shared by all messages of one case or conversation, e.g. an incident and every report, order, receipt and feedback about it."
   },
   "causationId": {
    "type": "string",
    "maxLength": 128,
    "description": "Id of the message that directly caused this one, e.g. the notice a receipt acknowledges."
   },
   "references": {
    "type": "array",
    "items": {
     "$ref": "#/$defs/tongbao.envelope.v1.Reference"
    },
    "maxItems": 10000,
    "description": "Earlier messages this one updates, cancels, answers or relates to."
   },
   "expires": {
    "type": "string",
    "description": "After this time the content is stale and consumers should not act on it; unset means it does not expire. JSON form: RFC 3339 date-time with a time zone offset, e.g. 2025-03-01T08:30:00Z",
    "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}[Tt][0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]{1,9})?([Zz]|[+-][0-9]{2}:[0-9]{2})$",
    "maxLength": 40
   },
   "payloadSha256": {
    "type": "string",
    "contentEncoding": "base64",
    "pattern": "^[A-Za-z0-9+/_-]*={0,2}$",
    "maxLength": 1310720,
    "description": "SHA-256 digest of SignedEnvelope.payload, binding the header to its payload."
   },
   "producerId": {
    "type": "string",
    "maxLength": 128,
    "description": "Id of the producing service instance. Its messages form one numbered chain per subject they are published on, so every reader of a subject sees a whole chain."
   },
   "producerSeq": {
    "type": [
     "string",
     "integer"
    ],
    "pattern": "^(0|[1-9][0-9]{0,19})$",
    "minimum": 0,
    "maximum": 9007199254740991,
    "description": "Position of this message in the producer's chain on its subject, from 1, no gaps. Each copy of a fanned-out message is its own envelope with its own position."
   },
   "prevDigest": {
    "type": "string",
    "contentEncoding": "base64",
    "pattern": "^[A-Za-z0-9+/_-]*={0,2}$",
    "maxLength": 1310720,
    "description": "Signed digest of the producer's previous message on the same subject; empty when producer_seq is 1. With producer_seq it lets consumers detect gaps and forks."
   }
  },
  "additionalProperties": false,
  "description": "Routing, marking and integrity facts about one message (信封头). Its attributes map one-to-one onto CloudEvents attributes.",
  "$defs": {
   "tongbao.common.v1.DataLevel": {
    "anyOf": [
     {
      "type": "string",
      "enum": [
       "DATA_LEVEL_UNSPECIFIED",
       "DATA_LEVEL_GENERAL",
       "DATA_LEVEL_IMPORTANT",
       "DATA_LEVEL_CORE",
       "DATA_LEVEL_LEGACY_LEVEL_1",
       "DATA_LEVEL_LEGACY_LEVEL_2",
       "DATA_LEVEL_LEGACY_LEVEL_3"
      ]
     },
     {
      "type": "integer",
      "minimum": -2147483648,
      "maximum": 2147483647
     }
    ],
    "description": "Data security level (数据级别). The current scale is from 工业和信息化领域数据安全 管理办法 (2022); the legacy scale from 工业数据分类分级指南 (2020) is kept so that older records can be carried unchanged. Legacy values are numbered apart on purpose: the two scales do not map one-to-one and must not be compared by number."
   },
   "tongbao.common.v1.Sector": {
    "anyOf": [
     {
      "type": "string",
      "enum": [
       "SECTOR_UNSPECIFIED",
       "SECTOR_RAW_MATERIALS",
       "SECTOR_EQUIPMENT_MANUFACTURING",
       "SECTOR_CONSUMER_GOODS",
       "SECTOR_ELECTRONIC_INFORMATION",
       "SECTOR_TELECOMMUNICATIONS",
       "SECTOR_POWER",
       "SECTOR_OIL_AND_GAS",
       "SECTOR_COAL",
       "SECTOR_HEALTH",
       "SECTOR_ENVIRONMENT",
       "SECTOR_DEFENCE",
       "SECTOR_EDUCATION",
       "SECTOR_TRANSPORT",
       "SECTOR_WATER",
       "SECTOR_MUNICIPAL_UTILITIES",
       "SECTOR_FINANCE",
       "SECTOR_OTHER"
      ]
     },
     {
      "type": "integer",
      "minimum": -2147483648,
      "maximum": 2147483647
     }
    ],
    "description": "Sector (行业领域), used for routing to the supervising department and for describing scope. The list covers the sectors of the ten departments."
   },
   "tongbao.common.v1.Tlp": {
    "anyOf": [
     {
      "type": "string",
      "enum": [
       "TLP_UNSPECIFIED",
       "TLP_CLEAR",
       "TLP_GREEN",
       "TLP_AMBER",
       "TLP_AMBER_STRICT",
       "TLP_RED"
      ]
     },
     {
      "type": "integer",
      "minimum": -2147483648,
      "maximum": 2147483647
     }
    ],
    "description": "Traffic Light Protocol 2.0 sharing marking (信息共享标记). Values rise with restriction; routing code must still map them explicitly, never compare numbers."
   },
   "tongbao.envelope.v1.Marking": {
    "type": "object",
    "properties": {
     "tlp": {
      "$ref": "#/$defs/tongbao.common.v1.Tlp",
      "description": "Traffic Light Protocol 2.0 sharing level."
     },
     "dataLevel": {
      "$ref": "#/$defs/tongbao.common.v1.DataLevel",
      "description": "Highest data level contained in the message."
     }
    },
    "additionalProperties": false,
    "description": "Marking that decides who may receive a message (共享标记)."
   },
   "tongbao.envelope.v1.Reference": {
    "type": "object",
    "properties": {
     "id": {
      "type": "string",
      "maxLength": 128,
      "description": "Header.id of the referenced message."
     },
     "kind": {
      "$ref": "#/$defs/tongbao.envelope.v1.ReferenceKind",
      "description": "How this message relates to the referenced one."
     },
     "type": {
      "type": "string",
      "maxLength": 4096,
      "description": "Header.type of the referenced message."
     },
     "source": {
      "type": "string",
      "maxLength": 4096,
      "description": "Header.source of the referenced message."
     },
     "digest": {
      "type": "string",
      "contentEncoding": "base64",
      "pattern": "^[A-Za-z0-9+/_-]*={0,2}$",
      "maxLength": 1310720,
      "description": "Signed digest of the referenced message, pinning the exact version; may be empty."
     }
    },
    "additionalProperties": false,
    "description": "A link to an earlier message (关联消息), as in CAP references."
   },
   "tongbao.envelope.v1.ReferenceKind": {
    "anyOf": [
     {
      "type": "string",
      "enum": [
       "REFERENCE_KIND_UNSPECIFIED",
       "REFERENCE_KIND_UPDATE",
       "REFERENCE_KIND_CANCEL",
       "REFERENCE_KIND_REPLY",
       "REFERENCE_KIND_FORWARD",
       "REFERENCE_KIND_RELATED"
      ]
     },
     {
      "type": "integer",
      "minimum": -2147483648,
      "maximum": 2147483647
     }
    ],
    "description": "How a message relates to one it references."
   },
   "tongbao.envelope.v1.Status": {
    "anyOf": [
     {
      "type": "string",
      "enum": [
       "STATUS_UNSPECIFIED",
       "STATUS_LIVE",
       "STATUS_EXERCISE",
       "STATUS_TEST"
      ]
     },
     {
      "type": "integer",
      "minimum": -2147483648,
      "maximum": 2147483647
     }
    ],
    "description": "Status of a message (消息状态), as in CAP."
   }
  }
 },
 "tongbao.envelope.v1.Marking": {
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "$id": "urn:tongbao:jsonschema:tongbao.envelope.v1.Marking",
  "title": "tongbao.envelope.v1.Marking",
  "type": "object",
  "properties": {
   "tlp": {
    "$ref": "#/$defs/tongbao.common.v1.Tlp",
    "description": "Traffic Light Protocol 2.0 sharing level."
   },
   "dataLevel": {
    "$ref": "#/$defs/tongbao.common.v1.DataLevel",
    "description": "Highest data level contained in the message."
   }
  },
  "additionalProperties": false,
  "description": "Marking that decides who may receive a message (共享标记).",
  "$defs": {
   "tongbao.common.v1.DataLevel": {
    "anyOf": [
     {
      "type": "string",
      "enum": [
       "DATA_LEVEL_UNSPECIFIED",
       "DATA_LEVEL_GENERAL",
       "DATA_LEVEL_IMPORTANT",
       "DATA_LEVEL_CORE",
       "DATA_LEVEL_LEGACY_LEVEL_1",
       "DATA_LEVEL_LEGACY_LEVEL_2",
       "DATA_LEVEL_LEGACY_LEVEL_3"
      ]
     },
     {
      "type": "integer",
      "minimum": -2147483648,
      "maximum": 2147483647
     }
    ],
    "description": "Data security level (数据级别). The current scale is from 工业和信息化领域数据安全 管理办法 (2022); the legacy scale from 工业数据分类分级指南 (2020) is kept so that older records can be carried unchanged. Legacy values are numbered apart on purpose: the two scales do not map one-to-one and must not be compared by number."
   },
   "tongbao.common.v1.Tlp": {
    "anyOf": [
     {
      "type": "string",
      "enum": [
       "TLP_UNSPECIFIED",
       "TLP_CLEAR",
       "TLP_GREEN",
       "TLP_AMBER",
       "TLP_AMBER_STRICT",
       "TLP_RED"
      ]
     },
     {
      "type": "integer",
      "minimum": -2147483648,
      "maximum": 2147483647
     }
    ],
    "description": "Traffic Light Protocol 2.0 sharing marking (信息共享标记). Values rise with restriction; routing code must still map them explicitly, never compare numbers."
   }
  }
 },
 "tongbao.envelope.v1.Reference": {
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "$id": "urn:tongbao:jsonschema:tongbao.envelope.v1.Reference",
  "title": "tongbao.envelope.v1.Reference",
  "type": "object",
  "properties": {
   "id": {
    "type": "string",
    "maxLength": 128,
    "description": "Header.id of the referenced message."
   },
   "kind": {
    "$ref": "#/$defs/tongbao.envelope.v1.ReferenceKind",
    "description": "How this message relates to the referenced one."
   },
   "type": {
    "type": "string",
    "maxLength": 4096,
    "description": "Header.type of the referenced message."
   },
   "source": {
    "type": "string",
    "maxLength": 4096,
    "description": "Header.source of the referenced message."
   },
   "digest": {
    "type": "string",
    "contentEncoding": "base64",
    "pattern": "^[A-Za-z0-9+/_-]*={0,2}$",
    "maxLength": 1310720,
    "description": "Signed digest of the referenced message, pinning the exact version; may be empty."
   }
  },
  "additionalProperties": false,
  "description": "A link to an earlier message (关联消息), as in CAP references.",
  "$defs": {
   "tongbao.envelope.v1.ReferenceKind": {
    "anyOf": [
     {
      "type": "string",
      "enum": [
       "REFERENCE_KIND_UNSPECIFIED",
       "REFERENCE_KIND_UPDATE",
       "REFERENCE_KIND_CANCEL",
       "REFERENCE_KIND_REPLY",
       "REFERENCE_KIND_FORWARD",
       "REFERENCE_KIND_RELATED"
      ]
     },
     {
      "type": "integer",
      "minimum": -2147483648,
      "maximum": 2147483647
     }
    ],
    "description": "How a message relates to one it references."
   }
  }
 },
 "tongbao.envelope.v1.SealedPayload": {
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "$id": "urn:tongbao:jsonschema:tongbao.envelope.v1.SealedPayload",
  "title": "tongbao.envelope.v1.SealedPayload",
  "type": "object",
  "properties": {
   "suite": {
    "$ref": "#/$defs/tongbao.envelope.v1.RedSuite",
    "description": "Cipher suite of the content and of the key wrapping."
   },
   "ephemeralPublicKey": {
    "type": "string",
    "contentEncoding": "base64",
    "pattern": "^[A-Za-z0-9+/_-]*={0,2}$",
    "maxLength": 1310720,
    "description": "The sender's per-message X25519 public key, 32 bytes."
   },
   "nonce": {
    "type": "string",
    "contentEncoding": "base64",
    "pattern": "^[A-Za-z0-9+/_-]*={0,2}$",
    "maxLength": 1310720,
    "description": "Nonce of the content encryption."
   },
   "ciphertext": {
    "type": "string",
    "contentEncoding": "base64",
    "pattern": "^[A-Za-z0-9+/_-]*={0,2}$",
    "maxLength": 1310720,
    "description": "The encrypted family message with its authentication tag."
   },
   "recipients": {
    "type": "array",
    "items": {
     "$ref": "#/$defs/tongbao.envelope.v1.WrappedKey"
    },
    "maxItems": 10000,
    "description": "The content key wrapped for each recipient, one entry per Header.recipients entry."
   }
  },
  "additionalProperties": false,
  "description": "A payload encrypted to the named recipients (加密载荷). A random content key encrypts the family message once; for each recipient the content key is wrapped under a key derived (HKDF) from an X25519 agreement between ephemeral_public_key and the recipient's registered encryption key. Header.id is the associated data of every encryption, so a ciphertext lifted into another message does not open. The envelope signature covers these bytes; Header.payload_sha256 is their digest.",
  "$defs": {
   "tongbao.envelope.v1.RedSuite": {
    "anyOf": [
     {
      "type": "string",
      "enum": [
       "RED_SUITE_UNSPECIFIED",
       "RED_SUITE_X25519_AES_256_GCM",
       "RED_SUITE_X25519_SM4_CTR_HMAC_SM3"
      ]
     },
     {
      "type": "integer",
      "minimum": -2147483648,
      "maximum": 2147483647
     }
    ],
    "description": "Cipher suite of a sealed payload (加密套件)."
   },
   "tongbao.envelope.v1.WrappedKey": {
    "type": "object",
    "properties": {
     "orgId": {
      "type": "string",
      "maxLength": 128,
      "description": "Registry id of the recipient organisation."
     },
     "keyId": {
      "type": "string",
      "maxLength": 128,
      "description": "Registry id of the recipient's encryption key it was wrapped for."
     },
     "nonce": {
      "type": "string",
      "contentEncoding": "base64",
      "pattern": "^[A-Za-z0-9+/_-]*={0,2}$",
      "maxLength": 1310720,
      "description": "Nonce of the wrapping."
     },
     "wrappedKey": {
      "type": "string",
      "contentEncoding": "base64",
      "pattern": "^[A-Za-z0-9+/_-]*={0,2}$",
      "maxLength": 1310720,
      "description": "The wrapped content key with its authentication tag."
     }
    },
    "additionalProperties": false,
    "description": "The content key as one recipient opens it (接收方密钥封装)."
   }
  }
 },
 "tongbao.envelope.v1.Signature": {
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "$id": "urn:tongbao:jsonschema:tongbao.envelope.v1.Signature",
  "title": "tongbao.envelope.v1.Signature",
  "type": "object",
  "properties": {
   "keyId": {
    "type": "string",
    "maxLength": 128,
    "description": "Registry id of the signing key."
   },
   "algorithm": {
    "$ref": "#/$defs/tongbao.envelope.v1.SignatureAlgorithm",
    "description": "Signature algorithm; must match the registered key."
   },
   "value": {
    "type": "string",
    "contentEncoding": "base64",
    "pattern": "^[A-Za-z0-9+/_-]*={0,2}$",
    "maxLength": 1310720,
    "description": "The signature bytes, over the batch's Merkle root."
   },
   "merklePath": {
    "type": "array",
    "items": {
     "type": "string",
     "contentEncoding": "base64",
     "pattern": "^[A-Za-z0-9+/_-]*={0,2}$",
     "maxLength": 1310720
    },
    "maxItems": 10000,
    "description": "Sibling hashes from this message's leaf up to the root, lowest level first."
   },
   "leafIndex": {
    "type": "integer",
    "minimum": 0,
    "maximum": 4294967295,
    "description": "Position of this message's leaf in the batch, from 0."
   },
   "leafCount": {
    "type": "integer",
    "minimum": 0,
    "maximum": 4294967295,
    "description": "Number of leaves (messages) in the batch; at least 1."
   }
  },
  "additionalProperties": false,
  "description": "A signature (签名). A producer signs many messages at once: it builds a Merkle tree (RFC 6962 hashing: SHA-256, leaf prefix 0x00, node prefix 0x01) over the signed digests of a batch of messages and signs the root once. Each envelope carries that one signature plus its own inclusion path, so it still verifies on its own, while a consumer checks one signature per batch and only hashes for the rest. A batch of one has an empty path and its root is the leaf hash. The signed digest of a message is SHA-256 over a domain-separated, length-prefixed concatenation of the exact header and payload bytes; the signature covers a domain-separated encoding of the root.",
  "$defs": {
   "tongbao.envelope.v1.SignatureAlgorithm": {
    "anyOf": [
     {
      "type": "string",
      "enum": [
       "SIGNATURE_ALGORITHM_UNSPECIFIED",
       "SIGNATURE_ALGORITHM_ED25519",
       "SIGNATURE_ALGORITHM_SM2_SM3"
      ]
     },
     {
      "type": "integer",
      "minimum": -2147483648,
      "maximum": 2147483647
     }
    ],
    "description": "Signature algorithm (签名算法)."
   }
  }
 },
 "tongbao.envelope.v1.SignedEnvelope": {
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "$id": "urn:tongbao:jsonschema:tongbao.envelope.v1.SignedEnvelope",
  "title": "tongbao.envelope.v1.SignedEnvelope",
  "type": "object",
  "properties": {
   "header": {
    "type": "string",
    "contentEncoding": "base64",
    "pattern": "^[A-Za-z0-9+/_-]*={0,2}$",
    "maxLength": 1310720,
    "description": "Serialised Header."
   },
   "payload": {
    "type": "string",
    "contentEncoding": "base64",
    "pattern": "^[A-Za-z0-9+/_-]*={0,2}$",
    "maxLength": 1310720,
    "description": "Serialised family message whose full name is Header.type."
   },
   "signatures": {
    "type": "array",
    "items": {
     "$ref": "#/$defs/tongbao.envelope.v1.Signature"
    },
    "maxItems": 10000,
    "description": "Signatures by the source organisation; at least one must verify against a key that was valid at Header.time."
   }
  },
  "additionalProperties": false,
  "description": "What goes on the wire (签名信封). Header and payload are kept as the exact bytes the producer serialised, and the signatures cover a domain-separated digest of those bytes, so re-encoding by any party can neither break nor forge a signature. The header can be read and checked without decoding the payload.",
  "$defs": {
   "tongbao.envelope.v1.Signature": {
    "type": "object",
    "properties": {
     "keyId": {
      "type": "string",
      "maxLength": 128,
      "description": "Registry id of the signing key."
     },
     "algorithm": {
      "$ref": "#/$defs/tongbao.envelope.v1.SignatureAlgorithm",
      "description": "Signature algorithm; must match the registered key."
     },
     "value": {
      "type": "string",
      "contentEncoding": "base64",
      "pattern": "^[A-Za-z0-9+/_-]*={0,2}$",
      "maxLength": 1310720,
      "description": "The signature bytes, over the batch's Merkle root."
     },
     "merklePath": {
      "type": "array",
      "items": {
       "type": "string",
       "contentEncoding": "base64",
       "pattern": "^[A-Za-z0-9+/_-]*={0,2}$",
       "maxLength": 1310720
      },
      "maxItems": 10000,
      "description": "Sibling hashes from this message's leaf up to the root, lowest level first."
     },
     "leafIndex": {
      "type": "integer",
      "minimum": 0,
      "maximum": 4294967295,
      "description": "Position of this message's leaf in the batch, from 0."
     },
     "leafCount": {
      "type": "integer",
      "minimum": 0,
      "maximum": 4294967295,
      "description": "Number of leaves (messages) in the batch; at least 1."
     }
    },
    "additionalProperties": false,
    "description": "A signature (签名). A producer signs many messages at once: it builds a Merkle tree (RFC 6962 hashing: SHA-256, leaf prefix 0x00, node prefix 0x01) over the signed digests of a batch of messages and signs the root once. Each envelope carries that one signature plus its own inclusion path, so it still verifies on its own, while a consumer checks one signature per batch and only hashes for the rest. A batch of one has an empty path and its root is the leaf hash. The signed digest of a message is SHA-256 over a domain-separated, length-prefixed concatenation of the exact header and payload bytes; the signature covers a domain-separated encoding of the root."
   },
   "tongbao.envelope.v1.SignatureAlgorithm": {
    "anyOf": [
     {
      "type": "string",
      "enum": [
       "SIGNATURE_ALGORITHM_UNSPECIFIED",
       "SIGNATURE_ALGORITHM_ED25519",
       "SIGNATURE_ALGORITHM_SM2_SM3"
      ]
     },
     {
      "type": "integer",
      "minimum": -2147483648,
      "maximum": 2147483647
     }
    ],
    "description": "Signature algorithm (签名算法)."
   }
  }
 },
 "tongbao.envelope.v1.WrappedKey": {
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "$id": "urn:tongbao:jsonschema:tongbao.envelope.v1.WrappedKey",
  "title": "tongbao.envelope.v1.WrappedKey",
  "type": "object",
  "properties": {
   "orgId": {
    "type": "string",
    "maxLength": 128,
    "description": "Registry id of the recipient organisation."
   },
   "keyId": {
    "type": "string",
    "maxLength": 128,
    "description": "Registry id of the recipient's encryption key it was wrapped for."
   },
   "nonce": {
    "type": "string",
    "contentEncoding": "base64",
    "pattern": "^[A-Za-z0-9+/_-]*={0,2}$",
    "maxLength": 1310720,
    "description": "Nonce of the wrapping."
   },
   "wrappedKey": {
    "type": "string",
    "contentEncoding": "base64",
    "pattern": "^[A-Za-z0-9+/_-]*={0,2}$",
    "maxLength": 1310720,
    "description": "The wrapped content key with its authentication tag."
   }
  },
  "additionalProperties": false,
  "description": "The content key as one recipient opens it (接收方密钥封装)."
 },
 "tongbao.exposure.v1.ExposureFinding": {
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "$id": "urn:tongbao:jsonschema:tongbao.exposure.v1.ExposureFinding",
  "title": "tongbao.exposure.v1.ExposureFinding",
  "type": "object",
  "properties": {
   "ip": {
    "type": "string",
    "maxLength": 4096,
    "description": "Public IPv4 or IPv6 address (IP地址)."
   },
   "port": {
    "type": "integer",
    "minimum": 0,
    "maximum": 4294967295,
    "description": "Port number (端口)."
   },
   "transport": {
    "$ref": "#/$defs/tongbao.exposure.v1.TransportProtocol",
    "description": "Transport protocol (传输层协议)."
   },
   "protocol": {
    "type": "string",
    "maxLength": 4096,
    "description": "Application or industrial protocol in lower case (应用协议), e.g. \"modbus\", \"s7comm\", \"iec104\", \"dnp3\", \"opcua\", \"bacnet\", \"http\"."
   },
   "deviceType": {
    "$ref": "#/$defs/tongbao.common.v1.AssetType",
    "description": "Kind of device or system (设备类型)."
   },
   "vendor": {
    "type": "string",
    "maxLength": 4096,
    "description": "Vendor identified from the response (厂商)."
   },
   "product": {
    "type": "string",
    "maxLength": 4096,
    "description": "Product or model identified (产品型号)."
   },
   "version": {
    "type": "string",
    "maxLength": 4096,
    "description": "Firmware or software version identified (版本)."
   },
   "locationRegion": {
    "type": "string",
    "maxLength": 4096,
    "description": "Administrative division code where the address is located (GB/T 2260)."
   },
   "networkOperator": {
    "type": "string",
    "maxLength": 4096,
    "description": "Network operator holding the address (网络运营者), e.g. the basic telecom enterprise."
   },
   "owner": {
    "$ref": "#/$defs/tongbao.common.v1.Enterprise",
    "description": "The owner, if identified (设备归属单位); unset when unknown."
   },
   "riskLevel": {
    "$ref": "#/$defs/tongbao.common.v1.Severity",
    "description": "Risk level of the exposure (风险等级)."
   },
   "riskDescription": {
    "type": "string",
    "maxLength": 65536,
    "description": "The risk in words (风险描述), e.g. \"unauthenticated write access to coils\"."
   },
   "vulnerabilityIds": {
    "type": "array",
    "items": {
     "type": "string",
     "maxLength": 128
    },
    "maxItems": 10000,
    "description": "Known vulnerabilities matched to the identified version (CVE or CNVD ids)."
   },
   "firstSeenTime": {
    "type": "string",
    "description": "When the exposure was first observed (首次发现时间). JSON form: RFC 3339 date-time with a time zone offset, e.g. 2025-03-01T08:30:00Z",
    "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}[Tt][0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]{1,9})?([Zz]|[+-][0-9]{2}:[0-9]{2})$",
    "maxLength": 40
   },
   "lastSeenTime": {
    "type": "string",
    "description": "When it was last observed (最近发现时间). JSON form: RFC 3339 date-time with a time zone offset, e.g. 2025-03-01T08:30:00Z",
    "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}[Tt][0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]{1,9})?([Zz]|[+-][0-9]{2}:[0-9]{2})$",
    "maxLength": 40
   },
   "banner": {
    "type": "string",
    "contentEncoding": "base64",
    "pattern": "^[A-Za-z0-9+/_-]*={0,2}$",
    "maxLength": 1310720,
    "description": "Response captured from the service, possibly truncated (探测响应)."
   }
  },
  "additionalProperties": false,
  "description": "An industrial system or device reachable from the public internet, sent to the owner's supervising authority and to MIIT. Rectification notices refer to it by its Header.id.",
  "$defs": {
   "tongbao.common.v1.AssetType": {
    "anyOf": [
     {
      "type": "string",
      "enum": [
       "ASSET_TYPE_UNSPECIFIED",
       "ASSET_TYPE_PLC",
       "ASSET_TYPE_DCS",
       "ASSET_TYPE_SCADA",
       "ASSET_TYPE_HMI",
       "ASSET_TYPE_RTU",
       "ASSET_TYPE_SAFETY_INSTRUMENTED_SYSTEM",
       "ASSET_TYPE_INDUSTRIAL_NETWORK_DEVICE",
       "ASSET_TYPE_INDUSTRIAL_SOFTWARE",
       "ASSET_TYPE_INDUSTRIAL_INTERNET_PLATFORM",
       "ASSET_TYPE_IDENTIFIER_RESOLUTION_NODE",
       "ASSET_TYPE_IOT_DEVICE",
       "ASSET_TYPE_VIDEO_SURVEILLANCE",
       "ASSET_TYPE_DATABASE",
       "ASSET_TYPE_OTHER"
      ]
     },
     {
      "type": "integer",
      "minimum": -2147483648,
      "maximum": 2147483647
     }
    ],
    "description": "Kind of industrial system, device or software (资产类型)."
   },
   "tongbao.common.v1.Enterprise": {
    "type": "object",
    "properties": {
     "orgId": {
      "type": "string",
      "maxLength": 128,
      "description": "Registry organisation id, empty if the enterprise is not registered."
     },
     "name": {
      "type": "string",
      "maxLength": 4096,
      "description": "Registered name in Chinese (企业名称)."
     },
     "unifiedSocialCreditCode": {
      "type": "string",
      "maxLength": 4096,
      "description": "Unified social credit code (统一社会信用代码), 18 characters."
     },
     "enterpriseType": {
      "$ref": "#/$defs/tongbao.common.v1.EnterpriseType",
      "description": "Enterprise type (企业类型)."
     },
     "centralSoe": {
      "type": "boolean",
      "description": "Whether the enterprise is a central state-owned enterprise (中央企业) or belongs to one; such incidents are also reported to sasac."
     },
     "securityLevel": {
      "$ref": "#/$defs/tongbao.common.v1.EnterpriseSecurityLevel",
      "description": "Network security level (企业网络安全级别)."
     },
     "region": {
      "type": "string",
      "maxLength": 4096,
      "description": "Administrative division code of the registered location (GB/T 2260), e.g. \"320000\"."
     },
     "sectors": {
      "type": "array",
      "items": {
       "$ref": "#/$defs/tongbao.common.v1.Sector"
      },
      "maxItems": 10000,
      "description": "Sectors the enterprise operates in (所属行业)."
     }
    },
    "additionalProperties": false,
    "description": "An enterprise named in a message (企业信息). Enterprises need not be on the bus themselves; when one is, org_id links it to the registry."
   },
   "tongbao.common.v1.EnterpriseSecurityLevel": {
    "anyOf": [
     {
      "type": "string",
      "enum": [
       "ENTERPRISE_SECURITY_LEVEL_UNSPECIFIED",
       "ENTERPRISE_SECURITY_LEVEL_1",
       "ENTERPRISE_SECURITY_LEVEL_2",
       "ENTERPRISE_SECURITY_LEVEL_3"
      ]
     },
     {
      "type": "integer",
      "minimum": -2147483648,
      "maximum": 2147483647
     }
    ],
    "description": "Enterprise network security level (企业网络安全级别) under the classification and grading guide; level 3 is the highest."
   },
   "tongbao.common.v1.EnterpriseType": {
    "anyOf": [
     {
      "type": "string",
      "enum": [
       "ENTERPRISE_TYPE_UNSPECIFIED",
       "ENTERPRISE_TYPE_NETWORKED_INDUSTRIAL",
       "ENTERPRISE_TYPE_PLATFORM",
       "ENTERPRISE_TYPE_IDENTIFIER_RESOLUTION",
       "ENTERPRISE_TYPE_BASIC_TELECOM",
       "ENTERPRISE_TYPE_OTHER"
      ]
     },
     {
      "type": "integer",
      "minimum": -2147483648,
      "maximum": 2147483647
     }
    ],
    "description": "Type of industrial internet enterprise (企业类型) under the classification and grading guide (工业互联网企业网络安全分类分级管理指南)."
   },
   "tongbao.common.v1.Sector": {
    "anyOf": [
     {
      "type": "string",
      "enum": [
       "SECTOR_UNSPECIFIED",
       "SECTOR_RAW_MATERIALS",
       "SECTOR_EQUIPMENT_MANUFACTURING",
       "SECTOR_CONSUMER_GOODS",
       "SECTOR_ELECTRONIC_INFORMATION",
       "SECTOR_TELECOMMUNICATIONS",
       "SECTOR_POWER",
       "SECTOR_OIL_AND_GAS",
       "SECTOR_COAL",
       "SECTOR_HEALTH",
       "SECTOR_ENVIRONMENT",
       "SECTOR_DEFENCE",
       "SECTOR_EDUCATION",
       "SECTOR_TRANSPORT",
       "SECTOR_WATER",
       "SECTOR_MUNICIPAL_UTILITIES",
       "SECTOR_FINANCE",
       "SECTOR_OTHER"
      ]
     },
     {
      "type": "integer",
      "minimum": -2147483648,
      "maximum": 2147483647
     }
    ],
    "description": "Sector (行业领域), used for routing to the supervising department and for describing scope. The list covers the sectors of the ten departments."
   },
   "tongbao.common.v1.Severity": {
    "anyOf": [
     {
      "type": "string",
      "enum": [
       "SEVERITY_UNSPECIFIED",
       "SEVERITY_LOW",
       "SEVERITY_MEDIUM",
       "SEVERITY_HIGH",
       "SEVERITY_CRITICAL"
      ]
     },
     {
      "type": "integer",
      "minimum": -2147483648,
      "maximum": 2147483647
     }
    ],
    "description": "Severity of a vulnerability, finding or risk (危害等级), as used by CNVD and CVSS. Numbers rise with severity."
   },
   "tongbao.exposure.v1.TransportProtocol": {
    "anyOf": [
     {
      "type": "string",
      "enum": [
       "TRANSPORT_PROTOCOL_UNSPECIFIED",
       "TRANSPORT_PROTOCOL_TCP",
       "TRANSPORT_PROTOCOL_UDP"
      ]
     },
     {
      "type": "integer",
      "minimum": -2147483648,
      "maximum": 2147483647
     }
    ],
    "description": "Transport-layer protocol (传输层协议)."
   }
  }
 },
 "tongbao.feedback.v1.ActionTaken": {
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "$id": "urn:tongbao:jsonschema:tongbao.feedback.v1.ActionTaken",
  "title": "tongbao.feedback.v1.ActionTaken",
  "type": "object",
  "properties": {
   "description": {
    "type": "string",
    "maxLength": 65536,
    "description": "The action in words."
   },
   "completedTime": {
    "type": "string",
    "description": "When it was completed; unset if still under way. JSON form: RFC 3339 date-time with a time zone offset, e.g. 2025-03-01T08:30:00Z",
    "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}[Tt][0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]{1,9})?([Zz]|[+-][0-9]{2}:[0-9]{2})$",
    "maxLength": 40
   }
  },
  "additionalProperties": false,
  "description": "One action taken (处置措施)."
 },
 "tongbao.feedback.v1.HandlingFeedback": {
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "$id": "urn:tongbao:jsonschema:tongbao.feedback.v1.HandlingFeedback",
  "title": "tongbao.feedback.v1.HandlingFeedback",
  "type": "object",
  "properties": {
   "messageId": {
    "type": "string",
    "maxLength": 128,
    "description": "Header.id of the message being answered, e.g. a RectificationNotice."
   },
   "status": {
    "$ref": "#/$defs/tongbao.feedback.v1.HandlingStatus",
    "description": "Handling status (处置状态)."
   },
   "actionsTaken": {
    "type": "array",
    "items": {
     "$ref": "#/$defs/tongbao.feedback.v1.ActionTaken"
    },
    "maxItems": 10000,
    "description": "Actions taken so far (已采取的措施)."
   },
   "evidence": {
    "type": "array",
    "items": {
     "$ref": "#/$defs/tongbao.common.v1.Attachment"
    },
    "maxItems": 10000,
    "description": "Evidence of the actions (佐证材料), e.g. scan results after patching."
   },
   "residualRiskLevel": {
    "$ref": "#/$defs/tongbao.common.v1.Severity",
    "description": "Risk remaining after the actions (剩余风险等级)."
   },
   "residualRisk": {
    "type": "string",
    "maxLength": 65536,
    "description": "Remaining risk in words (剩余风险说明)."
   },
   "expectedCompletionTime": {
    "type": "string",
    "description": "For HANDLING_STATUS_IN_PROGRESS, when completion is expected (预计完成时间). JSON form: RFC 3339 date-time with a time zone offset, e.g. 2025-03-01T08:30:00Z",
    "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}[Tt][0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]{1,9})?([Zz]|[+-][0-9]{2}:[0-9]{2})$",
    "maxLength": 40
   },
   "cannotComplyReason": {
    "type": "string",
    "maxLength": 65536,
    "description": "For HANDLING_STATUS_CANNOT_COMPLY, why not and what is proposed instead (无法落实的原因)."
   },
   "accountablePerson": {
    "$ref": "#/$defs/tongbao.common.v1.Person",
    "description": "Person accountable for the handling (责任人)."
   }
  },
  "additionalProperties": false,
  "description": "Progress report on handling one message. Several may be sent; the latest one per message_id and source states the current status.",
  "$defs": {
   "tongbao.common.v1.Attachment": {
    "type": "object",
    "properties": {
     "name": {
      "type": "string",
      "maxLength": 4096,
      "description": "File name as shown to people (文件名)."
     },
     "mediaType": {
      "type": "string",
      "maxLength": 4096,
      "description": "Media type, e.g. \"application/pdf\"."
     },
     "sizeBytes": {
      "type": [
       "string",
       "integer"
      ],
      "pattern": "^(0|[1-9][0-9]{0,19})$",
      "minimum": 0,
      "maximum": 9007199254740991,
      "description": "Size in bytes."
     },
     "sha256": {
      "type": "string",
      "contentEncoding": "base64",
      "pattern": "^[A-Za-z0-9+/_-]*={0,2}$",
      "maxLength": 1310720,
      "description": "SHA-256 digest of the content."
     },
     "data": {
      "type": "string",
      "contentEncoding": "base64",
      "pattern": "^[A-Za-z0-9+/_-]*={0,2}$",
      "maxLength": 1310720,
      "description": "The content itself, for small files."
     },
     "uri": {
      "type": "string",
      "maxLength": 4096,
      "description": "A URI from which the content can be fetched by authorised recipients."
     },
     "description": {
      "type": "string",
      "maxLength": 65536,
      "description": "What the attachment shows, e.g. \"scan report after patching\"."
     }
    },
    "additionalProperties": false,
    "dependentSchemas": {
     "data": {
      "not": {
       "anyOf": [
        {
         "required": [
          "uri"
         ]
        }
       ]
      }
     },
     "uri": {
      "not": {
       "anyOf": [
        {
         "required": [
          "data"
         ]
        }
       ]
      }
     }
    },
    "description": "A document or file attached to a message (附件), carried inline when small or by reference otherwise. The digest is covered by the message signature, so a referenced file is as tamper-evident as an inline one."
   },
   "tongbao.common.v1.Person": {
    "type": "object",
    "properties": {
     "name": {
      "type": "string",
      "maxLength": 4096,
      "description": "Full name (姓名)."
     },
     "jobTitle": {
      "type": "string",
      "maxLength": 4096,
      "description": "Job title or post (职务)."
     },
     "orgId": {
      "type": "string",
      "maxLength": 128,
      "description": "Registry id of the organisation the person acts for, if registered."
     },
     "unit": {
      "type": "string",
      "maxLength": 4096,
      "description": "Name of the organisation or unit the person belongs to (所在单位)."
     },
     "phone": {
      "type": "string",
      "maxLength": 4096,
      "description": "Telephone number (联系电话)."
     },
     "email": {
      "type": "string",
      "maxLength": 4096,
      "description": "Email address (电子邮箱)."
     }
    },
    "additionalProperties": false,
    "description": "A named person acting for an organisation (联系人、责任人)."
   },
   "tongbao.common.v1.Severity": {
    "anyOf": [
     {
      "type": "string",
      "enum": [
       "SEVERITY_UNSPECIFIED",
       "SEVERITY_LOW",
       "SEVERITY_MEDIUM",
       "SEVERITY_HIGH",
       "SEVERITY_CRITICAL"
      ]
     },
     {
      "type": "integer",
      "minimum": -2147483648,
      "maximum": 2147483647
     }
    ],
    "description": "Severity of a vulnerability, finding or risk (危害等级), as used by CNVD and CVSS. Numbers rise with severity."
   },
   "tongbao.feedback.v1.ActionTaken": {
    "type": "object",
    "properties": {
     "description": {
      "type": "string",
      "maxLength": 65536,
      "description": "The action in words."
     },
     "completedTime": {
      "type": "string",
      "description": "When it was completed; unset if still under way. JSON form: RFC 3339 date-time with a time zone offset, e.g. 2025-03-01T08:30:00Z",
      "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}[Tt][0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]{1,9})?([Zz]|[+-][0-9]{2}:[0-9]{2})$",
      "maxLength": 40
     }
    },
    "additionalProperties": false,
    "description": "One action taken (处置措施)."
   },
   "tongbao.feedback.v1.HandlingStatus": {
    "anyOf": [
     {
      "type": "string",
      "enum": [
       "HANDLING_STATUS_UNSPECIFIED",
       "HANDLING_STATUS_IN_PROGRESS",
       "HANDLING_STATUS_DONE",
       "HANDLING_STATUS_CANNOT_COMPLY"
      ]
     },
     {
      "type": "integer",
      "minimum": -2147483648,
      "maximum": 2147483647
     }
    ],
    "description": "Status of handling (处置状态)."
   }
  }
 },
 "tongbao.incident.v1.IncidentReport": {
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "$id": "urn:tongbao:jsonschema:tongbao.incident.v1.IncidentReport",
  "title": "tongbao.incident.v1.IncidentReport",
  "type": "object",
  "properties": {
   "phase": {
    "$ref": "#/$defs/tongbao.common.v1.ReportPhase",
    "description": "Phase of this report (报告阶段)."
   },
   "incidentId": {
    "type": "string",
    "maxLength": 128,
    "description": "Id shared by every report on this incident (事件编号): the Header.id of the initial report unless the reporter has its own numbering."
   },
   "title": {
    "type": "string",
    "maxLength": 4096,
    "description": "Short title (事件名称)."
   },
   "summary": {
    "type": "string",
    "maxLength": 65536,
    "description": "What happened, in words (事件概况)."
   },
   "grade": {
    "$ref": "#/$defs/tongbao.common.v1.IncidentGrade",
    "description": "Grade (事件级别); INCIDENT_GRADE_UNGRADED when not yet determined."
   },
   "category": {
    "$ref": "#/$defs/tongbao.common.v1.IncidentCategory",
    "description": "Category under GB/T 20986-2023 (事件类别)."
   },
   "subcategory": {
    "type": "string",
    "maxLength": 4096,
    "description": "Subcategory under GB/T 20986-2023, e.g. \"勒索软件事件\"; may be empty."
   },
   "occurredTime": {
    "type": "string",
    "description": "When the incident began, as far as known (发生时间). JSON form: RFC 3339 date-time with a time zone offset, e.g. 2025-03-01T08:30:00Z",
    "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}[Tt][0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]{1,9})?([Zz]|[+-][0-9]{2}:[0-9]{2})$",
    "maxLength": 40
   },
   "discoveredTime": {
    "type": "string",
    "description": "When the reporter discovered it (发现时间); reporting deadlines run from here. JSON form: RFC 3339 date-time with a time zone offset, e.g. 2025-03-01T08:30:00Z",
    "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}[Tt][0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]{1,9})?([Zz]|[+-][0-9]{2}:[0-9]{2})$",
    "maxLength": 40
   },
   "resolvedTime": {
    "type": "string",
    "description": "When the incident was brought under control or ended (处置完成时间); unset while ongoing. JSON form: RFC 3339 date-time with a time zone offset, e.g. 2025-03-01T08:30:00Z",
    "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}[Tt][0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]{1,9})?([Zz]|[+-][0-9]{2}:[0-9]{2})$",
    "maxLength": 40
   },
   "affectedObject": {
    "type": "string",
    "maxLength": 65536,
    "description": "The affected system, device, platform or data (受影响对象)."
   },
   "scope": {
    "$ref": "#/$defs/tongbao.common.v1.Scope",
    "description": "Sectors and regions affected (影响范围)."
   },
   "harm": {
    "type": "string",
    "maxLength": 65536,
    "description": "Harm caused or threatened (危害程度)."
   },
   "measuresTaken": {
    "type": "array",
    "items": {
     "type": "string",
     "maxLength": 65536
    },
    "maxItems": 10000,
    "description": "Measures already taken, one per entry (已采取的措施)."
   },
   "recommendations": {
    "type": "array",
    "items": {
     "type": "string",
     "maxLength": 65536
    },
    "maxItems": 10000,
    "description": "Next steps proposed or help requested, one per entry (下一步工作建议)."
   },
   "criticalInfrastructure": {
    "type": "boolean",
    "description": "Whether critical information infrastructure is affected (是否涉及关键信息基础设施)."
   },
   "dataLevelAffected": {
    "$ref": "#/$defs/tongbao.common.v1.DataLevel",
    "description": "Highest data level affected (涉及数据级别); unspecified if no data is affected."
   },
   "recordsLeaked": {
    "type": [
     "string",
     "integer"
    ],
    "pattern": "^(0|[1-9][0-9]{0,19})$",
    "minimum": 0,
    "maximum": 9007199254740991,
    "description": "Number of records leaked, tampered with or lost (泄露数据条数)."
   },
   "peopleAffected": {
    "type": [
     "string",
     "integer"
    ],
    "pattern": "^(0|[1-9][0-9]{0,19})$",
    "minimum": 0,
    "maximum": 9007199254740991,
    "description": "Number of people affected (影响人数)."
   },
   "outageHours": {
    "type": [
     "number",
     "string"
    ],
    "pattern": "^(NaN|-?Infinity)$",
    "description": "Hours of interruption of service or production (中断时长, 小时)."
   },
   "economicLossYuan": {
    "type": [
     "string",
     "integer"
    ],
    "pattern": "^-?(0|[1-9][0-9]{0,18})$",
    "minimum": -9007199254740991,
    "maximum": 9007199254740991,
    "description": "Direct economic loss in yuan (直接经济损失, 元)."
   },
   "productionSafetyAccident": {
    "type": "boolean",
    "description": "Whether the incident caused or may cause a production-safety accident (是否引发安全生产事故); if so the report also goes to mem."
   },
   "environmentalEmergency": {
    "type": "boolean",
    "description": "Whether the incident caused or may cause an environmental emergency (是否引发突发环境事件); if so the report also goes to mee."
   },
   "reportingEnterprise": {
    "$ref": "#/$defs/tongbao.common.v1.Enterprise",
    "description": "The enterprise operating the affected system (事发单位), normally also the reporter."
   },
   "contact": {
    "$ref": "#/$defs/tongbao.common.v1.Person",
    "description": "Person responsible for the report (报告人)."
   },
   "causeAnalysis": {
    "type": "string",
    "maxLength": 65536,
    "description": "Cause as determined, usually in the final report (原因分析)."
   },
   "accountability": {
    "type": "string",
    "maxLength": 65536,
    "description": "Responsibility findings and accountability measures, usually in the final report (责任认定及问责情况)."
   },
   "indicators": {
    "type": "array",
    "items": {
     "$ref": "#/$defs/tongbao.common.v1.Indicator"
    },
    "maxItems": 10000,
    "description": "Indicators observed during the incident (威胁指标)."
   },
   "attachments": {
    "type": "array",
    "items": {
     "$ref": "#/$defs/tongbao.common.v1.Attachment"
    },
    "maxItems": 10000,
    "description": "Supporting documents and evidence (附件)."
   }
  },
  "additionalProperties": false,
  "description": "One report about a network security incident. Routing follows the facts here: grade I and II escalate at once, a production-safety accident also goes to mem, a central SOE's incident also to sasac, and every incident to the sector's department. Reporting deadlines are configuration, not part of the schema.",
  "$defs": {
   "tongbao.common.v1.Attachment": {
    "type": "object",
    "properties": {
     "name": {
      "type": "string",
      "maxLength": 4096,
      "description": "File name as shown to people (文件名)."
     },
     "mediaType": {
      "type": "string",
      "maxLength": 4096,
      "description": "Media type, e.g. \"application/pdf\"."
     },
     "sizeBytes": {
      "type": [
       "string",
       "integer"
      ],
      "pattern": "^(0|[1-9][0-9]{0,19})$",
      "minimum": 0,
      "maximum": 9007199254740991,
      "description": "Size in bytes."
     },
     "sha256": {
      "type": "string",
      "contentEncoding": "base64",
      "pattern": "^[A-Za-z0-9+/_-]*={0,2}$",
      "maxLength": 1310720,
      "description": "SHA-256 digest of the content."
     },
     "data": {
      "type": "string",
      "contentEncoding": "base64",
      "pattern": "^[A-Za-z0-9+/_-]*={0,2}$",
      "maxLength": 1310720,
      "description": "The content itself, for small files."
     },
     "uri": {
      "type": "string",
      "maxLength": 4096,
      "description": "A URI from which the content can be fetched by authorised recipients."
     },
     "description": {
      "type": "string",
      "maxLength": 65536,
      "description": "What the attachment shows, e.g. \"scan report after patching\"."
     }
    },
    "additionalProperties": false,
    "dependentSchemas": {
     "data": {
      "not": {
       "anyOf": [
        {
         "required": [
          "uri"
         ]
        }
       ]
      }
     },
     "uri": {
      "not": {
       "anyOf": [
        {
         "required": [
          "data"
         ]
        }
       ]
      }
     }
    },
    "description": "A document or file attached to a message (附件), carried inline when small or by reference otherwise. The digest is covered by the message signature, so a referenced file is as tamper-evident as an inline one."
   },
   "tongbao.common.v1.DataLevel": {
    "anyOf": [
     {
      "type": "string",
      "enum": [
       "DATA_LEVEL_UNSPECIFIED",
       "DATA_LEVEL_GENERAL",
       "DATA_LEVEL_IMPORTANT",
       "DATA_LEVEL_CORE",
       "DATA_LEVEL_LEGACY_LEVEL_1",
       "DATA_LEVEL_LEGACY_LEVEL_2",
       "DATA_LEVEL_LEGACY_LEVEL_3"
      ]
     },
     {
      "type": "integer",
      "minimum": -2147483648,
      "maximum": 2147483647
     }
    ],
    "description": "Data security level (数据级别). The current scale is from 工业和信息化领域数据安全 管理办法 (2022); the legacy scale from 工业数据分类分级指南 (2020) is kept so that older records can be carried unchanged. Legacy values are numbered apart on purpose: the two scales do not map one-to-one and must not be compared by number."
   },
   "tongbao.common.v1.Enterprise": {
    "type": "object",
    "properties": {
     "orgId": {
      "type": "string",
      "maxLength": 128,
      "description": "Registry organisation id, empty if the enterprise is not registered."
     },
     "name": {
      "type": "string",
      "maxLength": 4096,
      "description": "Registered name in Chinese (企业名称)."
     },
     "unifiedSocialCreditCode": {
      "type": "string",
      "maxLength": 4096,
      "description": "Unified social credit code (统一社会信用代码), 18 characters."
     },
     "enterpriseType": {
      "$ref": "#/$defs/tongbao.common.v1.EnterpriseType",
      "description": "Enterprise type (企业类型)."
     },
     "centralSoe": {
      "type": "boolean",
      "description": "Whether the enterprise is a central state-owned enterprise (中央企业) or belongs to one; such incidents are also reported to sasac."
     },
     "securityLevel": {
      "$ref": "#/$defs/tongbao.common.v1.EnterpriseSecurityLevel",
      "description": "Network security level (企业网络安全级别)."
     },
     "region": {
      "type": "string",
      "maxLength": 4096,
      "description": "Administrative division code of the registered location (GB/T 2260), e.g. \"320000\"."
     },
     "sectors": {
      "type": "array",
      "items": {
       "$ref": "#/$defs/tongbao.common.v1.Sector"
      },
      "maxItems": 10000,
      "description": "Sectors the enterprise operates in (所属行业)."
     }
    },
    "additionalProperties": false,
    "description": "An enterprise named in a message (企业信息). Enterprises need not be on the bus themselves; when one is, org_id links it to the registry."
   },
   "tongbao.common.v1.EnterpriseSecurityLevel": {
    "anyOf": [
     {
      "type": "string",
      "enum": [
       "ENTERPRISE_SECURITY_LEVEL_UNSPECIFIED",
       "ENTERPRISE_SECURITY_LEVEL_1",
       "ENTERPRISE_SECURITY_LEVEL_2",
       "ENTERPRISE_SECURITY_LEVEL_3"
      ]
     },
     {
      "type": "integer",
      "minimum": -2147483648,
      "maximum": 2147483647
     }
    ],
    "description": "Enterprise network security level (企业网络安全级别) under the classification and grading guide; level 3 is the highest."
   },
   "tongbao.common.v1.EnterpriseType": {
    "anyOf": [
     {
      "type": "string",
      "enum": [
       "ENTERPRISE_TYPE_UNSPECIFIED",
       "ENTERPRISE_TYPE_NETWORKED_INDUSTRIAL",
       "ENTERPRISE_TYPE_PLATFORM",
       "ENTERPRISE_TYPE_IDENTIFIER_RESOLUTION",
       "ENTERPRISE_TYPE_BASIC_TELECOM",
       "ENTERPRISE_TYPE_OTHER"
      ]
     },
     {
      "type": "integer",
      "minimum": -2147483648,
      "maximum": 2147483647
     }
    ],
    "description": "Type of industrial internet enterprise (企业类型) under the classification and grading guide (工业互联网企业网络安全分类分级管理指南)."
   },
   "tongbao.common.v1.IncidentCategory": {
    "anyOf": [
     {
      "type": "string",
      "enum": [
       "INCIDENT_CATEGORY_UNSPECIFIED",
       "INCIDENT_CATEGORY_MALWARE",
       "INCIDENT_CATEGORY_NETWORK_ATTACK",
       "INCIDENT_CATEGORY_DATA_SECURITY",
       "INCIDENT_CATEGORY_INFORMATION_CONTENT_SECURITY",
       "INCIDENT_CATEGORY_EQUIPMENT_FAILURE",
       "INCIDENT_CATEGORY_VIOLATION_OPERATION",
       "INCIDENT_CATEGORY_SECURITY_HAZARD",
       "INCIDENT_CATEGORY_ABNORMAL_BEHAVIOUR",
       "INCIDENT_CATEGORY_FORCE_MAJEURE",
       "INCIDENT_CATEGORY_OTHER"
      ]
     },
     {
      "type": "integer",
      "minimum": -2147483648,
      "maximum": 2147483647
     }
    ],
    "description": "Network security incident category (网络安全事件分类), the ten classes of GB/T 20986-2023."
   },
   "tongbao.common.v1.IncidentGrade": {
    "anyOf": [
     {
      "type": "string",
      "enum": [
       "INCIDENT_GRADE_UNSPECIFIED",
       "INCIDENT_GRADE_I",
       "INCIDENT_GRADE_II",
       "INCIDENT_GRADE_III",
       "INCIDENT_GRADE_IV",
       "INCIDENT_GRADE_UNGRADED"
      ]
     },
     {
      "type": "integer",
      "minimum": -2147483648,
      "maximum": 2147483647
     }
    ],
    "description": "Network security incident grade (网络安全事件分级) per GB/T 20986-2023 and the industrial control system incident guide (工信部信软〔2017〕122号). Numbers match the Roman grade, so grade I is the most serious."
   },
   "tongbao.common.v1.Indicator": {
    "type": "object",
    "properties": {
     "type": {
      "$ref": "#/$defs/tongbao.common.v1.IndicatorType",
      "description": "Kind of indicator."
     },
     "value": {
      "type": "string",
      "maxLength": 4096,
      "description": "The indicator itself in its usual text form."
     },
     "description": {
      "type": "string",
      "maxLength": 65536,
      "description": "What the indicator means here, e.g. \"command-and-control server\"."
     },
     "firstSeenTime": {
      "type": "string",
      "description": "When the indicator was first observed, if known. JSON form: RFC 3339 date-time with a time zone offset, e.g. 2025-03-01T08:30:00Z",
      "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}[Tt][0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]{1,9})?([Zz]|[+-][0-9]{2}:[0-9]{2})$",
      "maxLength": 40
     },
     "lastSeenTime": {
      "type": "string",
      "description": "When the indicator was last observed, if known. JSON form: RFC 3339 date-time with a time zone offset, e.g. 2025-03-01T08:30:00Z",
      "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}[Tt][0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]{1,9})?([Zz]|[+-][0-9]{2}:[0-9]{2})$",
      "maxLength": 40
     }
    },
    "additionalProperties": false,
    "description": "One indicator of compromise or threat (威胁指标)."
   },
   "tongbao.common.v1.IndicatorType": {
    "anyOf": [
     {
      "type": "string",
      "enum": [
       "INDICATOR_TYPE_UNSPECIFIED",
       "INDICATOR_TYPE_IP",
       "INDICATOR_TYPE_DOMAIN",
       "INDICATOR_TYPE_URL",
       "INDICATOR_TYPE_EMAIL",
       "INDICATOR_TYPE_FILE_MD5",
       "INDICATOR_TYPE_FILE_SHA1",
       "INDICATOR_TYPE_FILE_SHA256",
       "INDICATOR_TYPE_FILE_SM3",
       "INDICATOR_TYPE_CVE",
       "INDICATOR_TYPE_CNVD"
      ]
     },
     {
      "type": "integer",
      "minimum": -2147483648,
      "maximum": 2147483647
     }
    ],
    "description": "Kind of threat indicator (威胁指标类型)."
   },
   "tongbao.common.v1.Person": {
    "type": "object",
    "properties": {
     "name": {
      "type": "string",
      "maxLength": 4096,
      "description": "Full name (姓名)."
     },
     "jobTitle": {
      "type": "string",
      "maxLength": 4096,
      "description": "Job title or post (职务)."
     },
     "orgId": {
      "type": "string",
      "maxLength": 128,
      "description": "Registry id of the organisation the person acts for, if registered."
     },
     "unit": {
      "type": "string",
      "maxLength": 4096,
      "description": "Name of the organisation or unit the person belongs to (所在单位)."
     },
     "phone": {
      "type": "string",
      "maxLength": 4096,
      "description": "Telephone number (联系电话)."
     },
     "email": {
      "type": "string",
      "maxLength": 4096,
      "description": "Email address (电子邮箱)."
     }
    },
    "additionalProperties": false,
    "description": "A named person acting for an organisation (联系人、责任人)."
   },
   "tongbao.common.v1.ReportPhase": {
    "anyOf": [
     {
      "type": "string",
      "enum": [
       "REPORT_PHASE_UNSPECIFIED",
       "REPORT_PHASE_INITIAL",
       "REPORT_PHASE_UPDATE",
       "REPORT_PHASE_FINAL"
      ]
     },
     {
      "type": "integer",
      "minimum": -2147483648,
      "maximum": 2147483647
     }
    ],
    "description": "Phase of an incident report (报告阶段). Reports about one incident share IncidentReport.incident_id; each later report references the previous one."
   },
   "tongbao.common.v1.Scope": {
    "type": "object",
    "properties": {
     "sectors": {
      "type": "array",
      "items": {
       "$ref": "#/$defs/tongbao.common.v1.Sector"
      },
      "maxItems": 10000,
      "description": "Sectors affected (涉及行业)."
     },
     "regions": {
      "type": "array",
      "items": {
       "type": "string",
       "maxLength": 4096
      },
      "maxItems": 10000,
      "description": "Administrative division codes affected (GB/T 2260), e.g. \"320000\". By convention \"100000\", which GB/T 2260 does not assign, means the whole country."
     },
     "description": {
      "type": "string",
      "maxLength": 65536,
      "description": "The scope in words (范围描述)."
     }
    },
    "additionalProperties": false,
    "description": "Who or what is affected (影响范围). This is content; routing uses the sectors, region and recipients in the envelope header."
   },
   "tongbao.common.v1.Sector": {
    "anyOf": [
     {
      "type": "string",
      "enum": [
       "SECTOR_UNSPECIFIED",
       "SECTOR_RAW_MATERIALS",
       "SECTOR_EQUIPMENT_MANUFACTURING",
       "SECTOR_CONSUMER_GOODS",
       "SECTOR_ELECTRONIC_INFORMATION",
       "SECTOR_TELECOMMUNICATIONS",
       "SECTOR_POWER",
       "SECTOR_OIL_AND_GAS",
       "SECTOR_COAL",
       "SECTOR_HEALTH",
       "SECTOR_ENVIRONMENT",
       "SECTOR_DEFENCE",
       "SECTOR_EDUCATION",
       "SECTOR_TRANSPORT",
       "SECTOR_WATER",
       "SECTOR_MUNICIPAL_UTILITIES",
       "SECTOR_FINANCE",
       "SECTOR_OTHER"
      ]
     },
     {
      "type": "integer",
      "minimum": -2147483648,
      "maximum": 2147483647
     }
    ],
    "description": "Sector (行业领域), used for routing to the supervising department and for describing scope. The list covers the sectors of the ten departments."
   }
  }
 },
 "tongbao.inspection.v1.Finding": {
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "$id": "urn:tongbao:jsonschema:tongbao.inspection.v1.Finding",
  "title": "tongbao.inspection.v1.Finding",
  "type": "object",
  "properties": {
   "description": {
    "type": "string",
    "maxLength": 65536,
    "description": "The finding in words (问题描述)."
   },
   "severity": {
    "$ref": "#/$defs/tongbao.common.v1.Severity",
    "description": "Severity (危害等级)."
   },
   "requirement": {
    "type": "string",
    "maxLength": 4096,
    "description": "Requirement not met, e.g. a standard clause (不符合的要求)."
   }
  },
  "additionalProperties": false,
  "description": "One finding of an inspection (检查发现).",
  "$defs": {
   "tongbao.common.v1.Severity": {
    "anyOf": [
     {
      "type": "string",
      "enum": [
       "SEVERITY_UNSPECIFIED",
       "SEVERITY_LOW",
       "SEVERITY_MEDIUM",
       "SEVERITY_HIGH",
       "SEVERITY_CRITICAL"
      ]
     },
     {
      "type": "integer",
      "minimum": -2147483648,
      "maximum": 2147483647
     }
    ],
    "description": "Severity of a vulnerability, finding or risk (危害等级), as used by CNVD and CVSS. Numbers rise with severity."
   }
  }
 },
 "tongbao.inspection.v1.InspectionResult": {
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "$id": "urn:tongbao:jsonschema:tongbao.inspection.v1.InspectionResult",
  "title": "tongbao.inspection.v1.InspectionResult",
  "type": "object",
  "properties": {
   "documentNumber": {
    "type": "string",
    "maxLength": 4096,
    "description": "Document number (文号); may be empty."
   },
   "title": {
    "type": "string",
    "maxLength": 4096,
    "description": "Title (标题)."
   },
   "kind": {
    "$ref": "#/$defs/tongbao.inspection.v1.InspectionKind",
    "description": "Kind of inspection (检查类型)."
   },
   "inspectedParty": {
    "$ref": "#/$defs/tongbao.common.v1.Enterprise",
    "description": "The inspected enterprise (被检查单位)."
   },
   "scope": {
    "type": "string",
    "maxLength": 65536,
    "description": "Systems, sites and topics covered, in words (检查范围)."
   },
   "period": {
    "$ref": "#/$defs/tongbao.common.v1.Period",
    "description": "When the inspection took place (检查时间)."
   },
   "inspectors": {
    "type": "array",
    "items": {
     "$ref": "#/$defs/tongbao.common.v1.Person"
    },
    "maxItems": 10000,
    "description": "Inspectors (检查人员)."
   },
   "findings": {
    "type": "array",
    "items": {
     "$ref": "#/$defs/tongbao.inspection.v1.Finding"
    },
    "maxItems": 10000,
    "description": "What was found (检查发现)."
   },
   "rating": {
    "$ref": "#/$defs/tongbao.inspection.v1.InspectionRating",
    "description": "Overall rating (检查结论)."
   },
   "assessedSecurityLevel": {
    "$ref": "#/$defs/tongbao.common.v1.EnterpriseSecurityLevel",
    "description": "Security level confirmed or assigned by the inspection (核定的企业网络安全级别)."
   },
   "followUp": {
    "type": "array",
    "items": {
     "type": "string",
     "maxLength": 65536
    },
    "maxItems": 10000,
    "description": "Follow-up required, one per entry (后续要求)."
   },
   "rectificationDeadline": {
    "type": "string",
    "description": "When the follow-up must be complete (整改期限); unset if none is required. JSON form: RFC 3339 date-time with a time zone offset, e.g. 2025-03-01T08:30:00Z",
    "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}[Tt][0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]{1,9})?([Zz]|[+-][0-9]{2}:[0-9]{2})$",
    "maxLength": 40
   },
   "attachments": {
    "type": "array",
    "items": {
     "$ref": "#/$defs/tongbao.common.v1.Attachment"
    },
    "maxItems": 10000,
    "description": "Inspection report and records (附件)."
   }
  },
  "additionalProperties": false,
  "description": "The result of one inspection. Follow-up orders are sent as RectificationNotice messages whose issues carry this message's Header.id as finding_id.",
  "$defs": {
   "tongbao.common.v1.Attachment": {
    "type": "object",
    "properties": {
     "name": {
      "type": "string",
      "maxLength": 4096,
      "description": "File name as shown to people (文件名)."
     },
     "mediaType": {
      "type": "string",
      "maxLength": 4096,
      "description": "Media type, e.g. \"application/pdf\"."
     },
     "sizeBytes": {
      "type": [
       "string",
       "integer"
      ],
      "pattern": "^(0|[1-9][0-9]{0,19})$",
      "minimum": 0,
      "maximum": 9007199254740991,
      "description": "Size in bytes."
     },
     "sha256": {
      "type": "string",
      "contentEncoding": "base64",
      "pattern": "^[A-Za-z0-9+/_-]*={0,2}$",
      "maxLength": 1310720,
      "description": "SHA-256 digest of the content."
     },
     "data": {
      "type": "string",
      "contentEncoding": "base64",
      "pattern": "^[A-Za-z0-9+/_-]*={0,2}$",
      "maxLength": 1310720,
      "description": "The content itself, for small files."
     },
     "uri": {
      "type": "string",
      "maxLength": 4096,
      "description": "A URI from which the content can be fetched by authorised recipients."
     },
     "description": {
      "type": "string",
      "maxLength": 65536,
      "description": "What the attachment shows, e.g. \"scan report after patching\"."
     }
    },
    "additionalProperties": false,
    "dependentSchemas": {
     "data": {
      "not": {
       "anyOf": [
        {
         "required": [
          "uri"
         ]
        }
       ]
      }
     },
     "uri": {
      "not": {
       "anyOf": [
        {
         "required": [
          "data"
         ]
        }
       ]
      }
     }
    },
    "description": "A document or file attached to a message (附件), carried inline when small or by reference otherwise. The digest is covered by the message signature, so a referenced file is as tamper-evident as an inline one."
   },
   "tongbao.common.v1.Enterprise": {
    "type": "object",
    "properties": {
     "orgId": {
      "type": "string",
      "maxLength": 128,
      "description": "Registry organisation id, empty if the enterprise is not registered."
     },
     "name": {
      "type": "string",
      "maxLength": 4096,
      "description": "Registered name in Chinese (企业名称)."
     },
     "unifiedSocialCreditCode": {
      "type": "string",
      "maxLength": 4096,
      "description": "Unified social credit code (统一社会信用代码), 18 characters."
     },
     "enterpriseType": {
      "$ref": "#/$defs/tongbao.common.v1.EnterpriseType",
      "description": "Enterprise type (企业类型)."
     },
     "centralSoe": {
      "type": "boolean",
      "description": "Whether the enterprise is a central state-owned enterprise (中央企业) or belongs to one; such incidents are also reported to sasac."
     },
     "securityLevel": {
      "$ref": "#/$defs/tongbao.common.v1.EnterpriseSecurityLevel",
      "description": "Network security level (企业网络安全级别)."
     },
     "region": {
      "type": "string",
      "maxLength": 4096,
      "description": "Administrative division code of the registered location (GB/T 2260), e.g. \"320000\"."
     },
     "sectors": {
      "type": "array",
      "items": {
       "$ref": "#/$defs/tongbao.common.v1.Sector"
      },
      "maxItems": 10000,
      "description": "Sectors the enterprise operates in (所属行业)."
     }
    },
    "additionalProperties": false,
    "description": "An enterprise named in a message (企业信息). Enterprises need not be on the bus themselves; when one is, org_id links it to the registry."
   },
   "tongbao.common.v1.EnterpriseSecurityLevel": {
    "anyOf": [
     {
      "type": "string",
      "enum": [
       "ENTERPRISE_SECURITY_LEVEL_UNSPECIFIED",
       "ENTERPRISE_SECURITY_LEVEL_1",
       "ENTERPRISE_SECURITY_LEVEL_2",
       "ENTERPRISE_SECURITY_LEVEL_3"
      ]
     },
     {
      "type": "integer",
      "minimum": -2147483648,
      "maximum": 2147483647
     }
    ],
    "description": "Enterprise network security level (企业网络安全级别) under the classification and grading guide; level 3 is the highest."
   },
   "tongbao.common.v1.EnterpriseType": {
    "anyOf": [
     {
      "type": "string",
      "enum": [
       "ENTERPRISE_TYPE_UNSPECIFIED",
       "ENTERPRISE_TYPE_NETWORKED_INDUSTRIAL",
       "ENTERPRISE_TYPE_PLATFORM",
       "ENTERPRISE_TYPE_IDENTIFIER_RESOLUTION",
       "ENTERPRISE_TYPE_BASIC_TELECOM",
       "ENTERPRISE_TYPE_OTHER"
      ]
     },
     {
      "type": "integer",
      "minimum": -2147483648,
      "maximum": 2147483647
     }
    ],
    "description": "Type of industrial internet enterprise (企业类型) under the classification and grading guide (工业互联网企业网络安全分类分级管理指南)."
   },
   "tongbao.common.v1.Period": {
    "type": "object",
    "properties": {
     "startTime": {
      "type": "string",
      "description": "Start of the interval (开始时间). JSON form: RFC 3339 date-time with a time zone offset, e.g. 2025-03-01T08:30:00Z",
      "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}[Tt][0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]{1,9})?([Zz]|[+-][0-9]{2}:[0-9]{2})$",
      "maxLength": 40
     },
     "endTime": {
      "type": "string",
      "description": "End of the interval (结束时间). JSON form: RFC 3339 date-time with a time zone offset, e.g. 2025-03-01T08:30:00Z",
      "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}[Tt][0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]{1,9})?([Zz]|[+-][0-9]{2}:[0-9]{2})$",
      "maxLength": 40
     }
    },
    "additionalProperties": false,
    "description": "A time interval (时间段), start inclusive and end exclusive. An unset end means the interval is still open."
   },
   "tongbao.common.v1.Person": {
    "type": "object",
    "properties": {
     "name": {
      "type": "string",
      "maxLength": 4096,
      "description": "Full name (姓名)."
     },
     "jobTitle": {
      "type": "string",
      "maxLength": 4096,
      "description": "Job title or post (职务)."
     },
     "orgId": {
      "type": "string",
      "maxLength": 128,
      "description": "Registry id of the organisation the person acts for, if registered."
     },
     "unit": {
      "type": "string",
      "maxLength": 4096,
      "description": "Name of the organisation or unit the person belongs to (所在单位)."
     },
     "phone": {
      "type": "string",
      "maxLength": 4096,
      "description": "Telephone number (联系电话)."
     },
     "email": {
      "type": "string",
      "maxLength": 4096,
      "description": "Email address (电子邮箱)."
     }
    },
    "additionalProperties": false,
    "description": "A named person acting for an organisation (联系人、责任人)."
   },
   "tongbao.common.v1.Sector": {
    "anyOf": [
     {
      "type": "string",
      "enum": [
       "SECTOR_UNSPECIFIED",
       "SECTOR_RAW_MATERIALS",
       "SECTOR_EQUIPMENT_MANUFACTURING",
       "SECTOR_CONSUMER_GOODS",
       "SECTOR_ELECTRONIC_INFORMATION",
       "SECTOR_TELECOMMUNICATIONS",
       "SECTOR_POWER",
       "SECTOR_OIL_AND_GAS",
       "SECTOR_COAL",
       "SECTOR_HEALTH",
       "SECTOR_ENVIRONMENT",
       "SECTOR_DEFENCE",
       "SECTOR_EDUCATION",
       "SECTOR_TRANSPORT",
       "SECTOR_WATER",
       "SECTOR_MUNICIPAL_UTILITIES",
       "SECTOR_FINANCE",
       "SECTOR_OTHER"
      ]
     },
     {
      "type": "integer",
      "minimum": -2147483648,
      "maximum": 2147483647
     }
    ],
    "description": "Sector (行业领域), used for routing to the supervising department and for describing scope. The list covers the sectors of the ten departments."
   },
   "tongbao.common.v1.Severity": {
    "anyOf": [
     {
      "type": "string",
      "enum": [
       "SEVERITY_UNSPECIFIED",
       "SEVERITY_LOW",
       "SEVERITY_MEDIUM",
       "SEVERITY_HIGH",
       "SEVERITY_CRITICAL"
      ]
     },
     {
      "type": "integer",
      "minimum": -2147483648,
      "maximum": 2147483647
     }
    ],
    "description": "Severity of a vulnerability, finding or risk (危害等级), as used by CNVD and CVSS. Numbers rise with severity."
   },
   "tongbao.inspection.v1.Finding": {
    "type": "object",
    "properties": {
     "description": {
      "type": "string",
      "maxLength": 65536,
      "description": "The finding in words (问题描述)."
     },
     "severity": {
      "$ref": "#/$defs/tongbao.common.v1.Severity",
      "description": "Severity (危害等级)."
     },
     "requirement": {
      "type": "string",
      "maxLength": 4096,
      "description": "Requirement not met, e.g. a standard clause (不符合的要求)."
     }
    },
    "additionalProperties": false,
    "description": "One finding of an inspection (检查发现)."
   },
   "tongbao.inspection.v1.InspectionKind": {
    "anyOf": [
     {
      "type": "string",
      "enum": [
       "INSPECTION_KIND_UNSPECIFIED",
       "INSPECTION_KIND_ROUTINE",
       "INSPECTION_KIND_SPECIAL",
       "INSPECTION_KIND_SPOT_CHECK",
       "INSPECTION_KIND_FOLLOW_UP"
      ]
     },
     {
      "type": "integer",
      "minimum": -2147483648,
      "maximum": 2147483647
     }
    ],
    "description": "Kind of inspection (检查类型)."
   },
   "tongbao.inspection.v1.InspectionRating": {
    "anyOf": [
     {
      "type": "string",
      "enum": [
       "INSPECTION_RATING_UNSPECIFIED",
       "INSPECTION_RATING_COMPLIANT",
       "INSPECTION_RATING_BASICALLY_COMPLIANT",
       "INSPECTION_RATING_NON_COMPLIANT"
      ]
     },
     {
      "type": "integer",
      "minimum": -2147483648,
      "maximum": 2147483647
     }
    ],
    "description": "Overall rating of an inspection (检查结论)."
   }
  }
 },
 "tongbao.receipt.v1.Receipt": {
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "$id": "urn:tongbao:jsonschema:tongbao.receipt.v1.Receipt",
  "title": "tongbao.receipt.v1.Receipt",
  "type": "object",
  "properties": {
   "messageId": {
    "type": "string",
    "maxLength": 128,
    "description": "Header.id of the acknowledged message."
   },
   "messageDigest": {
    "type": "string",
    "contentEncoding": "base64",
    "pattern": "^[A-Za-z0-9+/_-]*={0,2}$",
    "maxLength": 1310720,
    "description": "Signed digest of the acknowledged message, proving which version was received."
   },
   "receivedTime": {
    "type": "string",
    "description": "When the recipient's service received and verified it (签收时间). JSON form: RFC 3339 date-time with a time zone offset, e.g. 2025-03-01T08:30:00Z",
    "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}[Tt][0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]{1,9})?([Zz]|[+-][0-9]{2}:[0-9]{2})$",
    "maxLength": 40
   },
   "outcome": {
    "$ref": "#/$defs/tongbao.receipt.v1.ReceiptOutcome",
    "description": "Accepted or rejected."
   },
   "accountablePerson": {
    "$ref": "#/$defs/tongbao.common.v1.Person",
    "description": "Person accountable for the message at the recipient (签收人): for automatic receipts, the duty officer of record."
   },
   "automatic": {
    "type": "boolean",
    "description": "Whether the service issued the receipt on verified delivery, rather than a person."
   },
   "rejectionReason": {
    "$ref": "#/$defs/tongbao.receipt.v1.RejectionReason",
    "description": "Why the message was rejected; unspecified when accepted."
   },
   "rejectionDetail": {
    "type": "string",
    "maxLength": 65536,
    "description": "Details of the rejection for people (拒收说明)."
   },
   "suggestedOrgId": {
    "type": "string",
    "maxLength": 128,
    "description": "For REJECTION_REASON_OUT_OF_JURISDICTION, the registry id of the organisation the recipient believes is responsible (建议转交单位)."
   }
  },
  "additionalProperties": false,
  "description": "Acknowledgement or rejection of one message. Header.causation_id is set to message_id as well, and the header is addressed to the acknowledged message's source.",
  "$defs": {
   "tongbao.common.v1.Person": {
    "type": "object",
    "properties": {
     "name": {
      "type": "string",
      "maxLength": 4096,
      "description": "Full name (姓名)."
     },
     "jobTitle": {
      "type": "string",
      "maxLength": 4096,
      "description": "Job title or post (职务)."
     },
     "orgId": {
      "type": "string",
      "maxLength": 128,
      "description": "Registry id of the organisation the person acts for, if registered."
     },
     "unit": {
      "type": "string",
      "maxLength": 4096,
      "description": "Name of the organisation or unit the person belongs to (所在单位)."
     },
     "phone": {
      "type": "string",
      "maxLength": 4096,
      "description": "Telephone number (联系电话)."
     },
     "email": {
      "type": "string",
      "maxLength": 4096,
      "description": "Email address (电子邮箱)."
     }
    },
    "additionalProperties": false,
    "description": "A named person acting for an organisation (联系人、责任人)."
   },
   "tongbao.receipt.v1.ReceiptOutcome": {
    "anyOf": [
     {
      "type": "string",
      "enum": [
       "RECEIPT_OUTCOME_UNSPECIFIED",
       "RECEIPT_OUTCOME_ACCEPTED",
       "RECEIPT_OUTCOME_REJECTED"
      ]
     },
     {
      "type": "integer",
      "minimum": -2147483648,
      "maximum": 2147483647
     }
    ],
    "description": "Outcome of receipt (签收结果)."
   },
   "tongbao.receipt.v1.RejectionReason": {
    "anyOf": [
     {
      "type": "string",
      "enum": [
       "REJECTION_REASON_UNSPECIFIED",
       "REJECTION_REASON_SIGNATURE_INVALID",
       "REJECTION_REASON_KEY_UNKNOWN",
       "REJECTION_REASON_KEY_NOT_VALID",
       "REJECTION_REASON_SCHEMA_INVALID",
       "REJECTION_REASON_TYPE_UNSUPPORTED",
       "REJECTION_REASON_MARKING_VIOLATION",
       "REJECTION_REASON_EXPIRED",
       "REJECTION_REASON_REFERENCE_UNKNOWN",
       "REJECTION_REASON_OUT_OF_JURISDICTION",
       "REJECTION_REASON_OTHER"
      ]
     },
     {
      "type": "integer",
      "minimum": -2147483648,
      "maximum": 2147483647
     }
    ],
    "description": "Why a message was rejected (拒收原因)."
   }
  }
 },
 "tongbao.rectification.v1.Issue": {
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "$id": "urn:tongbao:jsonschema:tongbao.rectification.v1.Issue",
  "title": "tongbao.rectification.v1.Issue",
  "type": "object",
  "properties": {
   "findingId": {
    "type": "string",
    "maxLength": 128,
    "description": "Header.id of the finding this issue comes from (ExposureFinding, InspectionResult, ThreatBulletin, ...); empty if it has no message."
   },
   "description": {
    "type": "string",
    "maxLength": 65536,
    "description": "The issue in words (问题描述)."
   },
   "severity": {
    "$ref": "#/$defs/tongbao.common.v1.Severity",
    "description": "Severity (危害等级)."
   },
   "actions": {
    "type": "array",
    "items": {
     "$ref": "#/$defs/tongbao.rectification.v1.RequiredAction"
    },
    "maxItems": 10000,
    "description": "Actions required (处置要求)."
   }
  },
  "additionalProperties": false,
  "description": "One issue to fix (问题).",
  "$defs": {
   "tongbao.common.v1.Severity": {
    "anyOf": [
     {
      "type": "string",
      "enum": [
       "SEVERITY_UNSPECIFIED",
       "SEVERITY_LOW",
       "SEVERITY_MEDIUM",
       "SEVERITY_HIGH",
       "SEVERITY_CRITICAL"
      ]
     },
     {
      "type": "integer",
      "minimum": -2147483648,
      "maximum": 2147483647
     }
    ],
    "description": "Severity of a vulnerability, finding or risk (危害等级), as used by CNVD and CVSS. Numbers rise with severity."
   },
   "tongbao.rectification.v1.RequiredAction": {
    "anyOf": [
     {
      "type": "string",
      "enum": [
       "REQUIRED_ACTION_UNSPECIFIED",
       "REQUIRED_ACTION_BLOCK",
       "REQUIRED_ACTION_CLEAN",
       "REQUIRED_ACTION_PATCH",
       "REQUIRED_ACTION_RECTIFY",
       "REQUIRED_ACTION_INVESTIGATE",
       "REQUIRED_ACTION_TAKE_OFFLINE"
      ]
     },
     {
      "type": "integer",
      "minimum": -2147483648,
      "maximum": 2147483647
     }
    ],
    "description": "Action the responsible party must take (处置措施)."
   }
  }
 },
 "tongbao.rectification.v1.RectificationNotice": {
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "$id": "urn:tongbao:jsonschema:tongbao.rectification.v1.RectificationNotice",
  "title": "tongbao.rectification.v1.RectificationNotice",
  "type": "object",
  "properties": {
   "documentNumber": {
    "type": "string",
    "maxLength": 4096,
    "description": "Document number (文号), e.g. \"苏通网安整改〔2025〕7号\"; may be empty."
   },
   "title": {
    "type": "string",
    "maxLength": 4096,
    "description": "Title (标题)."
   },
   "responsibleParty": {
    "$ref": "#/$defs/tongbao.common.v1.Enterprise",
    "description": "Unit that must rectify (责任单位), whether or not it is on the bus; when it is not, the notice goes to its supervising authority to pass on."
   },
   "issues": {
    "type": "array",
    "items": {
     "$ref": "#/$defs/tongbao.rectification.v1.Issue"
    },
    "maxItems": 10000,
    "description": "Issues to fix, each with the action required (存在问题)."
   },
   "requirements": {
    "type": "string",
    "maxLength": 65536,
    "description": "General requirements in words (整改要求)."
   },
   "deadline": {
    "type": "string",
    "description": "When rectification must be complete (整改期限). JSON form: RFC 3339 date-time with a time zone offset, e.g. 2025-03-01T08:30:00Z",
    "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}[Tt][0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]{1,9})?([Zz]|[+-][0-9]{2}:[0-9]{2})$",
    "maxLength": 40
   },
   "notifySuperior": {
    "type": "boolean",
    "description": "Whether the responsible party must also report the outcome to its superior unit (是否报告上级单位), e.g. a central SOE's group headquarters."
   },
   "contact": {
    "$ref": "#/$defs/tongbao.common.v1.Person",
    "description": "Contact at the issuing authority (联系人)."
   }
  },
  "additionalProperties": false,
  "description": "An order to fix the issues listed by a deadline. The recipient answers with a Receipt, then with HandlingFeedback until the status is done.",
  "$defs": {
   "tongbao.common.v1.Enterprise": {
    "type": "object",
    "properties": {
     "orgId": {
      "type": "string",
      "maxLength": 128,
      "description": "Registry organisation id, empty if the enterprise is not registered."
     },
     "name": {
      "type": "string",
      "maxLength": 4096,
      "description": "Registered name in Chinese (企业名称)."
     },
     "unifiedSocialCreditCode": {
      "type": "string",
      "maxLength": 4096,
      "description": "Unified social credit code (统一社会信用代码), 18 characters."
     },
     "enterpriseType": {
      "$ref": "#/$defs/tongbao.common.v1.EnterpriseType",
      "description": "Enterprise type (企业类型)."
     },
     "centralSoe": {
      "type": "boolean",
      "description": "Whether the enterprise is a central state-owned enterprise (中央企业) or belongs to one; such incidents are also reported to sasac."
     },
     "securityLevel": {
      "$ref": "#/$defs/tongbao.common.v1.EnterpriseSecurityLevel",
      "description": "Network security level (企业网络安全级别)."
     },
     "region": {
      "type": "string",
      "maxLength": 4096,
      "description": "Administrative division code of the registered location (GB/T 2260), e.g. \"320000\"."
     },
     "sectors": {
      "type": "array",
      "items": {
       "$ref": "#/$defs/tongbao.common.v1.Sector"
      },
      "maxItems": 10000,
      "description": "Sectors the enterprise operates in (所属行业)."
     }
    },
    "additionalProperties": false,
    "description": "An enterprise named in a message (企业信息). Enterprises need not be on the bus themselves; when one is, org_id links it to the registry."
   },
   "tongbao.common.v1.EnterpriseSecurityLevel": {
    "anyOf": [
     {
      "type": "string",
      "enum": [
       "ENTERPRISE_SECURITY_LEVEL_UNSPECIFIED",
       "ENTERPRISE_SECURITY_LEVEL_1",
       "ENTERPRISE_SECURITY_LEVEL_2",
       "ENTERPRISE_SECURITY_LEVEL_3"
      ]
     },
     {
      "type": "integer",
      "minimum": -2147483648,
      "maximum": 2147483647
     }
    ],
    "description": "Enterprise network security level (企业网络安全级别) under the classification and grading guide; level 3 is the highest."
   },
   "tongbao.common.v1.EnterpriseType": {
    "anyOf": [
     {
      "type": "string",
      "enum": [
       "ENTERPRISE_TYPE_UNSPECIFIED",
       "ENTERPRISE_TYPE_NETWORKED_INDUSTRIAL",
       "ENTERPRISE_TYPE_PLATFORM",
       "ENTERPRISE_TYPE_IDENTIFIER_RESOLUTION",
       "ENTERPRISE_TYPE_BASIC_TELECOM",
       "ENTERPRISE_TYPE_OTHER"
      ]
     },
     {
      "type": "integer",
      "minimum": -2147483648,
      "maximum": 2147483647
     }
    ],
    "description": "Type of industrial internet enterprise (企业类型) under the classification and grading guide (工业互联网企业网络安全分类分级管理指南)."
   },
   "tongbao.common.v1.Person": {
    "type": "object",
    "properties": {
     "name": {
      "type": "string",
      "maxLength": 4096,
      "description": "Full name (姓名)."
     },
     "jobTitle": {
      "type": "string",
      "maxLength": 4096,
      "description": "Job title or post (职务)."
     },
     "orgId": {
      "type": "string",
      "maxLength": 128,
      "description": "Registry id of the organisation the person acts for, if registered."
     },
     "unit": {
      "type": "string",
      "maxLength": 4096,
      "description": "Name of the organisation or unit the person belongs to (所在单位)."
     },
     "phone": {
      "type": "string",
      "maxLength": 4096,
      "description": "Telephone number (联系电话)."
     },
     "email": {
      "type": "string",
      "maxLength": 4096,
      "description": "Email address (电子邮箱)."
     }
    },
    "additionalProperties": false,
    "description": "A named person acting for an organisation (联系人、责任人)."
   },
   "tongbao.common.v1.Sector": {
    "anyOf": [
     {
      "type": "string",
      "enum": [
       "SECTOR_UNSPECIFIED",
       "SECTOR_RAW_MATERIALS",
       "SECTOR_EQUIPMENT_MANUFACTURING",
       "SECTOR_CONSUMER_GOODS",
       "SECTOR_ELECTRONIC_INFORMATION",
       "SECTOR_TELECOMMUNICATIONS",
       "SECTOR_POWER",
       "SECTOR_OIL_AND_GAS",
       "SECTOR_COAL",
       "SECTOR_HEALTH",
       "SECTOR_ENVIRONMENT",
       "SECTOR_DEFENCE",
       "SECTOR_EDUCATION",
       "SECTOR_TRANSPORT",
       "SECTOR_WATER",
       "SECTOR_MUNICIPAL_UTILITIES",
       "SECTOR_FINANCE",
       "SECTOR_OTHER"
      ]
     },
     {
      "type": "integer",
      "minimum": -2147483648,
      "maximum": 2147483647
     }
    ],
    "description": "Sector (行业领域), used for routing to the supervising department and for describing scope. The list covers the sectors of the ten departments."
   },
   "tongbao.common.v1.Severity": {
    "anyOf": [
     {
      "type": "string",
      "enum": [
       "SEVERITY_UNSPECIFIED",
       "SEVERITY_LOW",
       "SEVERITY_MEDIUM",
       "SEVERITY_HIGH",
       "SEVERITY_CRITICAL"
      ]
     },
     {
      "type": "integer",
      "minimum": -2147483648,
      "maximum": 2147483647
     }
    ],
    "description": "Severity of a vulnerability, finding or risk (危害等级), as used by CNVD and CVSS. Numbers rise with severity."
   },
   "tongbao.rectification.v1.Issue": {
    "type": "object",
    "properties": {
     "findingId": {
      "type": "string",
      "maxLength": 128,
      "description": "Header.id of the finding this issue comes from (ExposureFinding, InspectionResult, ThreatBulletin, ...); empty if it has no message."
     },
     "description": {
      "type": "string",
      "maxLength": 65536,
      "description": "The issue in words (问题描述)."
     },
     "severity": {
      "$ref": "#/$defs/tongbao.common.v1.Severity",
      "description": "Severity (危害等级)."
     },
     "actions": {
      "type": "array",
      "items": {
       "$ref": "#/$defs/tongbao.rectification.v1.RequiredAction"
      },
      "maxItems": 10000,
      "description": "Actions required (处置要求)."
     }
    },
    "additionalProperties": false,
    "description": "One issue to fix (问题)."
   },
   "tongbao.rectification.v1.RequiredAction": {
    "anyOf": [
     {
      "type": "string",
      "enum": [
       "REQUIRED_ACTION_UNSPECIFIED",
       "REQUIRED_ACTION_BLOCK",
       "REQUIRED_ACTION_CLEAN",
       "REQUIRED_ACTION_PATCH",
       "REQUIRED_ACTION_RECTIFY",
       "REQUIRED_ACTION_INVESTIGATE",
       "REQUIRED_ACTION_TAKE_OFFLINE"
      ]
     },
     {
      "type": "integer",
      "minimum": -2147483648,
      "maximum": 2147483647
     }
    ],
    "description": "Action the responsible party must take (处置措施)."
   }
  }
 },
 "tongbao.registry.v1.EncryptionKey": {
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "$id": "urn:tongbao:jsonschema:tongbao.registry.v1.EncryptionKey",
  "title": "tongbao.registry.v1.EncryptionKey",
  "type": "object",
  "properties": {
   "keyId": {
    "type": "string",
    "maxLength": 128,
    "description": "Registry id of the key, unique across all organisations."
   },
   "orgId": {
    "type": "string",
    "maxLength": 128,
    "description": "Registry id of the organisation that owns the key."
   },
   "algorithm": {
    "$ref": "#/$defs/tongbao.registry.v1.EncryptionAlgorithm",
    "description": "Key agreement the key is for."
   },
   "publicKey": {
    "type": "string",
    "contentEncoding": "base64",
    "pattern": "^[A-Za-z0-9+/_-]*={0,2}$",
    "maxLength": 1310720,
    "description": "Raw public key: 32 bytes for X25519."
   },
   "notBefore": {
    "type": "string",
    "description": "Start of the validity window, inclusive. JSON form: RFC 3339 date-time with a time zone offset, e.g. 2025-03-01T08:30:00Z",
    "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}[Tt][0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]{1,9})?([Zz]|[+-][0-9]{2}:[0-9]{2})$",
    "maxLength": 40
   },
   "notAfter": {
    "type": "string",
    "description": "End of the validity window, exclusive; unset means open-ended. JSON form: RFC 3339 date-time with a time zone offset, e.g. 2025-03-01T08:30:00Z",
    "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}[Tt][0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]{1,9})?([Zz]|[+-][0-9]{2}:[0-9]{2})$",
    "maxLength": 40
   },
   "revokedTime": {
    "type": "string",
    "description": "When the key was revoked; unset if it has not been. Nothing is encrypted to it at or after this time. JSON form: RFC 3339 date-time with a time zone offset, e.g. 2025-03-01T08:30:00Z",
    "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}[Tt][0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]{1,9})?([Zz]|[+-][0-9]{2}:[0-9]{2})$",
    "maxLength": 40
   }
  },
  "additionalProperties": false,
  "description": "A public key to which TLP:RED payloads for an organisation are encrypted (加密公钥). Senders encrypt only to a key whose window contains the time of sending and which is not revoked by then; the private half never leaves the organisation, which keeps retired private keys to open what was encrypted to them earlier.",
  "$defs": {
   "tongbao.registry.v1.EncryptionAlgorithm": {
    "anyOf": [
     {
      "type": "string",
      "enum": [
       "ENCRYPTION_ALGORITHM_UNSPECIFIED",
       "ENCRYPTION_ALGORITHM_X25519"
      ]
     },
     {
      "type": "integer",
      "minimum": -2147483648,
      "maximum": 2147483647
     }
    ],
    "description": "Key agreement of an encryption key (密钥协商算法)."
   }
  }
 },
 "tongbao.registry.v1.EncryptionKeyEvent": {
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "$id": "urn:tongbao:jsonschema:tongbao.registry.v1.EncryptionKeyEvent",
  "title": "tongbao.registry.v1.EncryptionKeyEvent",
  "type": "object",
  "properties": {
   "kind": {
    "$ref": "#/$defs/tongbao.registry.v1.KeyEventKind",
    "description": "What happened."
   },
   "key": {
    "$ref": "#/$defs/tongbao.registry.v1.EncryptionKey",
    "description": "The key after the change."
   },
   "reason": {
    "type": "string",
    "maxLength": 65536,
    "description": "Why the change was made, e.g. \"scheduled rotation\", \"suspected compromise\"."
   },
   "time": {
    "type": "string",
    "description": "When the change took effect. JSON form: RFC 3339 date-time with a time zone offset, e.g. 2025-03-01T08:30:00Z",
    "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}[Tt][0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]{1,9})?([Zz]|[+-][0-9]{2}:[0-9]{2})$",
    "maxLength": 40
   },
   "actor": {
    "type": "string",
    "maxLength": 4096,
    "description": "Identity of the operator who made the change."
   },
   "previousKeyId": {
    "type": "string",
    "maxLength": 128,
    "description": "For a rotation, the key_id of the key being replaced."
   }
  },
  "additionalProperties": false,
  "description": "A change to an organisation's encryption keys (加密密钥变更事件), signed by a registry admin like a KeyEvent.",
  "$defs": {
   "tongbao.registry.v1.EncryptionAlgorithm": {
    "anyOf": [
     {
      "type": "string",
      "enum": [
       "ENCRYPTION_ALGORITHM_UNSPECIFIED",
       "ENCRYPTION_ALGORITHM_X25519"
      ]
     },
     {
      "type": "integer",
      "minimum": -2147483648,
      "maximum": 2147483647
     }
    ],
    "description": "Key agreement of an encryption key (密钥协商算法)."
   },
   "tongbao.registry.v1.EncryptionKey": {
    "type": "object",
    "properties": {
     "keyId": {
      "type": "string",
      "maxLength": 128,
      "description": "Registry id of the key, unique across all organisations."
     },
     "orgId": {
      "type": "string",
      "maxLength": 128,
      "description": "Registry id of the organisation that owns the key."
     },
     "algorithm": {
      "$ref": "#/$defs/tongbao.registry.v1.EncryptionAlgorithm",
      "description": "Key agreement the key is for."
     },
     "publicKey": {
      "type": "string",
      "contentEncoding": "base64",
      "pattern": "^[A-Za-z0-9+/_-]*={0,2}$",
      "maxLength": 1310720,
      "description": "Raw public key: 32 bytes for X25519."
     },
     "notBefore": {
      "type": "string",
      "description": "Start of the validity window, inclusive. JSON form: RFC 3339 date-time with a time zone offset, e.g. 2025-03-01T08:30:00Z",
      "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}[Tt][0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]{1,9})?([Zz]|[+-][0-9]{2}:[0-9]{2})$",
      "maxLength": 40
     },
     "notAfter": {
      "type": "string",
      "description": "End of the validity window, exclusive; unset means open-ended. JSON form: RFC 3339 date-time with a time zone offset, e.g. 2025-03-01T08:30:00Z",
      "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}[Tt][0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]{1,9})?([Zz]|[+-][0-9]{2}:[0-9]{2})$",
      "maxLength": 40
     },
     "revokedTime": {
      "type": "string",
      "description": "When the key was revoked; unset if it has not been. Nothing is encrypted to it at or after this time. JSON form: RFC 3339 date-time with a time zone offset, e.g. 2025-03-01T08:30:00Z",
      "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}[Tt][0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]{1,9})?([Zz]|[+-][0-9]{2}:[0-9]{2})$",
      "maxLength": 40
     }
    },
    "additionalProperties": false,
    "description": "A public key to which TLP:RED payloads for an organisation are encrypted (加密公钥). Senders encrypt only to a key whose window contains the time of sending and which is not revoked by then; the private half never leaves the organisation, which keeps retired private keys to open what was encrypted to them earlier."
   },
   "tongbao.registry.v1.KeyEventKind": {
    "anyOf": [
     {
      "type": "string",
      "enum": [
       "KEY_EVENT_KIND_UNSPECIFIED",
       "KEY_EVENT_KIND_REGISTER",
       "KEY_EVENT_KIND_ROTATE",
       "KEY_EVENT_KIND_REVOKE"
      ]
     },
     {
      "type": "integer",
      "minimum": -2147483648,
      "maximum": 2147483647
     }
    ],
    "description": "Kind of key change."
   }
  }
 },
 "tongbao.registry.v1.KeyEvent": {
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "$id": "urn:tongbao:jsonschema:tongbao.registry.v1.KeyEvent",
  "title": "tongbao.registry.v1.KeyEvent",
  "type": "object",
  "properties": {
   "kind": {
    "$ref": "#/$defs/tongbao.registry.v1.KeyEventKind",
    "description": "What happened."
   },
   "key": {
    "$ref": "#/$defs/tongbao.registry.v1.SigningKey",
    "description": "The key after the change."
   },
   "reason": {
    "type": "string",
    "maxLength": 65536,
    "description": "Why the change was made, e.g. \"scheduled rotation\", \"suspected compromise\"."
   },
   "time": {
    "type": "string",
    "description": "When the change took effect. JSON form: RFC 3339 date-time with a time zone offset, e.g. 2025-03-01T08:30:00Z",
    "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}[Tt][0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]{1,9})?([Zz]|[+-][0-9]{2}:[0-9]{2})$",
    "maxLength": 40
   },
   "actor": {
    "type": "string",
    "maxLength": 4096,
    "description": "Identity of the operator who made the change."
   },
   "previousKeyId": {
    "type": "string",
    "maxLength": 128,
    "description": "For a rotation, the key_id of the key being replaced."
   }
  },
  "additionalProperties": false,
  "description": "A change to an organisation's keys (密钥变更事件), published signed and kept in the AUDIT stream.",
  "$defs": {
   "tongbao.envelope.v1.SignatureAlgorithm": {
    "anyOf": [
     {
      "type": "string",
      "enum": [
       "SIGNATURE_ALGORITHM_UNSPECIFIED",
       "SIGNATURE_ALGORITHM_ED25519",
       "SIGNATURE_ALGORITHM_SM2_SM3"
      ]
     },
     {
      "type": "integer",
      "minimum": -2147483648,
      "maximum": 2147483647
     }
    ],
    "description": "Signature algorithm (签名算法)."
   },
   "tongbao.registry.v1.KeyEventKind": {
    "anyOf": [
     {
      "type": "string",
      "enum": [
       "KEY_EVENT_KIND_UNSPECIFIED",
       "KEY_EVENT_KIND_REGISTER",
       "KEY_EVENT_KIND_ROTATE",
       "KEY_EVENT_KIND_REVOKE"
      ]
     },
     {
      "type": "integer",
      "minimum": -2147483648,
      "maximum": 2147483647
     }
    ],
    "description": "Kind of key change."
   },
   "tongbao.registry.v1.SigningKey": {
    "type": "object",
    "properties": {
     "keyId": {
      "type": "string",
      "maxLength": 128,
      "description": "Registry id of the key, unique across all organisations."
     },
     "orgId": {
      "type": "string",
      "maxLength": 128,
      "description": "Registry id of the organisation that owns the key."
     },
     "algorithm": {
      "$ref": "#/$defs/tongbao.envelope.v1.SignatureAlgorithm",
      "description": "Algorithm the key is for."
     },
     "publicKey": {
      "type": "string",
      "contentEncoding": "base64",
      "pattern": "^[A-Za-z0-9+/_-]*={0,2}$",
      "maxLength": 1310720,
      "description": "Raw public key: 32 bytes for Ed25519, 65-byte uncompressed point for SM2."
     },
     "notBefore": {
      "type": "string",
      "description": "Start of the validity window, inclusive. JSON form: RFC 3339 date-time with a time zone offset, e.g. 2025-03-01T08:30:00Z",
      "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}[Tt][0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]{1,9})?([Zz]|[+-][0-9]{2}:[0-9]{2})$",
      "maxLength": 40
     },
     "notAfter": {
      "type": "string",
      "description": "End of the validity window, exclusive; unset means open-ended. JSON form: RFC 3339 date-time with a time zone offset, e.g. 2025-03-01T08:30:00Z",
      "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}[Tt][0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]{1,9})?([Zz]|[+-][0-9]{2}:[0-9]{2})$",
      "maxLength": 40
     },
     "revokedTime": {
      "type": "string",
      "description": "When the key was revoked; unset if it has not been. Messages signed at or after this time do not verify. JSON form: RFC 3339 date-time with a time zone offset, e.g. 2025-03-01T08:30:00Z",
      "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}[Tt][0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]{1,9})?([Zz]|[+-][0-9]{2}:[0-9]{2})$",
      "maxLength": 40
     }
    },
    "additionalProperties": false,
    "description": "A public key with which an organisation signs messages (签名密钥). A message verifies only against a key whose window contains the message time and which was not revoked before that time."
   }
  }
 },
 "tongbao.registry.v1.Organization": {
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "$id": "urn:tongbao:jsonschema:tongbao.registry.v1.Organization",
  "title": "tongbao.registry.v1.Organization",
  "type": "object",
  "properties": {
   "id": {
    "type": "string",
    "maxLength": 128,
    "description": "Stable registry id, e.g. \"miit\". Lower-case letters, digits and hyphens only, because it is used as a NATS subject token."
   },
   "nameZh": {
    "type": "string",
    "maxLength": 4096,
    "description": "Official name in Chinese (中文名称), e.g. \"工业和信息化部\"."
   },
   "nameEn": {
    "type": "string",
    "maxLength": 4096,
    "description": "Name in English, e.g. \"Ministry of Industry and Information Technology\"."
   },
   "kind": {
    "$ref": "#/$defs/tongbao.common.v1.OrgKind",
    "description": "Kind of organisation."
   },
   "region": {
    "type": "string",
    "maxLength": 4096,
    "description": "Administrative division code (GB/T 2260) of its jurisdiction or location; \"100000\" for national bodies."
   },
   "sectors": {
    "type": "array",
    "items": {
     "$ref": "#/$defs/tongbao.common.v1.Sector"
    },
    "maxItems": 10000,
    "description": "Sectors it supervises or operates in (主管或所属行业)."
   },
   "parentId": {
    "type": "string",
    "maxLength": 128,
    "description": "Registry id of the superior organisation (上级单位); empty for the departments."
   },
   "enterprise": {
    "$ref": "#/$defs/tongbao.common.v1.Enterprise",
    "description": "Enterprise details, set only when kind is ORG_KIND_ENTERPRISE."
   }
  },
  "additionalProperties": false,
  "description": "An organisation taking part in the bus (参与单位).",
  "$defs": {
   "tongbao.common.v1.Enterprise": {
    "type": "object",
    "properties": {
     "orgId": {
      "type": "string",
      "maxLength": 128,
      "description": "Registry organisation id, empty if the enterprise is not registered."
     },
     "name": {
      "type": "string",
      "maxLength": 4096,
      "description": "Registered name in Chinese (企业名称)."
     },
     "unifiedSocialCreditCode": {
      "type": "string",
      "maxLength": 4096,
      "description": "Unified social credit code (统一社会信用代码), 18 characters."
     },
     "enterpriseType": {
      "$ref": "#/$defs/tongbao.common.v1.EnterpriseType",
      "description": "Enterprise type (企业类型)."
     },
     "centralSoe": {
      "type": "boolean",
      "description": "Whether the enterprise is a central state-owned enterprise (中央企业) or belongs to one; such incidents are also reported to sasac."
     },
     "securityLevel": {
      "$ref": "#/$defs/tongbao.common.v1.EnterpriseSecurityLevel",
      "description": "Network security level (企业网络安全级别)."
     },
     "region": {
      "type": "string",
      "maxLength": 4096,
      "description": "Administrative division code of the registered location (GB/T 2260), e.g. \"320000\"."
     },
     "sectors": {
      "type": "array",
      "items": {
       "$ref": "#/$defs/tongbao.common.v1.Sector"
      },
      "maxItems": 10000,
      "description": "Sectors the enterprise operates in (所属行业)."
     }
    },
    "additionalProperties": false,
    "description": "An enterprise named in a message (企业信息). Enterprises need not be on the bus themselves; when one is, org_id links it to the registry."
   },
   "tongbao.common.v1.EnterpriseSecurityLevel": {
    "anyOf": [
     {
      "type": "string",
      "enum": [
       "ENTERPRISE_SECURITY_LEVEL_UNSPECIFIED",
       "ENTERPRISE_SECURITY_LEVEL_1",
       "ENTERPRISE_SECURITY_LEVEL_2",
       "ENTERPRISE_SECURITY_LEVEL_3"
      ]
     },
     {
      "type": "integer",
      "minimum": -2147483648,
      "maximum": 2147483647
     }
    ],
    "description": "Enterprise network security level (企业网络安全级别) under the classification and grading guide; level 3 is the highest."
   },
   "tongbao.common.v1.EnterpriseType": {
    "anyOf": [
     {
      "type": "string",
      "enum": [
       "ENTERPRISE_TYPE_UNSPECIFIED",
       "ENTERPRISE_TYPE_NETWORKED_INDUSTRIAL",
       "ENTERPRISE_TYPE_PLATFORM",
       "ENTERPRISE_TYPE_IDENTIFIER_RESOLUTION",
       "ENTERPRISE_TYPE_BASIC_TELECOM",
       "ENTERPRISE_TYPE_OTHER"
      ]
     },
     {
      "type": "integer",
      "minimum": -2147483648,
      "maximum": 2147483647
     }
    ],
    "description": "Type of industrial internet enterprise (企业类型) under the classification and grading guide (工业互联网企业网络安全分类分级管理指南)."
   },
   "tongbao.common.v1.OrgKind": {
    "anyOf": [
     {
      "type": "string",
      "enum": [
       "ORG_KIND_UNSPECIFIED",
       "ORG_KIND_DEPARTMENT",
       "ORG_KIND_REGIONAL_OFFICE",
       "ORG_KIND_INDUSTRY_AUTHORITY",
       "ORG_KIND_COMMUNICATIONS_ADMINISTRATION",
       "ORG_KIND_LOCAL_AUTHORITY",
       "ORG_KIND_TECHNICAL_PLATFORM",
       "ORG_KIND_SUPPORT_AGENCY",
       "ORG_KIND_ENTERPRISE"
      ]
     },
     {
      "type": "integer",
      "minimum": -2147483648,
      "maximum": 2147483647
     }
    ],
    "description": "Kind of organisation taking part in the bus (参与单位类型). Routing follows 谁运营谁负责、谁主管谁负责, so the kind says which traffic an organisation handles."
   },
   "tongbao.common.v1.Sector": {
    "anyOf": [
     {
      "type": "string",
      "enum": [
       "SECTOR_UNSPECIFIED",
       "SECTOR_RAW_MATERIALS",
       "SECTOR_EQUIPMENT_MANUFACTURING",
       "SECTOR_CONSUMER_GOODS",
       "SECTOR_ELECTRONIC_INFORMATION",
       "SECTOR_TELECOMMUNICATIONS",
       "SECTOR_POWER",
       "SECTOR_OIL_AND_GAS",
       "SECTOR_COAL",
       "SECTOR_HEALTH",
       "SECTOR_ENVIRONMENT",
       "SECTOR_DEFENCE",
       "SECTOR_EDUCATION",
       "SECTOR_TRANSPORT",
       "SECTOR_WATER",
       "SECTOR_MUNICIPAL_UTILITIES",
       "SECTOR_FINANCE",
       "SECTOR_OTHER"
      ]
     },
     {
      "type": "integer",
      "minimum": -2147483648,
      "maximum": 2147483647
     }
    ],
    "description": "Sector (行业领域), used for routing to the supervising department and for describing scope. The list covers the sectors of the ten departments."
   }
  }
 },
 "tongbao.registry.v1.SigningKey": {
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "$id": "urn:tongbao:jsonschema:tongbao.registry.v1.SigningKey",
  "title": "tongbao.registry.v1.SigningKey",
  "type": "object",
  "properties": {
   "keyId": {
    "type": "string",
    "maxLength": 128,
    "description": "Registry id of the key, unique across all organisations."
   },
   "orgId": {
    "type": "string",
    "maxLength": 128,
    "description": "Registry id of the organisation that owns the key."
   },
   "algorithm": {
    "$ref": "#/$defs/tongbao.envelope.v1.SignatureAlgorithm",
    "description": "Algorithm the key is for."
   },
   "publicKey": {
    "type": "string",
    "contentEncoding": "base64",
    "pattern": "^[A-Za-z0-9+/_-]*={0,2}$",
    "maxLength": 1310720,
    "description": "Raw public key: 32 bytes for Ed25519, 65-byte uncompressed point for SM2."
   },
   "notBefore": {
    "type": "string",
    "description": "Start of the validity window, inclusive. JSON form: RFC 3339 date-time with a time zone offset, e.g. 2025-03-01T08:30:00Z",
    "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}[Tt][0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]{1,9})?([Zz]|[+-][0-9]{2}:[0-9]{2})$",
    "maxLength": 40
   },
   "notAfter": {
    "type": "string",
    "description": "End of the validity window, exclusive; unset means open-ended. JSON form: RFC 3339 date-time with a time zone offset, e.g. 2025-03-01T08:30:00Z",
    "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}[Tt][0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]{1,9})?([Zz]|[+-][0-9]{2}:[0-9]{2})$",
    "maxLength": 40
   },
   "revokedTime": {
    "type": "string",
    "description": "When the key was revoked; unset if it has not been. Messages signed at or after this time do not verify. JSON form: RFC 3339 date-time with a time zone offset, e.g. 2025-03-01T08:30:00Z",
    "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}[Tt][0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]{1,9})?([Zz]|[+-][0-9]{2}:[0-9]{2})$",
    "maxLength": 40
   }
  },
  "additionalProperties": false,
  "description": "A public key with which an organisation signs messages (签名密钥). A message verifies only against a key whose window contains the message time and which was not revoked before that time.",
  "$defs": {
   "tongbao.envelope.v1.SignatureAlgorithm": {
    "anyOf": [
     {
      "type": "string",
      "enum": [
       "SIGNATURE_ALGORITHM_UNSPECIFIED",
       "SIGNATURE_ALGORITHM_ED25519",
       "SIGNATURE_ALGORITHM_SM2_SM3"
      ]
     },
     {
      "type": "integer",
      "minimum": -2147483648,
      "maximum": 2147483647
     }
    ],
    "description": "Signature algorithm (签名算法)."
   }
  }
 },
 "tongbao.response.v1.CoordinationRequest": {
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "$id": "urn:tongbao:jsonschema:tongbao.response.v1.CoordinationRequest",
  "title": "tongbao.response.v1.CoordinationRequest",
  "type": "object",
  "properties": {
   "orgId": {
    "type": "string",
    "maxLength": 128,
    "description": "Registry id of the organisation asked."
   },
   "request": {
    "type": "string",
    "maxLength": 65536,
    "description": "What is asked (请求内容)."
   },
   "deadline": {
    "type": "string",
    "description": "When it is needed by (时限); unset means at once. JSON form: RFC 3339 date-time with a time zone offset, e.g. 2025-03-01T08:30:00Z",
    "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}[Tt][0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]{1,9})?([Zz]|[+-][0-9]{2}:[0-9]{2})$",
    "maxLength": 40
   }
  },
  "additionalProperties": false,
  "description": "A request for help or action from one organisation (协调请求)."
 },
 "tongbao.response.v1.EmergencyResponse": {
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "$id": "urn:tongbao:jsonschema:tongbao.response.v1.EmergencyResponse",
  "title": "tongbao.response.v1.EmergencyResponse",
  "type": "object",
  "properties": {
   "action": {
    "$ref": "#/$defs/tongbao.common.v1.ResponseAction",
    "description": "What this message does: start, adjust or end."
   },
   "level": {
    "$ref": "#/$defs/tongbao.common.v1.ResponseLevel",
    "description": "Response level (响应级别)."
   },
   "documentNumber": {
    "type": "string",
    "maxLength": 4096,
    "description": "Document number (文号); may be empty."
   },
   "title": {
    "type": "string",
    "maxLength": 4096,
    "description": "Title (标题)."
   },
   "incidentId": {
    "type": "string",
    "maxLength": 128,
    "description": "IncidentReport.incident_id of the incident responded to; empty for a response to a warning or a drill scenario."
   },
   "situation": {
    "type": "string",
    "maxLength": 65536,
    "description": "Situation in words (事态描述)."
   },
   "scope": {
    "$ref": "#/$defs/tongbao.common.v1.Scope",
    "description": "Who and what the response covers (响应范围)."
   },
   "effectiveTime": {
    "type": "string",
    "description": "When the action takes effect (生效时间). JSON form: RFC 3339 date-time with a time zone offset, e.g. 2025-03-01T08:30:00Z",
    "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}[Tt][0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]{1,9})?([Zz]|[+-][0-9]{2}:[0-9]{2})$",
    "maxLength": 40
   },
   "commandBody": {
    "type": "string",
    "maxLength": 4096,
    "description": "Command body (应急指挥机构), e.g. \"工业互联网安全应急指挥部\"."
   },
   "commander": {
    "$ref": "#/$defs/tongbao.common.v1.Person",
    "description": "Person in command (指挥长)."
   },
   "coordinationRequests": {
    "type": "array",
    "items": {
     "$ref": "#/$defs/tongbao.response.v1.CoordinationRequest"
    },
    "maxItems": 10000,
    "description": "Requests to named organisations (协调请求)."
   },
   "requirements": {
    "type": "array",
    "items": {
     "type": "string",
     "maxLength": 65536
    },
    "maxItems": 10000,
    "description": "Requirements on all participants, one per entry (工作要求), e.g. 24-hour duty."
   },
   "reportingInterval": {
    "type": "string",
    "description": "How often participants must report progress while the response runs (报告频次). JSON form: Seconds with up to nine decimals and the suffix \"s\", e.g. \"86400s\"",
    "pattern": "^-?[0-9]{1,12}(\\.[0-9]{1,9})?s$",
    "maxLength": 24
   },
   "reason": {
    "type": "string",
    "maxLength": 65536,
    "description": "Why the response is adjusted or ended (调整或结束理由); empty for START."
   },
   "responseId": {
    "type": "string",
    "maxLength": 128,
    "description": "Header.id of the START message of the response this ADJUST or END changes (被调整或结束的响应); required for ADJUST and END, empty for START."
   }
  },
  "additionalProperties": false,
  "description": "Start, adjustment or end of an emergency response. ADJUST and END name the START in response_id and reference it in the header with REFERENCE_KIND_UPDATE.",
  "$defs": {
   "tongbao.common.v1.Person": {
    "type": "object",
    "properties": {
     "name": {
      "type": "string",
      "maxLength": 4096,
      "description": "Full name (姓名)."
     },
     "jobTitle": {
      "type": "string",
      "maxLength": 4096,
      "description": "Job title or post (职务)."
     },
     "orgId": {
      "type": "string",
      "maxLength": 128,
      "description": "Registry id of the organisation the person acts for, if registered."
     },
     "unit": {
      "type": "string",
      "maxLength": 4096,
      "description": "Name of the organisation or unit the person belongs to (所在单位)."
     },
     "phone": {
      "type": "string",
      "maxLength": 4096,
      "description": "Telephone number (联系电话)."
     },
     "email": {
      "type": "string",
      "maxLength": 4096,
      "description": "Email address (电子邮箱)."
     }
    },
    "additionalProperties": false,
    "description": "A named person acting for an organisation (联系人、责任人)."
   },
   "tongbao.common.v1.ResponseAction": {
    "anyOf": [
     {
      "type": "string",
      "enum": [
       "RESPONSE_ACTION_UNSPECIFIED",
       "RESPONSE_ACTION_START",
       "RESPONSE_ACTION_ADJUST",
       "RESPONSE_ACTION_END"
      ]
     },
     {
      "type": "integer",
      "minimum": -2147483648,
      "maximum": 2147483647
     }
    ],
    "description": "What an emergency response message does (应急响应启动、调整、结束)."
   },
   "tongbao.common.v1.ResponseLevel": {
    "anyOf": [
     {
      "type": "string",
      "enum": [
       "RESPONSE_LEVEL_UNSPECIFIED",
       "RESPONSE_LEVEL_I",
       "RESPONSE_LEVEL_II",
       "RESPONSE_LEVEL_III",
       "RESPONSE_LEVEL_IV"
      ]
     },
     {
      "type": "integer",
      "minimum": -2147483648,
      "maximum": 2147483647
     }
    ],
    "description": "Emergency response level (应急响应级别). Numbers match the Roman level, so level I is the highest."
   },
   "tongbao.common.v1.Scope": {
    "type": "object",
    "properties": {
     "sectors": {
      "type": "array",
      "items": {
       "$ref": "#/$defs/tongbao.common.v1.Sector"
      },
      "maxItems": 10000,
      "description": "Sectors affected (涉及行业)."
     },
     "regions": {
      "type": "array",
      "items": {
       "type": "string",
       "maxLength": 4096
      },
      "maxItems": 10000,
      "description": "Administrative division codes affected (GB/T 2260), e.g. \"320000\". By convention \"100000\", which GB/T 2260 does not assign, means the whole country."
     },
     "description": {
      "type": "string",
      "maxLength": 65536,
      "description": "The scope in words (范围描述)."
     }
    },
    "additionalProperties": false,
    "description": "Who or what is affected (影响范围). This is content; routing uses the sectors, region and recipients in the envelope header."
   },
   "tongbao.common.v1.Sector": {
    "anyOf": [
     {
      "type": "string",
      "enum": [
       "SECTOR_UNSPECIFIED",
       "SECTOR_RAW_MATERIALS",
       "SECTOR_EQUIPMENT_MANUFACTURING",
       "SECTOR_CONSUMER_GOODS",
       "SECTOR_ELECTRONIC_INFORMATION",
       "SECTOR_TELECOMMUNICATIONS",
       "SECTOR_POWER",
       "SECTOR_OIL_AND_GAS",
       "SECTOR_COAL",
       "SECTOR_HEALTH",
       "SECTOR_ENVIRONMENT",
       "SECTOR_DEFENCE",
       "SECTOR_EDUCATION",
       "SECTOR_TRANSPORT",
       "SECTOR_WATER",
       "SECTOR_MUNICIPAL_UTILITIES",
       "SECTOR_FINANCE",
       "SECTOR_OTHER"
      ]
     },
     {
      "type": "integer",
      "minimum": -2147483648,
      "maximum": 2147483647
     }
    ],
    "description": "Sector (行业领域), used for routing to the supervising department and for describing scope. The list covers the sectors of the ten departments."
   },
   "tongbao.response.v1.CoordinationRequest": {
    "type": "object",
    "properties": {
     "orgId": {
      "type": "string",
      "maxLength": 128,
      "description": "Registry id of the organisation asked."
     },
     "request": {
      "type": "string",
      "maxLength": 65536,
      "description": "What is asked (请求内容)."
     },
     "deadline": {
      "type": "string",
      "description": "When it is needed by (时限); unset means at once. JSON form: RFC 3339 date-time with a time zone offset, e.g. 2025-03-01T08:30:00Z",
      "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}[Tt][0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]{1,9})?([Zz]|[+-][0-9]{2}:[0-9]{2})$",
      "maxLength": 40
     }
    },
    "additionalProperties": false,
    "description": "A request for help or action from one organisation (协调请求)."
   }
  }
 },
 "tongbao.vulnerability.v1.AffectedProduct": {
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "$id": "urn:tongbao:jsonschema:tongbao.vulnerability.v1.AffectedProduct",
  "title": "tongbao.vulnerability.v1.AffectedProduct",
  "type": "object",
  "properties": {
   "vendor": {
    "type": "string",
    "maxLength": 4096,
    "description": "Vendor (厂商)."
   },
   "product": {
    "type": "string",
    "maxLength": 4096,
    "description": "Product name or model (产品名称或型号)."
   },
   "affectedVersions": {
    "type": "array",
    "items": {
     "type": "string",
     "maxLength": 4096
    },
    "maxItems": 10000,
    "description": "Affected versions or ranges in the vendor's notation (影响版本)."
   },
   "fixedVersions": {
    "type": "array",
    "items": {
     "type": "string",
     "maxLength": 4096
    },
    "maxItems": 10000,
    "description": "Versions that fix the vulnerability (修复版本)."
   },
   "cpe": {
    "type": "string",
    "maxLength": 4096,
    "description": "CPE 2.3 name, if one exists."
   },
   "productType": {
    "$ref": "#/$defs/tongbao.common.v1.AssetType",
    "description": "What kind of product it is (产品类型)."
   }
  },
  "additionalProperties": false,
  "description": "A product affected by the vulnerability (影响产品).",
  "$defs": {
   "tongbao.common.v1.AssetType": {
    "anyOf": [
     {
      "type": "string",
      "enum": [
       "ASSET_TYPE_UNSPECIFIED",
       "ASSET_TYPE_PLC",
       "ASSET_TYPE_DCS",
       "ASSET_TYPE_SCADA",
       "ASSET_TYPE_HMI",
       "ASSET_TYPE_RTU",
       "ASSET_TYPE_SAFETY_INSTRUMENTED_SYSTEM",
       "ASSET_TYPE_INDUSTRIAL_NETWORK_DEVICE",
       "ASSET_TYPE_INDUSTRIAL_SOFTWARE",
       "ASSET_TYPE_INDUSTRIAL_INTERNET_PLATFORM",
       "ASSET_TYPE_IDENTIFIER_RESOLUTION_NODE",
       "ASSET_TYPE_IOT_DEVICE",
       "ASSET_TYPE_VIDEO_SURVEILLANCE",
       "ASSET_TYPE_DATABASE",
       "ASSET_TYPE_OTHER"
      ]
     },
     {
      "type": "integer",
      "minimum": -2147483648,
      "maximum": 2147483647
     }
    ],
    "description": "Kind of industrial system, device or software (资产类型)."
   }
  }
 },
 "tongbao.vulnerability.v1.DisclosureConstraints": {
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "$id": "urn:tongbao:jsonschema:tongbao.vulnerability.v1.DisclosureConstraints",
  "title": "tongbao.vulnerability.v1.DisclosureConstraints",
  "type": "object",
  "properties": {
   "embargoUntil": {
    "type": "string",
    "description": "Recipients must not disclose the vulnerability publicly before this time (禁止公开截止时间). JSON form: RFC 3339 date-time with a time zone offset, e.g. 2025-03-01T08:30:00Z",
    "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}[Tt][0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]{1,9})?([Zz]|[+-][0-9]{2}:[0-9]{2})$",
    "maxLength": 40
   },
   "detailsShareable": {
    "type": "boolean",
    "description": "Whether recipients may pass technical details on to affected enterprises."
   },
   "conditions": {
    "type": "string",
    "maxLength": 65536,
    "description": "Further conditions in words (其他要求)."
   }
  },
  "additionalProperties": false,
  "description": "Constraints on further disclosure, in line with the vulnerability management rules (网络产品安全漏洞管理规定)."
 },
 "tongbao.vulnerability.v1.VulnerabilityIdentifier": {
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "$id": "urn:tongbao:jsonschema:tongbao.vulnerability.v1.VulnerabilityIdentifier",
  "title": "tongbao.vulnerability.v1.VulnerabilityIdentifier",
  "type": "object",
  "properties": {
   "scheme": {
    "$ref": "#/$defs/tongbao.vulnerability.v1.IdentifierScheme",
    "description": "Database that assigned the identifier."
   },
   "value": {
    "type": "string",
    "maxLength": 4096,
    "description": "The identifier, e.g. \"CVE-2024-3400\", \"CNVD-2024-12345\"."
   }
  },
  "additionalProperties": false,
  "description": "An identifier of the vulnerability in one database (漏洞编号).",
  "$defs": {
   "tongbao.vulnerability.v1.IdentifierScheme": {
    "anyOf": [
     {
      "type": "string",
      "enum": [
       "IDENTIFIER_SCHEME_UNSPECIFIED",
       "IDENTIFIER_SCHEME_CVE",
       "IDENTIFIER_SCHEME_CNVD",
       "IDENTIFIER_SCHEME_CNNVD",
       "IDENTIFIER_SCHEME_CICSVD",
       "IDENTIFIER_SCHEME_VENDOR"
      ]
     },
     {
      "type": "integer",
      "minimum": -2147483648,
      "maximum": 2147483647
     }
    ],
    "description": "Vulnerability database (漏洞库)."
   }
  }
 },
 "tongbao.vulnerability.v1.VulnerabilityNotice": {
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "$id": "urn:tongbao:jsonschema:tongbao.vulnerability.v1.VulnerabilityNotice",
  "title": "tongbao.vulnerability.v1.VulnerabilityNotice",
  "type": "object",
  "properties": {
   "documentNumber": {
    "type": "string",
    "maxLength": 4096,
    "description": "Document number (文号); may be empty."
   },
   "title": {
    "type": "string",
    "maxLength": 4096,
    "description": "Title (标题), e.g. \"关于某型PLC存在远程代码执行漏洞的通报\"."
   },
   "description": {
    "type": "string",
    "maxLength": 65536,
    "description": "Description of the vulnerability (漏洞描述)."
   },
   "identifiers": {
    "type": "array",
    "items": {
     "$ref": "#/$defs/tongbao.vulnerability.v1.VulnerabilityIdentifier"
    },
    "maxItems": 10000,
    "description": "Identifiers in public and national databases; at least one is expected."
   },
   "products": {
    "type": "array",
    "items": {
     "$ref": "#/$defs/tongbao.vulnerability.v1.AffectedProduct"
    },
    "maxItems": 10000,
    "description": "Affected products and versions (影响产品)."
   },
   "severity": {
    "$ref": "#/$defs/tongbao.common.v1.Severity",
    "description": "Severity (危害等级)."
   },
   "cvssScore": {
    "type": [
     "number",
     "string"
    ],
    "pattern": "^(NaN|-?Infinity)$",
    "description": "CVSS base score, 0.0 to 10.0; absent if not scored."
   },
   "cvssVector": {
    "type": "string",
    "maxLength": 4096,
    "description": "CVSS vector, e.g. \"CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H\"."
   },
   "cweId": {
    "type": "string",
    "maxLength": 128,
    "description": "CWE weakness id, e.g. \"CWE-787\"."
   },
   "exploitStatus": {
    "$ref": "#/$defs/tongbao.vulnerability.v1.ExploitStatus",
    "description": "What is known about exploitation (利用情况)."
   },
   "affectedScope": {
    "$ref": "#/$defs/tongbao.common.v1.Scope",
    "description": "Affected sectors and regions (影响范围)."
   },
   "mitigation": {
    "type": "string",
    "maxLength": 65536,
    "description": "Mitigation and remediation advice (处置建议)."
   },
   "patchAvailable": {
    "type": "boolean",
    "description": "Whether the vendor has released a fix (是否有补丁)."
   },
   "publishedTime": {
    "type": "string",
    "description": "When the vulnerability was first made public, if it has been (公开时间). JSON form: RFC 3339 date-time with a time zone offset, e.g. 2025-03-01T08:30:00Z",
    "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}[Tt][0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]{1,9})?([Zz]|[+-][0-9]{2}:[0-9]{2})$",
    "maxLength": 40
   },
   "disclosure": {
    "$ref": "#/$defs/tongbao.vulnerability.v1.DisclosureConstraints",
    "description": "Limits on disclosure by recipients (披露限制)."
   },
   "referenceUrls": {
    "type": "array",
    "items": {
     "type": "string",
     "maxLength": 4096
    },
    "maxItems": 10000,
    "description": "Vendor advisories and other sources (参考链接)."
   }
  },
  "additionalProperties": false,
  "description": "A notice about a vulnerability in a product used in industrial systems.",
  "$defs": {
   "tongbao.common.v1.AssetType": {
    "anyOf": [
     {
      "type": "string",
      "enum": [
       "ASSET_TYPE_UNSPECIFIED",
       "ASSET_TYPE_PLC",
       "ASSET_TYPE_DCS",
       "ASSET_TYPE_SCADA",
       "ASSET_TYPE_HMI",
       "ASSET_TYPE_RTU",
       "ASSET_TYPE_SAFETY_INSTRUMENTED_SYSTEM",
       "ASSET_TYPE_INDUSTRIAL_NETWORK_DEVICE",
       "ASSET_TYPE_INDUSTRIAL_SOFTWARE",
       "ASSET_TYPE_INDUSTRIAL_INTERNET_PLATFORM",
       "ASSET_TYPE_IDENTIFIER_RESOLUTION_NODE",
       "ASSET_TYPE_IOT_DEVICE",
       "ASSET_TYPE_VIDEO_SURVEILLANCE",
       "ASSET_TYPE_DATABASE",
       "ASSET_TYPE_OTHER"
      ]
     },
     {
      "type": "integer",
      "minimum": -2147483648,
      "maximum": 2147483647
     }
    ],
    "description": "Kind of industrial system, device or software (资产类型)."
   },
   "tongbao.common.v1.Scope": {
    "type": "object",
    "properties": {
     "sectors": {
      "type": "array",
      "items": {
       "$ref": "#/$defs/tongbao.common.v1.Sector"
      },
      "maxItems": 10000,
      "description": "Sectors affected (涉及行业)."
     },
     "regions": {
      "type": "array",
      "items": {
       "type": "string",
       "maxLength": 4096
      },
      "maxItems": 10000,
      "description": "Administrative division codes affected (GB/T 2260), e.g. \"320000\". By convention \"100000\", which GB/T 2260 does not assign, means the whole country."
     },
     "description": {
      "type": "string",
      "maxLength": 65536,
      "description": "The scope in words (范围描述)."
     }
    },
    "additionalProperties": false,
    "description": "Who or what is affected (影响范围). This is content; routing uses the sectors, region and recipients in the envelope header."
   },
   "tongbao.common.v1.Sector": {
    "anyOf": [
     {
      "type": "string",
      "enum": [
       "SECTOR_UNSPECIFIED",
       "SECTOR_RAW_MATERIALS",
       "SECTOR_EQUIPMENT_MANUFACTURING",
       "SECTOR_CONSUMER_GOODS",
       "SECTOR_ELECTRONIC_INFORMATION",
       "SECTOR_TELECOMMUNICATIONS",
       "SECTOR_POWER",
       "SECTOR_OIL_AND_GAS",
       "SECTOR_COAL",
       "SECTOR_HEALTH",
       "SECTOR_ENVIRONMENT",
       "SECTOR_DEFENCE",
       "SECTOR_EDUCATION",
       "SECTOR_TRANSPORT",
       "SECTOR_WATER",
       "SECTOR_MUNICIPAL_UTILITIES",
       "SECTOR_FINANCE",
       "SECTOR_OTHER"
      ]
     },
     {
      "type": "integer",
      "minimum": -2147483648,
      "maximum": 2147483647
     }
    ],
    "description": "Sector (行业领域), used for routing to the supervising department and for describing scope. The list covers the sectors of the ten departments."
   },
   "tongbao.common.v1.Severity": {
    "anyOf": [
     {
      "type": "string",
      "enum": [
       "SEVERITY_UNSPECIFIED",
       "SEVERITY_LOW",
       "SEVERITY_MEDIUM",
       "SEVERITY_HIGH",
       "SEVERITY_CRITICAL"
      ]
     },
     {
      "type": "integer",
      "minimum": -2147483648,
      "maximum": 2147483647
     }
    ],
    "description": "Severity of a vulnerability, finding or risk (危害等级), as used by CNVD and CVSS. Numbers rise with severity."
   },
   "tongbao.vulnerability.v1.AffectedProduct": {
    "type": "object",
    "properties": {
     "vendor": {
      "type": "string",
      "maxLength": 4096,
      "description": "Vendor (厂商)."
     },
     "product": {
      "type": "string",
      "maxLength": 4096,
      "description": "Product name or model (产品名称或型号)."
     },
     "affectedVersions": {
      "type": "array",
      "items": {
       "type": "string",
       "maxLength": 4096
      },
      "maxItems": 10000,
      "description": "Affected versions or ranges in the vendor's notation (影响版本)."
     },
     "fixedVersions": {
      "type": "array",
      "items": {
       "type": "string",
       "maxLength": 4096
      },
      "maxItems": 10000,
      "description": "Versions that fix the vulnerability (修复版本)."
     },
     "cpe": {
      "type": "string",
      "maxLength": 4096,
      "description": "CPE 2.3 name, if one exists."
     },
     "productType": {
      "$ref": "#/$defs/tongbao.common.v1.AssetType",
      "description": "What kind of product it is (产品类型)."
     }
    },
    "additionalProperties": false,
    "description": "A product affected by the vulnerability (影响产品)."
   },
   "tongbao.vulnerability.v1.DisclosureConstraints": {
    "type": "object",
    "properties": {
     "embargoUntil": {
      "type": "string",
      "description": "Recipients must not disclose the vulnerability publicly before this time (禁止公开截止时间). JSON form: RFC 3339 date-time with a time zone offset, e.g. 2025-03-01T08:30:00Z",
      "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}[Tt][0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]{1,9})?([Zz]|[+-][0-9]{2}:[0-9]{2})$",
      "maxLength": 40
     },
     "detailsShareable": {
      "type": "boolean",
      "description": "Whether recipients may pass technical details on to affected enterprises."
     },
     "conditions": {
      "type": "string",
      "maxLength": 65536,
      "description": "Further conditions in words (其他要求)."
     }
    },
    "additionalProperties": false,
    "description": "Constraints on further disclosure, in line with the vulnerability management rules (网络产品安全漏洞管理规定)."
   },
   "tongbao.vulnerability.v1.ExploitStatus": {
    "anyOf": [
     {
      "type": "string",
      "enum": [
       "EXPLOIT_STATUS_UNSPECIFIED",
       "EXPLOIT_STATUS_NONE_KNOWN",
       "EXPLOIT_STATUS_PROOF_OF_CONCEPT",
       "EXPLOIT_STATUS_EXPLOITED"
      ]
     },
     {
      "type": "integer",
      "minimum": -2147483648,
      "maximum": 2147483647
     }
    ],
    "description": "Known state of exploitation (利用情况)."
   },
   "tongbao.vulnerability.v1.IdentifierScheme": {
    "anyOf": [
     {
      "type": "string",
      "enum": [
       "IDENTIFIER_SCHEME_UNSPECIFIED",
       "IDENTIFIER_SCHEME_CVE",
       "IDENTIFIER_SCHEME_CNVD",
       "IDENTIFIER_SCHEME_CNNVD",
       "IDENTIFIER_SCHEME_CICSVD",
       "IDENTIFIER_SCHEME_VENDOR"
      ]
     },
     {
      "type": "integer",
      "minimum": -2147483648,
      "maximum": 2147483647
     }
    ],
    "description": "Vulnerability database (漏洞库)."
   },
   "tongbao.vulnerability.v1.VulnerabilityIdentifier": {
    "type": "object",
    "properties": {
     "scheme": {
      "$ref": "#/$defs/tongbao.vulnerability.v1.IdentifierScheme",
      "description": "Database that assigned the identifier."
     },
     "value": {
      "type": "string",
      "maxLength": 4096,
      "description": "The identifier, e.g. \"CVE-2024-3400\", \"CNVD-2024-12345\"."
     }
    },
    "additionalProperties": false,
    "description": "An identifier of the vulnerability in one database (漏洞编号)."
   }
  }
 },
 "tongbao.warning.v1.EarlyWarning": {
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "$id": "urn:tongbao:jsonschema:tongbao.warning.v1.EarlyWarning",
  "title": "tongbao.warning.v1.EarlyWarning",
  "type": "object",
  "properties": {
   "action": {
    "$ref": "#/$defs/tongbao.common.v1.WarningAction",
    "description": "What this message does: issue, adjust or lift."
   },
   "level": {
    "$ref": "#/$defs/tongbao.common.v1.WarningLevel",
    "description": "Warning level (预警级别); for LIFT, the level being lifted."
   },
   "category": {
    "$ref": "#/$defs/tongbao.common.v1.IncidentCategory",
    "description": "Category of the incident warned of (事件类别)."
   },
   "documentNumber": {
    "type": "string",
    "maxLength": 4096,
    "description": "Document number (文号); may be empty."
   },
   "title": {
    "type": "string",
    "maxLength": 4096,
    "description": "Title (标题)."
   },
   "issuingUnit": {
    "type": "string",
    "maxLength": 4096,
    "description": "Issuing unit as printed on the warning (发布单位), e.g. \"国家能源局华东监管局\"."
   },
   "startTime": {
    "type": "string",
    "description": "When the warning takes effect (预警起始时间). JSON form: RFC 3339 date-time with a time zone offset, e.g. 2025-03-01T08:30:00Z",
    "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}[Tt][0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]{1,9})?([Zz]|[+-][0-9]{2}:[0-9]{2})$",
    "maxLength": 40
   },
   "validity": {
    "type": "string",
    "description": "How long the warning stays in force unless adjusted or lifted (有效期). JSON form: Seconds with up to nine decimals and the suffix \"s\", e.g. \"86400s\"",
    "pattern": "^-?[0-9]{1,12}(\\.[0-9]{1,9})?s$",
    "maxLength": 24
   },
   "possibleScope": {
    "$ref": "#/$defs/tongbao.common.v1.Scope",
    "description": "Who and what may be affected (可能影响范围)."
   },
   "alertItems": {
    "type": "array",
    "items": {
     "type": "string",
     "maxLength": 65536
    },
    "maxItems": 10000,
    "description": "What recipients must watch for, one per entry (警示事项)."
   },
   "requiredMeasures": {
    "type": "array",
    "items": {
     "$ref": "#/$defs/tongbao.warning.v1.RequiredMeasure"
    },
    "maxItems": 10000,
    "description": "Measures recipients must take, each with its time limit (应采取的措施)."
   },
   "reason": {
    "type": "string",
    "maxLength": 65536,
    "description": "Why the warning is adjusted or lifted (调整或解除理由); empty for ISSUE."
   },
   "contact": {
    "$ref": "#/$defs/tongbao.common.v1.Person",
    "description": "Contact for questions about the warning (联系人)."
   },
   "warningId": {
    "type": "string",
    "maxLength": 128,
    "description": "Header.id of the ISSUE message of the warning this ADJUST or LIFT changes (被调整或解除的预警); required for ADJUST and LIFT, empty for ISSUE. It keeps the target inside the signed payload, so the payload alone says which warning it ends."
   }
  },
  "additionalProperties": false,
  "description": "An early warning, or an adjustment or lifting of one. Under 谁发布、谁解除 an ADJUST or LIFT must come from the source of the original ISSUE, name it in warning_id and reference it in the header with REFERENCE_KIND_UPDATE. Header.expires should equal start_time plus validity.",
  "$defs": {
   "tongbao.common.v1.IncidentCategory": {
    "anyOf": [
     {
      "type": "string",
      "enum": [
       "INCIDENT_CATEGORY_UNSPECIFIED",
       "INCIDENT_CATEGORY_MALWARE",
       "INCIDENT_CATEGORY_NETWORK_ATTACK",
       "INCIDENT_CATEGORY_DATA_SECURITY",
       "INCIDENT_CATEGORY_INFORMATION_CONTENT_SECURITY",
       "INCIDENT_CATEGORY_EQUIPMENT_FAILURE",
       "INCIDENT_CATEGORY_VIOLATION_OPERATION",
       "INCIDENT_CATEGORY_SECURITY_HAZARD",
       "INCIDENT_CATEGORY_ABNORMAL_BEHAVIOUR",
       "INCIDENT_CATEGORY_FORCE_MAJEURE",
       "INCIDENT_CATEGORY_OTHER"
      ]
     },
     {
      "type": "integer",
      "minimum": -2147483648,
      "maximum": 2147483647
     }
    ],
    "description": "Network security incident category (网络安全事件分类), the ten classes of GB/T 20986-2023."
   },
   "tongbao.common.v1.Person": {
    "type": "object",
    "properties": {
     "name": {
      "type": "string",
      "maxLength": 4096,
      "description": "Full name (姓名)."
     },
     "jobTitle": {
      "type": "string",
      "maxLength": 4096,
      "description": "Job title or post (职务)."
     },
     "orgId": {
      "type": "string",
      "maxLength": 128,
      "description": "Registry id of the organisation the person acts for, if registered."
     },
     "unit": {
      "type": "string",
      "maxLength": 4096,
      "description": "Name of the organisation or unit the person belongs to (所在单位)."
     },
     "phone": {
      "type": "string",
      "maxLength": 4096,
      "description": "Telephone number (联系电话)."
     },
     "email": {
      "type": "string",
      "maxLength": 4096,
      "description": "Email address (电子邮箱)."
     }
    },
    "additionalProperties": false,
    "description": "A named person acting for an organisation (联系人、责任人)."
   },
   "tongbao.common.v1.Scope": {
    "type": "object",
    "properties": {
     "sectors": {
      "type": "array",
      "items": {
       "$ref": "#/$defs/tongbao.common.v1.Sector"
      },
      "maxItems": 10000,
      "description": "Sectors affected (涉及行业)."
     },
     "regions": {
      "type": "array",
      "items": {
       "type": "string",
       "maxLength": 4096
      },
      "maxItems": 10000,
      "description": "Administrative division codes affected (GB/T 2260), e.g. \"320000\". By convention \"100000\", which GB/T 2260 does not assign, means the whole country."
     },
     "description": {
      "type": "string",
      "maxLength": 65536,
      "description": "The scope in words (范围描述)."
     }
    },
    "additionalProperties": false,
    "description": "Who or what is affected (影响范围). This is content; routing uses the sectors, region and recipients in the envelope header."
   },
   "tongbao.common.v1.Sector": {
    "anyOf": [
     {
      "type": "string",
      "enum": [
       "SECTOR_UNSPECIFIED",
       "SECTOR_RAW_MATERIALS",
       "SECTOR_EQUIPMENT_MANUFACTURING",
       "SECTOR_CONSUMER_GOODS",
       "SECTOR_ELECTRONIC_INFORMATION",
       "SECTOR_TELECOMMUNICATIONS",
       "SECTOR_POWER",
       "SECTOR_OIL_AND_GAS",
       "SECTOR_COAL",
       "SECTOR_HEALTH",
       "SECTOR_ENVIRONMENT",
       "SECTOR_DEFENCE",
       "SECTOR_EDUCATION",
       "SECTOR_TRANSPORT",
       "SECTOR_WATER",
       "SECTOR_MUNICIPAL_UTILITIES",
       "SECTOR_FINANCE",
       "SECTOR_OTHER"
      ]
     },
     {
      "type": "integer",
      "minimum": -2147483648,
      "maximum": 2147483647
     }
    ],
    "description": "Sector (行业领域), used for routing to the supervising department and for describing scope. The list covers the sectors of the ten departments."
   },
   "tongbao.common.v1.WarningAction": {
    "anyOf": [
     {
      "type": "string",
      "enum": [
       "WARNING_ACTION_UNSPECIFIED",
       "WARNING_ACTION_ISSUE",
       "WARNING_ACTION_ADJUST",
       "WARNING_ACTION_LIFT"
      ]
     },
     {
      "type": "integer",
      "minimum": -2147483648,
      "maximum": 2147483647
     }
    ],
    "description": "What an early warning does (预警发布、调整、解除). Under 谁发布、谁解除 only the issuer of a warning may adjust or lift it."
   },
   "tongbao.common.v1.WarningLevel": {
    "anyOf": [
     {
      "type": "string",
      "enum": [
       "WARNING_LEVEL_UNSPECIFIED",
       "WARNING_LEVEL_RED",
       "WARNING_LEVEL_ORANGE",
       "WARNING_LEVEL_YELLOW",
       "WARNING_LEVEL_BLUE"
      ]
     },
     {
      "type": "integer",
      "minimum": -2147483648,
      "maximum": 2147483647
     }
    ],
    "description": "Early-warning level (预警级别), high to low. Levels map one-to-one to incident grades I to IV, and the numbers match."
   },
   "tongbao.warning.v1.RequiredMeasure": {
    "type": "object",
    "properties": {
     "description": {
      "type": "string",
      "maxLength": 65536,
      "description": "The measure (措施内容)."
     },
     "deadline": {
      "type": "string",
      "description": "When it must be done by (完成时限); unset means at once. JSON form: RFC 3339 date-time with a time zone offset, e.g. 2025-03-01T08:30:00Z",
      "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}[Tt][0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]{1,9})?([Zz]|[+-][0-9]{2}:[0-9]{2})$",
      "maxLength": 40
     }
    },
    "additionalProperties": false,
    "description": "A measure recipients must take (防范措施要求)."
   }
  }
 },
 "tongbao.warning.v1.RequiredMeasure": {
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "$id": "urn:tongbao:jsonschema:tongbao.warning.v1.RequiredMeasure",
  "title": "tongbao.warning.v1.RequiredMeasure",
  "type": "object",
  "properties": {
   "description": {
    "type": "string",
    "maxLength": 65536,
    "description": "The measure (措施内容)."
   },
   "deadline": {
    "type": "string",
    "description": "When it must be done by (完成时限); unset means at once. JSON form: RFC 3339 date-time with a time zone offset, e.g. 2025-03-01T08:30:00Z",
    "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}[Tt][0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]{1,9})?([Zz]|[+-][0-9]{2}:[0-9]{2})$",
    "maxLength": 40
   }
  },
  "additionalProperties": false,
  "description": "A measure recipients must take (防范措施要求)."
 }
};
