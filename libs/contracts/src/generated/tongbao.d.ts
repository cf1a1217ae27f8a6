// Generated from schemas/proto by libs/contracts/scripts/generate.mjs. Do not edit.
import * as $protobuf from "protobufjs";

/** Namespace tongbao. */
export namespace tongbao {

    /** Namespace bulletin. */
    namespace bulletin {

        /** Namespace v1. */
        namespace v1 {

            /**
             * Properties of a ThreatBulletin.
             * @deprecated Use tongbao.bulletin.v1.ThreatBulletin.$Properties instead.
             */
            interface IThreatBulletin extends tongbao.bulletin.v1.ThreatBulletin.$Properties {
            }

            /**
             * A bulletin about a threat or about the security situation over a period,
             * typically from MIIT or the technical platform to departments and provinces.
             */
            class ThreatBulletin {

                /**
                 * Constructs a new ThreatBulletin.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: tongbao.bulletin.v1.ThreatBulletin.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Kind of bulletin. */
                kind: tongbao.bulletin.v1.BulletinKind;

                /** Document number (文号), e.g. "工信网安通报〔2025〕12号"; may be empty. */
                documentNumber: string;

                /** Title (标题). */
                title: string;

                /** Short summary (摘要). */
                summary: string;

                /** Full text (正文). */
                body: string;

                /** Threat class under GB/T 20986-2023 (威胁类型). */
                category: tongbao.common.v1.IncidentCategory;

                /** Name of the threat, malware family or campaign, e.g. "Mirai variant". */
                threatName: string;

                /** Assessed severity (危害等级). */
                severity: tongbao.common.v1.Severity;

                /** Indicators: ip, domain, url, hash, cve (威胁指标). */
                indicators: tongbao.common.v1.Indicator.$Properties[];

                /** Affected sectors and regions (影响范围). */
                affectedScope?: (tongbao.common.v1.Scope.$Properties|null);

                /** Recommended measures, one per entry (处置建议). */
                recommendedMeasures: string[];

                /** Period covered, for situation reports (统计周期). */
                period?: (tongbao.common.v1.Period.$Properties|null);

                /** Figures reported in a situation report (态势数据). */
                statistics: tongbao.bulletin.v1.Statistic.$Properties[];

                /** Supporting documents (附件). */
                attachments: tongbao.common.v1.Attachment.$Properties[];

                /**
                 * Creates a new ThreatBulletin instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns ThreatBulletin instance
                 */
                static create(properties: tongbao.bulletin.v1.ThreatBulletin.$Shape): tongbao.bulletin.v1.ThreatBulletin & tongbao.bulletin.v1.ThreatBulletin.$Shape;
                static create(properties?: tongbao.bulletin.v1.ThreatBulletin.$Properties): tongbao.bulletin.v1.ThreatBulletin;

                /**
                 * Encodes the specified ThreatBulletin message. Does not implicitly {@link tongbao.bulletin.v1.ThreatBulletin.verify|verify} messages.
                 * @param message ThreatBulletin message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: tongbao.bulletin.v1.ThreatBulletin.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ThreatBulletin message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {tongbao.bulletin.v1.ThreatBulletin & tongbao.bulletin.v1.ThreatBulletin.$Shape} ThreatBulletin
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tongbao.bulletin.v1.ThreatBulletin & tongbao.bulletin.v1.ThreatBulletin.$Shape;

                /**
                 * Gets the type url for ThreatBulletin
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace ThreatBulletin {

                /** Properties of a ThreatBulletin. */
                interface $Properties {

                    /** Kind of bulletin. */
                    kind?: (tongbao.bulletin.v1.BulletinKind|null);

                    /** Document number (文号), e.g. "工信网安通报〔2025〕12号"; may be empty. */
                    documentNumber?: (string|null);

                    /** Title (标题). */
                    title?: (string|null);

                    /** Short summary (摘要). */
                    summary?: (string|null);

                    /** Full text (正文). */
                    body?: (string|null);

                    /** Threat class under GB/T 20986-2023 (威胁类型). */
                    category?: (tongbao.common.v1.IncidentCategory|null);

                    /** Name of the threat, malware family or campaign, e.g. "Mirai variant". */
                    threatName?: (string|null);

                    /** Assessed severity (危害等级). */
                    severity?: (tongbao.common.v1.Severity|null);

                    /** Indicators: ip, domain, url, hash, cve (威胁指标). */
                    indicators?: (tongbao.common.v1.Indicator.$Properties[]|null);

                    /** Affected sectors and regions (影响范围). */
                    affectedScope?: (tongbao.common.v1.Scope.$Properties|null);

                    /** Recommended measures, one per entry (处置建议). */
                    recommendedMeasures?: (string[]|null);

                    /** Period covered, for situation reports (统计周期). */
                    period?: (tongbao.common.v1.Period.$Properties|null);

                    /** Figures reported in a situation report (态势数据). */
                    statistics?: (tongbao.bulletin.v1.Statistic.$Properties[]|null);

                    /** Supporting documents (附件). */
                    attachments?: (tongbao.common.v1.Attachment.$Properties[]|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a ThreatBulletin. */
                type $Shape = {
                  kind?: tongbao.bulletin.v1.BulletinKind|null;
                  documentNumber?: string|null;
                  title?: string|null;
                  summary?: string|null;
                  body?: string|null;
                  category?: tongbao.common.v1.IncidentCategory|null;
                  threatName?: string|null;
                  severity?: tongbao.common.v1.Severity|null;
                  indicators?: tongbao.common.v1.Indicator.$Shape[]|null;
                  affectedScope?: tongbao.common.v1.Scope.$Shape|null;
                  recommendedMeasures?: string[]|null;
                  period?: tongbao.common.v1.Period.$Shape|null;
                  statistics?: tongbao.bulletin.v1.Statistic.$Shape[]|null;
                  attachments?: tongbao.common.v1.Attachment.$Shape[]|null;
                  $unknowns?: Uint8Array[];
                };
            }

            /** Kind of bulletin (通报类型). */
            enum BulletinKind {

                /** Not set. */
                BULLETIN_KIND_UNSPECIFIED = 0,

                /** About a specific threat (威胁通报). */
                BULLETIN_KIND_THREAT = 1,

                /** About the overall situation over a period (态势通报). */
                BULLETIN_KIND_SITUATION = 2,

                /** A risk advisory short of a specific threat (风险提示). */
                BULLETIN_KIND_RISK_ADVISORY = 3
            }

            /**
             * Properties of a Statistic.
             * @deprecated Use tongbao.bulletin.v1.Statistic.$Properties instead.
             */
            interface IStatistic extends tongbao.bulletin.v1.Statistic.$Properties {
            }

            /** One figure in a situation report (统计数据), e.g. 1520 infected hosts. */
            class Statistic {

                /**
                 * Constructs a new Statistic.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: tongbao.bulletin.v1.Statistic.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** What is counted or measured (指标名称), e.g. "恶意程序感染主机". */
                name: string;

                /** The value. */
                value: number;

                /** Unit (单位), e.g. "台", "次", "%". */
                unit: string;

                /**
                 * Change against the previous period as a fraction, e.g. 0.12 for +12% (环比);
                 * absent if not given.
                 */
                changeRatio?: (number|null);

                /**
                 * Creates a new Statistic instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Statistic instance
                 */
                static create(properties: tongbao.bulletin.v1.Statistic.$Shape): tongbao.bulletin.v1.Statistic & tongbao.bulletin.v1.Statistic.$Shape;
                static create(properties?: tongbao.bulletin.v1.Statistic.$Properties): tongbao.bulletin.v1.Statistic;

                /**
                 * Encodes the specified Statistic message. Does not implicitly {@link tongbao.bulletin.v1.Statistic.verify|verify} messages.
                 * @param message Statistic message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: tongbao.bulletin.v1.Statistic.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Statistic message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {tongbao.bulletin.v1.Statistic & tongbao.bulletin.v1.Statistic.$Shape} Statistic
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tongbao.bulletin.v1.Statistic & tongbao.bulletin.v1.Statistic.$Shape;

                /**
                 * Gets the type url for Statistic
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace Statistic {

                /** Properties of a Statistic. */
                interface $Properties {

                    /** What is counted or measured (指标名称), e.g. "恶意程序感染主机". */
                    name?: (string|null);

                    /** The value. */
                    value?: (number|null);

                    /** Unit (单位), e.g. "台", "次", "%". */
                    unit?: (string|null);

                    /**
                     * Change against the previous period as a fraction, e.g. 0.12 for +12% (环比);
                     * absent if not given.
                     */
                    changeRatio?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a Statistic. */
                type $Shape = tongbao.bulletin.v1.Statistic.$Properties;
            }
        }
    }

    /** Namespace common. */
    namespace common {

        /** Namespace v1. */
        namespace v1 {

            /**
             * Properties of an Attachment.
             * @deprecated Use tongbao.common.v1.Attachment.$Properties instead.
             */
            interface IAttachment extends tongbao.common.v1.Attachment.$Properties {
            }

            /**
             * A document or file attached to a message (附件), carried inline when small or
             * by reference otherwise. The digest is covered by the message signature, so a
             * referenced file is as tamper-evident as an inline one.
             */
            class Attachment {

                /**
                 * Constructs a new Attachment.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: tongbao.common.v1.Attachment.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** File name as shown to people (文件名). */
                name: string;

                /** Media type, e.g. "application/pdf". */
                mediaType: string;

                /** Size in bytes. */
                sizeBytes: number;

                /** SHA-256 digest of the content. */
                sha256: Uint8Array;

                /** The content itself, for small files. */
                data?: (Uint8Array|null);

                /** A URI from which the content can be fetched by authorised recipients. */
                uri?: (string|null);

                /** What the attachment shows, e.g. "scan report after patching". */
                description: string;

                /** Where the content is. */
                content?: ("data"|"uri");

                /**
                 * Creates a new Attachment instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Attachment instance
                 */
                static create(properties: tongbao.common.v1.Attachment.$Shape): tongbao.common.v1.Attachment & tongbao.common.v1.Attachment.$Shape;
                static create(properties?: tongbao.common.v1.Attachment.$Properties): tongbao.common.v1.Attachment;

                /**
                 * Encodes the specified Attachment message. Does not implicitly {@link tongbao.common.v1.Attachment.verify|verify} messages.
                 * @param message Attachment message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: tongbao.common.v1.Attachment.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an Attachment message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {tongbao.common.v1.Attachment & tongbao.common.v1.Attachment.$Shape} Attachment
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tongbao.common.v1.Attachment & tongbao.common.v1.Attachment.$Shape;

                /**
                 * Gets the type url for Attachment
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace Attachment {

                /** Properties of an Attachment. */
                interface $Properties {

                    /** File name as shown to people (文件名). */
                    name?: (string|null);

                    /** Media type, e.g. "application/pdf". */
                    mediaType?: (string|null);

                    /** Size in bytes. */
                    sizeBytes?: (number|null);

                    /** SHA-256 digest of the content. */
                    sha256?: (Uint8Array|null);

                    /** The content itself, for small files. */
                    data?: (Uint8Array|null);

                    /** A URI from which the content can be fetched by authorised recipients. */
                    uri?: (string|null);

                    /** What the attachment shows, e.g. "scan report after patching". */
                    description?: (string|null);

                    /** Where the content is. */
                    content?: ("data"|"uri");

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Narrowed shape of an Attachment. */
                type $Shape = {
                  name?: string|null;
                  mediaType?: string|null;
                  sizeBytes?: number|null;
                  sha256?: Uint8Array|null;
                  data?: Uint8Array|null;
                  uri?: string|null;
                  description?: string|null;
                  $unknowns?: Uint8Array[];
                } & (
                  ({ content?: undefined; data?: null; uri?: null }|{ content?: "data"; data: Uint8Array; uri?: null }|{ content?: "uri"; data?: null; uri: string })
                );
            }

            /**
             * Network security incident grade (网络安全事件分级) per GB/T 20986-2023 and the
             * industrial control system incident guide (工信部信软〔2017〕122号). Numbers match
             * the Roman grade, so grade I is the most serious.
             */
            enum IncidentGrade {

                /** Not set; distinct from INCIDENT_GRADE_UNGRADED, which is a deliberate answer. */
                INCIDENT_GRADE_UNSPECIFIED = 0,

                /** Grade I, extraordinarily serious (特别重大). */
                INCIDENT_GRADE_I = 1,

                /** Grade II, serious (重大). */
                INCIDENT_GRADE_II = 2,

                /** Grade III, relatively serious (较大). */
                INCIDENT_GRADE_III = 3,

                /** Grade IV, general (一般). */
                INCIDENT_GRADE_IV = 4,

                /** Not yet graded (未定级), typical of an initial report. */
                INCIDENT_GRADE_UNGRADED = 5
            }

            /**
             * Network security incident category (网络安全事件分类), the ten classes of
             * GB/T 20986-2023.
             */
            enum IncidentCategory {

                /** Not set. */
                INCIDENT_CATEGORY_UNSPECIFIED = 0,

                /** Malware (恶意程序): viruses, worms, trojans, botnets, ransomware and the like. */
                INCIDENT_CATEGORY_MALWARE = 1,

                /** Network attack (网络攻击): denial of service, exploitation, intrusion, phishing. */
                INCIDENT_CATEGORY_NETWORK_ATTACK = 2,

                /** Data security (数据安全): leakage, tampering, loss or misuse of data. */
                INCIDENT_CATEGORY_DATA_SECURITY = 3,

                /** Information content security (信息内容安全). */
                INCIDENT_CATEGORY_INFORMATION_CONTENT_SECURITY = 4,

                /** Equipment or facility failure (设备设施故障). */
                INCIDENT_CATEGORY_EQUIPMENT_FAILURE = 5,

                /** Violation of operating rules (违规操作). */
                INCIDENT_CATEGORY_VIOLATION_OPERATION = 6,

                /** Security hazard (安全隐患): a weakness found before it causes harm. */
                INCIDENT_CATEGORY_SECURITY_HAZARD = 7,

                /** Abnormal behaviour (异常行为). */
                INCIDENT_CATEGORY_ABNORMAL_BEHAVIOUR = 8,

                /** Force majeure (不可抗力): natural disasters and similar events. */
                INCIDENT_CATEGORY_FORCE_MAJEURE = 9,

                /** Other (其他). */
                INCIDENT_CATEGORY_OTHER = 10
            }

            /**
             * Early-warning level (预警级别), high to low. Levels map one-to-one to incident
             * grades I to IV, and the numbers match.
             */
            enum WarningLevel {

                /** Not set. */
                WARNING_LEVEL_UNSPECIFIED = 0,

                /** Red (红色), may lead to a grade I incident. */
                WARNING_LEVEL_RED = 1,

                /** Orange (橙色), may lead to a grade II incident. */
                WARNING_LEVEL_ORANGE = 2,

                /** Yellow (黄色), may lead to a grade III incident. */
                WARNING_LEVEL_YELLOW = 3,

                /** Blue (蓝色), may lead to a grade IV incident. */
                WARNING_LEVEL_BLUE = 4
            }

            /**
             * Emergency response level (应急响应级别). Numbers match the Roman level, so
             * level I is the highest.
             */
            enum ResponseLevel {

                /** Not set. */
                RESPONSE_LEVEL_UNSPECIFIED = 0,

                /** Level I response (一级响应). */
                RESPONSE_LEVEL_I = 1,

                /** Level II response (二级响应). */
                RESPONSE_LEVEL_II = 2,

                /** Level III response (三级响应). */
                RESPONSE_LEVEL_III = 3,

                /** Level IV response (四级响应). */
                RESPONSE_LEVEL_IV = 4
            }

            /**
             * Severity of a vulnerability, finding or risk (危害等级), as used by CNVD and
             * CVSS. Numbers rise with severity.
             */
            enum Severity {

                /** Not set. */
                SEVERITY_UNSPECIFIED = 0,

                /** Low (低危). */
                SEVERITY_LOW = 1,

                /** Medium (中危). */
                SEVERITY_MEDIUM = 2,

                /** High (高危). */
                SEVERITY_HIGH = 3,

                /** Critical (超危). */
                SEVERITY_CRITICAL = 4
            }

            /** Kind of threat indicator (威胁指标类型). */
            enum IndicatorType {

                /** Not set. */
                INDICATOR_TYPE_UNSPECIFIED = 0,

                /** An IPv4 or IPv6 address, or a CIDR network (IP地址). */
                INDICATOR_TYPE_IP = 1,

                /** A domain name (域名). */
                INDICATOR_TYPE_DOMAIN = 2,

                /** A URL (网址). */
                INDICATOR_TYPE_URL = 3,

                /** An email address (电子邮箱地址). */
                INDICATOR_TYPE_EMAIL = 4,

                /** An MD5 file hash, lowercase hex. */
                INDICATOR_TYPE_FILE_MD5 = 5,

                /** A SHA-1 file hash, lowercase hex. */
                INDICATOR_TYPE_FILE_SHA1 = 6,

                /** A SHA-256 file hash, lowercase hex. */
                INDICATOR_TYPE_FILE_SHA256 = 7,

                /** An SM3 file hash (国密杂凑), lowercase hex. */
                INDICATOR_TYPE_FILE_SM3 = 8,

                /** A CVE identifier, e.g. "CVE-2024-3400". */
                INDICATOR_TYPE_CVE = 9,

                /** A CNVD identifier (国家信息安全漏洞共享平台编号), e.g. "CNVD-2024-12345". */
                INDICATOR_TYPE_CNVD = 10
            }

            /**
             * Properties of an Indicator.
             * @deprecated Use tongbao.common.v1.Indicator.$Properties instead.
             */
            interface IIndicator extends tongbao.common.v1.Indicator.$Properties {
            }

            /** One indicator of compromise or threat (威胁指标). */
            class Indicator {

                /**
                 * Constructs a new Indicator.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: tongbao.common.v1.Indicator.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Kind of indicator. */
                type: tongbao.common.v1.IndicatorType;

                /** The indicator itself in its usual text form. */
                value: string;

                /** What the indicator means here, e.g. "command-and-control server". */
                description: string;

                /** When the indicator was first observed, if known. */
                firstSeenTime?: (google.protobuf.Timestamp.$Properties|null);

                /** When the indicator was last observed, if known. */
                lastSeenTime?: (google.protobuf.Timestamp.$Properties|null);

                /**
                 * Creates a new Indicator instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Indicator instance
                 */
                static create(properties: tongbao.common.v1.Indicator.$Shape): tongbao.common.v1.Indicator & tongbao.common.v1.Indicator.$Shape;
                static create(properties?: tongbao.common.v1.Indicator.$Properties): tongbao.common.v1.Indicator;

                /**
                 * Encodes the specified Indicator message. Does not implicitly {@link tongbao.common.v1.Indicator.verify|verify} messages.
                 * @param message Indicator message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: tongbao.common.v1.Indicator.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an Indicator message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {tongbao.common.v1.Indicator & tongbao.common.v1.Indicator.$Shape} Indicator
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tongbao.common.v1.Indicator & tongbao.common.v1.Indicator.$Shape;

                /**
                 * Gets the type url for Indicator
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace Indicator {

                /** Properties of an Indicator. */
                interface $Properties {

                    /** Kind of indicator. */
                    type?: (tongbao.common.v1.IndicatorType|null);

                    /** The indicator itself in its usual text form. */
                    value?: (string|null);

                    /** What the indicator means here, e.g. "command-and-control server". */
                    description?: (string|null);

                    /** When the indicator was first observed, if known. */
                    firstSeenTime?: (google.protobuf.Timestamp.$Properties|null);

                    /** When the indicator was last observed, if known. */
                    lastSeenTime?: (google.protobuf.Timestamp.$Properties|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an Indicator. */
                type $Shape = tongbao.common.v1.Indicator.$Properties;
            }

            /**
             * Properties of a Period.
             * @deprecated Use tongbao.common.v1.Period.$Properties instead.
             */
            interface IPeriod extends tongbao.common.v1.Period.$Properties {
            }

            /**
             * A time interval (时间段), start inclusive and end exclusive. An unset end means
             * the interval is still open.
             */
            class Period {

                /**
                 * Constructs a new Period.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: tongbao.common.v1.Period.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Start of the interval (开始时间). */
                startTime?: (google.protobuf.Timestamp.$Properties|null);

                /** End of the interval (结束时间). */
                endTime?: (google.protobuf.Timestamp.$Properties|null);

                /**
                 * Creates a new Period instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Period instance
                 */
                static create(properties: tongbao.common.v1.Period.$Shape): tongbao.common.v1.Period & tongbao.common.v1.Period.$Shape;
                static create(properties?: tongbao.common.v1.Period.$Properties): tongbao.common.v1.Period;

                /**
                 * Encodes the specified Period message. Does not implicitly {@link tongbao.common.v1.Period.verify|verify} messages.
                 * @param message Period message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: tongbao.common.v1.Period.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Period message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {tongbao.common.v1.Period & tongbao.common.v1.Period.$Shape} Period
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tongbao.common.v1.Period & tongbao.common.v1.Period.$Shape;

                /**
                 * Gets the type url for Period
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace Period {

                /** Properties of a Period. */
                interface $Properties {

                    /** Start of the interval (开始时间). */
                    startTime?: (google.protobuf.Timestamp.$Properties|null);

                    /** End of the interval (结束时间). */
                    endTime?: (google.protobuf.Timestamp.$Properties|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a Period. */
                type $Shape = tongbao.common.v1.Period.$Properties;
            }

            /**
             * Properties of a Scope.
             * @deprecated Use tongbao.common.v1.Scope.$Properties instead.
             */
            interface IScope extends tongbao.common.v1.Scope.$Properties {
            }

            /**
             * Who or what is affected (影响范围). This is content; routing uses the sectors,
             * region and recipients in the envelope header.
             */
            class Scope {

                /**
                 * Constructs a new Scope.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: tongbao.common.v1.Scope.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Sectors affected (涉及行业). */
                sectors: tongbao.common.v1.Sector[];

                /**
                 * Administrative division codes affected (GB/T 2260), e.g. "320000". By
                 * convention "100000", which GB/T 2260 does not assign, means the whole country.
                 */
                regions: string[];

                /** The scope in words (范围描述). */
                description: string;

                /**
                 * Creates a new Scope instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Scope instance
                 */
                static create(properties: tongbao.common.v1.Scope.$Shape): tongbao.common.v1.Scope & tongbao.common.v1.Scope.$Shape;
                static create(properties?: tongbao.common.v1.Scope.$Properties): tongbao.common.v1.Scope;

                /**
                 * Encodes the specified Scope message. Does not implicitly {@link tongbao.common.v1.Scope.verify|verify} messages.
                 * @param message Scope message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: tongbao.common.v1.Scope.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Scope message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {tongbao.common.v1.Scope & tongbao.common.v1.Scope.$Shape} Scope
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tongbao.common.v1.Scope & tongbao.common.v1.Scope.$Shape;

                /**
                 * Gets the type url for Scope
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace Scope {

                /** Properties of a Scope. */
                interface $Properties {

                    /** Sectors affected (涉及行业). */
                    sectors?: (tongbao.common.v1.Sector[]|null);

                    /**
                     * Administrative division codes affected (GB/T 2260), e.g. "320000". By
                     * convention "100000", which GB/T 2260 does not assign, means the whole country.
                     */
                    regions?: (string[]|null);

                    /** The scope in words (范围描述). */
                    description?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a Scope. */
                type $Shape = tongbao.common.v1.Scope.$Properties;
            }

            /**
             * Kind of organisation taking part in the bus (参与单位类型). Routing follows
             * 谁运营谁负责、谁主管谁负责, so the kind says which traffic an organisation handles.
             */
            enum OrgKind {

                /** Not set. */
                ORG_KIND_UNSPECIFIED = 0,

                /** One of the ten departments under the State Council (国务院部门), e.g. miit, nea. */
                ORG_KIND_DEPARTMENT = 1,

                /** A regional office of a department (派出机构), e.g. an NEA regional office. */
                ORG_KIND_REGIONAL_OFFICE = 2,

                /**
                 * A local industry and information technology authority (地方工业和信息化主管部门),
                 * supervising networked industrial enterprises.
                 */
                ORG_KIND_INDUSTRY_AUTHORITY = 3,

                /**
                 * A provincial communications administration (地方通信管理局), supervising
                 * identifier resolution and platforms and scanning for exposed systems.
                 */
                ORG_KIND_COMMUNICATIONS_ADMINISTRATION = 4,

                /**
                 * Another local authority (其他地方主管部门), e.g. a provincial emergency
                 * management department.
                 */
                ORG_KIND_LOCAL_AUTHORITY = 5,

                /**
                 * An operator of the national technical assurance platform or a provincial
                 * sub-platform (国家工业互联网安全技术保障平台及省级平台).
                 */
                ORG_KIND_TECHNICAL_PLATFORM = 6,

                /**
                 * A technical support agency (技术支撑单位), e.g. a national CERT or
                 * vulnerability database operator.
                 */
                ORG_KIND_SUPPORT_AGENCY = 7,

                /** An enterprise reporting through its supervising authority (企业). */
                ORG_KIND_ENTERPRISE = 8
            }

            /**
             * Sector (行业领域), used for routing to the supervising department and for
             * describing scope. The list covers the sectors of the ten departments.
             */
            enum Sector {

                /** Not set. */
                SECTOR_UNSPECIFIED = 0,

                /**
                 * Raw materials (原材料): steel, non-ferrous metals, petrochemicals, chemicals,
                 * building materials.
                 */
                SECTOR_RAW_MATERIALS = 1,

                /** Equipment manufacturing (装备制造). */
                SECTOR_EQUIPMENT_MANUFACTURING = 2,

                /**
                 * Consumer goods (消费品): light industry, textiles, food, pharmaceuticals
                 * manufacturing.
                 */
                SECTOR_CONSUMER_GOODS = 3,

                /** Electronic information (电子信息). */
                SECTOR_ELECTRONIC_INFORMATION = 4,

                /** Telecommunications (通信), including identifier resolution and public platforms. */
                SECTOR_TELECOMMUNICATIONS = 5,

                /** Electric power (电力). */
                SECTOR_POWER = 6,

                /** Oil and natural gas (石油天然气). */
                SECTOR_OIL_AND_GAS = 7,

                /** Coal (煤炭). */
                SECTOR_COAL = 8,

                /** Health (卫生健康): hospitals, medical devices, pharmaceutical production. */
                SECTOR_HEALTH = 9,

                /** Ecology and environment (生态环境): environmental monitoring and pollution control. */
                SECTOR_ENVIRONMENT = 10,

                /** Defence science, technology and industry (国防科技工业). */
                SECTOR_DEFENCE = 11,

                /** Education and research (教育科研). */
                SECTOR_EDUCATION = 12,

                /** Transport (交通运输). */
                SECTOR_TRANSPORT = 13,

                /** Water conservancy (水利). */
                SECTOR_WATER = 14,

                /** Municipal utilities (市政): water supply, gas and heat distribution. */
                SECTOR_MUNICIPAL_UTILITIES = 15,

                /** Finance (金融). */
                SECTOR_FINANCE = 16,

                /** Any other sector (其他). */
                SECTOR_OTHER = 17
            }

            /**
             * Type of industrial internet enterprise (企业类型) under the classification and
             * grading guide (工业互联网企业网络安全分类分级管理指南).
             */
            enum EnterpriseType {

                /** Not set. */
                ENTERPRISE_TYPE_UNSPECIFIED = 0,

                /** Networked industrial enterprise (联网工业企业). */
                ENTERPRISE_TYPE_NETWORKED_INDUSTRIAL = 1,

                /** Industrial internet platform enterprise (平台企业). */
                ENTERPRISE_TYPE_PLATFORM = 2,

                /** Identifier resolution enterprise (标识解析企业). */
                ENTERPRISE_TYPE_IDENTIFIER_RESOLUTION = 3,

                /** Basic telecommunications enterprise (基础电信企业). */
                ENTERPRISE_TYPE_BASIC_TELECOM = 4,

                /** Any other enterprise (其他企业). */
                ENTERPRISE_TYPE_OTHER = 5
            }

            /**
             * Enterprise network security level (企业网络安全级别) under the classification and
             * grading guide; level 3 is the highest.
             */
            enum EnterpriseSecurityLevel {

                /** Not set or not yet assessed. */
                ENTERPRISE_SECURITY_LEVEL_UNSPECIFIED = 0,

                /** Level 1 (一级). */
                ENTERPRISE_SECURITY_LEVEL_1 = 1,

                /** Level 2 (二级). */
                ENTERPRISE_SECURITY_LEVEL_2 = 2,

                /** Level 3 (三级), the highest. */
                ENTERPRISE_SECURITY_LEVEL_3 = 3
            }

            /**
             * Properties of an Enterprise.
             * @deprecated Use tongbao.common.v1.Enterprise.$Properties instead.
             */
            interface IEnterprise extends tongbao.common.v1.Enterprise.$Properties {
            }

            /**
             * An enterprise named in a message (企业信息). Enterprises need not be on the bus
             * themselves; when one is, org_id links it to the registry.
             */
            class Enterprise {

                /**
                 * Constructs a new Enterprise.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: tongbao.common.v1.Enterprise.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Registry organisation id, empty if the enterprise is not registered. */
                orgId: string;

                /** Registered name in Chinese (企业名称). */
                name: string;

                /** Unified social credit code (统一社会信用代码), 18 characters. */
                unifiedSocialCreditCode: string;

                /** Enterprise type (企业类型). */
                enterpriseType: tongbao.common.v1.EnterpriseType;

                /**
                 * Whether the enterprise is a central state-owned enterprise (中央企业) or
                 * belongs to one; such incidents are also reported to sasac.
                 */
                centralSoe: boolean;

                /** Network security level (企业网络安全级别). */
                securityLevel: tongbao.common.v1.EnterpriseSecurityLevel;

                /** Administrative division code of the registered location (GB/T 2260), e.g. "320000". */
                region: string;

                /** Sectors the enterprise operates in (所属行业). */
                sectors: tongbao.common.v1.Sector[];

                /**
                 * Creates a new Enterprise instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Enterprise instance
                 */
                static create(properties: tongbao.common.v1.Enterprise.$Shape): tongbao.common.v1.Enterprise & tongbao.common.v1.Enterprise.$Shape;
                static create(properties?: tongbao.common.v1.Enterprise.$Properties): tongbao.common.v1.Enterprise;

                /**
                 * Encodes the specified Enterprise message. Does not implicitly {@link tongbao.common.v1.Enterprise.verify|verify} messages.
                 * @param message Enterprise message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: tongbao.common.v1.Enterprise.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an Enterprise message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {tongbao.common.v1.Enterprise & tongbao.common.v1.Enterprise.$Shape} Enterprise
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tongbao.common.v1.Enterprise & tongbao.common.v1.Enterprise.$Shape;

                /**
                 * Gets the type url for Enterprise
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace Enterprise {

                /** Properties of an Enterprise. */
                interface $Properties {

                    /** Registry organisation id, empty if the enterprise is not registered. */
                    orgId?: (string|null);

                    /** Registered name in Chinese (企业名称). */
                    name?: (string|null);

                    /** Unified social credit code (统一社会信用代码), 18 characters. */
                    unifiedSocialCreditCode?: (string|null);

                    /** Enterprise type (企业类型). */
                    enterpriseType?: (tongbao.common.v1.EnterpriseType|null);

                    /**
                     * Whether the enterprise is a central state-owned enterprise (中央企业) or
                     * belongs to one; such incidents are also reported to sasac.
                     */
                    centralSoe?: (boolean|null);

                    /** Network security level (企业网络安全级别). */
                    securityLevel?: (tongbao.common.v1.EnterpriseSecurityLevel|null);

                    /** Administrative division code of the registered location (GB/T 2260), e.g. "320000". */
                    region?: (string|null);

                    /** Sectors the enterprise operates in (所属行业). */
                    sectors?: (tongbao.common.v1.Sector[]|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an Enterprise. */
                type $Shape = tongbao.common.v1.Enterprise.$Properties;
            }

            /**
             * Properties of a Person.
             * @deprecated Use tongbao.common.v1.Person.$Properties instead.
             */
            interface IPerson extends tongbao.common.v1.Person.$Properties {
            }

            /** A named person acting for an organisation (联系人、责任人). */
            class Person {

                /**
                 * Constructs a new Person.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: tongbao.common.v1.Person.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Full name (姓名). */
                name: string;

                /** Job title or post (职务). */
                jobTitle: string;

                /** Registry id of the organisation the person acts for, if registered. */
                orgId: string;

                /** Name of the organisation or unit the person belongs to (所在单位). */
                unit: string;

                /** Telephone number (联系电话). */
                phone: string;

                /** Email address (电子邮箱). */
                email: string;

                /**
                 * Creates a new Person instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Person instance
                 */
                static create(properties: tongbao.common.v1.Person.$Shape): tongbao.common.v1.Person & tongbao.common.v1.Person.$Shape;
                static create(properties?: tongbao.common.v1.Person.$Properties): tongbao.common.v1.Person;

                /**
                 * Encodes the specified Person message. Does not implicitly {@link tongbao.common.v1.Person.verify|verify} messages.
                 * @param message Person message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: tongbao.common.v1.Person.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Person message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {tongbao.common.v1.Person & tongbao.common.v1.Person.$Shape} Person
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tongbao.common.v1.Person & tongbao.common.v1.Person.$Shape;

                /**
                 * Gets the type url for Person
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace Person {

                /** Properties of a Person. */
                interface $Properties {

                    /** Full name (姓名). */
                    name?: (string|null);

                    /** Job title or post (职务). */
                    jobTitle?: (string|null);

                    /** Registry id of the organisation the person acts for, if registered. */
                    orgId?: (string|null);

                    /** Name of the organisation or unit the person belongs to (所在单位). */
                    unit?: (string|null);

                    /** Telephone number (联系电话). */
                    phone?: (string|null);

                    /** Email address (电子邮箱). */
                    email?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a Person. */
                type $Shape = tongbao.common.v1.Person.$Properties;
            }

            /** Kind of industrial system, device or software (资产类型). */
            enum AssetType {

                /** Not set. */
                ASSET_TYPE_UNSPECIFIED = 0,

                /** Programmable logic controller (可编程逻辑控制器 PLC). */
                ASSET_TYPE_PLC = 1,

                /** Distributed control system (分布式控制系统 DCS). */
                ASSET_TYPE_DCS = 2,

                /** Supervisory control and data acquisition system (数据采集与监视控制系统 SCADA). */
                ASSET_TYPE_SCADA = 3,

                /** Human-machine interface (人机界面 HMI). */
                ASSET_TYPE_HMI = 4,

                /** Remote terminal unit (远程终端单元 RTU). */
                ASSET_TYPE_RTU = 5,

                /** Safety instrumented system (安全仪表系统 SIS). */
                ASSET_TYPE_SAFETY_INSTRUMENTED_SYSTEM = 6,

                /** Industrial switch, router, gateway or protocol converter (工业网络设备). */
                ASSET_TYPE_INDUSTRIAL_NETWORK_DEVICE = 7,

                /** Industrial software such as MES, historian or engineering station (工业软件). */
                ASSET_TYPE_INDUSTRIAL_SOFTWARE = 8,

                /** Industrial internet platform (工业互联网平台). */
                ASSET_TYPE_INDUSTRIAL_INTERNET_PLATFORM = 9,

                /** Identifier resolution node (标识解析节点). */
                ASSET_TYPE_IDENTIFIER_RESOLUTION_NODE = 10,

                /** Internet of things device or terminal (物联网设备). */
                ASSET_TYPE_IOT_DEVICE = 11,

                /** Video surveillance device (视频监控设备). */
                ASSET_TYPE_VIDEO_SURVEILLANCE = 12,

                /** Database (数据库). */
                ASSET_TYPE_DATABASE = 13,

                /** Other kind (其他). */
                ASSET_TYPE_OTHER = 14
            }

            /**
             * Phase of an incident report (报告阶段). Reports about one incident share
             * IncidentReport.incident_id; each later report references the previous one.
             */
            enum ReportPhase {

                /** Not set. */
                REPORT_PHASE_UNSPECIFIED = 0,

                /** Initial report (初报), sent as soon as the incident is known. */
                REPORT_PHASE_INITIAL = 1,

                /** Update (续报), sent as handling progresses or facts change. */
                REPORT_PHASE_UPDATE = 2,

                /** Final summary (终报), sent when handling is complete. */
                REPORT_PHASE_FINAL = 3
            }

            /**
             * What an early warning does (预警发布、调整、解除). Under 谁发布、谁解除 only the
             * issuer of a warning may adjust or lift it.
             */
            enum WarningAction {

                /** Not set. */
                WARNING_ACTION_UNSPECIFIED = 0,

                /** Issue a new warning (发布). */
                WARNING_ACTION_ISSUE = 1,

                /** Adjust the level, scope or measures of an issued warning (调整). */
                WARNING_ACTION_ADJUST = 2,

                /** Lift an issued warning (解除). */
                WARNING_ACTION_LIFT = 3
            }

            /** What an emergency response message does (应急响应启动、调整、结束). */
            enum ResponseAction {

                /** Not set. */
                RESPONSE_ACTION_UNSPECIFIED = 0,

                /** Start a response (启动). */
                RESPONSE_ACTION_START = 1,

                /** Change the level or scope of a running response (调整). */
                RESPONSE_ACTION_ADJUST = 2,

                /** End a response (结束). */
                RESPONSE_ACTION_END = 3
            }

            /**
             * Traffic Light Protocol 2.0 sharing marking (信息共享标记). Values rise with
             * restriction; routing code must still map them explicitly, never compare numbers.
             */
            enum Tlp {

                /** Not set; a message without a marking is rejected. */
                TLP_UNSPECIFIED = 0,

                /** TLP:CLEAR, no limit on disclosure (可公开). */
                TLP_CLEAR = 1,

                /** TLP:GREEN, may be shared within the community, not published. */
                TLP_GREEN = 2,

                /** TLP:AMBER, recipient organisations and their clients on a need-to-know basis. */
                TLP_AMBER = 3,

                /** TLP:AMBER+STRICT, the recipient organisation only. */
                TLP_AMBER_STRICT = 4,

                /** TLP:RED, the named recipients only; the header must list them. */
                TLP_RED = 5
            }

            /**
             * Data security level (数据级别). The current scale is from 工业和信息化领域数据安全
             * 管理办法 (2022); the legacy scale from 工业数据分类分级指南 (2020) is kept so that
             * older records can be carried unchanged. Legacy values are numbered apart on purpose:
             * the two scales do not map one-to-one and must not be compared by number.
             */
            enum DataLevel {

                /** Not set. */
                DATA_LEVEL_UNSPECIFIED = 0,

                /** General data (一般数据). */
                DATA_LEVEL_GENERAL = 1,

                /** Important data (重要数据). */
                DATA_LEVEL_IMPORTANT = 2,

                /** Core data (核心数据), the highest level. */
                DATA_LEVEL_CORE = 3,

                /** Legacy level one (一级), the lowest level of the 2020 guide. */
                DATA_LEVEL_LEGACY_LEVEL_1 = 11,

                /** Legacy level two (二级). */
                DATA_LEVEL_LEGACY_LEVEL_2 = 12,

                /** Legacy level three (三级), the highest level of the 2020 guide. */
                DATA_LEVEL_LEGACY_LEVEL_3 = 13
            }
        }
    }

    /** Namespace envelope. */
    namespace envelope {

        /** Namespace v1. */
        namespace v1 {

            /**
             * Properties of a SignedEnvelope.
             * @deprecated Use tongbao.envelope.v1.SignedEnvelope.$Properties instead.
             */
            interface ISignedEnvelope extends tongbao.envelope.v1.SignedEnvelope.$Properties {
            }

            /**
             * What goes on the wire (签名信封). Header and payload are kept as the exact bytes
             * the producer serialised, and the signatures cover a domain-separated digest of
             * those bytes, so re-encoding by any party can neither break nor forge a signature.
             * The header can be read and checked without decoding the payload.
             */
            class SignedEnvelope {

                /**
                 * Constructs a new SignedEnvelope.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: tongbao.envelope.v1.SignedEnvelope.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Serialised Header. */
                header: Uint8Array;

                /** Serialised family message whose full name is Header.type. */
                payload: Uint8Array;

                /**
                 * Signatures by the source organisation; at least one must verify against a
                 * key that was valid at Header.time.
                 */
                signatures: tongbao.envelope.v1.Signature.$Properties[];

                /**
                 * Creates a new SignedEnvelope instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns SignedEnvelope instance
                 */
                static create(properties: tongbao.envelope.v1.SignedEnvelope.$Shape): tongbao.envelope.v1.SignedEnvelope & tongbao.envelope.v1.SignedEnvelope.$Shape;
                static create(properties?: tongbao.envelope.v1.SignedEnvelope.$Properties): tongbao.envelope.v1.SignedEnvelope;

                /**
                 * Encodes the specified SignedEnvelope message. Does not implicitly {@link tongbao.envelope.v1.SignedEnvelope.verify|verify} messages.
                 * @param message SignedEnvelope message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: tongbao.envelope.v1.SignedEnvelope.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a SignedEnvelope message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {tongbao.envelope.v1.SignedEnvelope & tongbao.envelope.v1.SignedEnvelope.$Shape} SignedEnvelope
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tongbao.envelope.v1.SignedEnvelope & tongbao.envelope.v1.SignedEnvelope.$Shape;

                /**
                 * Gets the type url for SignedEnvelope
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace SignedEnvelope {

                /** Properties of a SignedEnvelope. */
                interface $Properties {

                    /** Serialised Header. */
                    header?: (Uint8Array|null);

                    /** Serialised family message whose full name is Header.type. */
                    payload?: (Uint8Array|null);

                    /**
                     * Signatures by the source organisation; at least one must verify against a
                     * key that was valid at Header.time.
                     */
                    signatures?: (tongbao.envelope.v1.Signature.$Properties[]|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a SignedEnvelope. */
                type $Shape = tongbao.envelope.v1.SignedEnvelope.$Properties;
            }

            /**
             * Properties of a Header.
             * @deprecated Use tongbao.envelope.v1.Header.$Properties instead.
             */
            interface IHeader extends tongbao.envelope.v1.Header.$Properties {
            }

            /**
             * Routing, marking and integrity facts about one message (信封头). Its attributes
             * map one-to-one onto CloudEvents attributes.
             */
            class Header {

                /**
                 * Constructs a new Header.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: tongbao.envelope.v1.Header.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Message id, a UUIDv7 in canonical text form; also the JetStream Nats-Msg-Id. */
                id: string;

                /** Full protobuf name of the payload message, e.g. "tongbao.bulletin.v1.ThreatBulletin". */
                type: string;

                /** Registry id of the source organisation (发送单位), e.g. "miit". */
                source: string;

                /** When the source created and signed the message (发送时间). */
                time?: (google.protobuf.Timestamp.$Properties|null);

                /** Whether the message is real, a drill or a test; drills never reach live consumers. */
                status: tongbao.envelope.v1.Status;

                /** Sharing and data-level marking (共享标记与数据级别). */
                marking?: (tongbao.envelope.v1.Marking.$Properties|null);

                /**
                 * Registry ids of addressed recipients (接收单位). Empty means broadcast within
                 * what the marking allows; TLP:RED requires at least one.
                 */
                recipients: string[];

                /** Sectors the message concerns, used for broadcast routing. */
                sectors: tongbao.common.v1.Sector[];

                /** Administrative division code the message concerns (GB/T 2260), e.g. "320000". */
                region: string;

                /**
                 * Id shared by all messages of one case or conversation, e.g. an incident and
                 * every report, order, receipt and feedback about it.
                 */
                correlationId: string;

                /** Id of the message that directly caused this one, e.g. the notice a receipt acknowledges. */
                causationId: string;

                /** Earlier messages this one updates, cancels, answers or relates to. */
                references: tongbao.envelope.v1.Reference.$Properties[];

                /**
                 * After this time the content is stale and consumers should not act on it;
                 * unset means it does not expire.
                 */
                expires?: (google.protobuf.Timestamp.$Properties|null);

                /** SHA-256 digest of SignedEnvelope.payload, binding the header to its payload. */
                payloadSha256: Uint8Array;

                /**
                 * Id of the producing service instance. Its messages form one numbered chain per
                 * subject they are published on, so every reader of a subject sees a whole chain.
                 */
                producerId: string;

                /**
                 * Position of this message in the producer's chain on its subject, from 1, no gaps.
                 * Each copy of a fanned-out message is its own envelope with its own position.
                 */
                producerSeq: number;

                /**
                 * Signed digest of the producer's previous message on the same subject; empty when
                 * producer_seq is 1. With producer_seq it lets consumers detect gaps and forks.
                 */
                prevDigest: Uint8Array;

                /**
                 * Creates a new Header instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Header instance
                 */
                static create(properties: tongbao.envelope.v1.Header.$Shape): tongbao.envelope.v1.Header & tongbao.envelope.v1.Header.$Shape;
                static create(properties?: tongbao.envelope.v1.Header.$Properties): tongbao.envelope.v1.Header;

                /**
                 * Encodes the specified Header message. Does not implicitly {@link tongbao.envelope.v1.Header.verify|verify} messages.
                 * @param message Header message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: tongbao.envelope.v1.Header.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Header message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {tongbao.envelope.v1.Header & tongbao.envelope.v1.Header.$Shape} Header
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tongbao.envelope.v1.Header & tongbao.envelope.v1.Header.$Shape;

                /**
                 * Gets the type url for Header
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace Header {

                /** Properties of a Header. */
                interface $Properties {

                    /** Message id, a UUIDv7 in canonical text form; also the JetStream Nats-Msg-Id. */
                    id?: (string|null);

                    /** Full protobuf name of the payload message, e.g. "tongbao.bulletin.v1.ThreatBulletin". */
                    type?: (string|null);

                    /** Registry id of the source organisation (发送单位), e.g. "miit". */
                    source?: (string|null);

                    /** When the source created and signed the message (发送时间). */
                    time?: (google.protobuf.Timestamp.$Properties|null);

                    /** Whether the message is real, a drill or a test; drills never reach live consumers. */
                    status?: (tongbao.envelope.v1.Status|null);

                    /** Sharing and data-level marking (共享标记与数据级别). */
                    marking?: (tongbao.envelope.v1.Marking.$Properties|null);

                    /**
                     * Registry ids of addressed recipients (接收单位). Empty means broadcast within
                     * what the marking allows; TLP:RED requires at least one.
                     */
                    recipients?: (string[]|null);

                    /** Sectors the message concerns, used for broadcast routing. */
                    sectors?: (tongbao.common.v1.Sector[]|null);

                    /** Administrative division code the message concerns (GB/T 2260), e.g. "320000". */
                    region?: (string|null);

                    /**
                     * Id shared by all messages of one case or conversation, e.g. an incident and
                     * every report, order, receipt and feedback about it.
                     */
                    correlationId?: (string|null);

                    /** Id of the message that directly caused this one, e.g. the notice a receipt acknowledges. */
                    causationId?: (string|null);

                    /** Earlier messages this one updates, cancels, answers or relates to. */
                    references?: (tongbao.envelope.v1.Reference.$Properties[]|null);

                    /**
                     * After this time the content is stale and consumers should not act on it;
                     * unset means it does not expire.
                     */
                    expires?: (google.protobuf.Timestamp.$Properties|null);

                    /** SHA-256 digest of SignedEnvelope.payload, binding the header to its payload. */
                    payloadSha256?: (Uint8Array|null);

                    /**
                     * Id of the producing service instance. Its messages form one numbered chain per
                     * subject they are published on, so every reader of a subject sees a whole chain.
                     */
                    producerId?: (string|null);

                    /**
                     * Position of this message in the producer's chain on its subject, from 1, no gaps.
                     * Each copy of a fanned-out message is its own envelope with its own position.
                     */
                    producerSeq?: (number|null);

                    /**
                     * Signed digest of the producer's previous message on the same subject; empty when
                     * producer_seq is 1. With producer_seq it lets consumers detect gaps and forks.
                     */
                    prevDigest?: (Uint8Array|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a Header. */
                type $Shape = tongbao.envelope.v1.Header.$Properties;
            }

            /** Status of a message (消息状态), as in CAP. */
            enum Status {

                /** Not set; such a message is rejected. */
                STATUS_UNSPECIFIED = 0,

                /** Real traffic to be acted on (实际). */
                STATUS_LIVE = 1,

                /** An exercise or drill (演练); kept on separate subjects and streams. */
                STATUS_EXERCISE = 2,

                /** A technical test (测试), to be ignored by people. */
                STATUS_TEST = 3
            }

            /**
             * Properties of a Marking.
             * @deprecated Use tongbao.envelope.v1.Marking.$Properties instead.
             */
            interface IMarking extends tongbao.envelope.v1.Marking.$Properties {
            }

            /** Marking that decides who may receive a message (共享标记). */
            class Marking {

                /**
                 * Constructs a new Marking.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: tongbao.envelope.v1.Marking.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Traffic Light Protocol 2.0 sharing level. */
                tlp: tongbao.common.v1.Tlp;

                /** Highest data level contained in the message. */
                dataLevel: tongbao.common.v1.DataLevel;

                /**
                 * Creates a new Marking instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Marking instance
                 */
                static create(properties: tongbao.envelope.v1.Marking.$Shape): tongbao.envelope.v1.Marking & tongbao.envelope.v1.Marking.$Shape;
                static create(properties?: tongbao.envelope.v1.Marking.$Properties): tongbao.envelope.v1.Marking;

                /**
                 * Encodes the specified Marking message. Does not implicitly {@link tongbao.envelope.v1.Marking.verify|verify} messages.
                 * @param message Marking message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: tongbao.envelope.v1.Marking.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Marking message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {tongbao.envelope.v1.Marking & tongbao.envelope.v1.Marking.$Shape} Marking
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tongbao.envelope.v1.Marking & tongbao.envelope.v1.Marking.$Shape;

                /**
                 * Gets the type url for Marking
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace Marking {

                /** Properties of a Marking. */
                interface $Properties {

                    /** Traffic Light Protocol 2.0 sharing level. */
                    tlp?: (tongbao.common.v1.Tlp|null);

                    /** Highest data level contained in the message. */
                    dataLevel?: (tongbao.common.v1.DataLevel|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a Marking. */
                type $Shape = tongbao.envelope.v1.Marking.$Properties;
            }

            /**
             * Properties of a Reference.
             * @deprecated Use tongbao.envelope.v1.Reference.$Properties instead.
             */
            interface IReference extends tongbao.envelope.v1.Reference.$Properties {
            }

            /** A link to an earlier message (关联消息), as in CAP references. */
            class Reference {

                /**
                 * Constructs a new Reference.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: tongbao.envelope.v1.Reference.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Header.id of the referenced message. */
                id: string;

                /** How this message relates to the referenced one. */
                kind: tongbao.envelope.v1.ReferenceKind;

                /** Header.type of the referenced message. */
                type: string;

                /** Header.source of the referenced message. */
                source: string;

                /** Signed digest of the referenced message, pinning the exact version; may be empty. */
                digest: Uint8Array;

                /**
                 * Creates a new Reference instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Reference instance
                 */
                static create(properties: tongbao.envelope.v1.Reference.$Shape): tongbao.envelope.v1.Reference & tongbao.envelope.v1.Reference.$Shape;
                static create(properties?: tongbao.envelope.v1.Reference.$Properties): tongbao.envelope.v1.Reference;

                /**
                 * Encodes the specified Reference message. Does not implicitly {@link tongbao.envelope.v1.Reference.verify|verify} messages.
                 * @param message Reference message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: tongbao.envelope.v1.Reference.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Reference message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {tongbao.envelope.v1.Reference & tongbao.envelope.v1.Reference.$Shape} Reference
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tongbao.envelope.v1.Reference & tongbao.envelope.v1.Reference.$Shape;

                /**
                 * Gets the type url for Reference
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace Reference {

                /** Properties of a Reference. */
                interface $Properties {

                    /** Header.id of the referenced message. */
                    id?: (string|null);

                    /** How this message relates to the referenced one. */
                    kind?: (tongbao.envelope.v1.ReferenceKind|null);

                    /** Header.type of the referenced message. */
                    type?: (string|null);

                    /** Header.source of the referenced message. */
                    source?: (string|null);

                    /** Signed digest of the referenced message, pinning the exact version; may be empty. */
                    digest?: (Uint8Array|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a Reference. */
                type $Shape = tongbao.envelope.v1.Reference.$Properties;
            }

            /** How a message relates to one it references. */
            enum ReferenceKind {

                /** Not set. */
                REFERENCE_KIND_UNSPECIFIED = 0,

                /** This message replaces the referenced one (更新); only its source may update it. */
                REFERENCE_KIND_UPDATE = 1,

                /** This message withdraws the referenced one (撤销); only its source may cancel it. */
                REFERENCE_KIND_CANCEL = 2,

                /** This message answers the referenced one (回复), e.g. a receipt or feedback. */
                REFERENCE_KIND_REPLY = 3,

                /**
                 * This message forwards the referenced one to further recipients (转报), e.g. a
                 * provincial authority passing an enterprise's incident report to miit.
                 */
                REFERENCE_KIND_FORWARD = 4,

                /** The referenced message is related background (参见). */
                REFERENCE_KIND_RELATED = 5
            }

            /**
             * Properties of a Signature.
             * @deprecated Use tongbao.envelope.v1.Signature.$Properties instead.
             */
            interface ISignature extends tongbao.envelope.v1.Signature.$Properties {
            }

            /**
             * A signature (签名). A producer signs many messages at once: it builds a Merkle tree
             * (RFC 6962 hashing: SHA-256, leaf prefix 0x00, node prefix 0x01) over the signed
             * digests of a batch of messages and signs the root once. Each envelope carries that
             * one signature plus its own inclusion path, so it still verifies on its own, while a
             * consumer checks one signature per batch and only hashes for the rest. A batch of one
             * has an empty path and its root is the leaf hash. The signed digest of a message is
             * SHA-256 over a domain-separated, length-prefixed concatenation of the exact header
             * and payload bytes; the signature covers a domain-separated encoding of the root.
             */
            class Signature {

                /**
                 * Constructs a new Signature.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: tongbao.envelope.v1.Signature.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Registry id of the signing key. */
                keyId: string;

                /** Signature algorithm; must match the registered key. */
                algorithm: tongbao.envelope.v1.SignatureAlgorithm;

                /** The signature bytes, over the batch's Merkle root. */
                value: Uint8Array;

                /** Sibling hashes from this message's leaf up to the root, lowest level first. */
                merklePath: Uint8Array[];

                /** Position of this message's leaf in the batch, from 0. */
                leafIndex: number;

                /** Number of leaves (messages) in the batch; at least 1. */
                leafCount: number;

                /**
                 * Creates a new Signature instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Signature instance
                 */
                static create(properties: tongbao.envelope.v1.Signature.$Shape): tongbao.envelope.v1.Signature & tongbao.envelope.v1.Signature.$Shape;
                static create(properties?: tongbao.envelope.v1.Signature.$Properties): tongbao.envelope.v1.Signature;

                /**
                 * Encodes the specified Signature message. Does not implicitly {@link tongbao.envelope.v1.Signature.verify|verify} messages.
                 * @param message Signature message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: tongbao.envelope.v1.Signature.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Signature message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {tongbao.envelope.v1.Signature & tongbao.envelope.v1.Signature.$Shape} Signature
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tongbao.envelope.v1.Signature & tongbao.envelope.v1.Signature.$Shape;

                /**
                 * Gets the type url for Signature
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace Signature {

                /** Properties of a Signature. */
                interface $Properties {

                    /** Registry id of the signing key. */
                    keyId?: (string|null);

                    /** Signature algorithm; must match the registered key. */
                    algorithm?: (tongbao.envelope.v1.SignatureAlgorithm|null);

                    /** The signature bytes, over the batch's Merkle root. */
                    value?: (Uint8Array|null);

                    /** Sibling hashes from this message's leaf up to the root, lowest level first. */
                    merklePath?: (Uint8Array[]|null);

                    /** Position of this message's leaf in the batch, from 0. */
                    leafIndex?: (number|null);

                    /** Number of leaves (messages) in the batch; at least 1. */
                    leafCount?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a Signature. */
                type $Shape = tongbao.envelope.v1.Signature.$Properties;
            }

            /** Signature algorithm (签名算法). */
            enum SignatureAlgorithm {

                /** Not set; such a signature is rejected. */
                SIGNATURE_ALGORITHM_UNSPECIFIED = 0,

                /** Ed25519 (RFC 8032), the default. */
                SIGNATURE_ALGORITHM_ED25519 = 1,

                /**
                 * SM2 signature with SM3 digest (GB/T 32918, GB/T 32905), for deployments that
                 * require commercial cryptography (商用密码).
                 */
                SIGNATURE_ALGORITHM_SM2_SM3 = 2
            }

            /**
             * Properties of a SealedPayload.
             * @deprecated Use tongbao.envelope.v1.SealedPayload.$Properties instead.
             */
            interface ISealedPayload extends tongbao.envelope.v1.SealedPayload.$Properties {
            }

            /**
             * A payload encrypted to the named recipients (加密载荷). A random content key encrypts
             * the family message once; for each recipient the content key is wrapped under a key
             * derived (HKDF) from an X25519 agreement between ephemeral_public_key and the
             * recipient's registered encryption key. Header.id is the associated data of every
             * encryption, so a ciphertext lifted into another message does not open. The envelope
             * signature covers these bytes; Header.payload_sha256 is their digest.
             */
            class SealedPayload {

                /**
                 * Constructs a new SealedPayload.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: tongbao.envelope.v1.SealedPayload.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Cipher suite of the content and of the key wrapping. */
                suite: tongbao.envelope.v1.RedSuite;

                /** The sender's per-message X25519 public key, 32 bytes. */
                ephemeralPublicKey: Uint8Array;

                /** Nonce of the content encryption. */
                nonce: Uint8Array;

                /** The encrypted family message with its authentication tag. */
                ciphertext: Uint8Array;

                /** The content key wrapped for each recipient, one entry per Header.recipients entry. */
                recipients: tongbao.envelope.v1.WrappedKey.$Properties[];

                /**
                 * Creates a new SealedPayload instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns SealedPayload instance
                 */
                static create(properties: tongbao.envelope.v1.SealedPayload.$Shape): tongbao.envelope.v1.SealedPayload & tongbao.envelope.v1.SealedPayload.$Shape;
                static create(properties?: tongbao.envelope.v1.SealedPayload.$Properties): tongbao.envelope.v1.SealedPayload;

                /**
                 * Encodes the specified SealedPayload message. Does not implicitly {@link tongbao.envelope.v1.SealedPayload.verify|verify} messages.
                 * @param message SealedPayload message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: tongbao.envelope.v1.SealedPayload.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a SealedPayload message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {tongbao.envelope.v1.SealedPayload & tongbao.envelope.v1.SealedPayload.$Shape} SealedPayload
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tongbao.envelope.v1.SealedPayload & tongbao.envelope.v1.SealedPayload.$Shape;

                /**
                 * Gets the type url for SealedPayload
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace SealedPayload {

                /** Properties of a SealedPayload. */
                interface $Properties {

                    /** Cipher suite of the content and of the key wrapping. */
                    suite?: (tongbao.envelope.v1.RedSuite|null);

                    /** The sender's per-message X25519 public key, 32 bytes. */
                    ephemeralPublicKey?: (Uint8Array|null);

                    /** Nonce of the content encryption. */
                    nonce?: (Uint8Array|null);

                    /** The encrypted family message with its authentication tag. */
                    ciphertext?: (Uint8Array|null);

                    /** The content key wrapped for each recipient, one entry per Header.recipients entry. */
                    recipients?: (tongbao.envelope.v1.WrappedKey.$Properties[]|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a SealedPayload. */
                type $Shape = tongbao.envelope.v1.SealedPayload.$Properties;
            }

            /**
             * Properties of a WrappedKey.
             * @deprecated Use tongbao.envelope.v1.WrappedKey.$Properties instead.
             */
            interface IWrappedKey extends tongbao.envelope.v1.WrappedKey.$Properties {
            }

            /** The content key as one recipient opens it (接收方密钥封装). */
            class WrappedKey {

                /**
                 * Constructs a new WrappedKey.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: tongbao.envelope.v1.WrappedKey.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Registry id of the recipient organisation. */
                orgId: string;

                /** Registry id of the recipient's encryption key it was wrapped for. */
                keyId: string;

                /** Nonce of the wrapping. */
                nonce: Uint8Array;

                /** The wrapped content key with its authentication tag. */
                wrappedKey: Uint8Array;

                /**
                 * Creates a new WrappedKey instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns WrappedKey instance
                 */
                static create(properties: tongbao.envelope.v1.WrappedKey.$Shape): tongbao.envelope.v1.WrappedKey & tongbao.envelope.v1.WrappedKey.$Shape;
                static create(properties?: tongbao.envelope.v1.WrappedKey.$Properties): tongbao.envelope.v1.WrappedKey;

                /**
                 * Encodes the specified WrappedKey message. Does not implicitly {@link tongbao.envelope.v1.WrappedKey.verify|verify} messages.
                 * @param message WrappedKey message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: tongbao.envelope.v1.WrappedKey.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a WrappedKey message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {tongbao.envelope.v1.WrappedKey & tongbao.envelope.v1.WrappedKey.$Shape} WrappedKey
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tongbao.envelope.v1.WrappedKey & tongbao.envelope.v1.WrappedKey.$Shape;

                /**
                 * Gets the type url for WrappedKey
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace WrappedKey {

                /** Properties of a WrappedKey. */
                interface $Properties {

                    /** Registry id of the recipient organisation. */
                    orgId?: (string|null);

                    /** Registry id of the recipient's encryption key it was wrapped for. */
                    keyId?: (string|null);

                    /** Nonce of the wrapping. */
                    nonce?: (Uint8Array|null);

                    /** The wrapped content key with its authentication tag. */
                    wrappedKey?: (Uint8Array|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a WrappedKey. */
                type $Shape = tongbao.envelope.v1.WrappedKey.$Properties;
            }

            /** Cipher suite of a sealed payload (加密套件). */
            enum RedSuite {

                /** Not set; such a payload is rejected. */
                RED_SUITE_UNSPECIFIED = 0,

                /** X25519, HKDF-SHA-256, AES-256-GCM. */
                RED_SUITE_X25519_AES_256_GCM = 1,

                /** X25519, HKDF-SM3, SM4-CTR with an HMAC-SM3 tag (encrypt-then-MAC), the 国密 suite. */
                RED_SUITE_X25519_SM4_CTR_HMAC_SM3 = 2
            }
        }
    }

    /** Namespace exposure. */
    namespace exposure {

        /** Namespace v1. */
        namespace v1 {

            /**
             * Properties of an ExposureFinding.
             * @deprecated Use tongbao.exposure.v1.ExposureFinding.$Properties instead.
             */
            interface IExposureFinding extends tongbao.exposure.v1.ExposureFinding.$Properties {
            }

            /**
             * An industrial system or device reachable from the public internet, sent to
             * the owner's supervising authority and to MIIT. Rectification notices refer to
             * it by its Header.id.
             */
            class ExposureFinding {

                /**
                 * Constructs a new ExposureFinding.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: tongbao.exposure.v1.ExposureFinding.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Public IPv4 or IPv6 address (IP地址). */
                ip: string;

                /** Port number (端口). */
                port: number;

                /** Transport protocol (传输层协议). */
                transport: tongbao.exposure.v1.TransportProtocol;

                /**
                 * Application or industrial protocol in lower case (应用协议), e.g. "modbus",
                 * "s7comm", "iec104", "dnp3", "opcua", "bacnet", "http".
                 */
                protocol: string;

                /** Kind of device or system (设备类型). */
                deviceType: tongbao.common.v1.AssetType;

                /** Vendor identified from the response (厂商). */
                vendor: string;

                /** Product or model identified (产品型号). */
                product: string;

                /** Firmware or software version identified (版本). */
                version: string;

                /** Administrative division code where the address is located (GB/T 2260). */
                locationRegion: string;

                /** Network operator holding the address (网络运营者), e.g. the basic telecom enterprise. */
                networkOperator: string;

                /** The owner, if identified (设备归属单位); unset when unknown. */
                owner?: (tongbao.common.v1.Enterprise.$Properties|null);

                /** Risk level of the exposure (风险等级). */
                riskLevel: tongbao.common.v1.Severity;

                /** The risk in words (风险描述), e.g. "unauthenticated write access to coils". */
                riskDescription: string;

                /** Known vulnerabilities matched to the identified version (CVE or CNVD ids). */
                vulnerabilityIds: string[];

                /** When the exposure was first observed (首次发现时间). */
                firstSeenTime?: (google.protobuf.Timestamp.$Properties|null);

                /** When it was last observed (最近发现时间). */
                lastSeenTime?: (google.protobuf.Timestamp.$Properties|null);

                /** Response captured from the service, possibly truncated (探测响应). */
                banner: Uint8Array;

                /**
                 * Creates a new ExposureFinding instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns ExposureFinding instance
                 */
                static create(properties: tongbao.exposure.v1.ExposureFinding.$Shape): tongbao.exposure.v1.ExposureFinding & tongbao.exposure.v1.ExposureFinding.$Shape;
                static create(properties?: tongbao.exposure.v1.ExposureFinding.$Properties): tongbao.exposure.v1.ExposureFinding;

                /**
                 * Encodes the specified ExposureFinding message. Does not implicitly {@link tongbao.exposure.v1.ExposureFinding.verify|verify} messages.
                 * @param message ExposureFinding message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: tongbao.exposure.v1.ExposureFinding.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an ExposureFinding message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {tongbao.exposure.v1.ExposureFinding & tongbao.exposure.v1.ExposureFinding.$Shape} ExposureFinding
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tongbao.exposure.v1.ExposureFinding & tongbao.exposure.v1.ExposureFinding.$Shape;

                /**
                 * Gets the type url for ExposureFinding
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace ExposureFinding {

                /** Properties of an ExposureFinding. */
                interface $Properties {

                    /** Public IPv4 or IPv6 address (IP地址). */
                    ip?: (string|null);

                    /** Port number (端口). */
                    port?: (number|null);

                    /** Transport protocol (传输层协议). */
                    transport?: (tongbao.exposure.v1.TransportProtocol|null);

                    /**
                     * Application or industrial protocol in lower case (应用协议), e.g. "modbus",
                     * "s7comm", "iec104", "dnp3", "opcua", "bacnet", "http".
                     */
                    protocol?: (string|null);

                    /** Kind of device or system (设备类型). */
                    deviceType?: (tongbao.common.v1.AssetType|null);

                    /** Vendor identified from the response (厂商). */
                    vendor?: (string|null);

                    /** Product or model identified (产品型号). */
                    product?: (string|null);

                    /** Firmware or software version identified (版本). */
                    version?: (string|null);

                    /** Administrative division code where the address is located (GB/T 2260). */
                    locationRegion?: (string|null);

                    /** Network operator holding the address (网络运营者), e.g. the basic telecom enterprise. */
                    networkOperator?: (string|null);

                    /** The owner, if identified (设备归属单位); unset when unknown. */
                    owner?: (tongbao.common.v1.Enterprise.$Properties|null);

                    /** Risk level of the exposure (风险等级). */
                    riskLevel?: (tongbao.common.v1.Severity|null);

                    /** The risk in words (风险描述), e.g. "unauthenticated write access to coils". */
                    riskDescription?: (string|null);

                    /** Known vulnerabilities matched to the identified version (CVE or CNVD ids). */
                    vulnerabilityIds?: (string[]|null);

                    /** When the exposure was first observed (首次发现时间). */
                    firstSeenTime?: (google.protobuf.Timestamp.$Properties|null);

                    /** When it was last observed (最近发现时间). */
                    lastSeenTime?: (google.protobuf.Timestamp.$Properties|null);

                    /** Response captured from the service, possibly truncated (探测响应). */
                    banner?: (Uint8Array|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an ExposureFinding. */
                type $Shape = tongbao.exposure.v1.ExposureFinding.$Properties;
            }

            /** Transport-layer protocol (传输层协议). */
            enum TransportProtocol {

                /** Not set. */
                TRANSPORT_PROTOCOL_UNSPECIFIED = 0,

                /** TCP. */
                TRANSPORT_PROTOCOL_TCP = 1,

                /** UDP. */
                TRANSPORT_PROTOCOL_UDP = 2
            }
        }
    }

    /** Namespace feedback. */
    namespace feedback {

        /** Namespace v1. */
        namespace v1 {

            /**
             * Properties of a HandlingFeedback.
             * @deprecated Use tongbao.feedback.v1.HandlingFeedback.$Properties instead.
             */
            interface IHandlingFeedback extends tongbao.feedback.v1.HandlingFeedback.$Properties {
            }

            /**
             * Progress report on handling one message. Several may be sent; the latest one
             * per message_id and source states the current status.
             */
            class HandlingFeedback {

                /**
                 * Constructs a new HandlingFeedback.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: tongbao.feedback.v1.HandlingFeedback.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Header.id of the message being answered, e.g. a RectificationNotice. */
                messageId: string;

                /** Handling status (处置状态). */
                status: tongbao.feedback.v1.HandlingStatus;

                /** Actions taken so far (已采取的措施). */
                actionsTaken: tongbao.feedback.v1.ActionTaken.$Properties[];

                /** Evidence of the actions (佐证材料), e.g. scan results after patching. */
                evidence: tongbao.common.v1.Attachment.$Properties[];

                /** Risk remaining after the actions (剩余风险等级). */
                residualRiskLevel: tongbao.common.v1.Severity;

                /** Remaining risk in words (剩余风险说明). */
                residualRisk: string;

                /** For HANDLING_STATUS_IN_PROGRESS, when completion is expected (预计完成时间). */
                expectedCompletionTime?: (google.protobuf.Timestamp.$Properties|null);

                /** For HANDLING_STATUS_CANNOT_COMPLY, why not and what is proposed instead (无法落实的原因). */
                cannotComplyReason: string;

                /** Person accountable for the handling (责任人). */
                accountablePerson?: (tongbao.common.v1.Person.$Properties|null);

                /**
                 * Creates a new HandlingFeedback instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns HandlingFeedback instance
                 */
                static create(properties: tongbao.feedback.v1.HandlingFeedback.$Shape): tongbao.feedback.v1.HandlingFeedback & tongbao.feedback.v1.HandlingFeedback.$Shape;
                static create(properties?: tongbao.feedback.v1.HandlingFeedback.$Properties): tongbao.feedback.v1.HandlingFeedback;

                /**
                 * Encodes the specified HandlingFeedback message. Does not implicitly {@link tongbao.feedback.v1.HandlingFeedback.verify|verify} messages.
                 * @param message HandlingFeedback message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: tongbao.feedback.v1.HandlingFeedback.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a HandlingFeedback message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {tongbao.feedback.v1.HandlingFeedback & tongbao.feedback.v1.HandlingFeedback.$Shape} HandlingFeedback
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tongbao.feedback.v1.HandlingFeedback & tongbao.feedback.v1.HandlingFeedback.$Shape;

                /**
                 * Gets the type url for HandlingFeedback
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace HandlingFeedback {

                /** Properties of a HandlingFeedback. */
                interface $Properties {

                    /** Header.id of the message being answered, e.g. a RectificationNotice. */
                    messageId?: (string|null);

                    /** Handling status (处置状态). */
                    status?: (tongbao.feedback.v1.HandlingStatus|null);

                    /** Actions taken so far (已采取的措施). */
                    actionsTaken?: (tongbao.feedback.v1.ActionTaken.$Properties[]|null);

                    /** Evidence of the actions (佐证材料), e.g. scan results after patching. */
                    evidence?: (tongbao.common.v1.Attachment.$Properties[]|null);

                    /** Risk remaining after the actions (剩余风险等级). */
                    residualRiskLevel?: (tongbao.common.v1.Severity|null);

                    /** Remaining risk in words (剩余风险说明). */
                    residualRisk?: (string|null);

                    /** For HANDLING_STATUS_IN_PROGRESS, when completion is expected (预计完成时间). */
                    expectedCompletionTime?: (google.protobuf.Timestamp.$Properties|null);

                    /** For HANDLING_STATUS_CANNOT_COMPLY, why not and what is proposed instead (无法落实的原因). */
                    cannotComplyReason?: (string|null);

                    /** Person accountable for the handling (责任人). */
                    accountablePerson?: (tongbao.common.v1.Person.$Properties|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a HandlingFeedback. */
                type $Shape = {
                  messageId?: string|null;
                  status?: tongbao.feedback.v1.HandlingStatus|null;
                  actionsTaken?: tongbao.feedback.v1.ActionTaken.$Shape[]|null;
                  evidence?: tongbao.common.v1.Attachment.$Shape[]|null;
                  residualRiskLevel?: tongbao.common.v1.Severity|null;
                  residualRisk?: string|null;
                  expectedCompletionTime?: google.protobuf.Timestamp.$Shape|null;
                  cannotComplyReason?: string|null;
                  accountablePerson?: tongbao.common.v1.Person.$Shape|null;
                  $unknowns?: Uint8Array[];
                };
            }

            /** Status of handling (处置状态). */
            enum HandlingStatus {

                /** Not set. */
                HANDLING_STATUS_UNSPECIFIED = 0,

                /** Under way (处置中). */
                HANDLING_STATUS_IN_PROGRESS = 1,

                /** Completed (已完成). */
                HANDLING_STATUS_DONE = 2,

                /** Cannot be done as required (无法落实). */
                HANDLING_STATUS_CANNOT_COMPLY = 3
            }

            /**
             * Properties of an ActionTaken.
             * @deprecated Use tongbao.feedback.v1.ActionTaken.$Properties instead.
             */
            interface IActionTaken extends tongbao.feedback.v1.ActionTaken.$Properties {
            }

            /** One action taken (处置措施). */
            class ActionTaken {

                /**
                 * Constructs a new ActionTaken.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: tongbao.feedback.v1.ActionTaken.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** The action in words. */
                description: string;

                /** When it was completed; unset if still under way. */
                completedTime?: (google.protobuf.Timestamp.$Properties|null);

                /**
                 * Creates a new ActionTaken instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns ActionTaken instance
                 */
                static create(properties: tongbao.feedback.v1.ActionTaken.$Shape): tongbao.feedback.v1.ActionTaken & tongbao.feedback.v1.ActionTaken.$Shape;
                static create(properties?: tongbao.feedback.v1.ActionTaken.$Properties): tongbao.feedback.v1.ActionTaken;

                /**
                 * Encodes the specified ActionTaken message. Does not implicitly {@link tongbao.feedback.v1.ActionTaken.verify|verify} messages.
                 * @param message ActionTaken message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: tongbao.feedback.v1.ActionTaken.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an ActionTaken message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {tongbao.feedback.v1.ActionTaken & tongbao.feedback.v1.ActionTaken.$Shape} ActionTaken
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tongbao.feedback.v1.ActionTaken & tongbao.feedback.v1.ActionTaken.$Shape;

                /**
                 * Gets the type url for ActionTaken
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace ActionTaken {

                /** Properties of an ActionTaken. */
                interface $Properties {

                    /** The action in words. */
                    description?: (string|null);

                    /** When it was completed; unset if still under way. */
                    completedTime?: (google.protobuf.Timestamp.$Properties|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an ActionTaken. */
                type $Shape = tongbao.feedback.v1.ActionTaken.$Properties;
            }
        }
    }

    /** Namespace incident. */
    namespace incident {

        /** Namespace v1. */
        namespace v1 {

            /**
             * Properties of an IncidentReport.
             * @deprecated Use tongbao.incident.v1.IncidentReport.$Properties instead.
             */
            interface IIncidentReport extends tongbao.incident.v1.IncidentReport.$Properties {
            }

            /**
             * One report about a network security incident. Routing follows the facts here:
             * grade I and II escalate at once, a production-safety accident also goes to mem,
             * a central SOE's incident also to sasac, and every incident to the sector's
             * department. Reporting deadlines are configuration, not part of the schema.
             */
            class IncidentReport {

                /**
                 * Constructs a new IncidentReport.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: tongbao.incident.v1.IncidentReport.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Phase of this report (报告阶段). */
                phase: tongbao.common.v1.ReportPhase;

                /**
                 * Id shared by every report on this incident (事件编号): the Header.id of the
                 * initial report unless the reporter has its own numbering.
                 */
                incidentId: string;

                /** Short title (事件名称). */
                title: string;

                /** What happened, in words (事件概况). */
                summary: string;

                /** Grade (事件级别); INCIDENT_GRADE_UNGRADED when not yet determined. */
                grade: tongbao.common.v1.IncidentGrade;

                /** Category under GB/T 20986-2023 (事件类别). */
                category: tongbao.common.v1.IncidentCategory;

                /** Subcategory under GB/T 20986-2023, e.g. "勒索软件事件"; may be empty. */
                subcategory: string;

                /** When the incident began, as far as known (发生时间). */
                occurredTime?: (google.protobuf.Timestamp.$Properties|null);

                /** When the reporter discovered it (发现时间); reporting deadlines run from here. */
                discoveredTime?: (google.protobuf.Timestamp.$Properties|null);

                /**
                 * When the incident was brought under control or ended (处置完成时间); unset
                 * while ongoing.
                 */
                resolvedTime?: (google.protobuf.Timestamp.$Properties|null);

                /** The affected system, device, platform or data (受影响对象). */
                affectedObject: string;

                /** Sectors and regions affected (影响范围). */
                scope?: (tongbao.common.v1.Scope.$Properties|null);

                /** Harm caused or threatened (危害程度). */
                harm: string;

                /** Measures already taken, one per entry (已采取的措施). */
                measuresTaken: string[];

                /** Next steps proposed or help requested, one per entry (下一步工作建议). */
                recommendations: string[];

                /** Whether critical information infrastructure is affected (是否涉及关键信息基础设施). */
                criticalInfrastructure: boolean;

                /** Highest data level affected (涉及数据级别); unspecified if no data is affected. */
                dataLevelAffected: tongbao.common.v1.DataLevel;

                /** Number of records leaked, tampered with or lost (泄露数据条数). */
                recordsLeaked: number;

                /** Number of people affected (影响人数). */
                peopleAffected: number;

                /** Hours of interruption of service or production (中断时长, 小时). */
                outageHours: number;

                /** Direct economic loss in yuan (直接经济损失, 元). */
                economicLossYuan: number;

                /**
                 * Whether the incident caused or may cause a production-safety accident
                 * (是否引发安全生产事故); if so the report also goes to mem.
                 */
                productionSafetyAccident: boolean;

                /**
                 * Whether the incident caused or may cause an environmental emergency
                 * (是否引发突发环境事件); if so the report also goes to mee.
                 */
                environmentalEmergency: boolean;

                /** The enterprise operating the affected system (事发单位), normally also the reporter. */
                reportingEnterprise?: (tongbao.common.v1.Enterprise.$Properties|null);

                /** Person responsible for the report (报告人). */
                contact?: (tongbao.common.v1.Person.$Properties|null);

                /** Cause as determined, usually in the final report (原因分析). */
                causeAnalysis: string;

                /**
                 * Responsibility findings and accountability measures, usually in the final
                 * report (责任认定及问责情况).
                 */
                accountability: string;

                /** Indicators observed during the incident (威胁指标). */
                indicators: tongbao.common.v1.Indicator.$Properties[];

                /** Supporting documents and evidence (附件). */
                attachments: tongbao.common.v1.Attachment.$Properties[];

                /**
                 * Creates a new IncidentReport instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns IncidentReport instance
                 */
                static create(properties: tongbao.incident.v1.IncidentReport.$Shape): tongbao.incident.v1.IncidentReport & tongbao.incident.v1.IncidentReport.$Shape;
                static create(properties?: tongbao.incident.v1.IncidentReport.$Properties): tongbao.incident.v1.IncidentReport;

                /**
                 * Encodes the specified IncidentReport message. Does not implicitly {@link tongbao.incident.v1.IncidentReport.verify|verify} messages.
                 * @param message IncidentReport message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: tongbao.incident.v1.IncidentReport.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an IncidentReport message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {tongbao.incident.v1.IncidentReport & tongbao.incident.v1.IncidentReport.$Shape} IncidentReport
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tongbao.incident.v1.IncidentReport & tongbao.incident.v1.IncidentReport.$Shape;

                /**
                 * Gets the type url for IncidentReport
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace IncidentReport {

                /** Properties of an IncidentReport. */
                interface $Properties {

                    /** Phase of this report (报告阶段). */
                    phase?: (tongbao.common.v1.ReportPhase|null);

                    /**
                     * Id shared by every report on this incident (事件编号): the Header.id of the
                     * initial report unless the reporter has its own numbering.
                     */
                    incidentId?: (string|null);

                    /** Short title (事件名称). */
                    title?: (string|null);

                    /** What happened, in words (事件概况). */
                    summary?: (string|null);

                    /** Grade (事件级别); INCIDENT_GRADE_UNGRADED when not yet determined. */
                    grade?: (tongbao.common.v1.IncidentGrade|null);

                    /** Category under GB/T 20986-2023 (事件类别). */
                    category?: (tongbao.common.v1.IncidentCategory|null);

                    /** Subcategory under GB/T 20986-2023, e.g. "勒索软件事件"; may be empty. */
                    subcategory?: (string|null);

                    /** When the incident began, as far as known (发生时间). */
                    occurredTime?: (google.protobuf.Timestamp.$Properties|null);

                    /** When the reporter discovered it (发现时间); reporting deadlines run from here. */
                    discoveredTime?: (google.protobuf.Timestamp.$Properties|null);

                    /**
                     * When the incident was brought under control or ended (处置完成时间); unset
                     * while ongoing.
                     */
                    resolvedTime?: (google.protobuf.Timestamp.$Properties|null);

                    /** The affected system, device, platform or data (受影响对象). */
                    affectedObject?: (string|null);

                    /** Sectors and regions affected (影响范围). */
                    scope?: (tongbao.common.v1.Scope.$Properties|null);

                    /** Harm caused or threatened (危害程度). */
                    harm?: (string|null);

                    /** Measures already taken, one per entry (已采取的措施). */
                    measuresTaken?: (string[]|null);

                    /** Next steps proposed or help requested, one per entry (下一步工作建议). */
                    recommendations?: (string[]|null);

                    /** Whether critical information infrastructure is affected (是否涉及关键信息基础设施). */
                    criticalInfrastructure?: (boolean|null);

                    /** Highest data level affected (涉及数据级别); unspecified if no data is affected. */
                    dataLevelAffected?: (tongbao.common.v1.DataLevel|null);

                    /** Number of records leaked, tampered with or lost (泄露数据条数). */
                    recordsLeaked?: (number|null);

                    /** Number of people affected (影响人数). */
                    peopleAffected?: (number|null);

                    /** Hours of interruption of service or production (中断时长, 小时). */
                    outageHours?: (number|null);

                    /** Direct economic loss in yuan (直接经济损失, 元). */
                    economicLossYuan?: (number|null);

                    /**
                     * Whether the incident caused or may cause a production-safety accident
                     * (是否引发安全生产事故); if so the report also goes to mem.
                     */
                    productionSafetyAccident?: (boolean|null);

                    /**
                     * Whether the incident caused or may cause an environmental emergency
                     * (是否引发突发环境事件); if so the report also goes to mee.
                     */
                    environmentalEmergency?: (boolean|null);

                    /** The enterprise operating the affected system (事发单位), normally also the reporter. */
                    reportingEnterprise?: (tongbao.common.v1.Enterprise.$Properties|null);

                    /** Person responsible for the report (报告人). */
                    contact?: (tongbao.common.v1.Person.$Properties|null);

                    /** Cause as determined, usually in the final report (原因分析). */
                    causeAnalysis?: (string|null);

                    /**
                     * Responsibility findings and accountability measures, usually in the final
                     * report (责任认定及问责情况).
                     */
                    accountability?: (string|null);

                    /** Indicators observed during the incident (威胁指标). */
                    indicators?: (tongbao.common.v1.Indicator.$Properties[]|null);

                    /** Supporting documents and evidence (附件). */
                    attachments?: (tongbao.common.v1.Attachment.$Properties[]|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an IncidentReport. */
                type $Shape = {
                  phase?: tongbao.common.v1.ReportPhase|null;
                  incidentId?: string|null;
                  title?: string|null;
                  summary?: string|null;
                  grade?: tongbao.common.v1.IncidentGrade|null;
                  category?: tongbao.common.v1.IncidentCategory|null;
                  subcategory?: string|null;
                  occurredTime?: google.protobuf.Timestamp.$Shape|null;
                  discoveredTime?: google.protobuf.Timestamp.$Shape|null;
                  resolvedTime?: google.protobuf.Timestamp.$Shape|null;
                  affectedObject?: string|null;
                  scope?: tongbao.common.v1.Scope.$Shape|null;
                  harm?: string|null;
                  measuresTaken?: string[]|null;
                  recommendations?: string[]|null;
                  criticalInfrastructure?: boolean|null;
                  dataLevelAffected?: tongbao.common.v1.DataLevel|null;
                  recordsLeaked?: number|null;
                  peopleAffected?: number|null;
                  outageHours?: number|null;
                  economicLossYuan?: number|null;
                  productionSafetyAccident?: boolean|null;
                  environmentalEmergency?: boolean|null;
                  reportingEnterprise?: tongbao.common.v1.Enterprise.$Shape|null;
                  contact?: tongbao.common.v1.Person.$Shape|null;
                  causeAnalysis?: string|null;
                  accountability?: string|null;
                  indicators?: tongbao.common.v1.Indicator.$Shape[]|null;
                  attachments?: tongbao.common.v1.Attachment.$Shape[]|null;
                  $unknowns?: Uint8Array[];
                };
            }
        }
    }

    /** Namespace inspection. */
    namespace inspection {

        /** Namespace v1. */
        namespace v1 {

            /**
             * Properties of an InspectionResult.
             * @deprecated Use tongbao.inspection.v1.InspectionResult.$Properties instead.
             */
            interface IInspectionResult extends tongbao.inspection.v1.InspectionResult.$Properties {
            }

            /**
             * The result of one inspection. Follow-up orders are sent as RectificationNotice
             * messages whose issues carry this message's Header.id as finding_id.
             */
            class InspectionResult {

                /**
                 * Constructs a new InspectionResult.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: tongbao.inspection.v1.InspectionResult.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Document number (文号); may be empty. */
                documentNumber: string;

                /** Title (标题). */
                title: string;

                /** Kind of inspection (检查类型). */
                kind: tongbao.inspection.v1.InspectionKind;

                /** The inspected enterprise (被检查单位). */
                inspectedParty?: (tongbao.common.v1.Enterprise.$Properties|null);

                /** Systems, sites and topics covered, in words (检查范围). */
                scope: string;

                /** When the inspection took place (检查时间). */
                period?: (tongbao.common.v1.Period.$Properties|null);

                /** Inspectors (检查人员). */
                inspectors: tongbao.common.v1.Person.$Properties[];

                /** What was found (检查发现). */
                findings: tongbao.inspection.v1.Finding.$Properties[];

                /** Overall rating (检查结论). */
                rating: tongbao.inspection.v1.InspectionRating;

                /** Security level confirmed or assigned by the inspection (核定的企业网络安全级别). */
                assessedSecurityLevel: tongbao.common.v1.EnterpriseSecurityLevel;

                /** Follow-up required, one per entry (后续要求). */
                followUp: string[];

                /** When the follow-up must be complete (整改期限); unset if none is required. */
                rectificationDeadline?: (google.protobuf.Timestamp.$Properties|null);

                /** Inspection report and records (附件). */
                attachments: tongbao.common.v1.Attachment.$Properties[];

                /**
                 * Creates a new InspectionResult instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns InspectionResult instance
                 */
                static create(properties: tongbao.inspection.v1.InspectionResult.$Shape): tongbao.inspection.v1.InspectionResult & tongbao.inspection.v1.InspectionResult.$Shape;
                static create(properties?: tongbao.inspection.v1.InspectionResult.$Properties): tongbao.inspection.v1.InspectionResult;

                /**
                 * Encodes the specified InspectionResult message. Does not implicitly {@link tongbao.inspection.v1.InspectionResult.verify|verify} messages.
                 * @param message InspectionResult message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: tongbao.inspection.v1.InspectionResult.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an InspectionResult message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {tongbao.inspection.v1.InspectionResult & tongbao.inspection.v1.InspectionResult.$Shape} InspectionResult
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tongbao.inspection.v1.InspectionResult & tongbao.inspection.v1.InspectionResult.$Shape;

                /**
                 * Gets the type url for InspectionResult
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace InspectionResult {

                /** Properties of an InspectionResult. */
                interface $Properties {

                    /** Document number (文号); may be empty. */
                    documentNumber?: (string|null);

                    /** Title (标题). */
                    title?: (string|null);

                    /** Kind of inspection (检查类型). */
                    kind?: (tongbao.inspection.v1.InspectionKind|null);

                    /** The inspected enterprise (被检查单位). */
                    inspectedParty?: (tongbao.common.v1.Enterprise.$Properties|null);

                    /** Systems, sites and topics covered, in words (检查范围). */
                    scope?: (string|null);

                    /** When the inspection took place (检查时间). */
                    period?: (tongbao.common.v1.Period.$Properties|null);

                    /** Inspectors (检查人员). */
                    inspectors?: (tongbao.common.v1.Person.$Properties[]|null);

                    /** What was found (检查发现). */
                    findings?: (tongbao.inspection.v1.Finding.$Properties[]|null);

                    /** Overall rating (检查结论). */
                    rating?: (tongbao.inspection.v1.InspectionRating|null);

                    /** Security level confirmed or assigned by the inspection (核定的企业网络安全级别). */
                    assessedSecurityLevel?: (tongbao.common.v1.EnterpriseSecurityLevel|null);

                    /** Follow-up required, one per entry (后续要求). */
                    followUp?: (string[]|null);

                    /** When the follow-up must be complete (整改期限); unset if none is required. */
                    rectificationDeadline?: (google.protobuf.Timestamp.$Properties|null);

                    /** Inspection report and records (附件). */
                    attachments?: (tongbao.common.v1.Attachment.$Properties[]|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an InspectionResult. */
                type $Shape = {
                  documentNumber?: string|null;
                  title?: string|null;
                  kind?: tongbao.inspection.v1.InspectionKind|null;
                  inspectedParty?: tongbao.common.v1.Enterprise.$Shape|null;
                  scope?: string|null;
                  period?: tongbao.common.v1.Period.$Shape|null;
                  inspectors?: tongbao.common.v1.Person.$Shape[]|null;
                  findings?: tongbao.inspection.v1.Finding.$Shape[]|null;
                  rating?: tongbao.inspection.v1.InspectionRating|null;
                  assessedSecurityLevel?: tongbao.common.v1.EnterpriseSecurityLevel|null;
                  followUp?: string[]|null;
                  rectificationDeadline?: google.protobuf.Timestamp.$Shape|null;
                  attachments?: tongbao.common.v1.Attachment.$Shape[]|null;
                  $unknowns?: Uint8Array[];
                };
            }

            /** Kind of inspection (检查类型). */
            enum InspectionKind {

                /** Not set. */
                INSPECTION_KIND_UNSPECIFIED = 0,

                /** Routine inspection (日常检查). */
                INSPECTION_KIND_ROUTINE = 1,

                /** Special campaign inspection (专项检查). */
                INSPECTION_KIND_SPECIAL = 2,

                /** Random spot check (抽查). */
                INSPECTION_KIND_SPOT_CHECK = 3,

                /** Re-inspection after rectification (复查). */
                INSPECTION_KIND_FOLLOW_UP = 4
            }

            /**
             * Properties of a Finding.
             * @deprecated Use tongbao.inspection.v1.Finding.$Properties instead.
             */
            interface IFinding extends tongbao.inspection.v1.Finding.$Properties {
            }

            /** One finding of an inspection (检查发现). */
            class Finding {

                /**
                 * Constructs a new Finding.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: tongbao.inspection.v1.Finding.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** The finding in words (问题描述). */
                description: string;

                /** Severity (危害等级). */
                severity: tongbao.common.v1.Severity;

                /** Requirement not met, e.g. a standard clause (不符合的要求). */
                requirement: string;

                /**
                 * Creates a new Finding instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Finding instance
                 */
                static create(properties: tongbao.inspection.v1.Finding.$Shape): tongbao.inspection.v1.Finding & tongbao.inspection.v1.Finding.$Shape;
                static create(properties?: tongbao.inspection.v1.Finding.$Properties): tongbao.inspection.v1.Finding;

                /**
                 * Encodes the specified Finding message. Does not implicitly {@link tongbao.inspection.v1.Finding.verify|verify} messages.
                 * @param message Finding message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: tongbao.inspection.v1.Finding.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Finding message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {tongbao.inspection.v1.Finding & tongbao.inspection.v1.Finding.$Shape} Finding
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tongbao.inspection.v1.Finding & tongbao.inspection.v1.Finding.$Shape;

                /**
                 * Gets the type url for Finding
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace Finding {

                /** Properties of a Finding. */
                interface $Properties {

                    /** The finding in words (问题描述). */
                    description?: (string|null);

                    /** Severity (危害等级). */
                    severity?: (tongbao.common.v1.Severity|null);

                    /** Requirement not met, e.g. a standard clause (不符合的要求). */
                    requirement?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a Finding. */
                type $Shape = tongbao.inspection.v1.Finding.$Properties;
            }

            /** Overall rating of an inspection (检查结论). */
            enum InspectionRating {

                /** Not set. */
                INSPECTION_RATING_UNSPECIFIED = 0,

                /** Compliant (合格). */
                INSPECTION_RATING_COMPLIANT = 1,

                /** Basically compliant, minor issues (基本合格). */
                INSPECTION_RATING_BASICALLY_COMPLIANT = 2,

                /** Non-compliant (不合格). */
                INSPECTION_RATING_NON_COMPLIANT = 3
            }
        }
    }

    /** Namespace receipt. */
    namespace receipt {

        /** Namespace v1. */
        namespace v1 {

            /**
             * Properties of a Receipt.
             * @deprecated Use tongbao.receipt.v1.Receipt.$Properties instead.
             */
            interface IReceipt extends tongbao.receipt.v1.Receipt.$Properties {
            }

            /**
             * Acknowledgement or rejection of one message. Header.causation_id is set to
             * message_id as well, and the header is addressed to the acknowledged message's source.
             */
            class Receipt {

                /**
                 * Constructs a new Receipt.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: tongbao.receipt.v1.Receipt.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Header.id of the acknowledged message. */
                messageId: string;

                /** Signed digest of the acknowledged message, proving which version was received. */
                messageDigest: Uint8Array;

                /** When the recipient's service received and verified it (签收时间). */
                receivedTime?: (google.protobuf.Timestamp.$Properties|null);

                /** Accepted or rejected. */
                outcome: tongbao.receipt.v1.ReceiptOutcome;

                /**
                 * Person accountable for the message at the recipient (签收人): for automatic
                 * receipts, the duty officer of record.
                 */
                accountablePerson?: (tongbao.common.v1.Person.$Properties|null);

                /** Whether the service issued the receipt on verified delivery, rather than a person. */
                automatic: boolean;

                /** Why the message was rejected; unspecified when accepted. */
                rejectionReason: tongbao.receipt.v1.RejectionReason;

                /** Details of the rejection for people (拒收说明). */
                rejectionDetail: string;

                /**
                 * For REJECTION_REASON_OUT_OF_JURISDICTION, the registry id of the
                 * organisation the recipient believes is responsible (建议转交单位).
                 */
                suggestedOrgId: string;

                /**
                 * Creates a new Receipt instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Receipt instance
                 */
                static create(properties: tongbao.receipt.v1.Receipt.$Shape): tongbao.receipt.v1.Receipt & tongbao.receipt.v1.Receipt.$Shape;
                static create(properties?: tongbao.receipt.v1.Receipt.$Properties): tongbao.receipt.v1.Receipt;

                /**
                 * Encodes the specified Receipt message. Does not implicitly {@link tongbao.receipt.v1.Receipt.verify|verify} messages.
                 * @param message Receipt message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: tongbao.receipt.v1.Receipt.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Receipt message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {tongbao.receipt.v1.Receipt & tongbao.receipt.v1.Receipt.$Shape} Receipt
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tongbao.receipt.v1.Receipt & tongbao.receipt.v1.Receipt.$Shape;

                /**
                 * Gets the type url for Receipt
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace Receipt {

                /** Properties of a Receipt. */
                interface $Properties {

                    /** Header.id of the acknowledged message. */
                    messageId?: (string|null);

                    /** Signed digest of the acknowledged message, proving which version was received. */
                    messageDigest?: (Uint8Array|null);

                    /** When the recipient's service received and verified it (签收时间). */
                    receivedTime?: (google.protobuf.Timestamp.$Properties|null);

                    /** Accepted or rejected. */
                    outcome?: (tongbao.receipt.v1.ReceiptOutcome|null);

                    /**
                     * Person accountable for the message at the recipient (签收人): for automatic
                     * receipts, the duty officer of record.
                     */
                    accountablePerson?: (tongbao.common.v1.Person.$Properties|null);

                    /** Whether the service issued the receipt on verified delivery, rather than a person. */
                    automatic?: (boolean|null);

                    /** Why the message was rejected; unspecified when accepted. */
                    rejectionReason?: (tongbao.receipt.v1.RejectionReason|null);

                    /** Details of the rejection for people (拒收说明). */
                    rejectionDetail?: (string|null);

                    /**
                     * For REJECTION_REASON_OUT_OF_JURISDICTION, the registry id of the
                     * organisation the recipient believes is responsible (建议转交单位).
                     */
                    suggestedOrgId?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a Receipt. */
                type $Shape = tongbao.receipt.v1.Receipt.$Properties;
            }

            /** Outcome of receipt (签收结果). */
            enum ReceiptOutcome {

                /** Not set. */
                RECEIPT_OUTCOME_UNSPECIFIED = 0,

                /** Received, verified and accepted (已签收). */
                RECEIPT_OUTCOME_ACCEPTED = 1,

                /** Received and rejected (拒收). */
                RECEIPT_OUTCOME_REJECTED = 2
            }

            /** Why a message was rejected (拒收原因). */
            enum RejectionReason {

                /** Not set. */
                REJECTION_REASON_UNSPECIFIED = 0,

                /** No signature verified. */
                REJECTION_REASON_SIGNATURE_INVALID = 1,

                /** The signing key is not in the registry. */
                REJECTION_REASON_KEY_UNKNOWN = 2,

                /** The signing key was revoked or outside its validity window at Header.time. */
                REJECTION_REASON_KEY_NOT_VALID = 3,

                /** Header or payload does not match its schema. */
                REJECTION_REASON_SCHEMA_INVALID = 4,

                /** Header.type is not a type the recipient handles. */
                REJECTION_REASON_TYPE_UNSUPPORTED = 5,

                /** The recipient may not receive the message under its marking. */
                REJECTION_REASON_MARKING_VIOLATION = 6,

                /** The message had expired when it arrived. */
                REJECTION_REASON_EXPIRED = 7,

                /** A referenced message is unknown to the recipient. */
                REJECTION_REASON_REFERENCE_UNKNOWN = 8,

                /** The matter is not the recipient's responsibility (不属于本单位职责). */
                REJECTION_REASON_OUT_OF_JURISDICTION = 9,

                /** Any other reason, explained in rejection_detail. */
                REJECTION_REASON_OTHER = 10
            }
        }
    }

    /** Namespace rectification. */
    namespace rectification {

        /** Namespace v1. */
        namespace v1 {

            /**
             * Properties of a RectificationNotice.
             * @deprecated Use tongbao.rectification.v1.RectificationNotice.$Properties instead.
             */
            interface IRectificationNotice extends tongbao.rectification.v1.RectificationNotice.$Properties {
            }

            /**
             * An order to fix the issues listed by a deadline. The recipient answers with a
             * Receipt, then with HandlingFeedback until the status is done.
             */
            class RectificationNotice {

                /**
                 * Constructs a new RectificationNotice.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: tongbao.rectification.v1.RectificationNotice.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Document number (文号), e.g. "苏通网安整改〔2025〕7号"; may be empty. */
                documentNumber: string;

                /** Title (标题). */
                title: string;

                /**
                 * Unit that must rectify (责任单位), whether or not it is on the bus; when it is
                 * not, the notice goes to its supervising authority to pass on.
                 */
                responsibleParty?: (tongbao.common.v1.Enterprise.$Properties|null);

                /** Issues to fix, each with the action required (存在问题). */
                issues: tongbao.rectification.v1.Issue.$Properties[];

                /** General requirements in words (整改要求). */
                requirements: string;

                /** When rectification must be complete (整改期限). */
                deadline?: (google.protobuf.Timestamp.$Properties|null);

                /**
                 * Whether the responsible party must also report the outcome to its superior
                 * unit (是否报告上级单位), e.g. a central SOE's group headquarters.
                 */
                notifySuperior: boolean;

                /** Contact at the issuing authority (联系人). */
                contact?: (tongbao.common.v1.Person.$Properties|null);

                /**
                 * Creates a new RectificationNotice instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns RectificationNotice instance
                 */
                static create(properties: tongbao.rectification.v1.RectificationNotice.$Shape): tongbao.rectification.v1.RectificationNotice & tongbao.rectification.v1.RectificationNotice.$Shape;
                static create(properties?: tongbao.rectification.v1.RectificationNotice.$Properties): tongbao.rectification.v1.RectificationNotice;

                /**
                 * Encodes the specified RectificationNotice message. Does not implicitly {@link tongbao.rectification.v1.RectificationNotice.verify|verify} messages.
                 * @param message RectificationNotice message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: tongbao.rectification.v1.RectificationNotice.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a RectificationNotice message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {tongbao.rectification.v1.RectificationNotice & tongbao.rectification.v1.RectificationNotice.$Shape} RectificationNotice
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tongbao.rectification.v1.RectificationNotice & tongbao.rectification.v1.RectificationNotice.$Shape;

                /**
                 * Gets the type url for RectificationNotice
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace RectificationNotice {

                /** Properties of a RectificationNotice. */
                interface $Properties {

                    /** Document number (文号), e.g. "苏通网安整改〔2025〕7号"; may be empty. */
                    documentNumber?: (string|null);

                    /** Title (标题). */
                    title?: (string|null);

                    /**
                     * Unit that must rectify (责任单位), whether or not it is on the bus; when it is
                     * not, the notice goes to its supervising authority to pass on.
                     */
                    responsibleParty?: (tongbao.common.v1.Enterprise.$Properties|null);

                    /** Issues to fix, each with the action required (存在问题). */
                    issues?: (tongbao.rectification.v1.Issue.$Properties[]|null);

                    /** General requirements in words (整改要求). */
                    requirements?: (string|null);

                    /** When rectification must be complete (整改期限). */
                    deadline?: (google.protobuf.Timestamp.$Properties|null);

                    /**
                     * Whether the responsible party must also report the outcome to its superior
                     * unit (是否报告上级单位), e.g. a central SOE's group headquarters.
                     */
                    notifySuperior?: (boolean|null);

                    /** Contact at the issuing authority (联系人). */
                    contact?: (tongbao.common.v1.Person.$Properties|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a RectificationNotice. */
                type $Shape = tongbao.rectification.v1.RectificationNotice.$Properties;
            }

            /**
             * Properties of an Issue.
             * @deprecated Use tongbao.rectification.v1.Issue.$Properties instead.
             */
            interface IIssue extends tongbao.rectification.v1.Issue.$Properties {
            }

            /** One issue to fix (问题). */
            class Issue {

                /**
                 * Constructs a new Issue.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: tongbao.rectification.v1.Issue.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /**
                 * Header.id of the finding this issue comes from (ExposureFinding,
                 * InspectionResult, ThreatBulletin, ...); empty if it has no message.
                 */
                findingId: string;

                /** The issue in words (问题描述). */
                description: string;

                /** Severity (危害等级). */
                severity: tongbao.common.v1.Severity;

                /** Actions required (处置要求). */
                actions: tongbao.rectification.v1.RequiredAction[];

                /**
                 * Creates a new Issue instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Issue instance
                 */
                static create(properties: tongbao.rectification.v1.Issue.$Shape): tongbao.rectification.v1.Issue & tongbao.rectification.v1.Issue.$Shape;
                static create(properties?: tongbao.rectification.v1.Issue.$Properties): tongbao.rectification.v1.Issue;

                /**
                 * Encodes the specified Issue message. Does not implicitly {@link tongbao.rectification.v1.Issue.verify|verify} messages.
                 * @param message Issue message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: tongbao.rectification.v1.Issue.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an Issue message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {tongbao.rectification.v1.Issue & tongbao.rectification.v1.Issue.$Shape} Issue
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tongbao.rectification.v1.Issue & tongbao.rectification.v1.Issue.$Shape;

                /**
                 * Gets the type url for Issue
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace Issue {

                /** Properties of an Issue. */
                interface $Properties {

                    /**
                     * Header.id of the finding this issue comes from (ExposureFinding,
                     * InspectionResult, ThreatBulletin, ...); empty if it has no message.
                     */
                    findingId?: (string|null);

                    /** The issue in words (问题描述). */
                    description?: (string|null);

                    /** Severity (危害等级). */
                    severity?: (tongbao.common.v1.Severity|null);

                    /** Actions required (处置要求). */
                    actions?: (tongbao.rectification.v1.RequiredAction[]|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an Issue. */
                type $Shape = tongbao.rectification.v1.Issue.$Properties;
            }

            /** Action the responsible party must take (处置措施). */
            enum RequiredAction {

                /** Not set. */
                REQUIRED_ACTION_UNSPECIFIED = 0,

                /** Block access or isolate from the internet (封堵、隔离). */
                REQUIRED_ACTION_BLOCK = 1,

                /** Remove malware and restore (清除). */
                REQUIRED_ACTION_CLEAN = 2,

                /** Patch or upgrade (修补、升级). */
                REQUIRED_ACTION_PATCH = 3,

                /** Correct configuration or management (整改). */
                REQUIRED_ACTION_RECTIFY = 4,

                /** Investigate and report back (排查). */
                REQUIRED_ACTION_INVESTIGATE = 5,

                /** Take the system out of service (下线). */
                REQUIRED_ACTION_TAKE_OFFLINE = 6
            }
        }
    }

    /** Namespace registry. */
    namespace registry {

        /** Namespace v1. */
        namespace v1 {

            /**
             * Properties of an Organization.
             * @deprecated Use tongbao.registry.v1.Organization.$Properties instead.
             */
            interface IOrganization extends tongbao.registry.v1.Organization.$Properties {
            }

            /** An organisation taking part in the bus (参与单位). */
            class Organization {

                /**
                 * Constructs a new Organization.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: tongbao.registry.v1.Organization.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /**
                 * Stable registry id, e.g. "miit". Lower-case letters, digits and hyphens only,
                 * because it is used as a NATS subject token.
                 */
                id: string;

                /** Official name in Chinese (中文名称), e.g. "工业和信息化部". */
                nameZh: string;

                /** Name in English, e.g. "Ministry of Industry and Information Technology". */
                nameEn: string;

                /** Kind of organisation. */
                kind: tongbao.common.v1.OrgKind;

                /**
                 * Administrative division code (GB/T 2260) of its jurisdiction or location;
                 * "100000" for national bodies.
                 */
                region: string;

                /** Sectors it supervises or operates in (主管或所属行业). */
                sectors: tongbao.common.v1.Sector[];

                /** Registry id of the superior organisation (上级单位); empty for the departments. */
                parentId: string;

                /** Enterprise details, set only when kind is ORG_KIND_ENTERPRISE. */
                enterprise?: (tongbao.common.v1.Enterprise.$Properties|null);

                /**
                 * Creates a new Organization instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Organization instance
                 */
                static create(properties: tongbao.registry.v1.Organization.$Shape): tongbao.registry.v1.Organization & tongbao.registry.v1.Organization.$Shape;
                static create(properties?: tongbao.registry.v1.Organization.$Properties): tongbao.registry.v1.Organization;

                /**
                 * Encodes the specified Organization message. Does not implicitly {@link tongbao.registry.v1.Organization.verify|verify} messages.
                 * @param message Organization message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: tongbao.registry.v1.Organization.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an Organization message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {tongbao.registry.v1.Organization & tongbao.registry.v1.Organization.$Shape} Organization
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tongbao.registry.v1.Organization & tongbao.registry.v1.Organization.$Shape;

                /**
                 * Gets the type url for Organization
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace Organization {

                /** Properties of an Organization. */
                interface $Properties {

                    /**
                     * Stable registry id, e.g. "miit". Lower-case letters, digits and hyphens only,
                     * because it is used as a NATS subject token.
                     */
                    id?: (string|null);

                    /** Official name in Chinese (中文名称), e.g. "工业和信息化部". */
                    nameZh?: (string|null);

                    /** Name in English, e.g. "Ministry of Industry and Information Technology". */
                    nameEn?: (string|null);

                    /** Kind of organisation. */
                    kind?: (tongbao.common.v1.OrgKind|null);

                    /**
                     * Administrative division code (GB/T 2260) of its jurisdiction or location;
                     * "100000" for national bodies.
                     */
                    region?: (string|null);

                    /** Sectors it supervises or operates in (主管或所属行业). */
                    sectors?: (tongbao.common.v1.Sector[]|null);

                    /** Registry id of the superior organisation (上级单位); empty for the departments. */
                    parentId?: (string|null);

                    /** Enterprise details, set only when kind is ORG_KIND_ENTERPRISE. */
                    enterprise?: (tongbao.common.v1.Enterprise.$Properties|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an Organization. */
                type $Shape = tongbao.registry.v1.Organization.$Properties;
            }

            /**
             * Properties of a SigningKey.
             * @deprecated Use tongbao.registry.v1.SigningKey.$Properties instead.
             */
            interface ISigningKey extends tongbao.registry.v1.SigningKey.$Properties {
            }

            /**
             * A public key with which an organisation signs messages (签名密钥). A message
             * verifies only against a key whose window contains the message time and which
             * was not revoked before that time.
             */
            class SigningKey {

                /**
                 * Constructs a new SigningKey.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: tongbao.registry.v1.SigningKey.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Registry id of the key, unique across all organisations. */
                keyId: string;

                /** Registry id of the organisation that owns the key. */
                orgId: string;

                /** Algorithm the key is for. */
                algorithm: tongbao.envelope.v1.SignatureAlgorithm;

                /** Raw public key: 32 bytes for Ed25519, 65-byte uncompressed point for SM2. */
                publicKey: Uint8Array;

                /** Start of the validity window, inclusive. */
                notBefore?: (google.protobuf.Timestamp.$Properties|null);

                /** End of the validity window, exclusive; unset means open-ended. */
                notAfter?: (google.protobuf.Timestamp.$Properties|null);

                /**
                 * When the key was revoked; unset if it has not been. Messages signed at or
                 * after this time do not verify.
                 */
                revokedTime?: (google.protobuf.Timestamp.$Properties|null);

                /**
                 * Creates a new SigningKey instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns SigningKey instance
                 */
                static create(properties: tongbao.registry.v1.SigningKey.$Shape): tongbao.registry.v1.SigningKey & tongbao.registry.v1.SigningKey.$Shape;
                static create(properties?: tongbao.registry.v1.SigningKey.$Properties): tongbao.registry.v1.SigningKey;

                /**
                 * Encodes the specified SigningKey message. Does not implicitly {@link tongbao.registry.v1.SigningKey.verify|verify} messages.
                 * @param message SigningKey message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: tongbao.registry.v1.SigningKey.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a SigningKey message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {tongbao.registry.v1.SigningKey & tongbao.registry.v1.SigningKey.$Shape} SigningKey
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tongbao.registry.v1.SigningKey & tongbao.registry.v1.SigningKey.$Shape;

                /**
                 * Gets the type url for SigningKey
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace SigningKey {

                /** Properties of a SigningKey. */
                interface $Properties {

                    /** Registry id of the key, unique across all organisations. */
                    keyId?: (string|null);

                    /** Registry id of the organisation that owns the key. */
                    orgId?: (string|null);

                    /** Algorithm the key is for. */
                    algorithm?: (tongbao.envelope.v1.SignatureAlgorithm|null);

                    /** Raw public key: 32 bytes for Ed25519, 65-byte uncompressed point for SM2. */
                    publicKey?: (Uint8Array|null);

                    /** Start of the validity window, inclusive. */
                    notBefore?: (google.protobuf.Timestamp.$Properties|null);

                    /** End of the validity window, exclusive; unset means open-ended. */
                    notAfter?: (google.protobuf.Timestamp.$Properties|null);

                    /**
                     * When the key was revoked; unset if it has not been. Messages signed at or
                     * after this time do not verify.
                     */
                    revokedTime?: (google.protobuf.Timestamp.$Properties|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a SigningKey. */
                type $Shape = tongbao.registry.v1.SigningKey.$Properties;
            }

            /**
             * Properties of a KeyEvent.
             * @deprecated Use tongbao.registry.v1.KeyEvent.$Properties instead.
             */
            interface IKeyEvent extends tongbao.registry.v1.KeyEvent.$Properties {
            }

            /**
             * A change to an organisation's keys (密钥变更事件), published signed and kept in
             * the AUDIT stream.
             */
            class KeyEvent {

                /**
                 * Constructs a new KeyEvent.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: tongbao.registry.v1.KeyEvent.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** What happened. */
                kind: tongbao.registry.v1.KeyEventKind;

                /** The key after the change. */
                key?: (tongbao.registry.v1.SigningKey.$Properties|null);

                /** Why the change was made, e.g. "scheduled rotation", "suspected compromise". */
                reason: string;

                /** When the change took effect. */
                time?: (google.protobuf.Timestamp.$Properties|null);

                /** Identity of the operator who made the change. */
                actor: string;

                /** For a rotation, the key_id of the key being replaced. */
                previousKeyId: string;

                /**
                 * Creates a new KeyEvent instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns KeyEvent instance
                 */
                static create(properties: tongbao.registry.v1.KeyEvent.$Shape): tongbao.registry.v1.KeyEvent & tongbao.registry.v1.KeyEvent.$Shape;
                static create(properties?: tongbao.registry.v1.KeyEvent.$Properties): tongbao.registry.v1.KeyEvent;

                /**
                 * Encodes the specified KeyEvent message. Does not implicitly {@link tongbao.registry.v1.KeyEvent.verify|verify} messages.
                 * @param message KeyEvent message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: tongbao.registry.v1.KeyEvent.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a KeyEvent message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {tongbao.registry.v1.KeyEvent & tongbao.registry.v1.KeyEvent.$Shape} KeyEvent
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tongbao.registry.v1.KeyEvent & tongbao.registry.v1.KeyEvent.$Shape;

                /**
                 * Gets the type url for KeyEvent
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace KeyEvent {

                /** Properties of a KeyEvent. */
                interface $Properties {

                    /** What happened. */
                    kind?: (tongbao.registry.v1.KeyEventKind|null);

                    /** The key after the change. */
                    key?: (tongbao.registry.v1.SigningKey.$Properties|null);

                    /** Why the change was made, e.g. "scheduled rotation", "suspected compromise". */
                    reason?: (string|null);

                    /** When the change took effect. */
                    time?: (google.protobuf.Timestamp.$Properties|null);

                    /** Identity of the operator who made the change. */
                    actor?: (string|null);

                    /** For a rotation, the key_id of the key being replaced. */
                    previousKeyId?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a KeyEvent. */
                type $Shape = tongbao.registry.v1.KeyEvent.$Properties;
            }

            /** Kind of key change. */
            enum KeyEventKind {

                /** Not set. */
                KEY_EVENT_KIND_UNSPECIFIED = 0,

                /** A key was registered (登记). */
                KEY_EVENT_KIND_REGISTER = 1,

                /** A key replaced an earlier one, whose validity window was closed (轮换). */
                KEY_EVENT_KIND_ROTATE = 2,

                /** A key was revoked (吊销). */
                KEY_EVENT_KIND_REVOKE = 3
            }

            /**
             * Properties of an EncryptionKey.
             * @deprecated Use tongbao.registry.v1.EncryptionKey.$Properties instead.
             */
            interface IEncryptionKey extends tongbao.registry.v1.EncryptionKey.$Properties {
            }

            /**
             * A public key to which TLP:RED payloads for an organisation are encrypted (加密公钥).
             * Senders encrypt only to a key whose window contains the time of sending and which
             * is not revoked by then; the private half never leaves the organisation, which keeps
             * retired private keys to open what was encrypted to them earlier.
             */
            class EncryptionKey {

                /**
                 * Constructs a new EncryptionKey.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: tongbao.registry.v1.EncryptionKey.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Registry id of the key, unique across all organisations. */
                keyId: string;

                /** Registry id of the organisation that owns the key. */
                orgId: string;

                /** Key agreement the key is for. */
                algorithm: tongbao.registry.v1.EncryptionAlgorithm;

                /** Raw public key: 32 bytes for X25519. */
                publicKey: Uint8Array;

                /** Start of the validity window, inclusive. */
                notBefore?: (google.protobuf.Timestamp.$Properties|null);

                /** End of the validity window, exclusive; unset means open-ended. */
                notAfter?: (google.protobuf.Timestamp.$Properties|null);

                /**
                 * When the key was revoked; unset if it has not been. Nothing is encrypted to it
                 * at or after this time.
                 */
                revokedTime?: (google.protobuf.Timestamp.$Properties|null);

                /**
                 * Creates a new EncryptionKey instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns EncryptionKey instance
                 */
                static create(properties: tongbao.registry.v1.EncryptionKey.$Shape): tongbao.registry.v1.EncryptionKey & tongbao.registry.v1.EncryptionKey.$Shape;
                static create(properties?: tongbao.registry.v1.EncryptionKey.$Properties): tongbao.registry.v1.EncryptionKey;

                /**
                 * Encodes the specified EncryptionKey message. Does not implicitly {@link tongbao.registry.v1.EncryptionKey.verify|verify} messages.
                 * @param message EncryptionKey message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: tongbao.registry.v1.EncryptionKey.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an EncryptionKey message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {tongbao.registry.v1.EncryptionKey & tongbao.registry.v1.EncryptionKey.$Shape} EncryptionKey
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tongbao.registry.v1.EncryptionKey & tongbao.registry.v1.EncryptionKey.$Shape;

                /**
                 * Gets the type url for EncryptionKey
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace EncryptionKey {

                /** Properties of an EncryptionKey. */
                interface $Properties {

                    /** Registry id of the key, unique across all organisations. */
                    keyId?: (string|null);

                    /** Registry id of the organisation that owns the key. */
                    orgId?: (string|null);

                    /** Key agreement the key is for. */
                    algorithm?: (tongbao.registry.v1.EncryptionAlgorithm|null);

                    /** Raw public key: 32 bytes for X25519. */
                    publicKey?: (Uint8Array|null);

                    /** Start of the validity window, inclusive. */
                    notBefore?: (google.protobuf.Timestamp.$Properties|null);

                    /** End of the validity window, exclusive; unset means open-ended. */
                    notAfter?: (google.protobuf.Timestamp.$Properties|null);

                    /**
                     * When the key was revoked; unset if it has not been. Nothing is encrypted to it
                     * at or after this time.
                     */
                    revokedTime?: (google.protobuf.Timestamp.$Properties|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an EncryptionKey. */
                type $Shape = tongbao.registry.v1.EncryptionKey.$Properties;
            }

            /**
             * Properties of an EncryptionKeyEvent.
             * @deprecated Use tongbao.registry.v1.EncryptionKeyEvent.$Properties instead.
             */
            interface IEncryptionKeyEvent extends tongbao.registry.v1.EncryptionKeyEvent.$Properties {
            }

            /**
             * A change to an organisation's encryption keys (加密密钥变更事件), signed by a
             * registry admin like a KeyEvent.
             */
            class EncryptionKeyEvent {

                /**
                 * Constructs a new EncryptionKeyEvent.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: tongbao.registry.v1.EncryptionKeyEvent.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** What happened. */
                kind: tongbao.registry.v1.KeyEventKind;

                /** The key after the change. */
                key?: (tongbao.registry.v1.EncryptionKey.$Properties|null);

                /** Why the change was made, e.g. "scheduled rotation", "suspected compromise". */
                reason: string;

                /** When the change took effect. */
                time?: (google.protobuf.Timestamp.$Properties|null);

                /** Identity of the operator who made the change. */
                actor: string;

                /** For a rotation, the key_id of the key being replaced. */
                previousKeyId: string;

                /**
                 * Creates a new EncryptionKeyEvent instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns EncryptionKeyEvent instance
                 */
                static create(properties: tongbao.registry.v1.EncryptionKeyEvent.$Shape): tongbao.registry.v1.EncryptionKeyEvent & tongbao.registry.v1.EncryptionKeyEvent.$Shape;
                static create(properties?: tongbao.registry.v1.EncryptionKeyEvent.$Properties): tongbao.registry.v1.EncryptionKeyEvent;

                /**
                 * Encodes the specified EncryptionKeyEvent message. Does not implicitly {@link tongbao.registry.v1.EncryptionKeyEvent.verify|verify} messages.
                 * @param message EncryptionKeyEvent message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: tongbao.registry.v1.EncryptionKeyEvent.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an EncryptionKeyEvent message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {tongbao.registry.v1.EncryptionKeyEvent & tongbao.registry.v1.EncryptionKeyEvent.$Shape} EncryptionKeyEvent
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tongbao.registry.v1.EncryptionKeyEvent & tongbao.registry.v1.EncryptionKeyEvent.$Shape;

                /**
                 * Gets the type url for EncryptionKeyEvent
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace EncryptionKeyEvent {

                /** Properties of an EncryptionKeyEvent. */
                interface $Properties {

                    /** What happened. */
                    kind?: (tongbao.registry.v1.KeyEventKind|null);

                    /** The key after the change. */
                    key?: (tongbao.registry.v1.EncryptionKey.$Properties|null);

                    /** Why the change was made, e.g. "scheduled rotation", "suspected compromise". */
                    reason?: (string|null);

                    /** When the change took effect. */
                    time?: (google.protobuf.Timestamp.$Properties|null);

                    /** Identity of the operator who made the change. */
                    actor?: (string|null);

                    /** For a rotation, the key_id of the key being replaced. */
                    previousKeyId?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an EncryptionKeyEvent. */
                type $Shape = tongbao.registry.v1.EncryptionKeyEvent.$Properties;
            }

            /** Key agreement of an encryption key (密钥协商算法). */
            enum EncryptionAlgorithm {

                /** Not set; such a key is rejected. */
                ENCRYPTION_ALGORITHM_UNSPECIFIED = 0,

                /** X25519 (RFC 7748). */
                ENCRYPTION_ALGORITHM_X25519 = 1
            }
        }
    }

    /** Namespace response. */
    namespace response {

        /** Namespace v1. */
        namespace v1 {

            /**
             * Properties of an EmergencyResponse.
             * @deprecated Use tongbao.response.v1.EmergencyResponse.$Properties instead.
             */
            interface IEmergencyResponse extends tongbao.response.v1.EmergencyResponse.$Properties {
            }

            /**
             * Start, adjustment or end of an emergency response. ADJUST and END name the
             * START in response_id and reference it in the header with REFERENCE_KIND_UPDATE.
             */
            class EmergencyResponse {

                /**
                 * Constructs a new EmergencyResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: tongbao.response.v1.EmergencyResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** What this message does: start, adjust or end. */
                action: tongbao.common.v1.ResponseAction;

                /** Response level (响应级别). */
                level: tongbao.common.v1.ResponseLevel;

                /** Document number (文号); may be empty. */
                documentNumber: string;

                /** Title (标题). */
                title: string;

                /**
                 * IncidentReport.incident_id of the incident responded to; empty for a
                 * response to a warning or a drill scenario.
                 */
                incidentId: string;

                /** Situation in words (事态描述). */
                situation: string;

                /** Who and what the response covers (响应范围). */
                scope?: (tongbao.common.v1.Scope.$Properties|null);

                /** When the action takes effect (生效时间). */
                effectiveTime?: (google.protobuf.Timestamp.$Properties|null);

                /** Command body (应急指挥机构), e.g. "工业互联网安全应急指挥部". */
                commandBody: string;

                /** Person in command (指挥长). */
                commander?: (tongbao.common.v1.Person.$Properties|null);

                /** Requests to named organisations (协调请求). */
                coordinationRequests: tongbao.response.v1.CoordinationRequest.$Properties[];

                /** Requirements on all participants, one per entry (工作要求), e.g. 24-hour duty. */
                requirements: string[];

                /** How often participants must report progress while the response runs (报告频次). */
                reportingInterval?: (google.protobuf.Duration.$Properties|null);

                /** Why the response is adjusted or ended (调整或结束理由); empty for START. */
                reason: string;

                /**
                 * Header.id of the START message of the response this ADJUST or END changes
                 * (被调整或结束的响应); required for ADJUST and END, empty for START.
                 */
                responseId: string;

                /**
                 * Creates a new EmergencyResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns EmergencyResponse instance
                 */
                static create(properties: tongbao.response.v1.EmergencyResponse.$Shape): tongbao.response.v1.EmergencyResponse & tongbao.response.v1.EmergencyResponse.$Shape;
                static create(properties?: tongbao.response.v1.EmergencyResponse.$Properties): tongbao.response.v1.EmergencyResponse;

                /**
                 * Encodes the specified EmergencyResponse message. Does not implicitly {@link tongbao.response.v1.EmergencyResponse.verify|verify} messages.
                 * @param message EmergencyResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: tongbao.response.v1.EmergencyResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an EmergencyResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {tongbao.response.v1.EmergencyResponse & tongbao.response.v1.EmergencyResponse.$Shape} EmergencyResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tongbao.response.v1.EmergencyResponse & tongbao.response.v1.EmergencyResponse.$Shape;

                /**
                 * Gets the type url for EmergencyResponse
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace EmergencyResponse {

                /** Properties of an EmergencyResponse. */
                interface $Properties {

                    /** What this message does: start, adjust or end. */
                    action?: (tongbao.common.v1.ResponseAction|null);

                    /** Response level (响应级别). */
                    level?: (tongbao.common.v1.ResponseLevel|null);

                    /** Document number (文号); may be empty. */
                    documentNumber?: (string|null);

                    /** Title (标题). */
                    title?: (string|null);

                    /**
                     * IncidentReport.incident_id of the incident responded to; empty for a
                     * response to a warning or a drill scenario.
                     */
                    incidentId?: (string|null);

                    /** Situation in words (事态描述). */
                    situation?: (string|null);

                    /** Who and what the response covers (响应范围). */
                    scope?: (tongbao.common.v1.Scope.$Properties|null);

                    /** When the action takes effect (生效时间). */
                    effectiveTime?: (google.protobuf.Timestamp.$Properties|null);

                    /** Command body (应急指挥机构), e.g. "工业互联网安全应急指挥部". */
                    commandBody?: (string|null);

                    /** Person in command (指挥长). */
                    commander?: (tongbao.common.v1.Person.$Properties|null);

                    /** Requests to named organisations (协调请求). */
                    coordinationRequests?: (tongbao.response.v1.CoordinationRequest.$Properties[]|null);

                    /** Requirements on all participants, one per entry (工作要求), e.g. 24-hour duty. */
                    requirements?: (string[]|null);

                    /** How often participants must report progress while the response runs (报告频次). */
                    reportingInterval?: (google.protobuf.Duration.$Properties|null);

                    /** Why the response is adjusted or ended (调整或结束理由); empty for START. */
                    reason?: (string|null);

                    /**
                     * Header.id of the START message of the response this ADJUST or END changes
                     * (被调整或结束的响应); required for ADJUST and END, empty for START.
                     */
                    responseId?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an EmergencyResponse. */
                type $Shape = tongbao.response.v1.EmergencyResponse.$Properties;
            }

            /**
             * Properties of a CoordinationRequest.
             * @deprecated Use tongbao.response.v1.CoordinationRequest.$Properties instead.
             */
            interface ICoordinationRequest extends tongbao.response.v1.CoordinationRequest.$Properties {
            }

            /** A request for help or action from one organisation (协调请求). */
            class CoordinationRequest {

                /**
                 * Constructs a new CoordinationRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: tongbao.response.v1.CoordinationRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Registry id of the organisation asked. */
                orgId: string;

                /** What is asked (请求内容). */
                request: string;

                /** When it is needed by (时限); unset means at once. */
                deadline?: (google.protobuf.Timestamp.$Properties|null);

                /**
                 * Creates a new CoordinationRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns CoordinationRequest instance
                 */
                static create(properties: tongbao.response.v1.CoordinationRequest.$Shape): tongbao.response.v1.CoordinationRequest & tongbao.response.v1.CoordinationRequest.$Shape;
                static create(properties?: tongbao.response.v1.CoordinationRequest.$Properties): tongbao.response.v1.CoordinationRequest;

                /**
                 * Encodes the specified CoordinationRequest message. Does not implicitly {@link tongbao.response.v1.CoordinationRequest.verify|verify} messages.
                 * @param message CoordinationRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: tongbao.response.v1.CoordinationRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a CoordinationRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {tongbao.response.v1.CoordinationRequest & tongbao.response.v1.CoordinationRequest.$Shape} CoordinationRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tongbao.response.v1.CoordinationRequest & tongbao.response.v1.CoordinationRequest.$Shape;

                /**
                 * Gets the type url for CoordinationRequest
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace CoordinationRequest {

                /** Properties of a CoordinationRequest. */
                interface $Properties {

                    /** Registry id of the organisation asked. */
                    orgId?: (string|null);

                    /** What is asked (请求内容). */
                    request?: (string|null);

                    /** When it is needed by (时限); unset means at once. */
                    deadline?: (google.protobuf.Timestamp.$Properties|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a CoordinationRequest. */
                type $Shape = tongbao.response.v1.CoordinationRequest.$Properties;
            }
        }
    }

    /** Namespace vulnerability. */
    namespace vulnerability {

        /** Namespace v1. */
        namespace v1 {

            /**
             * Properties of a VulnerabilityNotice.
             * @deprecated Use tongbao.vulnerability.v1.VulnerabilityNotice.$Properties instead.
             */
            interface IVulnerabilityNotice extends tongbao.vulnerability.v1.VulnerabilityNotice.$Properties {
            }

            /** A notice about a vulnerability in a product used in industrial systems. */
            class VulnerabilityNotice {

                /**
                 * Constructs a new VulnerabilityNotice.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: tongbao.vulnerability.v1.VulnerabilityNotice.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Document number (文号); may be empty. */
                documentNumber: string;

                /** Title (标题), e.g. "关于某型PLC存在远程代码执行漏洞的通报". */
                title: string;

                /** Description of the vulnerability (漏洞描述). */
                description: string;

                /** Identifiers in public and national databases; at least one is expected. */
                identifiers: tongbao.vulnerability.v1.VulnerabilityIdentifier.$Properties[];

                /** Affected products and versions (影响产品). */
                products: tongbao.vulnerability.v1.AffectedProduct.$Properties[];

                /** Severity (危害等级). */
                severity: tongbao.common.v1.Severity;

                /** CVSS base score, 0.0 to 10.0; absent if not scored. */
                cvssScore?: (number|null);

                /** CVSS vector, e.g. "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H". */
                cvssVector: string;

                /** CWE weakness id, e.g. "CWE-787". */
                cweId: string;

                /** What is known about exploitation (利用情况). */
                exploitStatus: tongbao.vulnerability.v1.ExploitStatus;

                /** Affected sectors and regions (影响范围). */
                affectedScope?: (tongbao.common.v1.Scope.$Properties|null);

                /** Mitigation and remediation advice (处置建议). */
                mitigation: string;

                /** Whether the vendor has released a fix (是否有补丁). */
                patchAvailable: boolean;

                /** When the vulnerability was first made public, if it has been (公开时间). */
                publishedTime?: (google.protobuf.Timestamp.$Properties|null);

                /** Limits on disclosure by recipients (披露限制). */
                disclosure?: (tongbao.vulnerability.v1.DisclosureConstraints.$Properties|null);

                /** Vendor advisories and other sources (参考链接). */
                referenceUrls: string[];

                /**
                 * Creates a new VulnerabilityNotice instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns VulnerabilityNotice instance
                 */
                static create(properties: tongbao.vulnerability.v1.VulnerabilityNotice.$Shape): tongbao.vulnerability.v1.VulnerabilityNotice & tongbao.vulnerability.v1.VulnerabilityNotice.$Shape;
                static create(properties?: tongbao.vulnerability.v1.VulnerabilityNotice.$Properties): tongbao.vulnerability.v1.VulnerabilityNotice;

                /**
                 * Encodes the specified VulnerabilityNotice message. Does not implicitly {@link tongbao.vulnerability.v1.VulnerabilityNotice.verify|verify} messages.
                 * @param message VulnerabilityNotice message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: tongbao.vulnerability.v1.VulnerabilityNotice.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a VulnerabilityNotice message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {tongbao.vulnerability.v1.VulnerabilityNotice & tongbao.vulnerability.v1.VulnerabilityNotice.$Shape} VulnerabilityNotice
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tongbao.vulnerability.v1.VulnerabilityNotice & tongbao.vulnerability.v1.VulnerabilityNotice.$Shape;

                /**
                 * Gets the type url for VulnerabilityNotice
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace VulnerabilityNotice {

                /** Properties of a VulnerabilityNotice. */
                interface $Properties {

                    /** Document number (文号); may be empty. */
                    documentNumber?: (string|null);

                    /** Title (标题), e.g. "关于某型PLC存在远程代码执行漏洞的通报". */
                    title?: (string|null);

                    /** Description of the vulnerability (漏洞描述). */
                    description?: (string|null);

                    /** Identifiers in public and national databases; at least one is expected. */
                    identifiers?: (tongbao.vulnerability.v1.VulnerabilityIdentifier.$Properties[]|null);

                    /** Affected products and versions (影响产品). */
                    products?: (tongbao.vulnerability.v1.AffectedProduct.$Properties[]|null);

                    /** Severity (危害等级). */
                    severity?: (tongbao.common.v1.Severity|null);

                    /** CVSS base score, 0.0 to 10.0; absent if not scored. */
                    cvssScore?: (number|null);

                    /** CVSS vector, e.g. "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H". */
                    cvssVector?: (string|null);

                    /** CWE weakness id, e.g. "CWE-787". */
                    cweId?: (string|null);

                    /** What is known about exploitation (利用情况). */
                    exploitStatus?: (tongbao.vulnerability.v1.ExploitStatus|null);

                    /** Affected sectors and regions (影响范围). */
                    affectedScope?: (tongbao.common.v1.Scope.$Properties|null);

                    /** Mitigation and remediation advice (处置建议). */
                    mitigation?: (string|null);

                    /** Whether the vendor has released a fix (是否有补丁). */
                    patchAvailable?: (boolean|null);

                    /** When the vulnerability was first made public, if it has been (公开时间). */
                    publishedTime?: (google.protobuf.Timestamp.$Properties|null);

                    /** Limits on disclosure by recipients (披露限制). */
                    disclosure?: (tongbao.vulnerability.v1.DisclosureConstraints.$Properties|null);

                    /** Vendor advisories and other sources (参考链接). */
                    referenceUrls?: (string[]|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a VulnerabilityNotice. */
                type $Shape = tongbao.vulnerability.v1.VulnerabilityNotice.$Properties;
            }

            /**
             * Properties of a VulnerabilityIdentifier.
             * @deprecated Use tongbao.vulnerability.v1.VulnerabilityIdentifier.$Properties instead.
             */
            interface IVulnerabilityIdentifier extends tongbao.vulnerability.v1.VulnerabilityIdentifier.$Properties {
            }

            /** An identifier of the vulnerability in one database (漏洞编号). */
            class VulnerabilityIdentifier {

                /**
                 * Constructs a new VulnerabilityIdentifier.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: tongbao.vulnerability.v1.VulnerabilityIdentifier.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Database that assigned the identifier. */
                scheme: tongbao.vulnerability.v1.IdentifierScheme;

                /** The identifier, e.g. "CVE-2024-3400", "CNVD-2024-12345". */
                value: string;

                /**
                 * Creates a new VulnerabilityIdentifier instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns VulnerabilityIdentifier instance
                 */
                static create(properties: tongbao.vulnerability.v1.VulnerabilityIdentifier.$Shape): tongbao.vulnerability.v1.VulnerabilityIdentifier & tongbao.vulnerability.v1.VulnerabilityIdentifier.$Shape;
                static create(properties?: tongbao.vulnerability.v1.VulnerabilityIdentifier.$Properties): tongbao.vulnerability.v1.VulnerabilityIdentifier;

                /**
                 * Encodes the specified VulnerabilityIdentifier message. Does not implicitly {@link tongbao.vulnerability.v1.VulnerabilityIdentifier.verify|verify} messages.
                 * @param message VulnerabilityIdentifier message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: tongbao.vulnerability.v1.VulnerabilityIdentifier.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a VulnerabilityIdentifier message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {tongbao.vulnerability.v1.VulnerabilityIdentifier & tongbao.vulnerability.v1.VulnerabilityIdentifier.$Shape} VulnerabilityIdentifier
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tongbao.vulnerability.v1.VulnerabilityIdentifier & tongbao.vulnerability.v1.VulnerabilityIdentifier.$Shape;

                /**
                 * Gets the type url for VulnerabilityIdentifier
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace VulnerabilityIdentifier {

                /** Properties of a VulnerabilityIdentifier. */
                interface $Properties {

                    /** Database that assigned the identifier. */
                    scheme?: (tongbao.vulnerability.v1.IdentifierScheme|null);

                    /** The identifier, e.g. "CVE-2024-3400", "CNVD-2024-12345". */
                    value?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a VulnerabilityIdentifier. */
                type $Shape = tongbao.vulnerability.v1.VulnerabilityIdentifier.$Properties;
            }

            /** Vulnerability database (漏洞库). */
            enum IdentifierScheme {

                /** Not set. */
                IDENTIFIER_SCHEME_UNSPECIFIED = 0,

                /** Common Vulnerabilities and Exposures. */
                IDENTIFIER_SCHEME_CVE = 1,

                /** China National Vulnerability Database (国家信息安全漏洞共享平台 CNVD). */
                IDENTIFIER_SCHEME_CNVD = 2,

                /** China National Vulnerability Database of Information Security (国家信息安全漏洞库 CNNVD). */
                IDENTIFIER_SCHEME_CNNVD = 3,

                /** China Industrial Control Systems Vulnerability Database (国家工业信息安全漏洞库 CICSVD). */
                IDENTIFIER_SCHEME_CICSVD = 4,

                /** A vendor's own advisory id. */
                IDENTIFIER_SCHEME_VENDOR = 5
            }

            /**
             * Properties of an AffectedProduct.
             * @deprecated Use tongbao.vulnerability.v1.AffectedProduct.$Properties instead.
             */
            interface IAffectedProduct extends tongbao.vulnerability.v1.AffectedProduct.$Properties {
            }

            /** A product affected by the vulnerability (影响产品). */
            class AffectedProduct {

                /**
                 * Constructs a new AffectedProduct.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: tongbao.vulnerability.v1.AffectedProduct.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Vendor (厂商). */
                vendor: string;

                /** Product name or model (产品名称或型号). */
                product: string;

                /** Affected versions or ranges in the vendor's notation (影响版本). */
                affectedVersions: string[];

                /** Versions that fix the vulnerability (修复版本). */
                fixedVersions: string[];

                /** CPE 2.3 name, if one exists. */
                cpe: string;

                /** What kind of product it is (产品类型). */
                productType: tongbao.common.v1.AssetType;

                /**
                 * Creates a new AffectedProduct instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns AffectedProduct instance
                 */
                static create(properties: tongbao.vulnerability.v1.AffectedProduct.$Shape): tongbao.vulnerability.v1.AffectedProduct & tongbao.vulnerability.v1.AffectedProduct.$Shape;
                static create(properties?: tongbao.vulnerability.v1.AffectedProduct.$Properties): tongbao.vulnerability.v1.AffectedProduct;

                /**
                 * Encodes the specified AffectedProduct message. Does not implicitly {@link tongbao.vulnerability.v1.AffectedProduct.verify|verify} messages.
                 * @param message AffectedProduct message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: tongbao.vulnerability.v1.AffectedProduct.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an AffectedProduct message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {tongbao.vulnerability.v1.AffectedProduct & tongbao.vulnerability.v1.AffectedProduct.$Shape} AffectedProduct
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tongbao.vulnerability.v1.AffectedProduct & tongbao.vulnerability.v1.AffectedProduct.$Shape;

                /**
                 * Gets the type url for AffectedProduct
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace AffectedProduct {

                /** Properties of an AffectedProduct. */
                interface $Properties {

                    /** Vendor (厂商). */
                    vendor?: (string|null);

                    /** Product name or model (产品名称或型号). */
                    product?: (string|null);

                    /** Affected versions or ranges in the vendor's notation (影响版本). */
                    affectedVersions?: (string[]|null);

                    /** Versions that fix the vulnerability (修复版本). */
                    fixedVersions?: (string[]|null);

                    /** CPE 2.3 name, if one exists. */
                    cpe?: (string|null);

                    /** What kind of product it is (产品类型). */
                    productType?: (tongbao.common.v1.AssetType|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an AffectedProduct. */
                type $Shape = tongbao.vulnerability.v1.AffectedProduct.$Properties;
            }

            /** Known state of exploitation (利用情况). */
            enum ExploitStatus {

                /** Not set. */
                EXPLOIT_STATUS_UNSPECIFIED = 0,

                /** No exploitation known (未发现利用). */
                EXPLOIT_STATUS_NONE_KNOWN = 1,

                /** Proof-of-concept code is public (已公开验证代码). */
                EXPLOIT_STATUS_PROOF_OF_CONCEPT = 2,

                /** Exploited in the wild (已被在野利用). */
                EXPLOIT_STATUS_EXPLOITED = 3
            }

            /**
             * Properties of a DisclosureConstraints.
             * @deprecated Use tongbao.vulnerability.v1.DisclosureConstraints.$Properties instead.
             */
            interface IDisclosureConstraints extends tongbao.vulnerability.v1.DisclosureConstraints.$Properties {
            }

            /**
             * Constraints on further disclosure, in line with the vulnerability management
             * rules (网络产品安全漏洞管理规定).
             */
            class DisclosureConstraints {

                /**
                 * Constructs a new DisclosureConstraints.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: tongbao.vulnerability.v1.DisclosureConstraints.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Recipients must not disclose the vulnerability publicly before this time (禁止公开截止时间). */
                embargoUntil?: (google.protobuf.Timestamp.$Properties|null);

                /** Whether recipients may pass technical details on to affected enterprises. */
                detailsShareable: boolean;

                /** Further conditions in words (其他要求). */
                conditions: string;

                /**
                 * Creates a new DisclosureConstraints instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns DisclosureConstraints instance
                 */
                static create(properties: tongbao.vulnerability.v1.DisclosureConstraints.$Shape): tongbao.vulnerability.v1.DisclosureConstraints & tongbao.vulnerability.v1.DisclosureConstraints.$Shape;
                static create(properties?: tongbao.vulnerability.v1.DisclosureConstraints.$Properties): tongbao.vulnerability.v1.DisclosureConstraints;

                /**
                 * Encodes the specified DisclosureConstraints message. Does not implicitly {@link tongbao.vulnerability.v1.DisclosureConstraints.verify|verify} messages.
                 * @param message DisclosureConstraints message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: tongbao.vulnerability.v1.DisclosureConstraints.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a DisclosureConstraints message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {tongbao.vulnerability.v1.DisclosureConstraints & tongbao.vulnerability.v1.DisclosureConstraints.$Shape} DisclosureConstraints
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tongbao.vulnerability.v1.DisclosureConstraints & tongbao.vulnerability.v1.DisclosureConstraints.$Shape;

                /**
                 * Gets the type url for DisclosureConstraints
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace DisclosureConstraints {

                /** Properties of a DisclosureConstraints. */
                interface $Properties {

                    /** Recipients must not disclose the vulnerability publicly before this time (禁止公开截止时间). */
                    embargoUntil?: (google.protobuf.Timestamp.$Properties|null);

                    /** Whether recipients may pass technical details on to affected enterprises. */
                    detailsShareable?: (boolean|null);

                    /** Further conditions in words (其他要求). */
                    conditions?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a DisclosureConstraints. */
                type $Shape = tongbao.vulnerability.v1.DisclosureConstraints.$Properties;
            }
        }
    }

    /** Namespace warning. */
    namespace warning {

        /** Namespace v1. */
        namespace v1 {

            /**
             * Properties of an EarlyWarning.
             * @deprecated Use tongbao.warning.v1.EarlyWarning.$Properties instead.
             */
            interface IEarlyWarning extends tongbao.warning.v1.EarlyWarning.$Properties {
            }

            /**
             * An early warning, or an adjustment or lifting of one. Under 谁发布、谁解除 an
             * ADJUST or LIFT must come from the source of the original ISSUE, name it in
             * warning_id and reference it in the header with REFERENCE_KIND_UPDATE.
             * Header.expires should equal start_time plus validity.
             */
            class EarlyWarning {

                /**
                 * Constructs a new EarlyWarning.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: tongbao.warning.v1.EarlyWarning.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** What this message does: issue, adjust or lift. */
                action: tongbao.common.v1.WarningAction;

                /** Warning level (预警级别); for LIFT, the level being lifted. */
                level: tongbao.common.v1.WarningLevel;

                /** Category of the incident warned of (事件类别). */
                category: tongbao.common.v1.IncidentCategory;

                /** Document number (文号); may be empty. */
                documentNumber: string;

                /** Title (标题). */
                title: string;

                /** Issuing unit as printed on the warning (发布单位), e.g. "国家能源局华东监管局". */
                issuingUnit: string;

                /** When the warning takes effect (预警起始时间). */
                startTime?: (google.protobuf.Timestamp.$Properties|null);

                /** How long the warning stays in force unless adjusted or lifted (有效期). */
                validity?: (google.protobuf.Duration.$Properties|null);

                /** Who and what may be affected (可能影响范围). */
                possibleScope?: (tongbao.common.v1.Scope.$Properties|null);

                /** What recipients must watch for, one per entry (警示事项). */
                alertItems: string[];

                /** Measures recipients must take, each with its time limit (应采取的措施). */
                requiredMeasures: tongbao.warning.v1.RequiredMeasure.$Properties[];

                /** Why the warning is adjusted or lifted (调整或解除理由); empty for ISSUE. */
                reason: string;

                /** Contact for questions about the warning (联系人). */
                contact?: (tongbao.common.v1.Person.$Properties|null);

                /**
                 * Header.id of the ISSUE message of the warning this ADJUST or LIFT changes
                 * (被调整或解除的预警); required for ADJUST and LIFT, empty for ISSUE. It keeps the
                 * target inside the signed payload, so the payload alone says which warning it ends.
                 */
                warningId: string;

                /**
                 * Creates a new EarlyWarning instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns EarlyWarning instance
                 */
                static create(properties: tongbao.warning.v1.EarlyWarning.$Shape): tongbao.warning.v1.EarlyWarning & tongbao.warning.v1.EarlyWarning.$Shape;
                static create(properties?: tongbao.warning.v1.EarlyWarning.$Properties): tongbao.warning.v1.EarlyWarning;

                /**
                 * Encodes the specified EarlyWarning message. Does not implicitly {@link tongbao.warning.v1.EarlyWarning.verify|verify} messages.
                 * @param message EarlyWarning message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: tongbao.warning.v1.EarlyWarning.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an EarlyWarning message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {tongbao.warning.v1.EarlyWarning & tongbao.warning.v1.EarlyWarning.$Shape} EarlyWarning
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tongbao.warning.v1.EarlyWarning & tongbao.warning.v1.EarlyWarning.$Shape;

                /**
                 * Gets the type url for EarlyWarning
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace EarlyWarning {

                /** Properties of an EarlyWarning. */
                interface $Properties {

                    /** What this message does: issue, adjust or lift. */
                    action?: (tongbao.common.v1.WarningAction|null);

                    /** Warning level (预警级别); for LIFT, the level being lifted. */
                    level?: (tongbao.common.v1.WarningLevel|null);

                    /** Category of the incident warned of (事件类别). */
                    category?: (tongbao.common.v1.IncidentCategory|null);

                    /** Document number (文号); may be empty. */
                    documentNumber?: (string|null);

                    /** Title (标题). */
                    title?: (string|null);

                    /** Issuing unit as printed on the warning (发布单位), e.g. "国家能源局华东监管局". */
                    issuingUnit?: (string|null);

                    /** When the warning takes effect (预警起始时间). */
                    startTime?: (google.protobuf.Timestamp.$Properties|null);

                    /** How long the warning stays in force unless adjusted or lifted (有效期). */
                    validity?: (google.protobuf.Duration.$Properties|null);

                    /** Who and what may be affected (可能影响范围). */
                    possibleScope?: (tongbao.common.v1.Scope.$Properties|null);

                    /** What recipients must watch for, one per entry (警示事项). */
                    alertItems?: (string[]|null);

                    /** Measures recipients must take, each with its time limit (应采取的措施). */
                    requiredMeasures?: (tongbao.warning.v1.RequiredMeasure.$Properties[]|null);

                    /** Why the warning is adjusted or lifted (调整或解除理由); empty for ISSUE. */
                    reason?: (string|null);

                    /** Contact for questions about the warning (联系人). */
                    contact?: (tongbao.common.v1.Person.$Properties|null);

                    /**
                     * Header.id of the ISSUE message of the warning this ADJUST or LIFT changes
                     * (被调整或解除的预警); required for ADJUST and LIFT, empty for ISSUE. It keeps the
                     * target inside the signed payload, so the payload alone says which warning it ends.
                     */
                    warningId?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an EarlyWarning. */
                type $Shape = tongbao.warning.v1.EarlyWarning.$Properties;
            }

            /**
             * Properties of a RequiredMeasure.
             * @deprecated Use tongbao.warning.v1.RequiredMeasure.$Properties instead.
             */
            interface IRequiredMeasure extends tongbao.warning.v1.RequiredMeasure.$Properties {
            }

            /** A measure recipients must take (防范措施要求). */
            class RequiredMeasure {

                /**
                 * Constructs a new RequiredMeasure.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: tongbao.warning.v1.RequiredMeasure.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** The measure (措施内容). */
                description: string;

                /** When it must be done by (完成时限); unset means at once. */
                deadline?: (google.protobuf.Timestamp.$Properties|null);

                /**
                 * Creates a new RequiredMeasure instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns RequiredMeasure instance
                 */
                static create(properties: tongbao.warning.v1.RequiredMeasure.$Shape): tongbao.warning.v1.RequiredMeasure & tongbao.warning.v1.RequiredMeasure.$Shape;
                static create(properties?: tongbao.warning.v1.RequiredMeasure.$Properties): tongbao.warning.v1.RequiredMeasure;

                /**
                 * Encodes the specified RequiredMeasure message. Does not implicitly {@link tongbao.warning.v1.RequiredMeasure.verify|verify} messages.
                 * @param message RequiredMeasure message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: tongbao.warning.v1.RequiredMeasure.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a RequiredMeasure message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {tongbao.warning.v1.RequiredMeasure & tongbao.warning.v1.RequiredMeasure.$Shape} RequiredMeasure
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tongbao.warning.v1.RequiredMeasure & tongbao.warning.v1.RequiredMeasure.$Shape;

                /**
                 * Gets the type url for RequiredMeasure
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace RequiredMeasure {

                /** Properties of a RequiredMeasure. */
                interface $Properties {

                    /** The measure (措施内容). */
                    description?: (string|null);

                    /** When it must be done by (完成时限); unset means at once. */
                    deadline?: (google.protobuf.Timestamp.$Properties|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a RequiredMeasure. */
                type $Shape = tongbao.warning.v1.RequiredMeasure.$Properties;
            }
        }
    }
}

/** Namespace google. */
export namespace google {

    /** Namespace protobuf. */
    namespace protobuf {

        /**
         * Properties of a Timestamp.
         * @deprecated Use google.protobuf.Timestamp.$Properties instead.
         */
        interface ITimestamp extends google.protobuf.Timestamp.$Properties {
        }

        /** Represents a Timestamp. */
        class Timestamp {

            /**
             * Constructs a new Timestamp.
             * @param [properties] Properties to set
             */
            constructor(properties?: google.protobuf.Timestamp.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Timestamp seconds. */
            seconds: number;

            /** Timestamp nanos. */
            nanos: number;

            /**
             * Creates a new Timestamp instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Timestamp instance
             */
            static create(properties: google.protobuf.Timestamp.$Shape): google.protobuf.Timestamp & google.protobuf.Timestamp.$Shape;
            static create(properties?: google.protobuf.Timestamp.$Properties): google.protobuf.Timestamp;

            /**
             * Encodes the specified Timestamp message. Does not implicitly {@link google.protobuf.Timestamp.verify|verify} messages.
             * @param message Timestamp message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: google.protobuf.Timestamp.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Timestamp message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {google.protobuf.Timestamp & google.protobuf.Timestamp.$Shape} Timestamp
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): google.protobuf.Timestamp & google.protobuf.Timestamp.$Shape;

            /**
             * Gets the type url for Timestamp
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Timestamp {

            /** Properties of a Timestamp. */
            interface $Properties {

                /** Timestamp seconds */
                seconds?: (number|null);

                /** Timestamp nanos */
                nanos?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Timestamp. */
            type $Shape = google.protobuf.Timestamp.$Properties;
        }

        /**
         * Properties of a Duration.
         * @deprecated Use google.protobuf.Duration.$Properties instead.
         */
        interface IDuration extends google.protobuf.Duration.$Properties {
        }

        /** Represents a Duration. */
        class Duration {

            /**
             * Constructs a new Duration.
             * @param [properties] Properties to set
             */
            constructor(properties?: google.protobuf.Duration.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Duration seconds. */
            seconds: number;

            /** Duration nanos. */
            nanos: number;

            /**
             * Creates a new Duration instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Duration instance
             */
            static create(properties: google.protobuf.Duration.$Shape): google.protobuf.Duration & google.protobuf.Duration.$Shape;
            static create(properties?: google.protobuf.Duration.$Properties): google.protobuf.Duration;

            /**
             * Encodes the specified Duration message. Does not implicitly {@link google.protobuf.Duration.verify|verify} messages.
             * @param message Duration message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: google.protobuf.Duration.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Duration message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {google.protobuf.Duration & google.protobuf.Duration.$Shape} Duration
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): google.protobuf.Duration & google.protobuf.Duration.$Shape;

            /**
             * Gets the type url for Duration
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Duration {

            /** Properties of a Duration. */
            interface $Properties {

                /** Duration seconds */
                seconds?: (number|null);

                /** Duration nanos */
                nanos?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Duration. */
            type $Shape = google.protobuf.Duration.$Properties;
        }
    }
}
