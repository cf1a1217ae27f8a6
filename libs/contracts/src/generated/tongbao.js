// Generated from schemas/proto by libs/contracts/scripts/generate.mjs. Do not edit.
/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
import $protobuf from "protobufjs/minimal.js";
$protobuf.util.Long = undefined;
$protobuf.configure();

// Common aliases
const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
const $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError;

// Exported root namespace
const $root = $protobuf.roots["tongbao"] || ($protobuf.roots["tongbao"] = {});

export const tongbao = $root.tongbao = (() => {

    /**
     * Namespace tongbao.
     * @exports tongbao
     * @namespace
     */
    const tongbao = {};

    tongbao.bulletin = (function() {

        /**
         * Namespace bulletin.
         * @memberof tongbao
         * @namespace
         */
        const bulletin = {};

        bulletin.v1 = (function() {

            /**
             * Namespace v1.
             * @memberof tongbao.bulletin
             * @namespace
             */
            const v1 = {};

            v1.ThreatBulletin = (function() {

                /**
                 * Properties of a ThreatBulletin.
                 * @typedef {Object} tongbao.bulletin.v1.ThreatBulletin.$Properties
                 * @property {tongbao.bulletin.v1.BulletinKind|null} [kind] Kind of bulletin.
                 * @property {string|null} [documentNumber] Document number (文号), e.g. "工信网安通报〔2025〕12号"; may be empty.
                 * @property {string|null} [title] Title (标题).
                 * @property {string|null} [summary] Short summary (摘要).
                 * @property {string|null} [body] Full text (正文).
                 * @property {tongbao.common.v1.IncidentCategory|null} [category] Threat class under GB/T 20986-2023 (威胁类型).
                 * @property {string|null} [threatName] Name of the threat, malware family or campaign, e.g. "Mirai variant".
                 * @property {tongbao.common.v1.Severity|null} [severity] Assessed severity (危害等级).
                 * @property {Array.<tongbao.common.v1.Indicator.$Properties>|null} [indicators] Indicators: ip, domain, url, hash, cve (威胁指标).
                 * @property {tongbao.common.v1.Scope.$Properties|null} [affectedScope] Affected sectors and regions (影响范围).
                 * @property {Array.<string>|null} [recommendedMeasures] Recommended measures, one per entry (处置建议).
                 * @property {tongbao.common.v1.Period.$Properties|null} [period] Period covered, for situation reports (统计周期).
                 * @property {Array.<tongbao.bulletin.v1.Statistic.$Properties>|null} [statistics] Figures reported in a situation report (态势数据).
                 * @property {Array.<tongbao.common.v1.Attachment.$Properties>|null} [attachments] Supporting documents (附件).
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a ThreatBulletin.
                 * @memberof tongbao.bulletin.v1
                 * @interface IThreatBulletin
                 * @augments tongbao.bulletin.v1.ThreatBulletin.$Properties
                 * @deprecated Use tongbao.bulletin.v1.ThreatBulletin.$Properties instead.
                 */

                /**
                 * Shape of a ThreatBulletin.
                 * @typedef {{
                 *   kind?: tongbao.bulletin.v1.BulletinKind|null;
                 *   documentNumber?: string|null;
                 *   title?: string|null;
                 *   summary?: string|null;
                 *   body?: string|null;
                 *   category?: tongbao.common.v1.IncidentCategory|null;
                 *   threatName?: string|null;
                 *   severity?: tongbao.common.v1.Severity|null;
                 *   indicators?: Array.<tongbao.common.v1.Indicator.$Shape>|null;
                 *   affectedScope?: tongbao.common.v1.Scope.$Shape|null;
                 *   recommendedMeasures?: Array.<string>|null;
                 *   period?: tongbao.common.v1.Period.$Shape|null;
                 *   statistics?: Array.<tongbao.bulletin.v1.Statistic.$Shape>|null;
                 *   attachments?: Array.<tongbao.common.v1.Attachment.$Shape>|null;
                 *   $unknowns?: Array.<Uint8Array>;
                 * }} tongbao.bulletin.v1.ThreatBulletin.$Shape
                 */

                /**
                 * Constructs a new ThreatBulletin.
                 * @memberof tongbao.bulletin.v1
                 * @classdesc A bulletin about a threat or about the security situation over a period,
                 * typically from MIIT or the technical platform to departments and provinces.
                 * @constructor
                 * @param {tongbao.bulletin.v1.ThreatBulletin.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const ThreatBulletin = function (properties) {
                    this.indicators = [];
                    this.recommendedMeasures = [];
                    this.statistics = [];
                    this.attachments = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Kind of bulletin.
                 * @member {tongbao.bulletin.v1.BulletinKind} kind
                 * @memberof tongbao.bulletin.v1.ThreatBulletin
                 * @instance
                 */
                ThreatBulletin.prototype.kind = 0;

                /**
                 * Document number (文号), e.g. "工信网安通报〔2025〕12号"; may be empty.
                 * @member {string} documentNumber
                 * @memberof tongbao.bulletin.v1.ThreatBulletin
                 * @instance
                 */
                ThreatBulletin.prototype.documentNumber = "";

                /**
                 * Title (标题).
                 * @member {string} title
                 * @memberof tongbao.bulletin.v1.ThreatBulletin
                 * @instance
                 */
                ThreatBulletin.prototype.title = "";

                /**
                 * Short summary (摘要).
                 * @member {string} summary
                 * @memberof tongbao.bulletin.v1.ThreatBulletin
                 * @instance
                 */
                ThreatBulletin.prototype.summary = "";

                /**
                 * Full text (正文).
                 * @member {string} body
                 * @memberof tongbao.bulletin.v1.ThreatBulletin
                 * @instance
                 */
                ThreatBulletin.prototype.body = "";

                /**
                 * Threat class under GB/T 20986-2023 (威胁类型).
                 * @member {tongbao.common.v1.IncidentCategory} category
                 * @memberof tongbao.bulletin.v1.ThreatBulletin
                 * @instance
                 */
                ThreatBulletin.prototype.category = 0;

                /**
                 * Name of the threat, malware family or campaign, e.g. "Mirai variant".
                 * @member {string} threatName
                 * @memberof tongbao.bulletin.v1.ThreatBulletin
                 * @instance
                 */
                ThreatBulletin.prototype.threatName = "";

                /**
                 * Assessed severity (危害等级).
                 * @member {tongbao.common.v1.Severity} severity
                 * @memberof tongbao.bulletin.v1.ThreatBulletin
                 * @instance
                 */
                ThreatBulletin.prototype.severity = 0;

                /**
                 * Indicators: ip, domain, url, hash, cve (威胁指标).
                 * @member {Array.<tongbao.common.v1.Indicator.$Properties>} indicators
                 * @memberof tongbao.bulletin.v1.ThreatBulletin
                 * @instance
                 */
                ThreatBulletin.prototype.indicators = $util.emptyArray;

                /**
                 * Affected sectors and regions (影响范围).
                 * @member {tongbao.common.v1.Scope.$Properties|null|undefined} affectedScope
                 * @memberof tongbao.bulletin.v1.ThreatBulletin
                 * @instance
                 */
                ThreatBulletin.prototype.affectedScope = null;

                /**
                 * Recommended measures, one per entry (处置建议).
                 * @member {Array.<string>} recommendedMeasures
                 * @memberof tongbao.bulletin.v1.ThreatBulletin
                 * @instance
                 */
                ThreatBulletin.prototype.recommendedMeasures = $util.emptyArray;

                /**
                 * Period covered, for situation reports (统计周期).
                 * @member {tongbao.common.v1.Period.$Properties|null|undefined} period
                 * @memberof tongbao.bulletin.v1.ThreatBulletin
                 * @instance
                 */
                ThreatBulletin.prototype.period = null;

                /**
                 * Figures reported in a situation report (态势数据).
                 * @member {Array.<tongbao.bulletin.v1.Statistic.$Properties>} statistics
                 * @memberof tongbao.bulletin.v1.ThreatBulletin
                 * @instance
                 */
                ThreatBulletin.prototype.statistics = $util.emptyArray;

                /**
                 * Supporting documents (附件).
                 * @member {Array.<tongbao.common.v1.Attachment.$Properties>} attachments
                 * @memberof tongbao.bulletin.v1.ThreatBulletin
                 * @instance
                 */
                ThreatBulletin.prototype.attachments = $util.emptyArray;

                /**
                 * Creates a new ThreatBulletin instance using the specified properties.
                 * @function create
                 * @memberof tongbao.bulletin.v1.ThreatBulletin
                 * @static
                 * @param {tongbao.bulletin.v1.ThreatBulletin.$Properties=} [properties] Properties to set
                 * @returns {tongbao.bulletin.v1.ThreatBulletin} ThreatBulletin instance
                 * @type {{
                 *   (properties: tongbao.bulletin.v1.ThreatBulletin.$Shape): tongbao.bulletin.v1.ThreatBulletin & tongbao.bulletin.v1.ThreatBulletin.$Shape;
                 *   (properties?: tongbao.bulletin.v1.ThreatBulletin.$Properties): tongbao.bulletin.v1.ThreatBulletin;
                 * }}
                 */
                ThreatBulletin.create = function(properties) {
                    return new ThreatBulletin(properties);
                };

                /**
                 * Encodes the specified ThreatBulletin message. Does not implicitly {@link tongbao.bulletin.v1.ThreatBulletin.verify|verify} messages.
                 * @function encode
                 * @memberof tongbao.bulletin.v1.ThreatBulletin
                 * @static
                 * @param {tongbao.bulletin.v1.ThreatBulletin.$Properties} message ThreatBulletin message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                ThreatBulletin.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.kind != null && $Object.hasOwnProperty.call(message, "kind") && message.kind !== 0)
                        writer.uint32(/* id 1, wireType 0 =*/8).int32(message.kind);
                    if (message.documentNumber != null && $Object.hasOwnProperty.call(message, "documentNumber") && message.documentNumber !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.documentNumber);
                    if (message.title != null && $Object.hasOwnProperty.call(message, "title") && message.title !== "")
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.title);
                    if (message.summary != null && $Object.hasOwnProperty.call(message, "summary") && message.summary !== "")
                        writer.uint32(/* id 4, wireType 2 =*/34).string(message.summary);
                    if (message.body != null && $Object.hasOwnProperty.call(message, "body") && message.body !== "")
                        writer.uint32(/* id 5, wireType 2 =*/42).string(message.body);
                    if (message.category != null && $Object.hasOwnProperty.call(message, "category") && message.category !== 0)
                        writer.uint32(/* id 6, wireType 0 =*/48).int32(message.category);
                    if (message.threatName != null && $Object.hasOwnProperty.call(message, "threatName") && message.threatName !== "")
                        writer.uint32(/* id 7, wireType 2 =*/58).string(message.threatName);
                    if (message.severity != null && $Object.hasOwnProperty.call(message, "severity") && message.severity !== 0)
                        writer.uint32(/* id 8, wireType 0 =*/64).int32(message.severity);
                    if (message.indicators != null && message.indicators.length)
                        for (let i = 0; i < message.indicators.length; ++i)
                            $root.tongbao.common.v1.Indicator.encode(message.indicators[i], writer.uint32(/* id 9, wireType 2 =*/74).fork(), _depth + 1).ldelim();
                    if (message.affectedScope != null && $Object.hasOwnProperty.call(message, "affectedScope"))
                        $root.tongbao.common.v1.Scope.encode(message.affectedScope, writer.uint32(/* id 10, wireType 2 =*/82).fork(), _depth + 1).ldelim();
                    if (message.recommendedMeasures != null && message.recommendedMeasures.length)
                        for (let i = 0; i < message.recommendedMeasures.length; ++i)
                            writer.uint32(/* id 11, wireType 2 =*/90).string(message.recommendedMeasures[i]);
                    if (message.period != null && $Object.hasOwnProperty.call(message, "period"))
                        $root.tongbao.common.v1.Period.encode(message.period, writer.uint32(/* id 12, wireType 2 =*/98).fork(), _depth + 1).ldelim();
                    if (message.statistics != null && message.statistics.length)
                        for (let i = 0; i < message.statistics.length; ++i)
                            $root.tongbao.bulletin.v1.Statistic.encode(message.statistics[i], writer.uint32(/* id 13, wireType 2 =*/106).fork(), _depth + 1).ldelim();
                    if (message.attachments != null && message.attachments.length)
                        for (let i = 0; i < message.attachments.length; ++i)
                            $root.tongbao.common.v1.Attachment.encode(message.attachments[i], writer.uint32(/* id 14, wireType 2 =*/114).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a ThreatBulletin message from the specified reader or buffer.
                 * @function decode
                 * @memberof tongbao.bulletin.v1.ThreatBulletin
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {tongbao.bulletin.v1.ThreatBulletin & tongbao.bulletin.v1.ThreatBulletin.$Shape} ThreatBulletin
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                ThreatBulletin.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.tongbao.bulletin.v1.ThreatBulletin();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    throw $Error("invalid wire type " + wireType + " for field " + tag);
                                if (value = reader.int32())
                                    message.kind = value;
                                else
                                    delete message.kind;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    throw $Error("invalid wire type " + wireType + " for field " + tag);
                                if ((value = reader.stringVerify()).length)
                                    message.documentNumber = value;
                                else
                                    delete message.documentNumber;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    throw $Error("invalid wire type " + wireType + " for field " + tag);
                                if ((value = reader.stringVerify()).length)
                                    message.title = value;
                                else
                                    delete message.title;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    throw $Error("invalid wire type " + wireType + " for field " + tag);
                                if ((value = reader.stringVerify()).length)
                                    message.summary = value;
                                else
                                    delete message.summary;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 2)
                                    throw $Error("invalid wire type " + wireType + " for field " + tag);
                                if ((value = reader.stringVerify()).length)
                                    message.body = value;
                                else
                                    delete message.body;
                                continue;
                            }
                        case 6: {
                                if (wireType !== 0)
                                    throw $Error("invalid wire type " + wireType + " for field " + tag);
                                if (value = reader.int32())
                                    message.category = value;
                                else
                                    delete message.category;
                                continue;
                            }
                        case 7: {
                                if (wireType !== 2)
                                    throw $Error("invalid wire type " + wireType + " for field " + tag);
                                if ((value = reader.stringVerify()).length)
                                    message.threatName = value;
                                else
                                    delete message.threatName;
                                continue;
                            }
                        case 8: {
                                if (wireType !== 0)
                                    throw $Error("invalid wire type " + wireType + " for field " + tag);
                                if (value = reader.int32())
                                    message.severity = value;
                                else
                                    delete message.severity;
                                continue;
                            }
                        case 9: {
                                if (wireType !== 2)
                                    throw $Error("invalid wire type " + wireType + " for field " + tag);
                                if (!(message.indicators && message.indicators.length))
                                    message.indicators = [];
                                message.indicators.push($root.tongbao.common.v1.Indicator.decode(reader, reader.size(), $undefined, _depth + 1));
                                continue;
                            }
                        case 10: {
                                if (wireType !== 2)
                                    throw $Error("invalid wire type " + wireType + " for field " + tag);
                                message.affectedScope = $root.tongbao.common.v1.Scope.decode(reader, reader.size(), $undefined, _depth + 1, message.affectedScope);
                                continue;
                            }
                        case 11: {
                                if (wireType !== 2)
                                    throw $Error("invalid wire type " + wireType + " for field " + tag);
                                if (!(message.recommendedMeasures && message.recommendedMeasures.length))
                                    message.recommendedMeasures = [];
                                message.recommendedMeasures.push(reader.stringVerify());
                                continue;
                            }
                        case 12: {
                                if (wireType !== 2)
                                    throw $Error("invalid wire type " + wireType + " for field " + tag);
                                message.period = $root.tongbao.common.v1.Period.decode(reader, reader.size(), $undefined, _depth + 1, message.period);
                                continue;
                            }
                        case 13: {
                                if (wireType !== 2)
                                    throw $Error("invalid wire type " + wireType + " for field " + tag);
                                if (!(message.statistics && message.statistics.length))
                                    message.statistics = [];
                                message.statistics.push($root.tongbao.bulletin.v1.Statistic.decode(reader, reader.size(), $undefined, _depth + 1));
                                continue;
                            }
                        case 14: {
                                if (wireType !== 2)
                                    throw $Error("invalid wire type " + wireType + " for field " + tag);
                                if (!(message.attachments && message.attachments.length))
                                    message.attachments = [];
                                message.attachments.push($root.tongbao.common.v1.Attachment.decode(reader, reader.size(), $undefined, _depth + 1));
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Gets the type url for ThreatBulletin
                 * @function getTypeUrl
                 * @memberof tongbao.bulletin.v1.ThreatBulletin
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                ThreatBulletin.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/tongbao.bulletin.v1.ThreatBulletin";
                };

                return ThreatBulletin;
            })();

            /**
             * Kind of bulletin (通报类型).
             * @name tongbao.bulletin.v1.BulletinKind
             * @enum {number}
             * @property {number} BULLETIN_KIND_UNSPECIFIED=0 Not set.
             * @property {number} BULLETIN_KIND_THREAT=1 About a specific threat (威胁通报).
             * @property {number} BULLETIN_KIND_SITUATION=2 About the overall situation over a period (态势通报).
             * @property {number} BULLETIN_KIND_RISK_ADVISORY=3 A risk advisory short of a specific threat (风险提示).
             */
            v1.BulletinKind = (function() {
                const valuesById = $Object.create(null), values = $Object.create(valuesById);
                values[valuesById[0] = "BULLETIN_KIND_UNSPECIFIED"] = 0;
                values[valuesById[1] = "BULLETIN_KIND_THREAT"] = 1;
                values[valuesById[2] = "BULLETIN_KIND_SITUATION"] = 2;
                values[valuesById[3] = "BULLETIN_KIND_RISK_ADVISORY"] = 3;
                return values;
            })();

            v1.Statistic = (function() {

                /**
                 * Properties of a Statistic.
                 * @typedef {Object} tongbao.bulletin.v1.Statistic.$Properties
                 * @property {string|null} [name] What is counted or measured (指标名称), e.g. "恶意程序感染主机".
                 * @property {number|null} [value] The value.
                 * @property {string|null} [unit] Unit (单位), e.g. "台", "次", "%".
                 * @property {number|null} [changeRatio] Change against the previous period as a fraction, e.g. 0.12 for +12% (环比);
                 * absent if not given.
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a Statistic.
                 * @memberof tongbao.bulletin.v1
                 * @interface IStatistic
                 * @augments tongbao.bulletin.v1.Statistic.$Properties
                 * @deprecated Use tongbao.bulletin.v1.Statistic.$Properties instead.
                 */

                /**
                 * Shape of a Statistic.
                 * @typedef {tongbao.bulletin.v1.Statistic.$Properties} tongbao.bulletin.v1.Statistic.$Shape
                 */

                /**
                 * Constructs a new Statistic.
                 * @memberof tongbao.bulletin.v1
                 * @classdesc One figure in a situation report (统计数据), e.g. 1520 infected hosts.
                 * @constructor
                 * @param {tongbao.bulletin.v1.Statistic.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const Statistic = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * What is counted or measured (指标名称), e.g. "恶意程序感染主机".
                 * @member {string} name
                 * @memberof tongbao.bulletin.v1.Statistic
                 * @instance
                 */
                Statistic.prototype.name = "";

                /**
                 * The value.
                 * @member {number} value
                 * @memberof tongbao.bulletin.v1.Statistic
                 * @instance
                 */
                Statistic.prototype.value = 0;

                /**
                 * Unit (单位), e.g. "台", "次", "%".
                 * @member {string} unit
                 * @memberof tongbao.bulletin.v1.Statistic
                 * @instance
                 */
                Statistic.prototype.unit = "";

                /**
                 * Change against the previous period as a fraction, e.g. 0.12 for +12% (环比);
                 * absent if not given.
                 * @member {number|null|undefined} changeRatio
                 * @memberof tongbao.bulletin.v1.Statistic
                 * @instance
                 */
                Statistic.prototype.changeRatio = null;

                // OneOf field names bound to virtual getters and setters
                let $oneOfFields;

                // Virtual OneOf for proto3 optional field
                $Object.defineProperty(Statistic.prototype, "_changeRatio", {
                    get: $util.oneOfGetter($oneOfFields = ["changeRatio"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                /**
                 * Creates a new Statistic instance using the specified properties.
                 * @function create
                 * @memberof tongbao.bulletin.v1.Statistic
                 * @static
                 * @param {tongbao.bulletin.v1.Statistic.$Properties=} [properties] Properties to set
                 * @returns {tongbao.bulletin.v1.Statistic} Statistic instance
                 * @type {{
                 *   (properties: tongbao.bulletin.v1.Statistic.$Shape): tongbao.bulletin.v1.Statistic & tongbao.bulletin.v1.Statistic.$Shape;
                 *   (properties?: tongbao.bulletin.v1.Statistic.$Properties): tongbao.bulletin.v1.Statistic;
                 * }}
                 */
                Statistic.create = function(properties) {
                    return new Statistic(properties);
                };

                /**
                 * Encodes the specified Statistic message. Does not implicitly {@link tongbao.bulletin.v1.Statistic.verify|verify} messages.
                 * @function encode
                 * @memberof tongbao.bulletin.v1.Statistic
                 * @static
                 * @param {tongbao.bulletin.v1.Statistic.$Properties} message Statistic message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Statistic.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
                    if (message.value != null && $Object.hasOwnProperty.call(message, "value") && !$Object.is(message.value, 0))
                        writer.uint32(/* id 2, wireType 1 =*/17).double(message.value);
                    if (message.unit != null && $Object.hasOwnProperty.call(message, "unit") && message.unit !== "")
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.unit);
                    if (message.changeRatio != null && $Object.hasOwnProperty.call(message, "changeRatio"))
                        writer.uint32(/* id 4, wireType 1 =*/33).double(message.changeRatio);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a Statistic message from the specified reader or buffer.
                 * @function decode
                 * @memberof tongbao.bulletin.v1.Statistic
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {tongbao.bulletin.v1.Statistic & tongbao.bulletin.v1.Statistic.$Shape} Statistic
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Statistic.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.tongbao.bulletin.v1.Statistic();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    throw $Error("invalid wire type " + wireType + " for field " + tag);
                                if ((value = reader.stringVerify()).length)
                                    message.name = value;
                                else
                                    delete message.name;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 1)
                                    throw $Error("invalid wire type " + wireType + " for field " + tag);
                                if (!$Object.is(value = reader.double(), 0))
                                    message.value = value;
                                else
                                    delete message.value;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    throw $Error("invalid wire type " + wireType + " for field " + tag);
                                if ((value = reader.stringVerify()).length)
                                    message.unit = value;
                                else
                                    delete message.unit;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 1)
                                    throw $Error("invalid wire type " + wireType + " for field " + tag);
                                message.changeRatio = reader.double();
                                message._changeRatio = "changeRatio";
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Gets the type url for Statistic
                 * @function getTypeUrl
                 * @memberof tongbao.bulletin.v1.Statistic
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                Statistic.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/tongbao.bulletin.v1.Statistic";
                };

                return Statistic;
            })();

            return v1;
        })();

        return bulletin;
    })();

    tongbao.common = (function() {

        /**
         * Namespace common.
         * @memberof tongbao
         * @namespace
         */
        const common = {};

        common.v1 = (function() {

            /**
             * Namespace v1.
             * @memberof tongbao.common
             * @namespace
             */
            const v1 = {};

            v1.Attachment = (function() {

                /**
                 * Properties of an Attachment.
                 * @typedef {Object} tongbao.common.v1.Attachment.$Properties
                 * @property {string|null} [name] File name as shown to people (文件名).
                 * @property {string|null} [mediaType] Media type, e.g. "application/pdf".
                 * @property {number|null} [sizeBytes] Size in bytes.
                 * @property {Uint8Array|null} [sha256] SHA-256 digest of the content.
                 * @property {Uint8Array|null} [data] The content itself, for small files.
                 * @property {string|null} [uri] A URI from which the content can be fetched by authorised recipients.
                 * @property {string|null} [description] What the attachment shows, e.g. "scan report after patching".
                 * @property {"data"|"uri"} [content] Where the content is.
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of an Attachment.
                 * @memberof tongbao.common.v1
                 * @interface IAttachment
                 * @augments tongbao.common.v1.Attachment.$Properties
                 * @deprecated Use tongbao.common.v1.Attachment.$Properties instead.
                 */

                /**
                 * Narrowed shape of an Attachment.
                 * @typedef {{
                 *   name?: string|null;
                 *   mediaType?: string|null;
                 *   sizeBytes?: number|null;
                 *   sha256?: Uint8Array|null;
                 *   data?: Uint8Array|null;
                 *   uri?: string|null;
                 *   description?: string|null;
                 *   $unknowns?: Array.<Uint8Array>;
                 * } & (
                 *   ({ content?: undefined; data?: null; uri?: null }|{ content?: "data"; data: Uint8Array; uri?: null }|{ content?: "uri"; data?: null; uri: string })
                 * )} tongbao.common.v1.Attachment.$Shape
                 */

                /**
                 * Constructs a new Attachment.
                 * @memberof tongbao.common.v1
                 * @classdesc A document or file attached to a message (附件), carried inline when small or
                 * by reference otherwise. The digest is covered by the message signature, so a
                 * referenced file is as tamper-evident as an inline one.
                 * @constructor
                 * @param {tongbao.common.v1.Attachment.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const Attachment = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * File name as shown to people (文件名).
                 * @member {string} name
                 * @memberof tongbao.common.v1.Attachment
                 * @instance
                 */
                Attachment.prototype.name = "";

                /**
                 * Media type, e.g. "application/pdf".
                 * @member {string} mediaType
                 * @memberof tongbao.common.v1.Attachment
                 * @instance
                 */
                Attachment.prototype.mediaType = "";

                /**
                 * Size in bytes.
                 * @member {number} sizeBytes
                 * @memberof tongbao.common.v1.Attachment
                 * @instance
                 */
                Attachment.prototype.sizeBytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * SHA-256 digest of the content.
                 * @member {Uint8Array} sha256
                 * @memberof tongbao.common.v1.Attachment
                 * @instance
                 */
                Attachment.prototype.sha256 = $util.newBuffer([]);

                /**
                 * The content itself, for small files.
                 * @member {Uint8Array|null|undefined} data
                 * @memberof tongbao.common.v1.Attachment
                 * @instance
                 */
                Attachment.prototype.data = null;

                /**
                 * A URI from which the content can be fetched by authorised recipients.
                 * @member {string|null|undefined} uri
                 * @memberof tongbao.common.v1.Attachment
                 * @instance
                 */
                Attachment.prototype.uri = null;

                /**
                 * What the attachment shows, e.g. "scan report after patching".
                 * @member {string} description
                 * @memberof tongbao.common.v1.Attachment
                 * @instance
                 */
                Attachment.prototype.description = "";

                // OneOf field names bound to virtual getters and setters
                let $oneOfFields;

                /**
                 * Where the content is.
                 * @member {"data"|"uri"|undefined} content
                 * @memberof tongbao.common.v1.Attachment
                 * @instance
                 */
                $Object.defineProperty(Attachment.prototype, "content", {
                    get: $util.oneOfGetter($oneOfFields = ["data", "uri"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                /**
                 * Creates a new Attachment instance using the specified properties.
                 * @function create
                 * @memberof tongbao.common.v1.Attachment
                 * @static
                 * @param {tongbao.common.v1.Attachment.$Properties=} [properties] Properties to set
                 * @returns {tongbao.common.v1.Attachment} Attachment instance
                 * @type {{
                 *   (properties: tongbao.common.v1.Attachment.$Shape): tongbao.common.v1.Attachment & tongbao.common.v1.Attachment.$Shape;
                 *   (properties?: tongbao.common.v1.Attachment.$Properties): tongbao.common.v1.Attachment;
                 * }}
                 */
                Attachment.create = function(properties) {
                    return new Attachment(properties);
                };

                /**
                 * Encodes the specified Attachment message. Does not implicitly {@link tongbao.common.v1.Attachment.verify|verify} messages.
                 * @function encode
                 * @memberof tongbao.common.v1.Attachment
                 * @static
                 * @param {tongbao.common.v1.Attachment.$Properties} message Attachment message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Attachment.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
                    if (message.mediaType != null && $Object.hasOwnProperty.call(message, "mediaType") && message.mediaType !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.mediaType);
                    if (message.sizeBytes != null && $Object.hasOwnProperty.call(message, "sizeBytes") && (typeof message.sizeBytes === "object" ? message.sizeBytes.low || message.sizeBytes.high : message.sizeBytes !== 0))
                        writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.sizeBytes);
                    if (message.sha256 != null && $Object.hasOwnProperty.call(message, "sha256") && message.sha256.length)
                        writer.uint32(/* id 4, wireType 2 =*/34).bytes(message.sha256);
                    if (message.data != null && $Object.hasOwnProperty.call(message, "data"))
                        writer.uint32(/* id 5, wireType 2 =*/42).bytes(message.data);
                    if (message.uri != null && $Object.hasOwnProperty.call(message, "uri"))
                        writer.uint32(/* id 6, wireType 2 =*/50).string(message.uri);
                    if (message.description != null && $Object.hasOwnProperty.call(message, "description") && message.description !== "")
                        writer.uint32(/* id 7, wireType 2 =*/58).string(message.description);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes an Attachment message from the specified reader or buffer.
                 * @function decode
                 * @memberof tongbao.common.v1.Attachment
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {tongbao.common.v1.Attachment & tongbao.common.v1.Attachment.$Shape} Attachment
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Attachment.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.tongbao.common.v1.Attachment();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    throw $Error("invalid wire type " + wireType + " for field " + tag);
                                if ((value = reader.stringVerify()).length)
                                    message.name = value;
                                else
                                    delete message.name;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    throw $Error("invalid wire type " + wireType + " for field " + tag);
                                if ((value = reader.stringVerify()).length)
                                    message.mediaType = value;
                                else
                                    delete message.mediaType;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 0)
                                    throw $Error("invalid wire type " + wireType + " for field " + tag);
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.sizeBytes = value;
                                else
                                    delete message.sizeBytes;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    throw $Error("invalid wire type " + wireType + " for field " + tag);
                                if ((value = reader.bytes()).length)
                                    message.sha256 = value;
                                else
                                    delete message.sha256;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 2)
                                    throw $Error("invalid wire type " + wireType + " for field " + tag);
                                message.data = reader.bytes();
                                message.content = "data";
                                continue;
                            }
                        case 6: {
                                if (wireType !== 2)
                                    throw $Error("invalid wire type " + wireType + " for field " + tag);
                                message.uri = reader.stringVerify();
                                message.content = "uri";
                                continue;
                            }
                        case 7: {
                                if (wireType !== 2)
                                    throw $Error("invalid wire type " + wireType + " for field " + tag);
                                if ((value = reader.stringVerify()).length)
                                    message.description = value;
                                else
                                    delete message.description;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Gets the type url for Attachment
                 * @function getTypeUrl
                 * @memberof tongbao.common.v1.Attachment
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                Attachment.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/tongbao.common.v1.Attachment";
                };

                return Attachment;
            })();

            /**
             * Network security incident grade (网络安全事件分级) per GB/T 20986-2023 and the
             * industrial control system incident guide (工信部信软〔2017〕122号). Numbers match
             * the Roman grade, so grade I is the most serious.
             * @name tongbao.common.v1.IncidentGrade
             * @enum {number}
             * @property {number} INCIDENT_GRADE_UNSPECIFIED=0 Not set; distinct from INCIDENT_GRADE_UNGRADED, which is a deliberate answer.
             * @property {number} INCIDENT_GRADE_I=1 Grade I, extraordinarily serious (特别重大).
             * @property {number} INCIDENT_GRADE_II=2 Grade II, serious (重大).
             * @property {number} INCIDENT_GRADE_III=3 Grade III, relatively serious (较大).
             * @property {number} INCIDENT_GRADE_IV=4 Grade IV, general (一般).
             * @property {number} INCIDENT_GRADE_UNGRADED=5 Not yet graded (未定级), typical of an initial report.
             */
            v1.IncidentGrade = (function() {
                const valuesById = $Object.create(null), values = $Object.create(valuesById);
                values[valuesById[0] = "INCIDENT_GRADE_UNSPECIFIED"] = 0;
                values[valuesById[1] = "INCIDENT_GRADE_I"] = 1;
                values[valuesById[2] = "INCIDENT_GRADE_II"] = 2;
                values[valuesById[3] = "INCIDENT_GRADE_III"] = 3;
                values[valuesById[4] = "INCIDENT_GRADE_IV"] = 4;
                values[valuesById[5] = "INCIDENT_GRADE_UNGRADED"] = 5;
                return values;
            })();

            /**
             * Network security incident category (网络安全事件分类), the ten classes of
             * GB/T 20986-2023.
             * @name tongbao.common.v1.IncidentCategory
             * @enum {number}
             * @property {number} INCIDENT_CATEGORY_UNSPECIFIED=0 Not set.
             * @property {number} INCIDENT_CATEGORY_MALWARE=1 Malware (恶意程序): viruses, worms, trojans, botnets, ransomware and the like.
             * @property {number} INCIDENT_CATEGORY_NETWORK_ATTACK=2 Network attack (网络攻击): denial of service, exploitation, intrusion, phishing.
             * @property {number} INCIDENT_CATEGORY_DATA_SECURITY=3 Data security (数据安全): leakage, tampering, loss or misuse of data.
             * @property {number} INCIDENT_CATEGORY_INFORMATION_CONTENT_SECURITY=4 Information content security (信息内容安全).
             * @property {number} INCIDENT_CATEGORY_EQUIPMENT_FAILURE=5 Equipment or facility failure (设备设施故障).
             * @property {number} INCIDENT_CATEGORY_VIOLATION_OPERATION=6 Violation of operating rules (违规操作).
             * @property {number} INCIDENT_CATEGORY_SECURITY_HAZARD=7 Security hazard (安全隐患): a weakness found before it causes harm.
             * @property {number} INCIDENT_CATEGORY_ABNORMAL_BEHAVIOUR=8 Abnormal behaviour (异常行为).
             * @property {number} INCIDENT_CATEGORY_FORCE_MAJEURE=9 Force majeure (不可抗力): natural disasters and similar events.
             * @property {number} INCIDENT_CATEGORY_OTHER=10 Other (其他).
             */
            v1.IncidentCategory = (function() {
                const valuesById = $Object.create(null), values = $Object.create(valuesById);
                values[valuesById[0] = "INCIDENT_CATEGORY_UNSPECIFIED"] = 0;
                values[valuesById[1] = "INCIDENT_CATEGORY_MALWARE"] = 1;
                values[valuesById[2] = "INCIDENT_CATEGORY_NETWORK_ATTACK"] = 2;
                values[valuesById[3] = "INCIDENT_CATEGORY_DATA_SECURITY"] = 3;
                values[valuesById[4] = "INCIDENT_CATEGORY_INFORMATION_CONTENT_SECURITY"] = 4;
                values[valuesById[5] = "INCIDENT_CATEGORY_EQUIPMENT_FAILURE"] = 5;
                values[valuesById[6] = "INCIDENT_CATEGORY_VIOLATION_OPERATION"] = 6;
                values[valuesById[7] = "INCIDENT_CATEGORY_SECURITY_HAZARD"] = 7;
                values[valuesById[8] = "INCIDENT_CATEGORY_ABNORMAL_BEHAVIOUR"] = 8;
                values[valuesById[9] = "INCIDENT_CATEGORY_FORCE_MAJEURE"] = 9;
                values[valuesById[10] = "INCIDENT_CATEGORY_OTHER"] = 10;
                return values;
            })();

            /**
             * Early-warning level (预警级别), high to low. Levels map one-to-one to incident
             * grades I to IV, and the numbers match.
             * @name tongbao.common.v1.WarningLevel
             * @enum {number}
             * @property {number} WARNING_LEVEL_UNSPECIFIED=0 Not set.
             * @property {number} WARNING_LEVEL_RED=1 Red (红色), may lead to a grade I incident.
             * @property {number} WARNING_LEVEL_ORANGE=2 Orange (橙色), may lead to a grade II incident.
             * @property {number} WARNING_LEVEL_YELLOW=3 Yellow (黄色), may lead to a grade III incident.
             * @property {number} WARNING_LEVEL_BLUE=4 Blue (蓝色), may lead to a grade IV incident.
             */
            v1.WarningLevel = (function() {
                const valuesById = $Object.create(null), values = $Object.create(valuesById);
                values[valuesById[0] = "WARNING_LEVEL_UNSPECIFIED"] = 0;
                values[valuesById[1] = "WARNING_LEVEL_RED"] = 1;
                values[valuesById[2] = "WARNING_LEVEL_ORANGE"] = 2;
                values[valuesById[3] = "WARNING_LEVEL_YELLOW"] = 3;
                values[valuesById[4] = "WARNING_LEVEL_BLUE"] = 4;
                return values;
            })();

            /**
             * Emergency response level (应急响应级别). Numbers match the Roman level, so
             * level I is the highest.
             * @name tongbao.common.v1.ResponseLevel
             * @enum {number}
             * @property {number} RESPONSE_LEVEL_UNSPECIFIED=0 Not set.
             * @property {number} RESPONSE_LEVEL_I=1 Level I response (一级响应).
             * @property {number} RESPONSE_LEVEL_II=2 Level II response (二级响应).
             * @property {number} RESPONSE_LEVEL_III=3 Level III response (三级响应).
             * @property {number} RESPONSE_LEVEL_IV=4 Level IV response (四级响应).
             */
            v1.ResponseLevel = (function() {
                const valuesById = $Object.create(null), values = $Object.create(valuesById);
                values[valuesById[0] = "RESPONSE_LEVEL_UNSPECIFIED"] = 0;
                values[valuesById[1] = "RESPONSE_LEVEL_I"] = 1;
                values[valuesById[2] = "RESPONSE_LEVEL_II"] = 2;
                values[valuesById[3] = "RESPONSE_LEVEL_III"] = 3;
                values[valuesById[4] = "RESPONSE_LEVEL_IV"] = 4;
                return values;
            })();

            /**
             * Severity of a vulnerability, finding or risk (危害等级), as used by CNVD and
             * CVSS. Numbers rise with severity.
             * @name tongbao.common.v1.Severity
             * @enum {number}
             * @property {number} SEVERITY_UNSPECIFIED=0 Not set.
             * @property {number} SEVERITY_LOW=1 Low (低危).
             * @property {number} SEVERITY_MEDIUM=2 Medium (中危).
             * @property {number} SEVERITY_HIGH=3 High (高危).
             * @property {number} SEVERITY_CRITICAL=4 Critical (超危).
             */
            v1.Severity = (function() {
                const valuesById = $Object.create(null), values = $Object.create(valuesById);
                values[valuesById[0] = "SEVERITY_UNSPECIFIED"] = 0;
                values[valuesById[1] = "SEVERITY_LOW"] = 1;
                values[valuesById[2] = "SEVERITY_MEDIUM"] = 2;
                values[valuesById[3] = "SEVERITY_HIGH"] = 3;
                values[valuesById[4] = "SEVERITY_CRITICAL"] = 4;
                return values;
            })();

            /**
             * Kind of threat indicator (威胁指标类型).
             * @name tongbao.common.v1.IndicatorType
             * @enum {number}
             * @property {number} INDICATOR_TYPE_UNSPECIFIED=0 Not set.
             * @property {number} INDICATOR_TYPE_IP=1 An IPv4 or IPv6 address, or a CIDR network (IP地址).
             * @property {number} INDICATOR_TYPE_DOMAIN=2 A domain name (域名).
             * @property {number} INDICATOR_TYPE_URL=3 A URL (网址).
             * @property {number} INDICATOR_TYPE_EMAIL=4 An email address (电子邮箱地址).
             * @property {number} INDICATOR_TYPE_FILE_MD5=5 An MD5 file hash, lowercase hex.
             * @property {number} INDICATOR_TYPE_FILE_SHA1=6 A SHA-1 file hash, lowercase hex.
             * @property {number} INDICATOR_TYPE_FILE_SHA256=7 A SHA-256 file hash, lowercase hex.
             * @property {number} INDICATOR_TYPE_FILE_SM3=8 An SM3 file hash (国密杂凑), lowercase hex.
             * @property {number} INDICATOR_TYPE_CVE=9 A CVE identifier, e.g. "CVE-2024-3400".
             * @property {number} INDICATOR_TYPE_CNVD=10 A CNVD identifier (国家信息安全漏洞共享平台编号), e.g. "CNVD-2024-12345".
             */
            v1.IndicatorType = (function() {
                const valuesById = $Object.create(null), values = $Object.create(valuesById);
                values[valuesById[0] = "INDICATOR_TYPE_UNSPECIFIED"] = 0;
                values[valuesById[1] = "INDICATOR_TYPE_IP"] = 1;
                values[valuesById[2] = "INDICATOR_TYPE_DOMAIN"] = 2;
                values[valuesById[3] = "INDICATOR_TYPE_URL"] = 3;
                values[valuesById[4] = "INDICATOR_TYPE_EMAIL"] = 4;
                values[valuesById[5] = "INDICATOR_TYPE_FILE_MD5"] = 5;
                values[valuesById[6] = "INDICATOR_TYPE_FILE_SHA1"] = 6;
                values[valuesById[7] = "INDICATOR_TYPE_FILE_SHA256"] = 7;
                values[valuesById[8] = "INDICATOR_TYPE_FILE_SM3"] = 8;
                values[valuesById[9] = "INDICATOR_TYPE_CVE"] = 9;
                values[valuesById[10] = "INDICATOR_TYPE_CNVD"] = 10;
                return values;
            })();

            v1.Indicator = (function() {

                /**
                 * Properties of an Indicator.
                 * @typedef {Object} tongbao.common.v1.Indicator.$Properties
                 * @property {tongbao.common.v1.IndicatorType|null} [type] Kind of indicator.
                 * @property {string|null} [value] The indicator itself in its usual text form.
                 * @property {string|null} [description] What the indicator means here, e.g. "command-and-control server".
                 * @property {google.protobuf.Timestamp.$Properties|null} [firstSeenTime] When the indicator was first observed, if known.
                 * @property {google.protobuf.Timestamp.$Properties|null} [lastSeenTime] When the indicator was last observed, if known.
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of an Indicator.
                 * @memberof tongbao.common.v1
                 * @interface IIndicator
                 * @augments tongbao.common.v1.Indicator.$Properties
                 * @deprecated Use tongbao.common.v1.Indicator.$Properties instead.
                 */

                /**
                 * Shape of an Indicator.
                 * @typedef {tongbao.common.v1.Indicator.$Properties} tongbao.common.v1.Indicator.$Shape
                 */

                /**
                 * Constructs a new Indicator.
                 * @memberof tongbao.common.v1
                 * @classdesc One indicator of compromise or threat (威胁指标).
                 * @constructor
                 * @param {tongbao.common.v1.Indicator.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const Indicator = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Kind of indicator.
                 * @member {tongbao.common.v1.IndicatorType} type
                 * @memberof tongbao.common.v1.Indicator
                 * @instance
                 */
                Indicator.prototype.type = 0;

                /**
                 * The indicator itself in its usual text form.
                 * @member {string} value
                 * @memberof tongbao.common.v1.Indicator
                 * @instance
                 */
                Indicator.prototype.value = "";

                /**
                 * What the indicator means here, e.g. "command-and-control server".
                 * @member {string} description
                 * @memberof tongbao.common.v1.Indicator
                 * @instance
                 */
                Indicator.prototype.description = "";

                /**
                 * When the indicator was first observed, if known.
                 * @member {google.protobuf.Timestamp.$Properties|null|undefined} firstSeenTime
                 * @memberof tongbao.common.v1.Indicator
                 * @instance
                 */
                Indicator.prototype.firstSeenTime = null;

                /**
                 * When the indicator was last observed, if known.
                 * @member {google.protobuf.Timestamp.$Properties|null|undefined} lastSeenTime
                 * @memberof tongbao.common.v1.Indicator
                 * @instance
                 */
                Indicator.prototype.lastSeenTime = null;

                /**
                 * Creates a new Indicator instance using the specified properties.
                 * @function create
                 * @memberof tongbao.common.v1.Indicator
                 * @static
                 * @param {tongbao.common.v1.Indicator.$Properties=} [properties] Properties to set
                 * @returns {tongbao.common.v1.Indicator} Indicator instance
                 * @type {{
                 *   (properties: tongbao.common.v1.Indicator.$Shape): tongbao.common.v1.Indicator & tongbao.common.v1.Indicator.$Shape;
                 *   (properties?: tongbao.common.v1.Indicator.$Properties): tongbao.common.v1.Indicator;
                 * }}
                 */
                Indicator.create = function(properties) {
                    return new Indicator(properties);
                };

                /**
                 * Encodes the specified Indicator message. Does not implicitly {@link tongbao.common.v1.Indicator.verify|verify} messages.
                 * @function encode
                 * @memberof tongbao.common.v1.Indicator
                 * @static
                 * @param {tongbao.common.v1.Indicator.$Properties} message Indicator message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Indicator.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.type != null && $Object.hasOwnProperty.call(message, "type") && message.type !== 0)
                        writer.uint32(/* id 1, wireType 0 =*/8).int32(message.type);
                    if (message.value != null && $Object.hasOwnProperty.call(message, "value") && message.value !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.value);
                    if (message.description != null && $Object.hasOwnProperty.call(message, "description") && message.description !== "")
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.description);
                    if (message.firstSeenTime != null && $Object.hasOwnProperty.call(message, "firstSeenTime"))
                        $root.google.protobuf.Timestamp.encode(message.firstSeenTime, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                    if (message.lastSeenTime != null && $Object.hasOwnProperty.call(message, "lastSeenTime"))
                        $root.google.protobuf.Timestamp.encode(message.lastSeenTime, writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes an Indicator message from the specified reader or buffer.
                 * @function decode
                 * @memberof tongbao.common.v1.Indicator
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {tongbao.common.v1.Indicator & tongbao.common.v1.Indicator.$Shape} Indicator
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Indicator.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.tongbao.common.v1.Indicator();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    throw $Error("invalid wire type " + wireType + " for field " + tag);
                                if (value = reader.int32())
                                    message.type = value;
                                else
                                    delete message.type;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    throw $Error("invalid wire type " + wireType + " for field " + tag);
                                if ((value = reader.stringVerify()).length)
                                    message.value = value;
                                else
                                    delete message.value;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    throw $Error("invalid wire type " + wireType + " for field " + tag);
                                if ((value = reader.stringVerify()).length)
                                    message.description = value;
                                else
                                    delete message.description;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    throw $Error("invalid wire type " + wireType + " for field " + tag);
                                message.firstSeenTime = $root.google.protobuf.Timestamp.decode(reader, reader.size(), $undefined, _depth + 1, message.firstSeenTime);
                                continue;
                            }
                        case 5: {
                                if (wireType !== 2)
                                    throw $Error("invalid wire type " + wireType + " for field " + tag);
                                message.lastSeenTime = $root.google.protobuf.Timestamp.decode(reader, reader.size(), $undefined, _depth + 1, message.lastSeenTime);
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Gets the type url for Indicator
                 * @function getTypeUrl
                 * @memberof tongbao.common.v1.Indicator
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                Indicator.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/tongbao.common.v1.Indicator";
                };

                return Indicator;
            })();

            v1.Period = (function() {

                /**
                 * Properties of a Period.
                 * @typedef {Object} tongbao.common.v1.Period.$Properties
                 * @property {google.protobuf.Timestamp.$Properties|null} [startTime] Start of the interval (开始时间).
                 * @property {google.protobuf.Timestamp.$Properties|null} [endTime] End of the interval (结束时间).
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a Period.
                 * @memberof tongbao.common.v1
                 * @interface IPeriod
                 * @augments tongbao.common.v1.Period.$Properties
                 * @deprecated Use tongbao.common.v1.Period.$Properties instead.
                 */

                /**
                 * Shape of a Period.
                 * @typedef {tongbao.common.v1.Period.$Properties} tongbao.common.v1.Period.$Shape
                 */

                /**
                 * Constructs a new Period.
                 * @memberof tongbao.common.v1
                 * @classdesc A time interval (时间段), start inclusive and end exclusive. An unset end means
                 * the interval is still open.
                 * @constructor
                 * @param {tongbao.common.v1.Period.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const Period = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Start of the interval (开始时间).
                 * @member {google.protobuf.Timestamp.$Properties|null|undefined} startTime
                 * @memberof tongbao.common.v1.Period
                 * @instance
                 */
                Period.prototype.startTime = null;

                /**
                 * End of the interval (结束时间).
                 * @member {google.protobuf.Timestamp.$Properties|null|undefined} endTime
                 * @memberof tongbao.common.v1.Period
                 * @instance
                 */
                Period.prototype.endTime = null;

                /**
                 * Creates a new Period instance using the specified properties.
                 * @function create
                 * @memberof tongbao.common.v1.Period
                 * @static
                 * @param {tongbao.common.v1.Period.$Properties=} [properties] Properties to set
                 * @returns {tongbao.common.v1.Period} Period instance
                 * @type {{
                 *   (properties: tongbao.common.v1.Period.$Shape): tongbao.common.v1.Period & tongbao.common.v1.Period.$Shape;
                 *   (properties?: tongbao.common.v1.Period.$Properties): tongbao.common.v1.Period;
                 * }}
                 */
                Period.create = function(properties) {
                    return new Period(properties);
                };

                /**
                 * Encodes the specified Period message. Does not implicitly {@link tongbao.common.v1.Period.verify|verify} messages.
                 * @function encode
                 * @memberof tongbao.common.v1.Period
                 * @static
                 * @param {tongbao.common.v1.Period.$Properties} message Period message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Period.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.startTime != null && $Object.hasOwnProperty.call(message, "startTime"))
                        $root.google.protobuf.Timestamp.encode(message.startTime, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                    if (message.endTime != null && $Object.hasOwnProperty.call(message, "endTime"))
                        $root.google.protobuf.Timestamp.encode(message.endTime, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a Period message from the specified reader or buffer.
                 * @function decode
                 * @memberof tongbao.common.v1.Period
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {tongbao.common.v1.Period & tongbao.common.v1.Period.$Shape} Period
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Period.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.tongbao.common.v1.Period();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    throw $Error("invalid wire type " + wireType + " for field " + tag);
                                message.startTime = $root.google.protobuf.Timestamp.decode(reader, reader.size(), $undefined, _depth + 1, message.startTime);
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    throw $Error("invalid wire type " + wireType + " for field " + tag);
                                message.endTime = $root.google.protobuf.Timestamp.decode(reader, reader.size(), $undefined, _depth + 1, message.endTime);
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Gets the type url for Period
                 * @function getTypeUrl
                 * @memberof tongbao.common.v1.Period
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                Period.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/tongbao.common.v1.Period";
                };

                return Period;
            })();

            v1.Scope = (function() {

                /**
                 * Properties of a Scope.
                 * @typedef {Object} tongbao.common.v1.Scope.$Properties
                 * @property {Array.<tongbao.common.v1.Sector>|null} [sectors] Sectors affected (涉及行业).
                 * @property {Array.<string>|null} [regions] Administrative division codes affected (GB/T 2260), e.g. "320000". By
                 * convention "100000", which GB/T 2260 does not assign, means the whole country.
                 * @property {string|null} [description] The scope in words (范围描述).
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a Scope.
                 * @memberof tongbao.common.v1
                 * @interface IScope
                 * @augments tongbao.common.v1.Scope.$Properties
                 * @deprecated Use tongbao.common.v1.Scope.$Properties instead.
                 */

                /**
                 * Shape of a Scope.
                 * @typedef {tongbao.common.v1.Scope.$Properties} tongbao.common.v1.Scope.$Shape
                 */

                /**
                 * Constructs a new Scope.
                 * @memberof tongbao.common.v1
                 * @classdesc Who or what is affected (影响范围). This is content; routing uses the sectors,
                 * region and recipients in the envelope header.
                 * @constructor
                 * @param {tongbao.common.v1.Scope.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const Scope = function (properties) {
                    this.sectors = [];
                    this.regions = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Sectors affected (涉及行业).
                 * @member {Array.<tongbao.common.v1.Sector>} sectors
                 * @memberof tongbao.common.v1.Scope
                 * @instance
                 */
                Scope.prototype.sectors = $util.emptyArray;

                /**
                 * Administrative division codes affected (GB/T 2260), e.g. "320000". By
                 * convention "100000", which GB/T 2260 does not assign, means the whole country.
                 * @member {Array.<string>} regions
                 * @memberof tongbao.common.v1.Scope
                 * @instance
                 */
                Scope.prototype.regions = $util.emptyArray;

                /**
                 * The scope in words (范围描述).
                 * @member {string} description
                 * @memberof tongbao.common.v1.Scope
                 * @instance
                 */
                Scope.prototype.description = "";

                /**
                 * Creates a new Scope instance using the specified properties.
                 * @function create
                 * @memberof tongbao.common.v1.Scope
                 * @static
                 * @param {tongbao.common.v1.Scope.$Properties=} [properties] Properties to set
                 * @returns {tongbao.common.v1.Scope} Scope instance
                 * @type {{
                 *   (properties: tongbao.common.v1.Scope.$Shape): tongbao.common.v1.Scope & tongbao.common.v1.Scope.$Shape;
                 *   (properties?: tongbao.common.v1.Scope.$Properties): tongbao.common.v1.Scope;
                 * }}
                 */
                Scope.create = function(properties) {
                    return new Scope(properties);
                };

                /**
                 * Encodes the specified Scope message. Does not implicitly {@link tongbao.common.v1.Scope.verify|verify} messages.
                 * @function encode
                 * @memberof tongbao.common.v1.Scope
                 * @static
                 * @param {tongbao.common.v1.Scope.$Properties} message Scope message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Scope.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.sectors != null && message.sectors.length)
                        writer.uint32(/* id 1, wireType 2 =*/10).int32s(message.sectors);
                    if (message.regions != null && message.regions.length)
                        for (let i = 0; i < message.regions.length; ++i)
                            writer.uint32(/* id 2, wireType 2 =*/18).string(message.regions[i]);
                    if (message.description != null && $Object.hasOwnProperty.call(message, "description") && message.description !== "")
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.description);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a Scope message from the specified reader or buffer.
                 * @function decode
                 * @memberof tongbao.common.v1.Scope
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {tongbao.common.v1.Scope & tongbao.common.v1.Scope.$Shape} Scope
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Scope.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.tongbao.common.v1.Scope();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType === 2) {
                                    if (!(message.sectors && message.sectors.length))
                                        message.sectors = [];
                                    reader.int32s(message.sectors);
                                    continue;
                                }
                                if (wireType !== 0)
                                    throw $Error("invalid wire type " + wireType + " for field " + tag);
                                if (!(message.sectors && message.sectors.length))
                                    message.sectors = [];
                                message.sectors.push(reader.int32());
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    throw $Error("invalid wire type " + wireType + " for field " + tag);
                                if (!(message.regions && message.regions.length))
                                    message.regions = [];
                                message.regions.push(reader.stringVerify());
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    throw $Error("invalid wire type " + wireType + " for field " + tag);
                                if ((value = reader.stringVerify()).length)
                                    message.description = value;
                                else
                                    delete message.description;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Gets the type url for Scope
                 * @function getTypeUrl
                 * @memberof tongbao.common.v1.Scope
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                Scope.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/tongbao.common.v1.Scope";
                };

                return Scope;
            })();

            /**
             * Kind of organisation taking part in the bus (参与单位类型). Routing follows
             * 谁运营谁负责、谁主管谁负责, so the kind says which traffic an organisation handles.
             * @name tongbao.common.v1.OrgKind
             * @enum {number}
             * @property {number} ORG_KIND_UNSPECIFIED=0 Not set.
             * @property {number} ORG_KIND_DEPARTMENT=1 One of the ten departments under the State Council (国务院部门), e.g. miit, nea.
             * @property {number} ORG_KIND_REGIONAL_OFFICE=2 A regional office of a department (派出机构), e.g. an NEA regional office.
             * @property {number} ORG_KIND_INDUSTRY_AUTHORITY=3 A local industry and information technology authority (地方工业和信息化主管部门),
             * supervising networked industrial enterprises.
             * @property {number} ORG_KIND_COMMUNICATIONS_ADMINISTRATION=4 A provincial communications administration (地方通信管理局), supervising
             * identifier resolution and platforms and scanning for exposed systems.
             * @property {number} ORG_KIND_LOCAL_AUTHORITY=5 Another local authority (其他地方主管部门), e.g. a provincial emergency
             * management department.
             * @property {number} ORG_KIND_TECHNICAL_PLATFORM=6 An operator of the national technical assurance platform or a provincial
             * sub-platform (国家工业互联网安全技术保障平台及省级平台).
             * @property {number} ORG_KIND_SUPPORT_AGENCY=7 A technical support agency (技术支撑单位), e.g. a national CERT or
             * vulnerability database operator.
             * @property {number} ORG_KIND_ENTERPRISE=8 An enterprise reporting through its supervising authority (企业).
             */
            v1.OrgKind = (function() {
                const valuesById = $Object.create(null), values = $Object.create(valuesById);
                values[valuesById[0] = "ORG_KIND_UNSPECIFIED"] = 0;
                values[valuesById[1] = "ORG_KIND_DEPARTMENT"] = 1;
                values[valuesById[2] = "ORG_KIND_REGIONAL_OFFICE"] = 2;
                values[valuesById[3] = "ORG_KIND_INDUSTRY_AUTHORITY"] = 3;
                values[valuesById[4] = "ORG_KIND_COMMUNICATIONS_ADMINISTRATION"] = 4;
                values[valuesById[5] = "ORG_KIND_LOCAL_AUTHORITY"] = 5;
                values[valuesById[6] = "ORG_KIND_TECHNICAL_PLATFORM"] = 6;
                values[valuesById[7] = "ORG_KIND_SUPPORT_AGENCY"] = 7;
                values[valuesById[8] = "ORG_KIND_ENTERPRISE"] = 8;
                return values;
            })();

            /**
             * Sector (行业领域), used for routing to the supervising department and for
             * describing scope. The list covers the sectors of the ten departments.
             * @name tongbao.common.v1.Sector
             * @enum {number}
             * @property {number} SECTOR_UNSPECIFIED=0 Not set.
             * @property {number} SECTOR_RAW_MATERIALS=1 Raw materials (原材料): steel, non-ferrous metals, petrochemicals, chemicals,
             * building materials.
             * @property {number} SECTOR_EQUIPMENT_MANUFACTURING=2 Equipment manufacturing (装备制造).
             * @property {number} SECTOR_CONSUMER_GOODS=3 Consumer goods (消费品): light industry, textiles, food, pharmaceuticals
             * manufacturing.
             * @property {number} SECTOR_ELECTRONIC_INFORMATION=4 Electronic information (电子信息).
             * @property {number} SECTOR_TELECOMMUNICATIONS=5 Telecommunications (通信), including identifier resolution and public platforms.
             * @property {number} SECTOR_POWER=6 Electric power (电力).
             * @property {number} SECTOR_OIL_AND_GAS=7 Oil and natural gas (石油天然气).
             * @property {number} SECTOR_COAL=8 Coal (煤炭).
             * @property {number} SECTOR_HEALTH=9 Health (卫生健康): hospitals, medical devices, pharmaceutical production.
             * @property {number} SECTOR_ENVIRONMENT=10 Ecology and environment (生态环境): environmental monitoring and pollution control.
             * @property {number} SECTOR_DEFENCE=11 Defence science, technology and industry (国防科技工业).
             * @property {number} SECTOR_EDUCATION=12 Education and research (教育科研).
             * @property {number} SECTOR_TRANSPORT=13 Transport (交通运输).
             * @property {number} SECTOR_WATER=14 Water conservancy (水利).
             * @property {number} SECTOR_MUNICIPAL_UTILITIES=15 Municipal utilities (市政): water supply, gas and heat distribution.
             * @property {number} SECTOR_FINANCE=16 Finance (金融).
             * @property {number} SECTOR_OTHER=17 Any other sector (其他).
             */
            v1.Sector = (function() {
                const valuesById = $Object.create(null), values = $Object.create(valuesById);
                values[valuesById[0] = "SECTOR_UNSPECIFIED"] = 0;
                values[valuesById[1] = "SECTOR_RAW_MATERIALS"] = 1;
                values[valuesById[2] = "SECTOR_EQUIPMENT_MANUFACTURING"] = 2;
                values[valuesById[3] = "SECTOR_CONSUMER_GOODS"] = 3;
                values[valuesById[4] = "SECTOR_ELECTRONIC_INFORMATION"] = 4;
                values[valuesById[5] = "SECTOR_TELECOMMUNICATIONS"] = 5;
                values[valuesById[6] = "SECTOR_POWER"] = 6;
                values[valuesById[7] = "SECTOR_OIL_AND_GAS"] = 7;
                values[valuesById[8] = "SECTOR_COAL"] = 8;
                values[valuesById[9] = "SECTOR_HEALTH"] = 9;
                values[valuesById[10] = "SECTOR_ENVIRONMENT"] = 10;
                values[valuesById[11] = "SECTOR_DEFENCE"] = 11;
                values[valuesById[12] = "SECTOR_EDUCATION"] = 12;
                values[valuesById[13] = "SECTOR_TRANSPORT"] = 13;
                values[valuesById[14] = "SECTOR_WATER"] = 14;
                values[valuesById[15] = "SECTOR_MUNICIPAL_UTILITIES"] = 15;
                values[valuesById[16] = "SECTOR_FINANCE"] = 16;
                values[valuesById[17] = "SECTOR_OTHER"] = 17;
                return values;
            })();

            /**
             * Type of industrial internet enterprise (企业类型) under the classification and
             * grading guide (工业互联网企业网络安全分类分级管理指南).
             * @name tongbao.common.v1.EnterpriseType
             * @enum {number}
             * @property {number} ENTERPRISE_TYPE_UNSPECIFIED=0 Not set.
             * @property {number} ENTERPRISE_TYPE_NETWORKED_INDUSTRIAL=1 Networked industrial enterprise (联网工业企业).
             * @property {number} ENTERPRISE_TYPE_PLATFORM=2 Industrial internet platform enterprise (平台企业).
             * @property {number} ENTERPRISE_TYPE_IDENTIFIER_RESOLUTION=3 Identifier resolution enterprise (标识解析企业).
             * @property {number} ENTERPRISE_TYPE_BASIC_TELECOM=4 Basic telecommunications enterprise (基础电信企业).
             * @property {number} ENTERPRISE_TYPE_OTHER=5 Any other enterprise (其他企业).
             */
            v1.EnterpriseType = (function() {
                const valuesById = $Object.create(null), values = $Object.create(valuesById);
                values[valuesById[0] = "ENTERPRISE_TYPE_UNSPECIFIED"] = 0;
                values[valuesById[1] = "ENTERPRISE_TYPE_NETWORKED_INDUSTRIAL"] = 1;
                values[valuesById[2] = "ENTERPRISE_TYPE_PLATFORM"] = 2;
                values[valuesById[3] = "ENTERPRISE_TYPE_IDENTIFIER_RESOLUTION"] = 3;
                values[valuesById[4] = "ENTERPRISE_TYPE_BASIC_TELECOM"] = 4;
                values[valuesById[5] = "ENTERPRISE_TYPE_OTHER"] = 5;
                return values;
            })();

            /**
             * Enterprise network security level (企业网络安全级别) under the classification and
             * grading guide; level 3 is the highest.
             * @name tongbao.common.v1.EnterpriseSecurityLevel
             * @enum {number}
             * @property {number} ENTERPRISE_SECURITY_LEVEL_UNSPECIFIED=0 Not set or not yet assessed.
             * @property {number} ENTERPRISE_SECURITY_LEVEL_1=1 Level 1 (一级).
             * @property {number} ENTERPRISE_SECURITY_LEVEL_2=2 Level 2 (二级).
             * @property {number} ENTERPRISE_SECURITY_LEVEL_3=3 Level 3 (三级), the highest.
             */
            v1.EnterpriseSecurityLevel = (function() {
                const valuesById = $Object.create(null), values = $Object.create(valuesById);
                values[valuesById[0] = "ENTERPRISE_SECURITY_LEVEL_UNSPECIFIED"] = 0;
                values[valuesById[1] = "ENTERPRISE_SECURITY_LEVEL_1"] = 1;
                values[valuesById[2] = "ENTERPRISE_SECURITY_LEVEL_2"] = 2;
                values[valuesById[3] = "ENTERPRISE_SECURITY_LEVEL_3"] = 3;
                return values;
            })();

            v1.Enterprise = (function() {

                /**
                 * Properties of an Enterprise.
                 * @typedef {Object} tongbao.common.v1.Enterprise.$Properties
                 * @property {string|null} [orgId] Registry organisation id, empty if the enterprise is not registered.
                 * @property {string|null} [name] Registered name in Chinese (企业名称).
                 * @property {string|null} [unifiedSocialCreditCode] Unified social credit code (统一社会信用代码), 18 characters.
                 * @property {tongbao.common.v1.EnterpriseType|null} [enterpriseType] Enterprise type (企业类型).
                 * @property {boolean|null} [centralSoe] Whether the enterprise is a central state-owned enterprise (中央企业) or
                 * belongs to one; such incidents are also reported to sasac.
                 * @property {tongbao.common.v1.EnterpriseSecurityLevel|null} [securityLevel] Network security level (企业网络安全级别).
                 * @property {string|null} [region] Administrative division code of the registered location (GB/T 2260), e.g. "320000".
                 * @property {Array.<tongbao.common.v1.Sector>|null} [sectors] Sectors the enterprise operates in (所属行业).
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of an Enterprise.
                 * @memberof tongbao.common.v1
                 * @interface IEnterprise
                 * @augments tongbao.common.v1.Enterprise.$Properties
                 * @deprecated Use tongbao.common.v1.Enterprise.$Properties instead.
                 */

                /**
                 * Shape of an Enterprise.
                 * @typedef {tongbao.common.v1.Enterprise.$Properties} tongbao.common.v1.Enterprise.$Shape
                 */

                /**
                 * Constructs a new Enterprise.
                 * @memberof tongbao.common.v1
                 * @classdesc An enterprise named in a message (企业信息). Enterprises need not be on the bus
                 * themselves; when one is, org_id links it to the registry.
                 * @constructor
                 * @param {tongbao.common.v1.Enterprise.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const Enterprise = function (properties) {
                    this.sectors = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Registry organisation id, empty if the enterprise is not registered.
                 * @member {string} orgId
                 * @memberof tongbao.common.v1.Enterprise
                 * @instance
                 */
                Enterprise.prototype.orgId = "";

                /**
                 * Registered name in Chinese (企业名称).
                 * @member {string} name
                 * @memberof tongbao.common.v1.Enterprise
                 * @instance
                 */
                Enterprise.prototype.name = "";

                /**
                 * Unified social credit code (统一社会信用代码), 18 characters.
                 * @member {string} unifiedSocialCreditCode
                 * @memberof tongbao.common.v1.Enterprise
                 * @instance
                 */
                Enterprise.prototype.unifiedSocialCreditCode = "";

                /**
                 * Enterprise type (企业类型).
                 * @member {tongbao.common.v1.EnterpriseType} enterpriseType
                 * @memberof tongbao.common.v1.Enterprise
                 * @instance
                 */
                Enterprise.prototype.enterpriseType = 0;

                /**
                 * Whether the enterprise is a central state-owned enterprise (中央企业) or
                 * belongs to one; such incidents are also reported to sasac.
                 * @member {boolean} centralSoe
                 * @memberof tongbao.common.v1.Enterprise
                 * @instance
                 */
                Enterprise.prototype.centralSoe = false;

                /**
                 * Network security level (企业网络安全级别).
                 * @member {tongbao.common.v1.EnterpriseSecurityLevel} securityLevel
                 * @memberof tongbao.common.v1.Enterprise
                 * @instance
                 */
                Enterprise.prototype.securityLevel = 0;

                /**
                 * Administrative division code of the registered location (GB/T 2260), e.g. "320000".
                 * @member {string} region
                 * @memberof tongbao.common.v1.Enterprise
                 * @instance
                 */
                Enterprise.prototype.region = "";

                /**
                 * Sectors the enterprise operates in (所属行业).
                 * @member {Array.<tongbao.common.v1.Sector>} sectors
                 * @memberof tongbao.common.v1.Enterprise
                 * @instance
                 */
                Enterprise.prototype.sectors = $util.emptyArray;

                /**
                 * Creates a new Enterprise instance using the specified properties.
                 * @function create
                 * @memberof tongbao.common.v1.Enterprise
                 * @static
                 * @param {tongbao.common.v1.Enterprise.$Properties=} [properties] Properties to set
                 * @returns {tongbao.common.v1.Enterprise} Enterprise instance
                 * @type {{
                 *   (properties: tongbao.common.v1.Enterprise.$Shape): tongbao.common.v1.Enterprise & tongbao.common.v1.Enterprise.$Shape;
                 *   (properties?: tongbao.common.v1.Enterprise.$Properties): tongbao.common.v1.Enterprise;
                 * }}
                 */
                Enterprise.create = function(properties) {
                    return new Enterprise(properties);
                };

                /**
                 * Encodes the specified Enterprise message. Does not implicitly {@link tongbao.common.v1.Enterprise.verify|verify} messages.
                 * @function encode
                 * @memberof tongbao.common.v1.Enterprise
                 * @static
                 * @param {tongbao.common.v1.Enterprise.$Properties} message Enterprise message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Enterprise.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.orgId != null && $Object.hasOwnProperty.call(message, "orgId") && message.orgId !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.orgId);
                    if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.name);
                    if (message.unifiedSocialCreditCode != null && $Object.hasOwnProperty.call(message, "unifiedSocialCreditCode") && message.unifiedSocialCreditCode !== "")
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.unifiedSocialCreditCode);
                    if (message.enterpriseType != null && $Object.hasOwnProperty.call(message, "enterpriseType") && message.enterpriseType !== 0)
                        writer.uint32(/* id 4, wireType 0 =*/32).int32(message.enterpriseType);
                    if (message.centralSoe != null && $Object.hasOwnProperty.call(message, "centralSoe") && message.centralSoe !== false)
                        writer.uint32(/* id 5, wireType 0 =*/40).bool(message.centralSoe);
                    if (message.securityLevel != null && $Object.hasOwnProperty.call(message, "securityLevel") && message.securityLevel !== 0)
                        writer.uint32(/* id 6, wireType 0 =*/48).int32(message.securityLevel);
                    if (message.region != null && $Object.hasOwnProperty.call(message, "region") && message.region !== "")
                        writer.uint32(/* id 7, wireType 2 =*/58).string(message.region);
                    if (message.sectors != null && message.sectors.length)
                        writer.uint32(/* id 8, wireType 2 =*/66).int32s(message.sectors);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes an Enterprise message from the specified reader or buffer.
                 * @function decode
                 * @memberof tongbao.common.v1.Enterprise
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {tongbao.common.v1.Enterprise & tongbao.common.v1.Enterprise.$Shape} Enterprise
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Enterprise.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.tongbao.common.v1.Enterprise();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    throw $Error("invalid wire type " + wireType + " for field " + tag);
                                if ((value = reader.stringVerify()).length)
                                    message.orgId = value;
                                else
                                    delete message.orgId;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    throw $Error("invalid wire type " + wireType + " for field " + tag);
                                if ((value = reader.stringVerify()).length)
                                    message.name = value;
                                else
                                    delete message.name;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    throw $Error("invalid wire type " + wireType + " for field " + tag);
                                if ((value = reader.stringVerify()).length)
                                    message.unifiedSocialCreditCode = value;
                                else
                                    delete message.unifiedSocialCreditCode;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 0)
                                    throw $Error("invalid wire type " + wireType + " for field " + tag);
                                if (value = reader.int32())
                                    message.enterpriseType = value;
                                else
                                    delete message.enterpriseType;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 0)
                                    throw $Error("invalid wire type " + wireType + " for field " + tag);
                                if (value = reader.bool())
                                    message.centralSoe = value;
                                else
                                    delete message.centralSoe;
                                continue;
                            }
                        case 6: {
                                if (wireType !== 0)
                                    throw $Error("invalid wire type " + wireType + " for field " + tag);
                                if (value = reader.int32())
                                    message.securityLevel = value;
                                else
                                    delete message.securityLevel;
                                continue;
                            }
                        case 7: {
                                if (wireType !== 2)
                                    throw $Error("invalid wire type " + wireType + " for field " + tag);
                                if ((value = reader.stringVerify()).length)
                                    message.region = value;
                                else
                                    delete message.region;
                                continue;
                            }
                        case 8: {
                                if (wireType === 2) {
                                    if (!(message.sectors && message.sectors.length))
                                        message.sectors = [];
                                    reader.int32s(message.sectors);
                                    continue;
                                }
                                if (wireType !== 0)
                                    throw $Error("invalid wire type " + wireType + " for field " + tag);
                                if (!(message.sectors && message.sectors.length))
                                    message.sectors = [];
                                message.sectors.push(reader.int32());
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Gets the type url for Enterprise
                 * @function getTypeUrl
                 * @memberof tongbao.common.v1.Enterprise
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                Enterprise.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/tongbao.common.v1.Enterprise";
                };

                return Enterprise;
            })();

            v1.Person = (function() {

                /**
                 * Properties of a Person.
                 * @typedef {Object} tongbao.common.v1.Person.$Properties
                 * @property {string|null} [name] Full name (姓名).
                 * @property {string|null} [jobTitle] Job title or post (职务).
                 * @property {string|null} [orgId] Registry id of the organisation the person acts for, if registered.
                 * @property {string|null} [unit] Name of the organisation or unit the person belongs to (所在单位).
                 * @property {string|null} [phone] Telephone number (联系电话).
                 * @property {string|null} [email] Email address (电子邮箱).
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a Person.
                 * @memberof tongbao.common.v1
                 * @interface IPerson
                 * @augments tongbao.common.v1.Person.$Properties
                 * @deprecated Use tongbao.common.v1.Person.$Properties instead.
                 */

                /**
                 * Shape of a Person.
                 * @typedef {tongbao.common.v1.Person.$Properties} tongbao.common.v1.Person.$Shape
                 */

                /**
                 * Constructs a new Person.
                 * @memberof tongbao.common.v1
                 * @classdesc A named person acting for an organisation (联系人、责任人).
                 * @constructor
                 * @param {tongbao.common.v1.Person.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const Person = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Full name (姓名).
                 * @member {string} name
                 * @memberof tongbao.common.v1.Person
                 * @instance
                 */
                Person.prototype.name = "";

                /**
                 * Job title or post (职务).
                 * @member {string} jobTitle
                 * @memberof tongbao.common.v1.Person
                 * @instance
                 */
                Person.prototype.jobTitle = "";

                /**
                 * Registry id of the organisation the person acts for, if registered.
                 * @member {string} orgId
                 * @memberof tongbao.common.v1.Person
                 * @instance
                 */
                Person.prototype.orgId = "";

                /**
                 * Name of the organisation or unit the person belongs to (所在单位).
                 * @member {string} unit
                 * @memberof tongbao.common.v1.Person
                 * @instance
                 */
                Person.prototype.unit = "";

                /**
                 * Telephone number (联系电话).
                 * @member {string} phone
                 * @memberof tongbao.common.v1.Person
                 * @instance
                 */
                Person.prototype.phone = "";

                /**
                 * Email address (电子邮箱).
                 * @member {string} email
                 * @memberof tongbao.common.v1.Person
                 * @instance
                 */
                Person.prototype.email = "";

                /**
                 * Creates a new Person instance using the specified properties.
                 * @function create
                 * @memberof tongbao.common.v1.Person
                 * @static
                 * @param {tongbao.common.v1.Person.$Properties=} [properties] Properties to set
                 * @returns {tongbao.common.v1.Person} Person instance
                 * @type {{
                 *   (properties: tongbao.common.v1.Person.$Shape): tongbao.common.v1.Person & tongbao.common.v1.Person.$Shape;
                 *   (properties?: tongbao.common.v1.Person.$Properties): tongbao.common.v1.Person;
                 * }}
                 */
                Person.create = function(properties) {
                    return new Person(properties);
                };

                /**
                 * Encodes the specified Person message. Does not implicitly {@link tongbao.common.v1.Person.verify|verify} messages.
                 * @function encode
                 * @memberof tongbao.common.v1.Person
                 * @static
                 * @param {tongbao.common.v1.Person.$Properties} message Person message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Person.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
                    if (message.jobTitle != null && $Object.hasOwnProperty.call(message, "jobTitle") && message.jobTitle !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.jobTitle);
                    if (message.orgId != null && $Object.hasOwnProperty.call(message, "orgId") && message.orgId !== "")
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.orgId);
                    if (message.unit != null && $Object.hasOwnProperty.call(message, "unit") && message.unit !== "")
                        writer.uint32(/* id 4, wireType 2 =*/34).string(message.unit);
                    if (message.phone != null && $Object.hasOwnProperty.call(message, "phone") && message.phone !== "")
                        writer.uint32(/* id 5, wireType 2 =*/42).string(message.phone);
                    if (message.email != null && $Object.hasOwnProperty.call(message, "email") && message.email !== "")
                        writer.uint32(/* id 6, wireType 2 =*/50).string(message.email);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a Person message from the specified reader or buffer.
                 * @function decode
                 * @memberof tongbao.common.v1.Person
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {tongbao.common.v1.Person & tongbao.common.v1.Person.$Shape} Person
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Person.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.tongbao.common.v1.Person();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    throw $Error("invalid wire type " + wireType + " for field " + tag);
                                if ((value = reader.stringVerify()).length)
                                    message.name = value;
                                else
                                    delete message.name;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    throw $Error("invalid wire type " + wireType + " for field " + tag);
                                if ((value = reader.stringVerify()).length)
                                    message.jobTitle = value;
                                else
                                    delete message.jobTitle;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    throw $Error("invalid wire type " + wireType + " for field " + tag);
                                if ((value = reader.stringVerify()).length)
                                    message.orgId = value;
                                else
                                    delete message.orgId;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    throw $Error("invalid wire type " + wireType + " for field " + tag);
                                if ((value = reader.stringVerify()).length)
                                    message.unit = value;
                                else
                                    delete message.unit;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 2)
                                    throw $Error("invalid wire type " + wireType + " for field " + tag);
                                if ((value = reader.stringVerify()).length)
                                    message.phone = value;
                                else
                                    delete message.phone;
                                continue;
                            }
                        case 6: {
                                if (wireType !== 2)
                                    throw $Error("invalid wire type " + wireType + " for field " + tag);
                                if ((value = reader.stringVerify()).length)
                                    message.email = value;
                                else
                                    delete message.email;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Gets the type url for Person
                 * @function getTypeUrl
                 * @memberof tongbao.common.v1.Person
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                Person.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/tongbao.common.v1.Person";
                };

                return Person;
            })();

            /**
             * Kind of industrial system, device or software (资产类型).
             * @name tongbao.common.v1.AssetType
             * @enum {number}
             * @property {number} ASSET_TYPE_UNSPECIFIED=0 Not set.
             * @property {number} ASSET_TYPE_PLC=1 Programmable logic controller (可编程逻辑控制器 PLC).
             * @property {number} ASSET_TYPE_DCS=2 Distributed control system (分布式控制系统 DCS).
             * @property {number} ASSET_TYPE_SCADA=3 Supervisory control and data acquisition system (数据采集与监视控制系统 SCADA).
             * @property {number} ASSET_TYPE_HMI=4 Human-machine interface (人机界面 HMI).
             * @property {number} ASSET_TYPE_RTU=5 Remote terminal unit (远程终端单元 RTU).
             * @property {number} ASSET_TYPE_SAFETY_INSTRUMENTED_SYSTEM=6 Safety instrumented system (安全仪表系统 SIS).
             * @property {number} ASSET_TYPE_INDUSTRIAL_NETWORK_DEVICE=7 Industrial switch, router, gateway or protocol converter (工业网络设备).
             * @property {number} ASSET_TYPE_INDUSTRIAL_SOFTWARE=8 Industrial software such as MES, historian or engineering station (工业软件).
             * @property {number} ASSET_TYPE_INDUSTRIAL_INTERNET_PLATFORM=9 Industrial internet platform (工业互联网平台).
             * @property {number} ASSET_TYPE_IDENTIFIER_RESOLUTION_NODE=10 Identifier resolution node (标识解析节点).
             * @property {number} ASSET_TYPE_IOT_DEVICE=11 Internet of things device or terminal (物联网设备).
             * @property {number} ASSET_TYPE_VIDEO_SURVEILLANCE=12 Video surveillance device (视频监控设备).
             * @property {number} ASSET_TYPE_DATABASE=13 Database (数据库).
             * @property {number} ASSET_TYPE_OTHER=14 Other kind (其他).
             */
            v1.AssetType = (function() {
                const valuesById = $Object.create(null), values = $Object.create(valuesById);
                values[valuesById[0] = "ASSET_TYPE_UNSPECIFIED"] = 0;
                values[valuesById[1] = "ASSET_TYPE_PLC"] = 1;
                values[valuesById[2] = "ASSET_TYPE_DCS"] = 2;
                values[valuesById[3] = "ASSET_TYPE_SCADA"] = 3;
                values[valuesById[4] = "ASSET_TYPE_HMI"] = 4;
                values[valuesById[5] = "ASSET_TYPE_RTU"] = 5;
                values[valuesById[6] = "ASSET_TYPE_SAFETY_INSTRUMENTED_SYSTEM"] = 6;
                values[valuesById[7] = "ASSET_TYPE_INDUSTRIAL_NETWORK_DEVICE"] = 7;
                values[valuesById[8] = "ASSET_TYPE_INDUSTRIAL_SOFTWARE"] = 8;
                values[valuesById[9] = "ASSET_TYPE_INDUSTRIAL_INTERNET_PLATFORM"] = 9;
                values[valuesById[10] = "ASSET_TYPE_IDENTIFIER_RESOLUTION_NODE"] = 10;
                values[valuesById[11] = "ASSET_TYPE_IOT_DEVICE"] = 11;
                values[valuesById[12] = "ASSET_TYPE_VIDEO_SURVEILLANCE"] = 12;
                values[valuesById[13] = "ASSET_TYPE_DATABASE"] = 13;
                values[valuesById[14] = "ASSET_TYPE_OTHER"] = 14;
                return values;
            })();

            /**
             * Phase of an incident report (报告阶段). Reports about one incident share
             * IncidentReport.incident_id; each later report references the previous one.
             * @name tongbao.common.v1.ReportPhase
             * @enum {number}
             * @property {number} REPORT_PHASE_UNSPECIFIED=0 Not set.
             * @property {number} REPORT_PHASE_INITIAL=1 Initial report (初报), sent as soon as the incident is known.
             * @property {number} REPORT_PHASE_UPDATE=2 Update (续报), sent as handling progresses or facts change.
             * @property {number} REPORT_PHASE_FINAL=3 Final summary (终报), sent when handling is complete.
             */
            v1.ReportPhase = (function() {
                const valuesById = $Object.create(null), values = $Object.create(valuesById);
                values[valuesById[0] = "REPORT_PHASE_UNSPECIFIED"] = 0;
                values[valuesById[1] = "REPORT_PHASE_INITIAL"] = 1;
                values[valuesById[2] = "REPORT_PHASE_UPDATE"] = 2;
                values[valuesById[3] = "REPORT_PHASE_FINAL"] = 3;
                return values;
            })();

            /**
             * What an early warning does (预警发布、调整、解除). Under 谁发布、谁解除 only the
             * issuer of a warning may adjust or lift it.
             * @name tongbao.common.v1.WarningAction
             * @enum {number}
             * @property {number} WARNING_ACTION_UNSPECIFIED=0 Not set.
             * @property {number} WARNING_ACTION_ISSUE=1 Issue a new warning (发布).
             * @property {number} WARNING_ACTION_ADJUST=2 Adjust the level, scope or measures of an issued warning (调整).
             * @property {number} WARNING_ACTION_LIFT=3 Lift an issued warning (解除).
             */
            v1.WarningAction = (function() {
                const valuesById = $Object.create(null), values = $Object.create(valuesById);
                values[valuesById[0] = "WARNING_ACTION_UNSPECIFIED"] = 0;
                values[valuesById[1] = "WARNING_ACTION_ISSUE"] = 1;
                values[valuesById[2] = "WARNING_ACTION_ADJUST"] = 2;
                values[valuesById[3] = "WARNING_ACTION_LIFT"] = 3;
                return values;
            })();

            /**
             * What an emergency response message does (应急响应启动、调整、结束).
             * @name tongbao.common.v1.ResponseAction
             * @enum {number}
             * @property {number} RESPONSE_ACTION_UNSPECIFIED=0 Not set.
             * @property {number} RESPONSE_ACTION_START=1 Start a response (启动).
             * @property {number} RESPONSE_ACTION_ADJUST=2 Change the level or scope of a running response (调整).
             * @property {number} RESPONSE_ACTION_END=3 End a response (结束).
             */
            v1.ResponseAction = (function() {
                const valuesById = $Object.create(null), values = $Object.create(valuesById);
                values[valuesById[0] = "RESPONSE_ACTION_UNSPECIFIED"] = 0;
                values[valuesById[1] = "RESPONSE_ACTION_START"] = 1;
                values[valuesById[2] = "RESPONSE_ACTION_ADJUST"] = 2;
                values[valuesById[3] = "RESPONSE_ACTION_END"] = 3;
                return values;
            })();

            /**
             * Traffic Light Protocol 2.0 sharing marking (信息共享标记). Values rise with
             * restriction; routing code must still map them explicitly, never compare numbers.
             * @name tongbao.common.v1.Tlp
             * @enum {number}
             * @property {number} TLP_UNSPECIFIED=0 Not set; a message without a marking is rejected.
             * @property {number} TLP_CLEAR=1 TLP:CLEAR, no limit on disclosure (可公开).
             * @property {number} TLP_GREEN=2 TLP:GREEN, may be shared within the community, not published.
             * @property {number} TLP_AMBER=3 TLP:AMBER, recipient organisations and their clients on a need-to-know basis.
             * @property {number} TLP_AMBER_STRICT=4 TLP:AMBER+STRICT, the recipient organisation only.
             * @property {number} TLP_RED=5 TLP:RED, the named recipients only; the header must list them.
             */
            v1.Tlp = (function() {
                const valuesById = $Object.create(null), values = $Object.create(valuesById);
                values[valuesById[0] = "TLP_UNSPECIFIED"] = 0;
                values[valuesById[1] = "TLP_CLEAR"] = 1;
                values[valuesById[2] = "TLP_GREEN"] = 2;
                values[valuesById[3] = "TLP_AMBER"] = 3;
                values[valuesById[4] = "TLP_AMBER_STRICT"] = 4;
                values[valuesById[5] = "TLP_RED"] = 5;
                return values;
            })();

            /**
             * Data security level (数据级别). The current scale is from 工业和信息化领域数据安全
             * 管理办法 (2022); the legacy scale from 工业数据分类分级指南 (2020) is kept so that
             * older records can be carried unchanged. Legacy values are numbered apart on purpose:
             * the two scales do not map one-to-one and must not be compared by number.
             * @name tongbao.common.v1.DataLevel
             * @enum {number}
             * @property {number} DATA_LEVEL_UNSPECIFIED=0 Not set.
             * @property {number} DATA_LEVEL_GENERAL=1 General data (一般数据).
             * @property {number} DATA_LEVEL_IMPORTANT=2 Important data (重要数据).
             * @property {number} DATA_LEVEL_CORE=3 Core data (核心数据), the highest level.
             * @property {number} DATA_LEVEL_LEGACY_LEVEL_1=11 Legacy level one (一级), the lowest level of the 2020 guide.
             * @property {number} DATA_LEVEL_LEGACY_LEVEL_2=12 Legacy level two (二级).
             * @property {number} DATA_LEVEL_LEGACY_LEVEL_3=13 Legacy level three (三级), the highest level of the 2020 guide.
             */
            v1.DataLevel = (function() {
                const valuesById = $Object.create(null), values = $Object.create(valuesById);
                values[valuesById[0] = "DATA_LEVEL_UNSPECIFIED"] = 0;
                values[valuesById[1] = "DATA_LEVEL_GENERAL"] = 1;
                values[valuesById[2] = "DATA_LEVEL_IMPORTANT"] = 2;
                values[valuesById[3] = "DATA_LEVEL_CORE"] = 3;
                values[valuesById[11] = "DATA_LEVEL_LEGACY_LEVEL_1"] = 11;
                values[valuesById[12] = "DATA_LEVEL_LEGACY_LEVEL_2"] = 12;
                values[valuesById[13] = "DATA_LEVEL_LEGACY_LEVEL_3"] = 13;
                return values;
            })();

            return v1;
        })();

        return common;
    })();

    tongbao.envelope = (function() {

        /**
         * Namespace envelope.
         * @memberof tongbao
         * @namespace
         */
        const envelope = {};

        envelope.v1 = (function() {

            /**
             * Namespace v1.
             * @memberof tongbao.envelope
             * @namespace
             */
            const v1 = {};

            v1.SignedEnvelope = (function() {

                /**
                 * Properties of a SignedEnvelope.
                 * @typedef {Object} tongbao.envelope.v1.SignedEnvelope.$Properties
                 * @property {Uint8Array|null} [header] Serialised Header.
                 * @property {Uint8Array|null} [payload] Serialised family message whose full name is Header.type.
                 * @property {Array.<tongbao.envelope.v1.Signature.$Properties>|null} [signatures] Signatures by the source organisation; at least one must verify against a
                 * key that was valid at Header.time.
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a SignedEnvelope.
                 * @memberof tongbao.envelope.v1
                 * @interface ISignedEnvelope
                 * @augments tongbao.envelope.v1.SignedEnvelope.$Properties
                 * @deprecated Use tongbao.envelope.v1.SignedEnvelope.$Properties instead.
                 */

                /**
                 * Shape of a SignedEnvelope.
                 * @typedef {tongbao.envelope.v1.SignedEnvelope.$Properties} tongbao.envelope.v1.SignedEnvelope.$Shape
                 */

                /**
                 * Constructs a new SignedEnvelope.
                 * @memberof tongbao.envelope.v1
                 * @classdesc What goes on the wire (签名信封). Header and payload are kept as the exact bytes
                 * the producer serialised, and the signatures cover a domain-separated digest of
                 * those bytes, so re-encoding by any party can neither break nor forge a signature.
                 * The header can be read and checked without decoding the payload.
                 * @constructor
                 * @param {tongbao.envelope.v1.SignedEnvelope.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const SignedEnvelope = function (properties) {
                    this.signatures = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Serialised Header.
                 * @member {Uint8Array} header
                 * @memberof tongbao.envelope.v1.SignedEnvelope
                 * @instance
                 */
                SignedEnvelope.prototype.header = $util.newBuffer([]);

                /**
                 * Serialised family message whose full name is Header.type.
                 * @member {Uint8Array} payload
                 * @memberof tongbao.envelope.v1.SignedEnvelope
                 * @instance
                 */
                SignedEnvelope.prototype.payload = $util.newBuffer([]);

                /**
                 * Signatures by the source organisation; at least one must verify against a
                 * key that was valid at Header.time.
                 * @member {Array.<tongbao.envelope.v1.Signature.$Properties>} signatures
                 * @memberof tongbao.envelope.v1.SignedEnvelope
                 * @instance
                 */
                SignedEnvelope.prototype.signatures = $util.emptyArray;

                /**
                 * Creates a new SignedEnvelope instance using the specified properties.
                 * @function create
                 * @memberof tongbao.envelope.v1.SignedEnvelope
                 * @static
                 * @param {tongbao.envelope.v1.SignedEnvelope.$Properties=} [properties] Properties to set
                 * @returns {tongbao.envelope.v1.SignedEnvelope} SignedEnvelope instance
                 * @type {{
                 *   (properties: tongbao.envelope.v1.SignedEnvelope.$Shape): tongbao.envelope.v1.SignedEnvelope & tongbao.envelope.v1.SignedEnvelope.$Shape;
                 *   (properties?: tongbao.envelope.v1.SignedEnvelope.$Properties): tongbao.envelope.v1.SignedEnvelope;
                 * }}
                 */
                SignedEnvelope.create = function(properties) {
                    return new SignedEnvelope(properties);
                };

                /**
                 * Encodes the specified SignedEnvelope message. Does not implicitly {@link tongbao.envelope.v1.SignedEnvelope.verify|verify} messages.
                 * @function encode
                 * @memberof tongbao.envelope.v1.SignedEnvelope
                 * @static
                 * @param {tongbao.envelope.v1.SignedEnvelope.$Properties} message SignedEnvelope message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                SignedEnvelope.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.header != null && $Object.hasOwnProperty.call(message, "header") && message.header.length)
                        writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.header);
                    if (message.payload != null && $Object.hasOwnProperty.call(message, "payload") && message.payload.length)
                        writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.payload);
                    if (message.signatures != null && message.signatures.length)
                        for (let i = 0; i < message.signatures.length; ++i)
                            $root.tongbao.envelope.v1.Signature.encode(message.signatures[i], writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a SignedEnvelope message from the specified reader or buffer.
                 * @function decode
                 * @memberof tongbao.envelope.v1.SignedEnvelope
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {tongbao.envelope.v1.SignedEnvelope & tongbao.envelope.v1.SignedEnvelope.$Shape} SignedEnvelope
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                SignedEnvelope.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.tongbao.envelope.v1.SignedEnvelope();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    throw $Error("invalid wire type " + wireType + " for field " + tag);
                                if ((value = reader.bytes()).length)
                                    message.header = value;
                                else
                                    delete message.header;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    throw $Error("invalid wire type " + wireType + " for field " + tag);
                                if ((value = reader.bytes()).length)
                                    message.payload = value;
                                else
                                    delete message.payload;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    throw $Error("invalid wire type " + wireType + " for field " + tag);
                                if (!(message.signatures && message.signatures.length))
                                    message.signatures = [];
                                message.signatures.push($root.tongbao.envelope.v1.Signature.decode(reader, reader.size(), $undefined, _depth + 1));
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Gets the type url for SignedEnvelope
                 * @function getTypeUrl
                 * @memberof tongbao.envelope.v1.SignedEnvelope
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                SignedEnvelope.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/tongbao.envelope.v1.SignedEnvelope";
                };

                return SignedEnvelope;
            })();

            v1.Header = (function() {

                /**
                 * Properties of a Header.
                 * @typedef {Object} tongbao.envelope.v1.Header.$Properties
                 * @property {string|null} [id] Message id, a UUIDv7 in canonical text form; also the JetStream Nats-Msg-Id.
                 * @property {string|null} [type] Full protobuf name of the payload message, e.g. "tongbao.bulletin.v1.ThreatBulletin".
                 * @property {string|null} [source] Registry id of the source organisation (发送单位), e.g. "miit".
                 * @property {google.protobuf.Timestamp.$Properties|null} [time] When the source created and signed the message (发送时间).
                 * @property {tongbao.envelope.v1.Status|null} [status] Whether the message is real, a drill or a test; drills never reach live consumers.
                 * @property {tongbao.envelope.v1.Marking.$Properties|null} [marking] Sharing and data-level marking (共享标记与数据级别).
                 * @property {Array.<string>|null} [recipients] Registry ids of addressed recipients (接收单位). Empty means broadcast within
                 * what the marking allows; TLP:RED requires at least one.
                 * @property {Array.<tongbao.common.v1.Sector>|null} [sectors] Sectors the message concerns, used for broadcast routing.
                 * @property {string|null} [region] Administrative division code the message concerns (GB/T 2260), e.g. "320000".
                 * @property {string|null} [correlationId] Id shared by all messages of one case or conversation, e.g. an incident and
                 * every report, order, receipt and feedback about it.
                 * @property {string|null} [causationId] Id of the message that directly caused this one, e.g. the notice a receipt acknowledges.
                 * @property {Array.<tongbao.envelope.v1.Reference.$Properties>|null} [references] Earlier messages this one updates, cancels, answers or relates to.
                 * @property {google.protobuf.Timestamp.$Properties|null} [expires] After this time the content is stale and consumers should not act on it;
                 * unset means it does not expire.
                 * @property {Uint8Array|null} [payloadSha256] SHA-256 digest of SignedEnvelope.payload, binding the header to its payload.
                 * @property {string|null} [producerId] Id of the producing service instance. Its messages form one numbered chain per
                 * subject they are published on, so every reader of a subject sees a whole chain.
                 * @property {number|null} [producerSeq] Position of this message in the producer's chain on its subject, from 1, no gaps.
                 * Each copy of a fanned-out message is its own envelope with its own position.
                 * @property {Uint8Array|null} [prevDigest] Signed digest of the producer's previous message on the same subject; empty when
                 * producer_seq is 1. With producer_seq it lets consumers detect gaps and forks.
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a Header.
                 * @memberof tongbao.envelope.v1
                 * @interface IHeader
                 * @augments tongbao.envelope.v1.Header.$Properties
                 * @deprecated Use tongbao.envelope.v1.Header.$Properties instead.
                 */

                /**
                 * Shape of a Header.
                 * @typedef {tongbao.envelope.v1.Header.$Properties} tongbao.envelope.v1.Header.$Shape
                 */

                /**
                 * Constructs a new Header.
                 * @memberof tongbao.envelope.v1
                 * @classdesc Routing, marking and integrity facts about one message (信封头). Its attributes
                 * map one-to-one onto CloudEvents attributes.
                 * @constructor
                 * @param {tongbao.envelope.v1.Header.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const Header = function (properties) {
                    this.recipients = [];
                    this.sectors = [];
                    this.references = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Message id, a UUIDv7 in canonical text form; also the JetStream Nats-Msg-Id.
                 * @member {string} id
                 * @memberof tongbao.envelope.v1.Header
                 * @instance
                 */
                Header.prototype.id = "";

                /**
                 * Full protobuf name of the payload message, e.g. "tongbao.bulletin.v1.ThreatBulletin".
                 * @member {string} type
                 * @memberof tongbao.envelope.v1.Header
                 * @instance
                 */
                Header.prototype.type = "";

                /**
                 * Registry id of the source organisation (发送单位), e.g. "miit".
                 * @member {string} source
                 * @memberof tongbao.envelope.v1.Header
                 * @instance
                 */
                Header.prototype.source = "";

                /**
                 * When the source created and signed the message (发送时间).
                 * @member {google.protobuf.Timestamp.$Properties|null|undefined} time
                 * @memberof tongbao.envelope.v1.Header
                 * @instance
                 */
                Header.prototype.time = null;

                /**
                 * Whether the message is real, a drill or a test; drills never reach live consumers.
                 * @member {tongbao.envelope.v1.Status} status
                 * @memberof tongbao.envelope.v1.Header
                 * @instance
                 */
                Header.prototype.status = 0;

                /**
                 * Sharing and data-level marking (共享标记与数据级别).
                 * @member {tongbao.envelope.v1.Marking.$Properties|null|undefined} marking
                 * @memberof tongbao.envelope.v1.Header
                 * @instance
                 */
                Header.prototype.marking = null;

                /**
                 * Registry ids of addressed recipients (接收单位). Empty means broadcast within
                 * what the marking allows; TLP:RED requires at least one.
                 * @member {Array.<string>} recipients
                 * @memberof tongbao.envelope.v1.Header
                 * @instance
                 */
                Header.prototype.recipients = $util.emptyArray;

                /**
                 * Sectors the message concerns, used for broadcast routing.
                 * @member {Array.<tongbao.common.v1.Sector>} sectors
                 * @memberof tongbao.envelope.v1.Header
                 * @instance
                 */
                Header.prototype.sectors = $util.emptyArray;

                /**
                 * Administrative division code the message concerns (GB/T 2260), e.g. "320000".
                 * @member {string} region
                 * @memberof tongbao.envelope.v1.Header
                 * @instance
                 */
                Header.prototype.region = "";

                /**
                 * Id shared by all messages of one case or conversation, e.g. an incident and
                 * every report, order, receipt and feedback about it.
                 * @member {string} correlationId
                 * @memberof tongbao.envelope.v1.Header
                 * @instance
                 */
                Header.prototype.correlationId = "";

                /**
                 * Id of the message that directly caused this one, e.g. the notice a receipt acknowledges.
                 * @member {string} causationId
                 * @memberof tongbao.envelope.v1.Header
                 * @instance
                 */
                Header.prototype.causationId = "";

                /**
                 * Earlier messages this one updates, cancels, answers or relates to.
                 * @member {Array.<tongbao.envelope.v1.Reference.$Properties>} references
                 * @memberof tongbao.envelope.v1.Header
                 * @instance
                 */
                Header.prototype.references = $util.emptyArray;

                /**
                 * After this time the content is stale and consumers should not act on it;
                 * unset means it does not expire.
                 * @member {google.protobuf.Timestamp.$Properties|null|undefined} expires
                 * @memberof tongbao.envelope.v1.Header
                 * @instance
                 */
                Header.prototype.expires = null;

                /**
                 * SHA-256 digest of SignedEnvelope.payload, binding the header to its payload.
                 * @member {Uint8Array} payloadSha256
                 * @memberof tongbao.envelope.v1.Header
                 * @instance
                 */
                Header.prototype.payloadSha256 = $util.newBuffer([]);

                /**
                 * Id of the producing service instance. Its messages form one numbered chain per
                 * subject they are published on, so every reader of a subject sees a whole chain.
                 * @member {string} producerId
                 * @memberof tongbao.envelope.v1.Header
                 * @instance
                 */
                Header.prototype.producerId = "";

                /**
                 * Position of this message in the producer's chain on its subject, from 1, no gaps.
                 * Each copy of a fanned-out message is its own envelope with its own position.
                 * @member {number} producerSeq
                 * @memberof tongbao.envelope.v1.Header
                 * @instance
                 */
                Header.prototype.producerSeq = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Signed digest of the producer's previous message on the same subject; empty when
                 * producer_seq is 1. With producer_seq it lets consumers detect gaps and forks.
                 * @member {Uint8Array} prevDigest
                 * @memberof tongbao.envelope.v1.Header
                 * @instance
                 */
                Header.prototype.prevDigest = $util.newBuffer([]);

                /**
                 * Creates a new Header instance using the specified properties.
                 * @function create
                 * @memberof tongbao.envelope.v1.Header
                 * @static
                 * @param {tongbao.envelope.v1.Header.$Properties=} [properties] Properties to set
                 * @returns {tongbao.envelope.v1.Header} Header instance
                 * @type {{
                 *   (properties: tongbao.envelope.v1.Header.$Shape): tongbao.envelope.v1.Header & tongbao.envelope.v1.Header.$Shape;
                 *   (properties?: tongbao.envelope.v1.Header.$Properties): tongbao.envelope.v1.Header;
                 * }}
                 */
                Header.create = function(properties) {
                    return new Header(properties);
                };

                /**
                 * Encodes the specified Header message. Does not implicitly {@link tongbao.envelope.v1.Header.verify|verify} messages.
                 * @function encode
                 * @memberof tongbao.envelope.v1.Header
                 * @static
                 * @param {tongbao.envelope.v1.Header.$Properties} message Header message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Header.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.id);
                    if (message.type != null && $Object.hasOwnProperty.call(message, "type") && message.type !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.type);
                    if (message.source != null && $Object.hasOwnProperty.call(message, "source") && message.source !== "")
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.source);
                    if (message.time != null && $Object.hasOwnProperty.call(message, "time"))
                        $root.google.protobuf.Timestamp.encode(message.time, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                    if (message.status != null && $Object.hasOwnProperty.call(message, "status") && message.status !== 0)
                        writer.uint32(/* id 5, wireType 0 =*/40).int32(message.status);
                    if (message.marking != null && $Object.hasOwnProperty.call(message, "marking"))
                        $root.tongbao.envelope.v1.Marking.encode(message.marking, writer.uint32(/* id 6, wireType 2 =*/50).fork(), _depth + 1).ldelim();
                    if (message.recipients != null && message.recipients.length)
                        for (let i = 0; i < message.recipients.length; ++i)
                            writer.uint32(/* id 7, wireType 2 =*/58).string(message.recipients[i]);
                    if (message.sectors != null && message.sectors.length)
                        writer.uint32(/* id 8, wireType 2 =*/66).int32s(message.sectors);
                    if (message.region != null && $Object.hasOwnProperty.call(message, "region") && message.region !== "")
                        writer.uint32(/* id 9, wireType 2 =*/74).string(message.region);
                    if (message.correlationId != null && $Object.hasOwnProperty.call(message, "correlationId") && message.correlationId !== "")
                        writer.uint32(/* id 10, wireType 2 =*/82).string(message.correlationId);
                    if (message.causationId != null && $Object.hasOwnProperty.call(message, "causationId") && message.causationId !== "")
                        writer.uint32(/* id 11, wireType 2 =*/90).string(message.causationId);
                    if (message.references != null && message.references.length)
                        for (let i = 0; i < message.references.length; ++i)
                            $root.tongbao.envelope.v1.Reference.encode(message.references[i], writer.uint32(/* id 12, wireType 2 =*/98).fork(), _depth + 1).ldelim();
                    if (message.expires != null && $Object.hasOwnProperty.call(message, "expires"))
                        $root.google.protobuf.Timestamp.encode(message.expires, writer.uint32(/* id 13, wireType 2 =*/106).fork(), _depth + 1).ldelim();
                    if (message.payloadSha256 != null && $Object.hasOwnProperty.call(message, "payloadSha256") && message.payloadSha256.length)
                        writer.uint32(/* id 14, wireType 2 =*/114).bytes(message.payloadSha256);
                    if (message.producerId != null && $Object.hasOwnProperty.call(message, "producerId") && message.producerId !== "")
                        writer.uint32(/* id 15, wireType 2 =*/122).string(message.producerId);
                    if (message.producerSeq != null && $Object.hasOwnProperty.call(message, "producerSeq") && (typeof message.producerSeq === "object" ? message.producerSeq.low || message.producerSeq.high : message.producerSeq !== 0))
                        writer.uint32(/* id 16, wireType 0 =*/128).uint64(message.producerSeq);
                    if (message.prevDigest != null && $Object.hasOwnProperty.call(message, "prevDigest") && message.prevDigest.length)
                        writer.uint32(/* id 17, wireType 2 =*/138).bytes(message.prevDigest);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a Header message from the specified reader or buffer.
                 * @function decode
                 * @memberof tongbao.envelope.v1.Header
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {tongbao.envelope.v1.Header & tongbao.envelope.v1.Header.$Shape} Header
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Header.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.tongbao.envelope.v1.Header();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    throw $Error("invalid wire type " + wireType + " for field " + tag);
                                if ((value = reader.stringVerify()).length)
                                    message.id = value;
                                else
                                    delete message.id;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    throw $Error("invalid wire type " + wireType + " for field " + tag);
                                if ((value = reader.stringVerify()).length)
                                    message.type = value;
                                else
                                    delete message.type;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    throw $Error("invalid wire type " + wireType + " for field " + tag);
                                if ((value = reader.stringVerify()).length)
                                    message.source = value;
                                else
                                    delete message.source;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    throw $Error("invalid wire type " + wireType + " for field " + tag);
                                message.time = $root.google.protobuf.Timestamp.decode(reader, reader.size(), $undefined, _depth + 1, message.time);
                                continue;
                            }
                        case 5: {
                                if (wireType !== 0)
                                    throw $Error("invalid wire type " + wireType + " for field " + tag);
                                if (value = reader.int32())
                                    message.status = value;
                                else
                                    delete message.status;
                                continue;
                            }
                        case 6: {
                                if (wireType !== 2)
                                    throw $Error("invalid wire type " + wireType + " for field " + tag);
                                message.marking = $root.tongbao.envelope.v1.Marking.decode(reader, reader.size(), $undefined, _depth + 1, message.marking);
                                continue;
                            }
                        case 7: {
                                if (wireType !== 2)
                                    throw $Error("invalid wire type " + wireType + " for field " + tag);
                                if (!(message.recipients && message.recipients.length))
                                    message.recipients = [];
                                message.recipients.push(reader.stringVerify());
                                continue;
                            }
                        case 8: {
                                if (wireType === 2) {
                                    if (!(message.sectors && message.sectors.length))
                                        message.sectors = [];
                                    reader.int32s(message.sectors);
                                    continue;
                                }
                                if (wireType !== 0)
                                    throw $Error("invalid wire type " + wireType + " for field " + tag);
                                if (!(message.sectors && message.sectors.length))
                                    message.sectors = [];
                                message.sectors.push(reader.int32());
                                continue;
                            }
                        case 9: {
                                if (wireType !== 2)
                                    throw $Error("invalid wire type " + wireType + " for field " + tag);
                                if ((value = reader.stringVerify()).length)
                                    message.region = value;
                                else
                                    delete message.region;
                                continue;
                            }
                        case 10: {
                                if (wireType !== 2)
                                    throw $Error("invalid wire type " + wireType + " for field " + tag);
                                if ((value = reader.stringVerify()).length)
                                    message.correlationId = value;
                                else
                                    delete message.correlationId;
                                continue;
                            }
                        case 11: {
                                if (wireType !== 2)
                                    throw $Error("invalid wire type " + wireType + " for field " + tag);
                                if ((value = reader.stringVerify()).length)
                                    message.causationId = value;
                                else
                                    delete message.causationId;
                                continue;
                            }
                        case 12: {
                                if (wireType !== 2)
                                    throw $Error("invalid wire type " + wireType + " for field " + tag);
                                if (!(message.references && message.references.length))
                                    message.references = [];
                                message.references.push($root.tongbao.envelope.v1.Reference.decode(reader, reader.size(), $undefined, _depth + 1));
                                continue;
                            }
                        case 13: {
                                if (wireType !== 2)
                                    throw $Error("invalid wire type " + wireType + " for field " + tag);
                                message.expires = $root.google.protobuf.Timestamp.decode(reader, reader.size(), $undefined, _depth + 1, message.expires);
                                continue;
                            }
                        case 14: {
                                if (wireType !== 2)
                                    throw $Error("invalid wire type " + wireType + " for field " + tag);
                                if ((value = reader.bytes()).length)
                                    message.payloadSha256 = value;
                                else
                                    delete message.payloadSha256;
                                continue;
                            }
                        case 15: {
                                if (wireType !== 2)
                                    throw $Error("invalid wire type " + wireType + " for field " + tag);
                                if ((value = reader.stringVerify()).length)
                                    message.producerId = value;
                                else
                                    delete message.producerId;
                                continue;
                            }
                        case 16: {
                                if (wireType !== 0)
                                    throw $Error("invalid wire type " + wireType + " for field " + tag);
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.producerSeq = value;
                                else
                                    delete message.producerSeq;
                                continue;
                            }
                        case 17: {
                                if (wireType !== 2)
                                    throw $Error("invalid wire type " + wireType + " for field " + tag);
                                if ((value = reader.bytes()).length)
                                    message.prevDigest = value;
                                else
                                    delete message.prevDigest;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Gets the type url for Header
                 * @function getTypeUrl
                 * @memberof tongbao.envelope.v1.Header
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                Header.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/tongbao.envelope.v1.Header";
                };

                return Header;
            })();

            /**
             * Status of a message (消息状态), as in CAP.
             * @name tongbao.envelope.v1.Status
             * @enum {number}
             * @property {number} STATUS_UNSPECIFIED=0 Not set; such a message is rejected.
             * @property {number} STATUS_LIVE=1 Real traffic to be acted on (实际).
             * @property {number} STATUS_EXERCISE=2 An exercise or drill (演练); kept on separate subjects and streams.
             * @property {number} STATUS_TEST=3 A technical test (测试), to be ignored by people.
             */
            v1.Status = (function() {
                const valuesById = $Object.create(null), values = $Object.create(valuesById);
                values[valuesById[0] = "STATUS_UNSPECIFIED"] = 0;
                values[valuesById[1] = "STATUS_LIVE"] = 1;
                values[valuesById[2] = "STATUS_EXERCISE"] = 2;
                values[valuesById[3] = "STATUS_TEST"] = 3;
                return values;
            })();

            v1.Marking = (function() {

                /**
                 * Properties of a Marking.
                 * @typedef {Object} tongbao.envelope.v1.Marking.$Properties
                 * @property {tongbao.common.v1.Tlp|null} [tlp] Traffic Light Protocol 2.0 sharing level.
                 * @property {tongbao.common.v1.DataLevel|null} [dataLevel] Highest data level contained in the message.
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a Marking.
                 * @memberof tongbao.envelope.v1
                 * @interface IMarking
                 * @augments tongbao.envelope.v1.Marking.$Properties
                 * @deprecated Use tongbao.envelope.v1.Marking.$Properties instead.
                 */

                /**
                 * Shape of a Marking.
                 * @typedef {tongbao.envelope.v1.Marking.$Properties} tongbao.envelope.v1.Marking.$Shape
                 */

                /**
                 * Constructs a new Marking.
                 * @memberof tongbao.envelope.v1
                 * @classdesc Marking that decides who may receive a message (共享标记).
                 * @constructor
                 * @param {tongbao.envelope.v1.Marking.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const Marking = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Traffic Light Protocol 2.0 sharing level.
                 * @member {tongbao.common.v1.Tlp} tlp
                 * @memberof tongbao.envelope.v1.Marking
                 * @instance
                 */
                Marking.prototype.tlp = 0;

                /**
                 * Highest data level contained in the message.
                 * @member {tongbao.common.v1.DataLevel} dataLevel
                 * @memberof tongbao.envelope.v1.Marking
                 * @instance
                 */
                Marking.prototype.dataLevel = 0;

                /**
                 * Creates a new Marking instance using the specified properties.
                 * @function create
                 * @memberof tongbao.envelope.v1.Marking
                 * @static
                 * @param {tongbao.envelope.v1.Marking.$Properties=} [properties] Properties to set
                 * @returns {tongbao.envelope.v1.Marking} Marking instance
                 * @type {{
                 *   (properties: tongbao.envelope.v1.Marking.$Shape): tongbao.envelope.v1.Marking & tongbao.envelope.v1.Marking.$Shape;
                 *   (properties?: tongbao.envelope.v1.Marking.$Properties): tongbao.envelope.v1.Marking;
                 * }}
                 */
                Marking.create = function(properties) {
                    return new Marking(properties);
                };

                /**
                 * Encodes the specified Marking message. Does not implicitly {@link tongbao.envelope.v1.Marking.verify|verify} messages.
                 * @function encode
                 * @memberof tongbao.envelope.v1.Marking
                 * @static
                 * @param {tongbao.envelope.v1.Marking.$Properties} message Marking message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Marking.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.tlp != null && $Object.hasOwnProperty.call(message, "tlp") && message.tlp !== 0)
                        writer.uint32(/* id 1, wireType 0 =*/8).int32(message.tlp);
                    if (message.dataLevel != null && $Object.hasOwnProperty.call(message, "dataLevel") && message.dataLevel !== 0)
                        writer.uint32(/* id 2, wireType 0 =*/16).int32(message.dataLevel);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a Marking message from the specified reader or buffer.
                 * @function decode
                 * @memberof tongbao.envelope.v1.Marking
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {tongbao.envelope.v1.Marking & tongbao.envelope.v1.Marking.$Shape} Marking
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Marking.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.tongbao.envelope.v1.Marking();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    throw $Error("invalid wire type " + wireType + " for field " + tag);
                                if (value = reader.int32())
                                    message.tlp = value;
                                else
                                    delete message.tlp;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    throw $Error("invalid wire type " + wireType + " for field " + tag);
                                if (value = reader.int32())
                                    message.dataLevel = value;
                                else
                                    delete message.dataLevel;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Gets the type url for Marking
                 * @function getTypeUrl
                 * @memberof tongbao.envelope.v1.Marking
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                Marking.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/tongbao.envelope.v1.Marking";
                };

                return Marking;
            })();

            v1.Reference = (function() {

                /**
                 * Properties of a Reference.
                 * @typedef {Object} tongbao.envelope.v1.Reference.$Properties
                 * @property {string|null} [id] Header.id of the referenced message.
                 * @property {tongbao.envelope.v1.ReferenceKind|null} [kind] How this message relates to the referenced one.
                 * @property {string|null} [type] Header.type of the referenced message.
                 * @property {string|null} [source] Header.source of the referenced message.
                 * @property {Uint8Array|null} [digest] Signed digest of the referenced message, pinning the exact version; may be empty.
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a Reference.
                 * @memberof tongbao.envelope.v1
                 * @interface IReference
                 * @augments tongbao.envelope.v1.Reference.$Properties
                 * @deprecated Use tongbao.envelope.v1.Reference.$Properties instead.
                 */

                /**
                 * Shape of a Reference.
                 * @typedef {tongbao.envelope.v1.Reference.$Properties} tongbao.envelope.v1.Reference.$Shape
                 */

                /**
                 * Constructs a new Reference.
                 * @memberof tongbao.envelope.v1
                 * @classdesc A link to an earlier message (关联消息), as in CAP references.
                 * @constructor
                 * @param {tongbao.envelope.v1.Reference.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const Reference = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Header.id of the referenced message.
                 * @member {string} id
                 * @memberof tongbao.envelope.v1.Reference
                 * @instance
                 */
                Reference.prototype.id = "";

                /**
                 * How this message relates to the referenced one.
                 * @member {tongbao.envelope.v1.ReferenceKind} kind
                 * @memberof tongbao.envelope.v1.Reference
                 * @instance
                 */
                Reference.prototype.kind = 0;

                /**
                 * Header.type of the referenced message.
                 * @member {string} type
                 * @memberof tongbao.envelope.v1.Reference
                 * @instance
                 */
                Reference.prototype.type = "";

                /**
                 * Header.source of the referenced message.
                 * @member {string} source
                 * @memberof tongbao.envelope.v1.Reference
                 * @instance
                 */
                Reference.prototype.source = "";

                /**
                 * Signed digest of the referenced message, pinning the exact version; may be empty.
                 * @member {Uint8Array} digest
                 * @memberof tongbao.envelope.v1.Reference
                 * @instance
                 */
                Reference.prototype.digest = $util.newBuffer([]);

                /**
                 * Creates a new Reference instance using the specified properties.
                 * @function create
                 * @memberof tongbao.envelope.v1.Reference
                 * @static
                 * @param {tongbao.envelope.v1.Reference.$Properties=} [properties] Properties to set
                 * @returns {tongbao.envelope.v1.Reference} Reference instance
                 * @type {{
                 *   (properties: tongbao.envelope.v1.Reference.$Shape): tongbao.envelope.v1.Reference & tongbao.envelope.v1.Reference.$Shape;
                 *   (properties?: tongbao.envelope.v1.Reference.$Properties): tongbao.envelope.v1.Reference;
                 * }}
                 */
                Reference.create = function(properties) {
                    return new Reference(properties);
                };

                /**
                 * Encodes the specified Reference message. Does not implicitly {@link tongbao.envelope.v1.Reference.verify|verify} messages.
                 * @function encode
                 * @memberof tongbao.envelope.v1.Reference
                 * @static
                 * @param {tongbao.envelope.v1.Reference.$Properties} message Reference message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Reference.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.id);
                    if (message.kind != null && $Object.hasOwnProperty.call(message, "kind") && message.kind !== 0)
                        writer.uint32(/* id 2, wireType 0 =*/16).int32(message.kind);
                    if (message.type != null && $Object.hasOwnProperty.call(message, "type") && message.type !== "")
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.type);
                    if (message.source != null && $Object.hasOwnProperty.call(message, "source") && message.source !== "")
                        writer.uint32(/* id 4, wireType 2 =*/34).string(message.source);
                    if (message.digest != null && $Object.hasOwnProperty.call(message, "digest") && message.digest.length)
                        writer.uint32(/* id 5, wireType 2 =*/42).bytes(message.digest);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a Reference message from the specified reader or buffer.
                 * @function decode
                 * @memberof tongbao.envelope.v1.Reference
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {tongbao.envelope.v1.Reference & tongbao.envelope.v1.Reference.$Shape} Reference
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Reference.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.tongbao.envelope.v1.Reference();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    throw $Error("invalid wire type " + wireType + " for field " + tag);
                                if ((value = reader.stringVerify()).length)
                                    message.id = value;
                                else
                                    delete message.id;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    throw $Error("invalid wire type " + wireType + " for field " + tag);
                                if (value = reader.int32())
                                    message.kind = value;
                                else
                                    delete message.kind;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    throw $Error("invalid wire type " + wireType + " for field " + tag);
                                if ((value = reader.stringVerify()).length)
                                    message.type = value;
                                else
                                    delete message.type;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    throw $Error("invalid wire type " + wireType + " for field " + tag);
                                if ((value = reader.stringVerify()).length)
                                    message.source = value;
                                else
                                    delete message.source;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 2)
                                    throw $Error("invalid wire type " + wireType + " for field " + tag);
                                if ((value = reader.bytes()).length)
                                    message.digest = value;
                                else
                                    delete message.digest;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Gets the type url for Reference
                 * @function getTypeUrl
                 * @memberof tongbao.envelope.v1.Reference
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                Reference.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/tongbao.envelope.v1.Reference";
                };

                return Reference;
            })();

            /**
             * How a message relates to one it references.
             * @name tongbao.envelope.v1.ReferenceKind
             * @enum {number}
             * @property {number} REFERENCE_KIND_UNSPECIFIED=0 Not set.
             * @property {number} REFERENCE_KIND_UPDATE=1 This message replaces the referenced one (更新); only its source may update it.
             * @property {number} REFERENCE_KIND_CANCEL=2 This message withdraws the referenced one (撤销); only its source may cancel it.
             * @property {number} REFERENCE_KIND_REPLY=3 This message answers the referenced one (回复), e.g. a receipt or feedback.
             * @property {number} REFERENCE_KIND_FORWARD=4 This message forwards the referenced one to further recipients (转报), e.g. a
             * provincial authority passing an enterprise's incident report to miit.
             * @property {number} REFERENCE_KIND_RELATED=5 The referenced message is related background (参见).
             */
            v1.ReferenceKind = (function() {
                const valuesById = $Object.create(null), values = $Object.create(valuesById);
                values[valuesById[0] = "REFERENCE_KIND_UNSPECIFIED"] = 0;
                values[valuesById[1] = "REFERENCE_KIND_UPDATE"] = 1;
                values[valuesById[2] = "REFERENCE_KIND_CANCEL"] = 2;
                values[valuesById[3] = "REFERENCE_KIND_REPLY"] = 3;
                values[valuesById[4] = "REFERENCE_KIND_FORWARD"] = 4;
                values[valuesById[5] = "REFERENCE_KIND_RELATED"] = 5;
                return values;
            })();

            v1.Signature = (function() {

                /**
                 * Properties of a Signature.
                 * @typedef {Object} tongbao.envelope.v1.Signature.$Properties
                 * @property {string|null} [keyId] Registry id of the signing key.
                 * @property {tongbao.envelope.v1.SignatureAlgorithm|null} [algorithm] Signature algorithm; must match the registered key.
                 * @property {Uint8Array|null} [value] The signature bytes, over the batch's Merkle root.
                 * @property {Array.<Uint8Array>|null} [merklePath] Sibling hashes from this message's leaf up to the root, lowest level first.
                 * @property {number|null} [leafIndex] Position of this message's leaf in the batch, from 0.
                 * @property {number|null} [leafCount] Number of leaves (messages) in the batch; at least 1.
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a Signature.
                 * @memberof tongbao.envelope.v1
                 * @interface ISignature
                 * @augments tongbao.envelope.v1.Signature.$Properties
                 * @deprecated Use tongbao.envelope.v1.Signature.$Properties instead.
                 */

                /**
                 * Shape of a Signature.
                 * @typedef {tongbao.envelope.v1.Signature.$Properties} tongbao.envelope.v1.Signature.$Shape
                 */

                /**
                 * Constructs a new Signature.
                 * @memberof tongbao.envelope.v1
                 * @classdesc A signature (签名). A producer signs many messages at once: it builds a Merkle tree
                 * (RFC 6962 hashing: SHA-256, leaf prefix 0x00, node prefix 0x01) over the signed
                 * digests of a batch of messages and signs the root once. Each envelope carries that
                 * one signature plus its own inclusion path, so it still verifies on its own, while a
                 * consumer checks one signature per batch and only hashes for the rest. A batch of one
                 * has an empty path and its root is the leaf hash. The signed digest of a message is
                 * SHA-256 over a domain-separated, length-prefixed concatenation of the exact header
                 * and payload bytes; the signature covers a domain-separated encoding of the root.
                 * @constructor
                 * @param {tongbao.envelope.v1.Signature.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const Signature = function (properties) {
                    this.merklePath = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Registry id of the signing key.
                 * @member {string} keyId
                 * @memberof tongbao.envelope.v1.Signature
                 * @instance
                 */
                Signature.prototype.keyId = "";

                /**
                 * Signature algorithm; must match the registered key.
                 * @member {tongbao.envelope.v1.SignatureAlgorithm} algorithm
                 * @memberof tongbao.envelope.v1.Signature
                 * @instance
                 */
                Signature.prototype.algorithm = 0;

                /**
                 * The signature bytes, over the batch's Merkle root.
                 * @member {Uint8Array} value
                 * @memberof tongbao.envelope.v1.Signature
                 * @instance
                 */
                Signature.prototype.value = $util.newBuffer([]);

                /**
                 * Sibling hashes from this message's leaf up to the root, lowest level first.
                 * @member {Array.<Uint8Array>} merklePath
                 * @memberof tongbao.envelope.v1.Signature
                 * @instance
                 */
                Signature.prototype.merklePath = $util.emptyArray;

                /**
                 * Position of this message's leaf in the batch, from 0.
                 * @member {number} leafIndex
                 * @memberof tongbao.envelope.v1.Signature
                 * @instance
                 */
                Signature.prototype.leafIndex = 0;

                /**
                 * Number of leaves (messages) in the batch; at least 1.
                 * @member {number} leafCount
                 * @memberof tongbao.envelope.v1.Signature
                 * @instance
                 */
                Signature.prototype.leafCount = 0;

                /**
                 * Creates a new Signature instance using the specified properties.
                 * @function create
                 * @memberof tongbao.envelope.v1.Signature
                 * @static
                 * @param {tongbao.envelope.v1.Signature.$Properties=} [properties] Properties to set
                 * @returns {tongbao.envelope.v1.Signature} Signature instance
                 * @type {{
                 *   (properties: tongbao.envelope.v1.Signature.$Shape): tongbao.envelope.v1.Signature & tongbao.envelope.v1.Signature.$Shape;
                 *   (properties?: tongbao.envelope.v1.Signature.$Properties): tongbao.envelope.v1.Signature;
                 * }}
                 */
                Signature.create = function(properties) {
                    return new Signature(properties);
                };

                /**
                 * Encodes the specified Signature message. Does not implicitly {@link tongbao.envelope.v1.Signature.verify|verify} messages.
                 * @function encode
                 * @memberof tongbao.envelope.v1.Signature
                 * @static
                 * @param {tongbao.envelope.v1.Signature.$Properties} message Signature message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Signature.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.keyId != null && $Object.hasOwnProperty.call(message, "keyId") && message.keyId !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.keyId);
                    if (message.algorithm != null && $Object.hasOwnProperty.call(message, "algorithm") && message.algorithm !== 0)
                        writer.uint32(/* id 2, wireType 0 =*/16).int32(message.algorithm);
                    if (message.value != null && $Object.hasOwnProperty.call(message, "value") && message.value.length)
                        writer.uint32(/* id 3, wireType 2 =*/26).bytes(message.value);
                    if (message.merklePath != null && message.merklePath.length)
                        for (let i = 0; i < message.merklePath.length; ++i)
                            writer.uint32(/* id 4, wireType 2 =*/34).bytes(message.merklePath[i]);
                    if (message.leafIndex != null && $Object.hasOwnProperty.call(message, "leafIndex") && message.leafIndex !== 0)
                        writer.uint32(/* id 5, wireType 0 =*/40).uint32(message.leafIndex);
                    if (message.leafCount != null && $Object.hasOwnProperty.call(message, "leafCount") && message.leafCount !== 0)
                        writer.uint32(/* id 6, wireType 0 =*/48).uint32(message.leafCount);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a Signature message from the specified reader or buffer.
                 * @function decode
                 * @memberof tongbao.envelope.v1.Signature
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {tongbao.envelope.v1.Signature & tongbao.envelope.v1.Signature.$Shape} Signature
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Signature.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.tongbao.envelope.v1.Signature();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    throw $Error("invalid wire type " + wireType + " for field " + tag);
                                if ((value = reader.stringVerify()).length)
                                    message.keyId = value;
                                else
                                    delete message.keyId;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    throw $Error("invalid wire type " + wireType + " for field " + tag);
                                if (value = reader.int32())
                                    message.algorithm = value;
                                else
                                    delete message.algorithm;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    throw $Error("invalid wire type " + wireType + " for field " + tag);
                                if ((value = reader.bytes()).length)
                                    message.value = value;
                                else
                                    delete message.value;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    throw $Error("invalid wire type " + wireType + " for field " + tag);
                                if (!(message.merklePath && message.merklePath.length))
                                    message.merklePath = [];
                                message.merklePath.push(reader.bytes());
                                continue;
                            }
                        case 5: {
                                if (wireType !== 0)
                                    throw $Error("invalid wire type " + wireType + " for field " + tag);
                                if (value = reader.uint32())
                                    message.leafIndex = value;
                                else
                                    delete message.leafIndex;
                                continue;
                            }
                        case 6: {
                                if (wireType !== 0)
                                    throw $Error("invalid wire type " + wireType + " for field " + tag);
                                if (value = reader.uint32())
                                    message.leafCount = value;
                                else
                                    delete message.leafCount;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Gets the type url for Signature
                 * @function getTypeUrl
                 * @memberof tongbao.envelope.v1.Signature
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                Signature.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/tongbao.envelope.v1.Signature";
                };

                return Signature;
            })();

            /**
             * Signature algorithm (签名算法).
             * @name tongbao.envelope.v1.SignatureAlgorithm
             * @enum {number}
             * @property {number} SIGNATURE_ALGORITHM_UNSPECIFIED=0 Not set; such a signature is rejected.
             * @property {number} SIGNATURE_ALGORITHM_ED25519=1 Ed25519 (RFC 8032), the default.
             * @property {number} SIGNATURE_ALGORITHM_SM2_SM3=2 SM2 signature with SM3 digest (GB/T 32918, GB/T 32905), for deployments that
             * require commercial cryptography (商用密码).
             */
            v1.SignatureAlgorithm = (function() {
                const valuesById = $Object.create(null), values = $Object.create(valuesById);
                values[valuesById[0] = "SIGNATURE_ALGORITHM_UNSPECIFIED"] = 0;
                values[valuesById[1] = "SIGNATURE_ALGORITHM_ED25519"] = 1;
                values[valuesById[2] = "SIGNATURE_ALGORITHM_SM2_SM3"] = 2;
                return values;
            })();

            v1.SealedPayload = (function() {

                /**
                 * Properties of a SealedPayload.
                 * @typedef {Object} tongbao.envelope.v1.SealedPayload.$Properties
                 * @property {tongbao.envelope.v1.RedSuite|null} [suite] Cipher suite of the content and of the key wrapping.
                 * @property {Uint8Array|null} [ephemeralPublicKey] The sender's per-message X25519 public key, 32 bytes.
                 * @property {Uint8Array|null} [nonce] Nonce of the content encryption.
                 * @property {Uint8Array|null} [ciphertext] The encrypted family message with its authentication tag.
                 * @property {Array.<tongbao.envelope.v1.WrappedKey.$Properties>|null} [recipients] The content key wrapped for each recipient, one entry per Header.recipients entry.
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a SealedPayload.
                 * @memberof tongbao.envelope.v1
                 * @interface ISealedPayload
                 * @augments tongbao.envelope.v1.SealedPayload.$Properties
                 * @deprecated Use tongbao.envelope.v1.SealedPayload.$Properties instead.
                 */

                /**
                 * Shape of a SealedPayload.
                 * @typedef {tongbao.envelope.v1.SealedPayload.$Properties} tongbao.envelope.v1.SealedPayload.$Shape
                 */

                /**
                 * Constructs a new SealedPayload.
                 * @memberof tongbao.envelope.v1
                 * @classdesc A payload encrypted to the named recipients (加密载荷). A random content key encrypts
                 * the family message once; for each recipient the content key is wrapped under a key
                 * derived (HKDF) from an X25519 agreement between ephemeral_public_key and the
                 * recipient's registered encryption key. Header.id is the associated data of every
                 * encryption, so a ciphertext lifted into another message does not open. The envelope
                 * signature covers these bytes; Header.payload_sha256 is their digest.
                 * @constructor
                 * @param {tongbao.envelope.v1.SealedPayload.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const SealedPayload = function (properties) {
                    this.recipients = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Cipher suite of the content and of the key wrapping.
                 * @member {tongbao.envelope.v1.RedSuite} suite
                 * @memberof tongbao.envelope.v1.SealedPayload
                 * @instance
                 */
                SealedPayload.prototype.suite = 0;

                /**
                 * The sender's per-message X25519 public key, 32 bytes.
                 * @member {Uint8Array} ephemeralPublicKey
                 * @memberof tongbao.envelope.v1.SealedPayload
                 * @instance
                 */
                SealedPayload.prototype.ephemeralPublicKey = $util.newBuffer([]);

                /**
                 * Nonce of the content encryption.
                 * @member {Uint8Array} nonce
                 * @memberof tongbao.envelope.v1.SealedPayload
                 * @instance
                 */
                SealedPayload.prototype.nonce = $util.newBuffer([]);

                /**
                 * The encrypted family message with its authentication tag.
                 * @member {Uint8Array} ciphertext
                 * @memberof tongbao.envelope.v1.SealedPayload
                 * @instance
                 */
                SealedPayload.prototype.ciphertext = $util.newBuffer([]);

                /**
                 * The content key wrapped for each recipient, one entry per Header.recipients entry.
                 * @member {Array.<tongbao.envelope.v1.WrappedKey.$Properties>} recipients
                 * @memberof tongbao.envelope.v1.SealedPayload
                 * @instance
                 */
                SealedPayload.prototype.recipients = $util.emptyArray;

                /**
                 * Creates a new SealedPayload instance using the specified properties.
                 * @function create
                 * @memberof tongbao.envelope.v1.SealedPayload
                 * @static
                 * @param {tongbao.envelope.v1.SealedPayload.$Properties=} [properties] Properties to set
                 * @returns {tongbao.envelope.v1.SealedPayload} SealedPayload instance
                 * @type {{
                 *   (properties: tongbao.envelope.v1.SealedPayload.$Shape): tongbao.envelope.v1.SealedPayload & tongbao.envelope.v1.SealedPayload.$Shape;
                 *   (properties?: tongbao.envelope.v1.SealedPayload.$Properties): tongbao.envelope.v1.SealedPayload;
                 * }}
                 */
                SealedPayload.create = function(properties) {
                    return new SealedPayload(properties);
                };

                /**
                 * Encodes the specified SealedPayload message. Does not implicitly {@link tongbao.envelope.v1.SealedPayload.verify|verify} messages.
                 * @function encode
                 * @memberof tongbao.envelope.v1.SealedPayload
                 * @static
                 * @param {tongbao.envelope.v1.SealedPayload.$Properties} message SealedPayload message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                SealedPayload.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.suite != null && $Object.hasOwnProperty.call(message, "suite") && message.suite !== 0)
                        writer.uint32(/* id 1, wireType 0 =*/8).int32(message.suite);
                    if (message.ephemeralPublicKey != null && $Object.hasOwnProperty.call(message, "ephemeralPublicKey") && message.ephemeralPublicKey.length)
                        writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.ephemeralPublicKey);
                    if (message.nonce != null && $Object.hasOwnProperty.call(message, "nonce") && message.nonce.length)
                        writer.uint32(/* id 3, wireType 2 =*/26).bytes(message.nonce);
                    if (message.ciphertext != null && $Object.hasOwnProperty.call(message, "ciphertext") && message.ciphertext.length)
                        writer.uint32(/* id 4, wireType 2 =*/34).bytes(message.ciphertext);
                    if (message.recipients != null && message.recipients.length)
                        for (let i = 0; i < message.recipients.length; ++i)
                            $root.tongbao.envelope.v1.WrappedKey.encode(message.recipients[i], writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a SealedPayload message from the specified reader or buffer.
                 * @function decode
                 * @memberof tongbao.envelope.v1.SealedPayload
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {tongbao.envelope.v1.SealedPayload & tongbao.envelope.v1.SealedPayload.$Shape} SealedPayload
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                SealedPayload.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.tongbao.envelope.v1.SealedPayload();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    throw $Error("invalid wire type " + wireType + " for field " + tag);
                                if (value = reader.int32())
                                    message.suite = value;
                                else
                                    delete message.suite;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    throw $Error("invalid wire type " + wireType + " for field " + tag);
                                if ((value = reader.bytes()).length)
                                    message.ephemeralPublicKey = value;
                                else
                                    delete message.ephemeralPublicKey;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    throw $Error("invalid wire type " + wireType + " for field " + tag);
                                if ((value = reader.bytes()).length)
                                    message.nonce = value;
                                else
                                    delete message.nonce;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    throw $Error("invalid wire type " + wireType + " for field " + tag);
                                if ((value = reader.bytes()).length)
                                    message.ciphertext = value;
                                else
                                    delete message.ciphertext;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 2)
                                    throw $Error("invalid wire type " + wireType + " for field " + tag);
                                if (!(message.recipients && message.recipients.length))
                                    message.recipients = [];
                                message.recipients.push($root.tongbao.envelope.v1.WrappedKey.decode(reader, reader.size(), $undefined, _depth + 1));
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Gets the type url for SealedPayload
                 * @function getTypeUrl
                 * @memberof tongbao.envelope.v1.SealedPayload
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                SealedPayload.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/tongbao.envelope.v1.SealedPayload";
                };

                return SealedPayload;
            })();

            v1.WrappedKey = (function() {

                /**
                 * Properties of a WrappedKey.
                 * @typedef {Object} tongbao.envelope.v1.WrappedKey.$Properties
                 * @property {string|null} [orgId] Registry id of the recipient organisation.
                 * @property {string|null} [keyId] Registry id of the recipient's encryption key it was wrapped for.
                 * @property {Uint8Array|null} [nonce] Nonce of the wrapping.
                 * @property {Uint8Array|null} [wrappedKey] The wrapped content key with its authentication tag.
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a WrappedKey.
                 * @memberof tongbao.envelope.v1
                 * @interface IWrappedKey
                 * @augments tongbao.envelope.v1.WrappedKey.$Properties
                 * @deprecated Use tongbao.envelope.v1.WrappedKey.$Properties instead.
                 */

                /**
                 * Shape of a WrappedKey.
                 * @typedef {tongbao.envelope.v1.WrappedKey.$Properties} tongbao.envelope.v1.WrappedKey.$Shape
                 */

                /**
                 * Constructs a new WrappedKey.
                 * @memberof tongbao.envelope.v1
                 * @classdesc The content key as one recipient opens it (接收方密钥封装).
                 * @constructor
                 * @param {tongbao.envelope.v1.WrappedKey.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const WrappedKey = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Registry id of the recipient organisation.
                 * @member {string} orgId
                 * @memberof tongbao.envelope.v1.WrappedKey
                 * @instance
                 */
                WrappedKey.prototype.orgId = "";

                /**
                 * Registry id of the recipient's encryption key it was wrapped for.
                 * @member {string} keyId
                 * @memberof tongbao.envelope.v1.WrappedKey
                 * @instance
                 */
                WrappedKey.prototype.keyId = "";

                /**
                 * Nonce of the wrapping.
                 * @member {Uint8Array} nonce
                 * @memberof tongbao.envelope.v1.WrappedKey
                 * @instance
                 */
                WrappedKey.prototype.nonce = $util.newBuffer([]);

                /**
                 * The wrapped content key with its authentication tag.
                 * @member {Uint8Array} wrappedKey
                 * @memberof tongbao.envelope.v1.WrappedKey
                 * @instance
                 */
                WrappedKey.prototype.wrappedKey = $util.newBuffer([]);

                /**
                 * Creates a new WrappedKey instance using the specified properties.
                 * @function create
                 * @memberof tongbao.envelope.v1.WrappedKey
                 * @static
                 * @param {tongbao.envelope.v1.WrappedKey.$Properties=} [properties] Properties to set
                 * @returns {tongbao.envelope.v1.WrappedKey} WrappedKey instance
                 * @type {{
                 *   (properties: tongbao.envelope.v1.WrappedKey.$Shape): tongbao.envelope.v1.WrappedKey & tongbao.envelope.v1.WrappedKey.$Shape;
                 *   (properties?: tongbao.envelope.v1.WrappedKey.$Properties): tongbao.envelope.v1.WrappedKey;
                 * }}
                 */
                WrappedKey.create = function(properties) {
                    return new WrappedKey(properties);
                };

                /**
                 * Encodes the specified WrappedKey message. Does not implicitly {@link tongbao.envelope.v1.WrappedKey.verify|verify} messages.
                 * @function encode
                 * @memberof tongbao.envelope.v1.WrappedKey
                 * @static
                 * @param {tongbao.envelope.v1.WrappedKey.$Properties} message WrappedKey message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                WrappedKey.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.orgId != null && $Object.hasOwnProperty.call(message, "orgId") && message.orgId !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.orgId);
                    if (message.keyId != null && $Object.hasOwnProperty.call(message, "keyId") && message.keyId !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.keyId);
                    if (message.nonce != null && $Object.hasOwnProperty.call(message, "nonce") && message.nonce.length)
                        writer.uint32(/* id 3, wireType 2 =*/26).bytes(message.nonce);
                    if (message.wrappedKey != null && $Object.hasOwnProperty.call(message, "wrappedKey") && message.wrappedKey.length)
                        writer.uint32(/* id 4, wireType 2 =*/34).bytes(message.wrappedKey);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a WrappedKey message from the specified reader or buffer.
                 * @function decode
                 * @memberof tongbao.envelope.v1.WrappedKey
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {tongbao.envelope.v1.WrappedKey & tongbao.envelope.v1.WrappedKey.$Shape} WrappedKey
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                WrappedKey.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.tongbao.envelope.v1.WrappedKey();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    throw $Error("invalid wire type " + wireType + " for field " + tag);
                                if ((value = reader.stringVerify()).length)
                                    message.orgId = value;
                                else
                                    delete message.orgId;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    throw $Error("invalid wire type " + wireType + " for field " + tag);
                                if ((value = reader.stringVerify()).length)
                                    message.keyId = value;
                                else
                                    delete message.keyId;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    throw $Error("invalid wire type " + wireType + " for field " + tag);
                                if ((value = reader.bytes()).length)
                                    message.nonce = value;
                                else
                                    delete message.nonce;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    throw $Error("invalid wire type " + wireType + " for field " + tag);
                                if ((value = reader.bytes()).length)
                                    message.wrappedKey = value;
                                else
                                    delete message.wrappedKey;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Gets the type url for WrappedKey
                 * @function getTypeUrl
                 * @memberof tongbao.envelope.v1.WrappedKey
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                WrappedKey.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/tongbao.envelope.v1.WrappedKey";
                };

                return WrappedKey;
            })();

            /**
             * Cipher suite of a sealed payload (加密套件).
             * @name tongbao.envelope.v1.RedSuite
             * @enum {number}
             * @property {number} RED_SUITE_UNSPECIFIED=0 Not set; such a payload is rejected.
             * @property {number} RED_SUITE_X25519_AES_256_GCM=1 X25519, HKDF-SHA-256, AES-256-GCM.
             * @property {number} RED_SUITE_X25519_SM4_CTR_HMAC_SM3=2 X25519, HKDF-SM3, SM4-CTR with an HMAC-SM3 tag (encrypt-then-MAC), the 国密 suite.
             */
            v1.RedSuite = (function() {
                const valuesById = $Object.create(null), values = $Object.create(valuesById);
                values[valuesById[0] = "RED_SUITE_UNSPECIFIED"] = 0;
                values[valuesById[1] = "RED_SUITE_X25519_AES_256_GCM"] = 1;
                values[valuesById[2] = "RED_SUITE_X25519_SM4_CTR_HMAC_SM3"] = 2;
                return values;
            })();

            return v1;
        })();

        return envelope;
    })();

    tongbao.exposure = (function() {

        /**
         * Namespace exposure.
         * @memberof tongbao
         * @namespace
         */
        const exposure = {};

        exposure.v1 = (function() {

            /**
             * Namespace v1.
             * @memberof tongbao.exposure
             * @namespace
             */
            const v1 = {};

            v1.ExposureFinding = (function() {

                /**
                 * Properties of an ExposureFinding.
                 * @typedef {Object} tongbao.exposure.v1.ExposureFinding.$Properties
                 * @property {string|null} [ip] Public IPv4 or IPv6 address (IP地址).
                 * @property {number|null} [port] Port number (端口).
                 * @property {tongbao.exposure.v1.TransportProtocol|null} [transport] Transport protocol (传输层协议).
                 * @property {string|null} [protocol] Application or industrial protocol in lower case (应用协议), e.g. "modbus",
                 * "s7comm", "iec104", "dnp3", "opcua", "bacnet", "http".
                 * @property {tongbao.common.v1.AssetType|null} [deviceType] Kind of device or system (设备类型).
                 * @property {string|null} [vendor] Vendor identified from the response (厂商).
                 * @property {string|null} [product] Product or model identified (产品型号).
                 * @property {string|null} [version] Firmware or software version identified (版本).
                 * @property {string|null} [locationRegion] Administrative division code where the address is located (GB/T 2260).
                 * @property {string|null} [networkOperator] Network operator holding the address (网络运营者), e.g. the basic telecom enterprise.
                 * @property {tongbao.common.v1.Enterprise.$Properties|null} [owner] The owner, if identified (设备归属单位); unset when unknown.
                 * @property {tongbao.common.v1.Severity|null} [riskLevel] Risk level of the exposure (风险等级).
                 * @property {string|null} [riskDescription] The risk in words (风险描述), e.g. "unauthenticated write access to coils".
                 * @property {Array.<string>|null} [vulnerabilityIds] Known vulnerabilities matched to the identified version (CVE or CNVD ids).
                 * @property {google.protobuf.Timestamp.$Properties|null} [firstSeenTime] When the exposure was first observed (首次发现时间).
                 * @property {google.protobuf.Timestamp.$Properties|null} [lastSeenTime] When it was last observed (最近发现时间).
                 * @property {Uint8Array|null} [banner] Response captured from the service, possibly truncated (探测响应).
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of an ExposureFinding.
                 * @memberof tongbao.exposure.v1
                 * @interface IExposureFinding
                 * @augments tongbao.exposure.v1.ExposureFinding.$Properties
                 * @deprecated Use tongbao.exposure.v1.ExposureFinding.$Properties instead.
                 */

                /**
                 * Shape of an ExposureFinding.
                 * @typedef {tongbao.exposure.v1.ExposureFinding.$Properties} tongbao.exposure.v1.ExposureFinding.$Shape
                 */

                /**
                 * Constructs a new ExposureFinding.
                 * @memberof tongbao.exposure.v1
                 * @classdesc An industrial system or device reachable from the public internet, sent to
                 * the owner's supervising authority and to MIIT. Rectification notices refer to
                 * it by its Header.id.
                 * @constructor
                 * @param {tongbao.exposure.v1.ExposureFinding.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const ExposureFinding = function (properties) {
                    this.vulnerabilityIds = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Public IPv4 or IPv6 address (IP地址).
                 * @member {string} ip
                 * @memberof tongbao.exposure.v1.ExposureFinding
                 * @instance
                 */
                ExposureFinding.prototype.ip = "";

                /**
                 * Port number (端口).
                 * @member {number} port
                 * @memberof tongbao.exposure.v1.ExposureFinding
                 * @instance
                 */
                ExposureFinding.prototype.port = 0;

                /**
                 * Transport protocol (传输层协议).
                 * @member {tongbao.exposure.v1.TransportProtocol} transport
                 * @memberof tongbao.exposure.v1.ExposureFinding
                 * @instance
                 */
                ExposureFinding.prototype.transport = 0;

                /**
                 * Application or industrial protocol in lower case (应用协议), e.g. "modbus",
                 * "s7comm", "iec104", "dnp3", "opcua", "bacnet", "http".
                 * @member {string} protocol
                 * @memberof tongbao.exposure.v1.ExposureFinding
                 * @instance
                 */
                ExposureFinding.prototype.protocol = "";

                /**
                 * Kind of device or system (设备类型).
                 * @member {tongbao.common.v1.AssetType} deviceType
                 * @memberof tongbao.exposure.v1.ExposureFinding
                 * @instance
                 */
                ExposureFinding.prototype.deviceType = 0;

                /**
                 * Vendor identified from the response (厂商).
                 * @member {string} vendor
                 * @memberof tongbao.exposure.v1.ExposureFinding
                 * @instance
                 */
                ExposureFinding.prototype.vendor = "";

                /**
                 * Product or model identified (产品型号).
                 * @member {string} product
                 * @memberof tongbao.exposure.v1.ExposureFinding
                 * @instance
                 */
                ExposureFinding.prototype.product = "";

                /**
                 * Firmware or software version identified (版本).
                 * @member {string} version
                 * @memberof tongbao.exposure.v1.ExposureFinding
                 * @instance
                 */
                ExposureFinding.prototype.version = "";

                /**
                 * Administrative division code where the address is located (GB/T 2260).
                 * @member {string} locationRegion
                 * @memberof tongbao.exposure.v1.ExposureFinding
                 * @instance
                 */
                ExposureFinding.prototype.locationRegion = "";

                /**
                 * Network operator holding the address (网络运营者), e.g. the basic telecom enterprise.
                 * @member {string} networkOperator
                 * @memberof tongbao.exposure.v1.ExposureFinding
                 * @instance
                 */
                ExposureFinding.prototype.networkOperator = "";

                /**
                 * The owner, if identified (设备归属单位); unset when unknown.
                 * @member {tongbao.common.v1.Enterprise.$Properties|null|undefined} owner
                 * @memberof tongbao.exposure.v1.ExposureFinding
                 * @instance
                 */
                ExposureFinding.prototype.owner = null;

                /**
                 * Risk level of the exposure (风险等级).
                 * @member {tongbao.common.v1.Severity} riskLevel
                 * @memberof tongbao.exposure.v1.ExposureFinding
                 * @instance
                 */
                ExposureFinding.prototype.riskLevel = 0;

                /**
                 * The risk in words (风险描述), e.g. "unauthenticated write access to coils".
                 * @member {string} riskDescription
                 * @memberof tongbao.exposure.v1.ExposureFinding
                 * @instance
                 */
                ExposureFinding.prototype.riskDescription = "";

                /**
                 * Known vulnerabilities matched to the identified version (CVE or CNVD ids).
                 * @member {Array.<string>} vulnerabilityIds
                 * @memberof tongbao.exposure.v1.ExposureFinding
                 * @instance
                 */
                ExposureFinding.prototype.vulnerabilityIds = $util.emptyArray;

                /**
                 * When the exposure was first observed (首次发现时间).
                 * @member {google.protobuf.Timestamp.$Properties|null|undefined} firstSeenTime
                 * @memberof tongbao.exposure.v1.ExposureFinding
                 * @instance
                 */
                ExposureFinding.prototype.firstSeenTime = null;

                /**
                 * When it was last observed (最近发现时间).
                 * @member {google.protobuf.Timestamp.$Properties|null|undefined} lastSeenTime
                 * @memberof tongbao.exposure.v1.ExposureFinding
                 * @instance
                 */
                ExposureFinding.prototype.lastSeenTime = null;

                /**
                 * Response captured from the service, possibly truncated (探测响应).
                 * @member {Uint8Array} banner
                 * @memberof tongbao.exposure.v1.ExposureFinding
                 * @instance
                 */
                ExposureFinding.prototype.banner = $util.newBuffer([]);

                /**
                 * Creates a new ExposureFinding instance using the specified properties.
                 * @function create
                 * @memberof tongbao.exposure.v1.ExposureFinding
                 * @static
                 * @param {tongbao.exposure.v1.ExposureFinding.$Properties=} [properties] Properties to set
                 * @returns {tongbao.exposure.v1.ExposureFinding} ExposureFinding instance
                 * @type {{
                 *   (properties: tongbao.exposure.v1.ExposureFinding.$Shape): tongbao.exposure.v1.ExposureFinding & tongbao.exposure.v1.ExposureFinding.$Shape;
                 *   (properties?: tongbao.exposure.v1.ExposureFinding.$Properties): tongbao.exposure.v1.ExposureFinding;
                 * }}
                 */
                ExposureFinding.create = function(properties) {
                    return new ExposureFinding(properties);
                };

                /**
                 * Encodes the specified ExposureFinding message. Does not implicitly {@link tongbao.exposure.v1.ExposureFinding.verify|verify} messages.
                 * @function encode
                 * @memberof tongbao.exposure.v1.ExposureFinding
                 * @static
                 * @param {tongbao.exposure.v1.ExposureFinding.$Properties} message ExposureFinding message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                ExposureFinding.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.ip != null && $Object.hasOwnProperty.call(message, "ip") && message.ip !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.ip);
                    if (message.port != null && $Object.hasOwnProperty.call(message, "port") && message.port !== 0)
                        writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.port);
                    if (message.transport != null && $Object.hasOwnProperty.call(message, "transport") && message.transport !== 0)
                        writer.uint32(/* id 3, wireType 0 =*/24).int32(message.transport);
                    if (message.protocol != null && $Object.hasOwnProperty.call(message, "protocol") && message.protocol !== "")
                        writer.uint32(/* id 4, wireType 2 =*/34).string(message.protocol);
                    if (message.deviceType != null && $Object.hasOwnProperty.call(message, "deviceType") && message.deviceType !== 0)
                        writer.uint32(/* id 5, wireType 0 =*/40).int32(message.deviceType);
                    if (message.vendor != null && $Object.hasOwnProperty.call(message, "vendor") && message.vendor !== "")
                        writer.uint32(/* id 6, wireType 2 =*/50).string(message.vendor);
                    if (message.product != null && $Object.hasOwnProperty.call(message, "product") && message.product !== "")
                        writer.uint32(/* id 7, wireType 2 =*/58).string(message.product);
                    if (message.version != null && $Object.hasOwnProperty.call(message, "version") && message.version !== "")
                        writer.uint32(/* id 8, wireType 2 =*/66).string(message.version);
                    if (message.locationRegion != null && $Object.hasOwnProperty.call(message, "locationRegion") && message.locationRegion !== "")
                        writer.uint32(/* id 9, wireType 2 =*/74).string(message.locationRegion);
                    if (message.networkOperator != null && $Object.hasOwnProperty.call(message, "networkOperator") && message.networkOperator !== "")
                        writer.uint32(/* id 10, wireType 2 =*/82).string(message.networkOperator);
                    if (message.owner != null && $Object.hasOwnProperty.call(message, "owner"))
                        $root.tongbao.common.v1.Enterprise.encode(message.owner, writer.uint32(/* id 11, wireType 2 =*/90).fork(), _depth + 1).ldelim();
                    if (message.riskLevel != null && $Object.hasOwnProperty.call(message, "riskLevel") && message.riskLevel !== 0)
                        writer.uint32(/* id 12, wireType 0 =*/96).int32(message.riskLevel);
                    if (message.riskDescription != null && $Object.hasOwnProperty.call(message, "riskDescription") && message.riskDescription !== "")
                        writer.uint32(/* id 13, wireType 2 =*/106).string(message.riskDescription);
                    if (message.vulnerabilityIds != null && message.vulnerabilityIds.length)
                        for (let i = 0; i < message.vulnerabilityIds.length; ++i)
                            writer.uint32(/* id 14, wireType 2 =*/114).string(message.vulnerabilityIds[i]);
                    if (message.firstSeenTime != null && $Object.hasOwnProperty.call(message, "firstSeenTime"))
                        $root.google.protobuf.Timestamp.encode(message.firstSeenTime, writer.uint32(/* id 15, wireType 2 =*/122).fork(), _depth + 1).ldelim();
                    if (message.lastSeenTime != null && $Object.hasOwnProperty.call(message, "lastSeenTime"))
                        $root.google.protobuf.Timestamp.encode(message.lastSeenTime, writer.uint32(/* id 16, wireType 2 =*/130).fork(), _depth + 1).ldelim();
                    if (message.banner != null && $Object.hasOwnProperty.call(message, "banner") && message.banner.length)
                        writer.uint32(/* id 17, wireType 2 =*/138).bytes(message.banner);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes an ExposureFinding message from the specified reader or buffer.
                 * @function decode
                 * @memberof tongbao.exposure.v1.ExposureFinding
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {tongbao.exposure.v1.ExposureFinding & tongbao.exposure.v1.ExposureFinding.$Shape} ExposureFinding
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                ExposureFinding.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.tongbao.exposure.v1.ExposureFinding();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    throw $Error("invalid wire type " + wireType + " for field " + tag);
                                if ((value = reader.stringVerify()).length)
                                    message.ip = value;
                                else
                                    delete message.ip;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    throw $Error("invalid wire type " + wireType + " for field " + tag);
                                if (value = reader.uint32())
                                    message.port = value;
                                else
                                    delete message.port;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 0)
                                    throw $Error("invalid wire type " + wireType + " for field " + tag);
                                if (value = reader.int32())
                                    message.transport = value;
                                else
                                    delete message.transport;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    throw $Error("invalid wire type " + wireType + " for field " + tag);
                                if ((value = reader.stringVerify()).length)
                                    message.protocol = value;
                                else
                                    delete message.protocol;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 0)
                                    throw $Error("invalid wire type " + wireType + " for field " + tag);
                                if (value = reader.int32())
                                    message.deviceType = value;
                                else
                                    delete message.deviceType;
                                continue;
                            }
                        case 6: {
                                if (wireType !== 2)
                                    throw $Error("invalid wire type " + wireType + " for field " + tag);
                                if ((value = reader.stringVerify()).length)
                                    message.vendor = value;
                                else
                                    delete message.vendor;
                                continue;
                            }
                        case 7: {
                                if (wireType !== 2)
                                    throw $Error("invalid wire type " + wireType + " for field " + tag);
                                if ((value = reader.stringVerify()).length)
                                    message.product = value;
                                else
                                    delete message.product;
                                continue;
                            }
                        case 8: {
                                if (wireType !== 2)
                                    throw $Error("invalid wire type " + wireType + " for field " + tag);
                                if ((value = reader.stringVerify()).length)
                                    message.version = value;
                                else
                                    delete message.version;
                                continue;
                            }
                        case 9: {
                                if (wireType !== 2)
                                    throw $Error("invalid wire type " + wireType + " for field " + tag);
                                if ((value = reader.stringVerify()).length)
                                    message.locationRegion = value;
                                else
                                    delete message.locationRegion;
                                continue;
                            }
                        case 10: {
                                if (wireType !== 2)
                                    throw $Error("invalid wire type " + wireType + " for field " + tag);
                                if ((value = reader.stringVerify()).length)
                                    message.networkOperator = value;
                                else
                                    delete message.networkOperator;
                                continue;
                            }
                        case 11: {
                                if (wireType !== 2)
                                    throw $Error("invalid wire type " + wireType + " for field " + tag);
                                message.owner = $root.tongbao.common.v1.Enterprise.decode(reader, reader.size(), $undefined, _depth + 1, message.owner);
                                continue;
                            }
                        case 12: {
                                if (wireType !== 0)
                                    throw $Error("invalid wire type " + wireType + " for field " + tag);
                                if (value = reader.int32())
                                    message.riskLevel = value;
                                else
                                    delete message.riskLevel;
                                continue;
                            }
                        case 13: {
                                if (wireType !== 2)
                                    throw $Error("invalid wire type " + wireType + " for field " + tag);
                                if ((value = reader.stringVerify()).length)
                                    message.riskDescription = value;
                                else
                                    delete message.riskDescription;
                                continue;
                            }
                        case 14: {
                                if (wireType !== 2)
                                    throw $Error("invalid wire type " + wireType + " for field " + tag);
                                if (!(message.vulnerabilityIds && message.vulnerabilityIds.length))
                                    message.vulnerabilityIds = [];
                                message.vulnerabilityIds.push(reader.stringVerify());
                                continue;
                            }
                        case 15: {
                                if (wireType !== 2)
                                    throw $Error("invalid wire type " + wireType + " for field " + tag);
                                message.firstSeenTime = $root.google.protobuf.Timestamp.decode(reader, reader.size(), $undefined, _depth + 1, message.firstSeenTime);
                                continue;
                            }
                        case 16: {
                                if (wireType !== 2)
                                    throw $Error("invalid wire type " + wireType + " for field " + tag);
                                message.lastSeenTime = $root.google.protobuf.Timestamp.decode(reader, reader.size(), $undefined, _depth + 1, message.lastSeenTime);
                                continue;
                            }
                        case 17: {
                                if (wireType !== 2)
                                    throw $Error("invalid wire type " + wireType + " for field " + tag);
                                if ((value = reader.bytes()).length)
                                    message.banner = value;
                                else
                                    delete message.banner;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Gets the type url for ExposureFinding
                 * @function getTypeUrl
                 * @memberof tongbao.exposure.v1.ExposureFinding
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                ExposureFinding.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/tongbao.exposure.v1.ExposureFinding";
                };

                return ExposureFinding;
            })();

            /**
             * Transport-layer protocol (传输层协议).
             * @name tongbao.exposure.v1.TransportProtocol
             * @enum {number}
             * @property {number} TRANSPORT_PROTOCOL_UNSPECIFIED=0 Not set.
             * @property {number} TRANSPORT_PROTOCOL_TCP=1 TCP.
             * @property {number} TRANSPORT_PROTOCOL_UDP=2 UDP.
             */
            v1.TransportProtocol = (function() {
                const valuesById = $Object.create(null), values = $Object.create(valuesById);
                values[valuesById[0] = "TRANSPORT_PROTOCOL_UNSPECIFIED"] = 0;
                values[valuesById[1] = "TRANSPORT_PROTOCOL_TCP"] = 1;
                values[valuesById[2] = "TRANSPORT_PROTOCOL_UDP"] = 2;
                return values;
            })();

            return v1;
        })();

        return exposure;
    })();

    tongbao.feedback = (function() {

        /**
         * Namespace feedback.
         * @memberof tongbao
         * @namespace
         */
        const feedback = {};

        feedback.v1 = (function() {

            /**
             * Namespace v1.
             * @memberof tongbao.feedback
             * @namespace
             */
            const v1 = {};

            v1.HandlingFeedback = (function() {

                /**
                 * Properties of a HandlingFeedback.
                 * @typedef {Object} tongbao.feedback.v1.HandlingFeedback.$Properties
                 * @property {string|null} [messageId] Header.id of the message being answered, e.g. a RectificationNotice.
                 * @property {tongbao.feedback.v1.HandlingStatus|null} [status] Handling status (处置状态).
                 * @property {Array.<tongbao.feedback.v1.ActionTaken.$Properties>|null} [actionsTaken] Actions taken so far (已采取的措施).
                 * @property {Array.<tongbao.common.v1.Attachment.$Properties>|null} [evidence] Evidence of the actions (佐证材料), e.g. scan results after patching.
                 * @property {tongbao.common.v1.Severity|null} [residualRiskLevel] Risk remaining after the actions (剩余风险等级).
                 * @property {string|null} [residualRisk] Remaining risk in words (剩余风险说明).
                 * @property {google.protobuf.Timestamp.$Properties|null} [expectedCompletionTime] For HANDLING_STATUS_IN_PROGRESS, when completion is expected (预计完成时间).
                 * @property {string|null} [cannotComplyReason] For HANDLING_STATUS_CANNOT_COMPLY, why not and what is proposed instead (无法落实的原因).
                 * @property {tongbao.common.v1.Person.$Properties|null} [accountablePerson] Person accountable for the handling (责任人).
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a HandlingFeedback.
                 * @memberof tongbao.feedback.v1
                 * @interface IHandlingFeedback
                 * @augments tongbao.feedback.v1.HandlingFeedback.$Properties
                 * @deprecated Use tongbao.feedback.v1.HandlingFeedback.$Properties instead.
                 */

                /**
                 * Shape of a HandlingFeedback.
                 * @typedef {{
                 *   messageId?: string|null;
                 *   status?: tongbao.feedback.v1.HandlingStatus|null;
                 *   actionsTaken?: Array.<tongbao.feedback.v1.ActionTaken.$Shape>|null;
                 *   evidence?: Array.<tongbao.common.v1.Attachment.$Shape>|null;
                 *   residualRiskLevel?: tongbao.common.v1.Severity|null;
                 *   residualRisk?: string|null;
                 *   expectedCompletionTime?: google.protobuf.Timestamp.$Shape|null;
                 *   cannotComplyReason?: string|null;
                 *   accountablePerson?: tongbao.common.v1.Person.$Shape|null;
                 *   $unknowns?: Array.<Uint8Array>;
                 * }} tongbao.feedback.v1.HandlingFeedback.$Shape
                 */

                /**
                 * Constructs a new HandlingFeedback.
                 * @memberof tongbao.feedback.v1
                 * @classdesc Progress report on handling one message. Several may be sent; the latest one
                 * per message_id and source states the current status.
                 * @constructor
                 * @param {tongbao.feedback.v1.HandlingFeedback.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const HandlingFeedback = function (properties) {
                    this.actionsTaken = [];
                    this.evidence = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Header.id of the message being answered, e.g. a RectificationNotice.
                 * @member {string} messageId
                 * @memberof tongbao.feedback.v1.HandlingFeedback
                 * @instance
                 */
                HandlingFeedback.prototype.messageId = "";

                /**
                 * Handling status (处置状态).
                 * @member {tongbao.feedback.v1.HandlingStatus} status
                 * @memberof tongbao.feedback.v1.HandlingFeedback
                 * @instance
                 */
                HandlingFeedback.prototype.status = 0;

                /**
                 * Actions taken so far (已采取的措施).
                 * @member {Array.<tongbao.feedback.v1.ActionTaken.$Properties>} actionsTaken
                 * @memberof tongbao.feedback.v1.HandlingFeedback
                 * @instance
                 */
                HandlingFeedback.prototype.actionsTaken = $util.emptyArray;

                /**
                 * Evidence of the actions (佐证材料), e.g. scan results after patching.
                 * @member {Array.<tongbao.common.v1.Attachment.$Properties>} evidence
                 * @memberof tongbao.feedback.v1.HandlingFeedback
                 * @instance
                 */
                HandlingFeedback.prototype.evidence = $util.emptyArray;

                /**
                 * Risk remaining after the actions (剩余风险等级).
                 * @member {tongbao.common.v1.Severity} residualRiskLevel
                 * @memberof tongbao.feedback.v1.HandlingFeedback
                 * @instance
                 */
                HandlingFeedback.prototype.residualRiskLevel = 0;

                /**
                 * Remaining risk in words (剩余风险说明).
                 * @member {string} residualRisk
                 * @memberof tongbao.feedback.v1.HandlingFeedback
                 * @instance
                 */
                HandlingFeedback.prototype.residualRisk = "";

                /**
                 * For HANDLING_STATUS_IN_PROGRESS, when completion is expected (预计完成时间).
                 * @member {google.protobuf.Timestamp.$Properties|null|undefined} expectedCompletionTime
                 * @memberof tongbao.feedback.v1.HandlingFeedback
                 * @instance
                 */
                HandlingFeedback.prototype.expectedCompletionTime = null;

                /**
                 * For HANDLING_STATUS_CANNOT_COMPLY, why not and what is proposed instead (无法落实的原因).
                 * @member {string} cannotComplyReason
                 * @memberof tongbao.feedback.v1.HandlingFeedback
                 * @instance
                 */
                HandlingFeedback.prototype.cannotComplyReason = "";

                /**
                 * Person accountable for the handling (责任人).
                 * @member {tongbao.common.v1.Person.$Properties|null|undefined} accountablePerson
                 * @memberof tongbao.feedback.v1.HandlingFeedback
                 * @instance
                 */
                HandlingFeedback.prototype.accountablePerson = null;

                /**
                 * Creates a new HandlingFeedback instance using the specified properties.
                 * @function create
                 * @memberof tongbao.feedback.v1.HandlingFeedback
                 * @static
                 * @param {tongbao.feedback.v1.HandlingFeedback.$Properties=} [properties] Properties to set
                 * @returns {tongbao.feedback.v1.HandlingFeedback} HandlingFeedback instance
                 * @type {{
                 *   (properties: tongbao.feedback.v1.HandlingFeedback.$Shape): tongbao.feedback.v1.HandlingFeedback & tongbao.feedback.v1.HandlingFeedback.$Shape;
                 *   (properties?: tongbao.feedback.v1.HandlingFeedback.$Properties): tongbao.feedback.v1.HandlingFeedback;
                 * }}
                 */
                HandlingFeedback.create = function(properties) {
                    return new HandlingFeedback(properties);
                };

                /**
                 * Encodes the specified HandlingFeedback message. Does not implicitly {@link tongbao.feedback.v1.HandlingFeedback.verify|verify} messages.
                 * @function encode
                 * @memberof tongbao.feedback.v1.HandlingFeedback
                 * @static
                 * @param {tongbao.feedback.v1.HandlingFeedback.$Properties} message HandlingFeedback message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                HandlingFeedback.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.messageId != null && $Object.hasOwnProperty.call(message, "messageId") && message.messageId !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.messageId);
                    if (message.status != null && $Object.hasOwnProperty.call(message, "status") && message.status !== 0)
                        writer.uint32(/* id 2, wireType 0 =*/16).int32(message.status);
                    if (message.actionsTaken != null && message.actionsTaken.length)
                        for (let i = 0; i < message.actionsTaken.length; ++i)
                            $root.tongbao.feedback.v1.ActionTaken.encode(message.actionsTaken[i], writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                    if (message.evidence != null && message.evidence.length)
                        for (let i = 0; i < message.evidence.length; ++i)
                            $root.tongbao.common.v1.Attachment.encode(message.evidence[i], writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                    if (message.residualRiskLevel != null && $Object.hasOwnProperty.call(message, "residualRiskLevel") && message.residualRiskLevel !== 0)
                        writer.uint32(/* id 5, wireType 0 =*/40).int32(message.residualRiskLevel);
                    if (message.residualRisk != null && $Object.hasOwnProperty.call(message, "residualRisk") && message.residualRisk !== "")
                        writer.uint32(/* id 6, wireType 2 =*/50).string(message.residualRisk);
                    if (message.expectedCompletionTime != null && $Object.hasOwnProperty.call(message, "expectedCompletionTime"))
                        $root.google.protobuf.Timestamp.encode(message.expectedCompletionTime, writer.uint32(/* id 7, wireType 2 =*/58).fork(), _depth + 1).ldelim();
                    if (message.cannotComplyReason != null && $Object.hasOwnProperty.call(message, "cannotComplyReason") && message.cannotComplyReason !== "")
                        writer.uint32(/* id 8, wireType 2 =*/66).string(message.cannotComplyReason);
                    if (message.accountablePerson != null && $Object.hasOwnProperty.call(message, "accountablePerson"))
                        $root.tongbao.common.v1.Person.encode(message.accountablePerson, writer.uint32(/* id 9, wireType 2 =*/74).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a HandlingFeedback message from the specified reader or buffer.
                 * @function decode
                 * @memberof tongbao.feedback.v1.HandlingFeedback
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {tongbao.feedback.v1.HandlingFeedback & tongbao.feedback.v1.HandlingFeedback.$Shape} HandlingFeedback
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                HandlingFeedback.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.tongbao.feedback.v1.HandlingFeedback();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    throw $Error("invalid wire type " + wireType + " for field " + tag);
                                if ((value = reader.stringVerify()).length)
                                    message.messageId = value;
                                else
                                    delete message.messageId;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    throw $Error("invalid wire type " + wireType + " for field " + tag);
                                if (value = reader.int32())
                                    message.status = value;
                                else
                                    delete message.status;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    throw $Error("invalid wire type " + wireType + " for field " + tag);
                                if (!(message.actionsTaken && message.actionsTaken.length))
                                    message.actionsTaken = [];
                                message.actionsTaken.push($root.tongbao.feedback.v1.ActionTaken.decode(reader, reader.size(), $undefined, _depth + 1));
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    throw $Error("invalid wire type " + wireType + " for field " + tag);
                                if (!(message.evidence && message.evidence.length))
                                    message.evidence = [];
                                message.evidence.push($root.tongbao.common.v1.Attachment.decode(reader, reader.size(), $undefined, _depth + 1));
                                continue;
                            }
                        case 5: {
                                if (wireType !== 0)
                                    throw $Error("invalid wire type " + wireType + " for field " + tag);
                                if (value = reader.int32())
                                    message.residualRiskLevel = value;
                                else
                                    delete message.residualRiskLevel;
                                continue;
                            }
                        case 6: {
                                if (wireType !== 2)
                                    throw $Error("invalid wire type " + wireType + " for field " + tag);
                                if ((value = reader.stringVerify()).length)
                                    message.residualRisk = value;
                                else
                                    delete message.residualRisk;
                                continue;
                            }
                        case 7: {
                                if (wireType !== 2)
                                    throw $Error("invalid wire type " + wireType + " for field " + tag);
                                message.expectedCompletionTime = $root.google.protobuf.Timestamp.decode(reader, reader.size(), $undefined, _depth + 1, message.expectedCompletionTime);
                                continue;
                            }
                        case 8: {
                                if (wireType !== 2)
                                    throw $Error("invalid wire type " + wireType + " for field " + tag);
                                if ((value = reader.stringVerify()).length)
                                    message.cannotComplyReason = value;
                                else
                                    delete message.cannotComplyReason;
                                continue;
                            }
                        case 9: {
                                if (wireType !== 2)
                                    throw $Error("invalid wire type " + wireType + " for field " + tag);
                                message.accountablePerson = $root.tongbao.common.v1.Person.decode(reader, reader.size(), $undefined, _depth + 1, message.accountablePerson);
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Gets the type url for HandlingFeedback
                 * @function getTypeUrl
                 * @memberof tongbao.feedback.v1.HandlingFeedback
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                HandlingFeedback.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/tongbao.feedback.v1.HandlingFeedback";
                };

                return HandlingFeedback;
            })();

            /**
             * Status of handling (处置状态).
             * @name tongbao.feedback.v1.HandlingStatus
             * @enum {number}
             * @property {number} HANDLING_STATUS_UNSPECIFIED=0 Not set.
             * @property {number} HANDLING_STATUS_IN_PROGRESS=1 Under way (处置中).
             * @property {number} HANDLING_STATUS_DONE=2 Completed (已完成).
             * @property {number} HANDLING_STATUS_CANNOT_COMPLY=3 Cannot be done as required (无法落实).
             */
            v1.HandlingStatus = (function() {
                const valuesById = $Object.create(null), values = $Object.create(valuesById);
                values[valuesById[0] = "HANDLING_STATUS_UNSPECIFIED"] = 0;
                values[valuesById[1] = "HANDLING_STATUS_IN_PROGRESS"] = 1;
                values[valuesById[2] = "HANDLING_STATUS_DONE"] = 2;
                values[valuesById[3] = "HANDLING_STATUS_CANNOT_COMPLY"] = 3;
                return values;
            })();

            v1.ActionTaken = (function() {

                /**
                 * Properties of an ActionTaken.
                 * @typedef {Object} tongbao.feedback.v1.ActionTaken.$Properties
                 * @property {string|null} [description] The action in words.
                 * @property {google.protobuf.Timestamp.$Properties|null} [completedTime] When it was completed; unset if still under way.
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of an ActionTaken.
                 * @memberof tongbao.feedback.v1
                 * @interface IActionTaken
                 * @augments tongbao.feedback.v1.ActionTaken.$Properties
                 * @deprecated Use tongbao.feedback.v1.ActionTaken.$Properties instead.
                 */

                /**
                 * Shape of an ActionTaken.
                 * @typedef {tongbao.feedback.v1.ActionTaken.$Properties} tongbao.feedback.v1.ActionTaken.$Shape
                 */

                /**
                 * Constructs a new ActionTaken.
                 * @memberof tongbao.feedback.v1
                 * @classdesc One action taken (处置措施).
                 * @constructor
                 * @param {tongbao.feedback.v1.ActionTaken.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const ActionTaken = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * The action in words.
                 * @member {string} description
                 * @memberof tongbao.feedback.v1.ActionTaken
                 * @instance
                 */
                ActionTaken.prototype.description = "";

                /**
                 * When it was completed; unset if still under way.
                 * @member {google.protobuf.Timestamp.$Properties|null|undefined} completedTime
                 * @memberof tongbao.feedback.v1.ActionTaken
                 * @instance
                 */
                ActionTaken.prototype.completedTime = null;

                /**
                 * Creates a new ActionTaken instance using the specified properties.
                 * @function create
                 * @memberof tongbao.feedback.v1.ActionTaken
                 * @static
                 * @param {tongbao.feedback.v1.ActionTaken.$Properties=} [properties] Properties to set
                 * @returns {tongbao.feedback.v1.ActionTaken} ActionTaken instance
                 * @type {{
                 *   (properties: tongbao.feedback.v1.ActionTaken.$Shape): tongbao.feedback.v1.ActionTaken & tongbao.feedback.v1.ActionTaken.$Shape;
                 *   (properties?: tongbao.feedback.v1.ActionTaken.$Properties): tongbao.feedback.v1.ActionTaken;
                 * }}
                 */
                ActionTaken.create = function(properties) {
                    return new ActionTaken(properties);
                };

                /**
                 * Encodes the specified ActionTaken message. Does not implicitly {@link tongbao.feedback.v1.ActionTaken.verify|verify} messages.
                 * @function encode
                 * @memberof tongbao.feedback.v1.ActionTaken
                 * @static
                 * @param {tongbao.feedback.v1.ActionTaken.$Properties} message ActionTaken message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                ActionTaken.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.description != null && $Object.hasOwnProperty.call(message, "description") && message.description !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.description);
                    if (message.completedTime != null && $Object.hasOwnProperty.call(message, "completedTime"))
                        $root.google.protobuf.Timestamp.encode(message.completedTime, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes an ActionTaken message from the specified reader or buffer.
                 * @function decode
                 * @memberof tongbao.feedback.v1.ActionTaken
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {tongbao.feedback.v1.ActionTaken & tongbao.feedback.v1.ActionTaken.$Shape} ActionTaken
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                ActionTaken.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.tongbao.feedback.v1.ActionTaken();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    throw $Error("invalid wire type " + wireType + " for field " + tag);
                                if ((value = reader.stringVerify()).length)
                                    message.description = value;
                                else
                                    delete message.description;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    throw $Error("invalid wire type " + wireType + " for field " + tag);
                                message.completedTime = $root.google.protobuf.Timestamp.decode(reader, reader.size(), $undefined, _depth + 1, message.completedTime);
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Gets the type url for ActionTaken
                 * @function getTypeUrl
                 * @memberof tongbao.feedback.v1.ActionTaken
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                ActionTaken.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/tongbao.feedback.v1.ActionTaken";
                };

                return ActionTaken;
            })();

            return v1;
        })();

        return feedback;
    })();

    tongbao.incident = (function() {

        /**
         * Namespace incident.
         * @memberof tongbao
         * @namespace
         */
        const incident = {};

        incident.v1 = (function() {

            /**
             * Namespace v1.
             * @memberof tongbao.incident
             * @namespace
             */
            const v1 = {};

            v1.IncidentReport = (function() {

                /**
                 * Properties of an IncidentReport.
                 * @typedef {Object} tongbao.incident.v1.IncidentReport.$Properties
                 * @property {tongbao.common.v1.ReportPhase|null} [phase] Phase of this report (报告阶段).
                 * @property {string|null} [incidentId] Id shared by every report on this incident (事件编号): the Header.id of the
                 * initial report unless the reporter has its own numbering.
                 * @property {string|null} [title] Short title (事件名称).
                 * @property {string|null} [summary] What happened, in words (事件概况).
                 * @property {tongbao.common.v1.IncidentGrade|null} [grade] Grade (事件级别); INCIDENT_GRADE_UNGRADED when not yet determined.
                 * @property {tongbao.common.v1.IncidentCategory|null} [category] Category under GB/T 20986-2023 (事件类别).
                 * @property {string|null} [subcategory] Subcategory under GB/T 20986-2023, e.g. "勒索软件事件"; may be empty.
                 * @property {google.protobuf.Timestamp.$Properties|null} [occurredTime] When the incident began, as far as known (发生时间).
                 * @property {google.protobuf.Timestamp.$Properties|null} [discoveredTime] When the reporter discovered it (发现时间); reporting deadlines run from here.
                 * @property {google.protobuf.Timestamp.$Properties|null} [resolvedTime] When the incident was brought under control or ended (处置完成时间); unset
                 * while ongoing.
                 * @property {string|null} [affectedObject] The affected system, device, platform or data (受影响对象).
                 * @property {tongbao.common.v1.Scope.$Properties|null} [scope] Sectors and regions affected (影响范围).
                 * @property {string|null} [harm] Harm caused or threatened (危害程度).
                 * @property {Array.<string>|null} [measuresTaken] Measures already taken, one per entry (已采取的措施).
                 * @property {Array.<string>|null} [recommendations] Next steps proposed or help requested, one per entry (下一步工作建议).
                 * @property {boolean|null} [criticalInfrastructure] Whether critical information infrastructure is affected (是否涉及关键信息基础设施).
                 * @property {tongbao.common.v1.DataLevel|null} [dataLevelAffected] Highest data level affected (涉及数据级别); unspecified if no data is affected.
                 * @property {number|null} [recordsLeaked] Number of records leaked, tampered with or lost (泄露数据条数).
                 * @property {number|null} [peopleAffected] Number of people affected (影响人数).
                 * @property {number|null} [outageHours] Hours of interruption of service or production (中断时长, 小时).
                 * @property {number|null} [economicLossYuan] Direct economic loss in yuan (直接经济损失, 元).
                 * @property {boolean|null} [productionSafetyAccident] Whether the incident caused or may cause a production-safety accident
                 * (是否引发安全生产事故); if so the report also goes to mem.
                 * @property {boolean|null} [environmentalEmergency] Whether the incident caused or may cause an environmental emergency
                 * (是否引发突发环境事件); if so the report also goes to mee.
                 * @property {tongbao.common.v1.Enterprise.$Properties|null} [reportingEnterprise] The enterprise operating the affected system (事发单位), normally also the reporter.
                 * @property {tongbao.common.v1.Person.$Properties|null} [contact] Person responsible for the report (报告人).
                 * @property {string|null} [causeAnalysis] Cause as determined, usually in the final report (原因分析).
                 * @property {string|null} [accountability] Responsibility findings and accountability measures, usually in the final
                 * report (责任认定及问责情况).
                 * @property {Array.<tongbao.common.v1.Indicator.$Properties>|null} [indicators] Indicators observed during the incident (威胁指标).
                 * @property {Array.<tongbao.common.v1.Attachment.$Properties>|null} [attachments] Supporting documents and evidence (附件).
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of an IncidentReport.
                 * @memberof tongbao.incident.v1
                 * @interface IIncidentReport
                 * @augments tongbao.incident.v1.IncidentReport.$Properties
                 * @deprecated Use tongbao.incident.v1.IncidentReport.$Properties instead.
                 */

                /**
                 * Shape of an IncidentReport.
                 * @typedef {{
                 *   phase?: tongbao.common.v1.ReportPhase|null;
                 *   incidentId?: string|null;
                 *   title?: string|null;
                 *   summary?: string|null;
                 *   grade?: tongbao.common.v1.IncidentGrade|null;
                 *   category?: tongbao.common.v1.IncidentCategory|null;
                 *   subcategory?: string|null;
                 *   occurredTime?: google.protobuf.Timestamp.$Shape|null;
                 *   discoveredTime?: google.protobuf.Timestamp.$Shape|null;
                 *   resolvedTime?: google.protobuf.Timestamp.$Shape|null;
                 *   affectedObject?: string|null;
                 *   scope?: tongbao.common.v1.Scope.$Shape|null;
                 *   harm?: string|null;
                 *   measuresTaken?: Array.<string>|null;
                 *   recommendations?: Array.<string>|null;
                 *   criticalInfrastructure?: boolean|null;
                 *   dataLevelAffected?: tongbao.common.v1.DataLevel|null;
                 *   recordsLeaked?: number|null;
                 *   peopleAffected?: number|null;
                 *   outageHours?: number|null;
                 *   economicLossYuan?: number|null;
                 *   productionSafetyAccident?: boolean|null;
                 *   environmentalEmergency?: boolean|null;
                 *   reportingEnterprise?: tongbao.common.v1.Enterprise.$Shape|null;
                 *   contact?: tongbao.common.v1.Person.$Shape|null;
                 *   causeAnalysis?: string|null;
                 *   accountability?: string|null;
                 *   indicators?: Array.<tongbao.common.v1.Indicator.$Shape>|null;
                 *   attachments?: Array.<tongbao.common.v1.Attachment.$Shape>|null;
                 *   $unknowns?: Array.<Uint8Array>;
                 * }} tongbao.incident.v1.IncidentReport.$Shape
                 */

                /**
                 * Constructs a new IncidentReport.
                 * @memberof tongbao.incident.v1
                 * @classdesc One report about a network security incident. Routing follows the facts here:
                 * grade I and II escalate at once, a production-safety accident also goes to mem,
                 * a central SOE's incident also to sasac, and every incident to the sector's
                 * department. Reporting deadlines are configuration, not part of the schema.
                 * @constructor
                 * @param {tongbao.incident.v1.IncidentReport.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const IncidentReport = function (properties) {
                    this.measuresTaken = [];
                    this.recommendations = [];
                    this.indicators = [];
                    this.attachments = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Phase of this report (报告阶段).
                 * @member {tongbao.common.v1.ReportPhase} phase
                 * @memberof tongbao.incident.v1.IncidentReport
                 * @instance
                 */
                IncidentReport.prototype.phase = 0;

                /**
                 * Id shared by every report on this incident (事件编号): the Header.id of the
                 * initial report unless the reporter has its own numbering.
                 * @member {string} incidentId
                 * @memberof tongbao.incident.v1.IncidentReport
                 * @instance
                 */
                IncidentReport.prototype.incidentId = "";

                /**
                 * Short title (事件名称).
                 * @member {string} title
                 * @memberof tongbao.incident.v1.IncidentReport
                 * @instance
                 */
                IncidentReport.prototype.title = "";

                /**
                 * What happened, in words (事件概况).
                 * @member {string} summary
                 * @memberof tongbao.incident.v1.IncidentReport
                 * @instance
                 */
                IncidentReport.prototype.summary = "";

                /**
                 * Grade (事件级别); INCIDENT_GRADE_UNGRADED when not yet determined.
                 * @member {tongbao.common.v1.IncidentGrade} grade
                 * @memberof tongbao.incident.v1.IncidentReport
                 * @instance
                 */
                IncidentReport.prototype.grade = 0;

                /**
                 * Category under GB/T 20986-2023 (事件类别).
                 * @member {tongbao.common.v1.IncidentCategory} category
                 * @memberof tongbao.incident.v1.IncidentReport
                 * @instance
                 */
                IncidentReport.prototype.category = 0;

                /**
                 * Subcategory under GB/T 20986-2023, e.g. "勒索软件事件"; may be empty.
                 * @member {string} subcategory
                 * @memberof tongbao.incident.v1.IncidentReport
                 * @instance
                 */
                IncidentReport.prototype.subcategory = "";

                /**
                 * When the incident began, as far as known (发生时间).
                 * @member {google.protobuf.Timestamp.$Properties|null|undefined} occurredTime
                 * @memberof tongbao.incident.v1.IncidentReport
                 * @instance
                 */
                IncidentReport.prototype.occurredTime = null;

                /**
                 * When the reporter discovered it (发现时间); reporting deadlines run from here.
                 * @member {google.protobuf.Timestamp.$Properties|null|undefined} discoveredTime
                 * @memberof tongbao.incident.v1.IncidentReport
                 * @instance
                 */
                IncidentReport.prototype.discoveredTime = null;

                /**
                 * When the incident was brought under control or ended (处置完成时间); unset
                 * while ongoing.
                 * @member {google.protobuf.Timestamp.$Properties|null|undefined} resolvedTime
                 * @memberof tongbao.incident.v1.IncidentReport
                 * @instance
                 */
                IncidentReport.prototype.resolvedTime = null;

                /**
                 * The affected system, device, platform or data (受影响对象).
                 * @member {string} affectedObject
                 * @memberof tongbao.incident.v1.IncidentReport
                 * @instance
                 */
                IncidentReport.prototype.affectedObject = "";

                /**
                 * Sectors and regions affected (影响范围).
                 * @member {tongbao.common.v1.Scope.$Properties|null|undefined} scope
                 * @memberof tongbao.incident.v1.IncidentReport
                 * @instance
                 */
                IncidentReport.prototype.scope = null;

                /**
                 * Harm caused or threatened (危害程度).
                 * @member {string} harm
                 * @memberof tongbao.incident.v1.IncidentReport
                 * @instance
                 */
                IncidentReport.prototype.harm = "";

                /**
                 * Measures already taken, one per entry (已采取的措施).
                 * @member {Array.<string>} measuresTaken
                 * @memberof tongbao.incident.v1.IncidentReport
                 * @instance
                 */
                IncidentReport.prototype.measuresTaken = $util.emptyArray;

                /**
                 * Next steps proposed or help requested, one per entry (下一步工作建议).
                 * @member {Array.<string>} recommendations
                 * @memberof tongbao.incident.v1.IncidentReport
                 * @instance
                 */
                IncidentReport.prototype.recommendations = $util.emptyArray;

                /**
                 * Whether critical information infrastructure is affected (是否涉及关键信息基础设施).
                 * @member {boolean} criticalInfrastructure
                 * @memberof tongbao.incident.v1.IncidentReport
                 * @instance
                 */
                IncidentReport.prototype.criticalInfrastructure = false;

                /**
                 * Highest data level affected (涉及数据级别); unspecified if no data is affected.
                 * @member {tongbao.common.v1.DataLevel} dataLevelAffected
                 * @memberof tongbao.incident.v1.IncidentReport
                 * @instance
                 */
                IncidentReport.prototype.dataLevelAffected = 0;

                /**
                 * Number of records leaked, tampered with or lost (泄露数据条数).
                 * @member {number} recordsLeaked
                 * @memberof tongbao.incident.v1.IncidentReport
                 * @instance
                 */
                IncidentReport.prototype.recordsLeaked = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Number of people affected (影响人数).
                 * @member {number} peopleAffected
                 * @memberof tongbao.incident.v1.IncidentReport
                 * @instance
                 */
                IncidentReport.prototype.peopleAffected = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Hours of interruption of service or production (中断时长, 小时).
                 * @member {number} outageHours
                 * @memberof tongbao.incident.v1.IncidentReport
                 * @instance
                 */
                IncidentReport.prototype.outageHours = 0;

                /**
                 * Direct economic loss in yuan (直接经济损失, 元).
                 * @member {number} economicLossYuan
                 * @memberof tongbao.incident.v1.IncidentReport
                 * @instance
                 */
                IncidentReport.prototype.economicLossYuan = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

                /**
                 * Whether the incident caused or may cause a production-safety accident
                 * (是否引发安全生产事故); if so the report also goes to mem.
                 * @member {boolean} productionSafetyAccident
                 * @memberof tongbao.incident.v1.IncidentReport
                 * @instance
                 */
                IncidentReport.prototype.productionSafetyAccident = false;

                /**
                 * Whether the incident caused or may cause an environmental emergency
                 * (是否引发突发环境事件); if so the report also goes to mee.
                 * @member {boolean} environmentalEmergency
                 * @memberof tongbao.incident.v1.IncidentReport
                 * @instance
                 */
                IncidentReport.prototype.environmentalEmergency = false;

                /**
                 * The enterprise operating the affected system (事发单位), normally also the reporter.
                 * @member {tongbao.common.v1.Enterprise.$Properties|null|undefined} reportingEnterprise
                 * @memberof tongbao.incident.v1.IncidentReport
                 * @instance
                 */
                IncidentReport.prototype.reportingEnterprise = null;

                /**
                 * Person responsible for the report (报告人).
                 * @member {tongbao.common.v1.Person.$Properties|null|undefined} contact
                 * @memberof tongbao.incident.v1.IncidentReport
                 * @instance
                 */
                IncidentReport.prototype.contact = null;

                /**
                 * Cause as determined, usually in the final report (原因分析).
                 * @member {string} causeAnalysis
                 * @memberof tongbao.incident.v1.IncidentReport
                 * @instance
                 */
                IncidentReport.prototype.causeAnalysis = "";

                /**
                 * Responsibility findings and accountability measures, usually in the final
                 * report (责任认定及问责情况).
                 * @member {string} accountability
                 * @memberof tongbao.incident.v1.IncidentReport
                 * @instance
                 */
                IncidentReport.prototype.accountability = "";

                /**
                 * Indicators observed during the incident (威胁指标).
                 * @member {Array.<tongbao.common.v1.Indicator.$Properties>} indicators
                 * @memberof tongbao.incident.v1.IncidentReport
                 * @instance
                 */
                IncidentReport.prototype.indicators = $util.emptyArray;

                /**
                 * Supporting documents and evidence (附件).
                 * @member {Array.<tongbao.common.v1.Attachment.$Properties>} attachments
                 * @memberof tongbao.incident.v1.IncidentReport
                 * @instance
                 */
                IncidentReport.prototype.attachments = $util.emptyArray;

                /**
                 * Creates a new IncidentReport instance using the specified properties.
                 * @function create
                 * @memberof tongbao.incident.v1.IncidentReport
                 * @static
                 * @param {tongbao.incident.v1.IncidentReport.$Properties=} [properties] Properties to set
                 * @returns {tongbao.incident.v1.IncidentReport} IncidentReport instance
                 * @type {{
                 *   (properties: tongbao.incident.v1.IncidentReport.$Shape): tongbao.incident.v1.IncidentReport & tongbao.incident.v1.IncidentReport.$Shape;
                 *   (properties?: tongbao.incident.v1.IncidentReport.$Properties): tongbao.incident.v1.IncidentReport;
                 * }}
                 */
                IncidentReport.create = function(properties) {
                    return new IncidentReport(properties);
                };

                /**
                 * Encodes the specified IncidentReport message. Does not implicitly {@link tongbao.incident.v1.IncidentReport.verify|verify} messages.
                 * @function encode
                 * @memberof tongbao.incident.v1.IncidentReport
                 * @static
                 * @param {tongbao.incident.v1.IncidentReport.$Properties} message IncidentReport message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                IncidentReport.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.phase != null && $Object.hasOwnProperty.call(message, "phase") && message.phase !== 0)
                        writer.uint32(/* id 1, wireType 0 =*/8).int32(message.phase);
                    if (message.incidentId != null && $Object.hasOwnProperty.call(message, "incidentId") && message.incidentId !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.incidentId);
                    if (message.title != null && $Object.hasOwnProperty.call(message, "title") && message.title !== "")
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.title);
                    if (message.summary != null && $Object.hasOwnProperty.call(message, "summary") && message.summary !== "")
                        writer.uint32(/* id 4, wireType 2 =*/34).string(message.summary);
                    if (message.grade != null && $Object.hasOwnProperty.call(message, "grade") && message.grade !== 0)
                        writer.uint32(/* id 5, wireType 0 =*/40).int32(message.grade);
                    if (message.category != null && $Object.hasOwnProperty.call(message, "category") && message.category !== 0)
                        writer.uint32(/* id 6, wireType 0 =*/48).int32(message.category);
                    if (message.subcategory != null && $Object.hasOwnProperty.call(message, "subcategory") && message.subcategory !== "")
                        writer.uint32(/* id 7, wireType 2 =*/58).string(message.subcategory);
                    if (message.occurredTime != null && $Object.hasOwnProperty.call(message, "occurredTime"))
                        $root.google.protobuf.Timestamp.encode(message.occurredTime, writer.uint32(/* id 8, wireType 2 =*/66).fork(), _depth + 1).ldelim();
                    if (message.discoveredTime != null && $Object.hasOwnProperty.call(message, "discoveredTime"))
                        $root.google.protobuf.Timestamp.encode(message.discoveredTime, writer.uint32(/* id 9, wireType 2 =*/74).fork(), _depth + 1).ldelim();
                    if (message.resolvedTime != null && $Object.hasOwnProperty.call(message, "resolvedTime"))
                        $root.google.protobuf.Timestamp.encode(message.resolvedTime, writer.uint32(/* id 10, wireType 2 =*/82).fork(), _depth + 1).ldelim();
                    if (message.affectedObject != null && $Object.hasOwnProperty.call(message, "affectedObject") && message.affectedObject !== "")
                        writer.uint32(/* id 11, wireType 2 =*/90).string(message.affectedObject);
                    if (message.scope != null && $Object.hasOwnProperty.call(message, "scope"))
                        $root.tongbao.common.v1.Scope.encode(message.scope, writer.uint32(/* id 12, wireType 2 =*/98).fork(), _depth + 1).ldelim();
                    if (message.harm != null && $Object.hasOwnProperty.call(message, "harm") && message.harm !== "")
                        writer.uint32(/* id 13, wireType 2 =*/106).string(message.harm);
                    if (message.measuresTaken != null && message.measuresTaken.length)
                        for (let i = 0; i < message.measuresTaken.length; ++i)
                            writer.uint32(/* id 14, wireType 2 =*/114).string(message.measuresTaken[i]);
                    if (message.recommendations != null && message.recommendations.length)
                        for (let i = 0; i < message.recommendations.length; ++i)
                            writer.uint32(/* id 15, wireType 2 =*/122).string(message.recommendations[i]);
                    if (message.criticalInfrastructure != null && $Object.hasOwnProperty.call(message, "criticalInfrastructure") && message.criticalInfrastructure !== false)
                        writer.uint32(/* id 16, wireType 0 =*/128).bool(message.criticalInfrastructure);
                    if (message.dataLevelAffected != null && $Object.hasOwnProperty.call(message, "dataLevelAffected") && message.dataLevelAffected !== 0)
                        writer.uint32(/* id 17, wireType 0 =*/136).int32(message.dataLevelAffected);
                    if (message.recordsLeaked != null && $Object.hasOwnProperty.call(message, "recordsLeaked") && (typeof message.recordsLeaked === "object" ? message.recordsLeaked.low || message.recordsLeaked.high : message.recordsLeaked !== 0))
                        writer.uint32(/* id 18, wireType 0 =*/144).uint64(message.recordsLeaked);
                    if (message.peopleAffected != null && $Object.hasOwnProperty.call(message, "peopleAffected") && (typeof message.peopleAffected === "object" ? message.peopleAffected.low || message.peopleAffected.high : message.peopleAffected !== 0))
                        writer.uint32(/* id 19, wireType 0 =*/152).uint64(message.peopleAffected);
                    if (message.outageHours != null && $Object.hasOwnProperty.call(message, "outageHours") && !$Object.is(message.outageHours, 0))
                        writer.uint32(/* id 20, wireType 1 =*/161).double(message.outageHours);
                    if (message.economicLossYuan != null && $Object.hasOwnProperty.call(message, "economicLossYuan") && (typeof message.economicLossYuan === "object" ? message.economicLossYuan.low || message.economicLossYuan.high : message.economicLossYuan !== 0))
                        writer.uint32(/* id 21, wireType 0 =*/168).int64(message.economicLossYuan);
                    if (message.productionSafetyAccident != null && $Object.hasOwnProperty.call(message, "productionSafetyAccident") && message.productionSafetyAccident !== false)
                        writer.uint32(/* id 22, wireType 0 =*/176).bool(message.productionSafetyAccident);
                    if (message.environmentalEmergency != null && $Object.hasOwnProperty.call(message, "environmentalEmergency") && message.environmentalEmergency !== false)
                        writer.uint32(/* id 23, wireType 0 =*/184).bool(message.environmentalEmergency);
                    if (message.reportingEnterprise != null && $Object.hasOwnProperty.call(message, "reportingEnterprise"))
                        $root.tongbao.common.v1.Enterprise.encode(message.reportingEnterprise, writer.uint32(/* id 24, wireType 2 =*/194).fork(), _depth + 1).ldelim();
                    if (message.contact != null && $Object.hasOwnProperty.call(message, "contact"))
                        $root.tongbao.common.v1.Person.encode(message.contact, writer.uint32(/* id 25, wireType 2 =*/202).fork(), _depth + 1).ldelim();
                    if (message.causeAnalysis != null && $Object.hasOwnProperty.call(message, "causeAnalysis") && message.causeAnalysis !== "")
                        writer.uint32(/* id 26, wireType 2 =*/210).string(message.causeAnalysis);
                    if (message.accountability != null && $Object.hasOwnProperty.call(message, "accountability") && message.accountability !== "")
                        writer.uint32(/* id 27, wireType 2 =*/218).string(message.accountability);
                    if (message.indicators != null && message.indicators.length)
                        for (let i = 0; i < message.indicators.length; ++i)
                            $root.tongbao.common.v1.Indicator.encode(message.indicators[i], writer.uint32(/* id 28, wireType 2 =*/226).fork(), _depth + 1).ldelim();
                    if (message.attachments != null && message.attachments.length)
                        for (let i = 0; i < message.attachments.length; ++i)
                            $root.tongbao.common.v1.Attachment.encode(message.attachments[i], writer.uint32(/* id 29, wireType 2 =*/234).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes an IncidentReport message from the specified reader or buffer.
                 * @function decode
                 * @memberof tongbao.incident.v1.IncidentReport
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {tongbao.incident.v1.IncidentReport & tongbao.incident.v1.IncidentReport.$Shape} IncidentReport
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                IncidentReport.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.tongbao.incident.v1.IncidentReport();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    throw $Error("invalid wire type " + wireType + " for field " + tag);
                                if (value = reader.int32())
                                    message.phase = value;
                                else
                                    delete message.phase;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    throw $Error("invalid wire type " + wireType + " for field " + tag);
                                if ((value = reader.stringVerify()).length)
                                    message.incidentId = value;
                                else
                                    delete message.incidentId;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    throw $Error("invalid wire type " + wireType + " for field " + tag);
                                if ((value = reader.stringVerify()).length)
                                    message.title = value;
                                else
                                    delete message.title;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    throw $Error("invalid wire type " + wireType + " for field " + tag);
                                if ((value = reader.stringVerify()).length)
                                    message.summary = value;
                                else
                                    delete message.summary;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 0)
                                    throw $Error("invalid wire type " + wireType + " for field " + tag);
                                if (value = reader.int32())
                                    message.grade = value;
                                else
                                    delete message.grade;
                                continue;
                            }
                        case 6: {
                                if (wireType !== 0)
                                    throw $Error("invalid wire type " + wireType + " for field " + tag);
                                if (value = reader.int32())
                                    message.category = value;
                                else
                                    delete message.category;
                                continue;
                            }
                        case 7: {
                                if (wireType !== 2)
                                    throw $Error("invalid wire type " + wireType + " for field " + tag);
                                if ((value = reader.stringVerify()).length)
                                    message.subcategory = value;
                                else
                                    delete message.subcategory;
                                continue;
                            }
                        case 8: {
                                if (wireType !== 2)
                                    throw $Error("invalid wire type " + wireType + " for field " + tag);
                                message.occurredTime = $root.google.protobuf.Timestamp.decode(reader, reader.size(), $undefined, _depth + 1, message.occurredTime);
                                continue;
                            }
                        case 9: {
                                if (wireType !== 2)
                                    throw $Error("invalid wire type " + wireType + " for field " + tag);
                                message.discoveredTime = $root.google.protobuf.Timestamp.decode(reader, reader.size(), $undefined, _depth + 1, message.discoveredTime);
                                continue;
                            }
                        case 10: {
                                if (wireType !== 2)
                                    throw $Error("invalid wire type " + wireType + " for field " + tag);
                                message.resolvedTime = $root.google.protobuf.Timestamp.decode(reader, reader.size(), $undefined, _depth + 1, message.resolvedTime);
                                continue;
                            }
                        case 11: {
                                if (wireType !== 2)
                                    throw $Error("invalid wire type " + wireType + " for field " + tag);
                                if ((value = reader.stringVerify()).length)
                                    message.affectedObject = value;
                                else
                                    delete message.affectedObject;
                                continue;
                            }
                        case 12: {
                                if (wireType !== 2)
                                    throw $Error("invalid wire type " + wireType + " for field " + tag);
                                message.scope = $root.tongbao.common.v1.Scope.decode(reader, reader.size(), $undefined, _depth + 1, message.scope);
                                continue;
                            }
                        case 13: {
                                if (wireType !== 2)
                                    throw $Error("invalid wire type " + wireType + " for field " + tag);
                                if ((value = reader.stringVerify()).length)
                                    message.harm = value;
                                else
                                    delete message.harm;
                                continue;
                            }
                        case 14: {
                                if (wireType !== 2)
                                    throw $Error("invalid wire type " + wireType + " for field " + tag);
                                if (!(message.measuresTaken && message.measuresTaken.length))
                                    message.measuresTaken = [];
                                message.measuresTaken.push(reader.stringVerify());
                                continue;
                            }
                        case 15: {
                                if (wireType !== 2)
                                    throw $Error("invalid wire type " + wireType + " for field " + tag);
                                if (!(message.recommendations && message.recommendations.length))
                                    message.recommendations = [];
                                message.recommendations.push(reader.stringVerify());
                                continue;
                            }
                        case 16: {
                                if (wireType !== 0)
                                    throw $Error("invalid wire type " + wireType + " for field " + tag);
                                if (value = reader.bool())
                                    message.criticalInfrastructure = value;
                                else
                                    delete message.criticalInfrastructure;
                                continue;
                            }
                        case 17: {
                                if (wireType !== 0)
                                    throw $Error("invalid wire type " + wireType + " for field " + tag);
                                if (value = reader.int32())
                                    message.dataLevelAffected = value;
                                else
                                    delete message.dataLevelAffected;
                                continue;
                            }
                        case 18: {
                                if (wireType !== 0)
                                    throw $Error("invalid wire type " + wireType + " for field " + tag);
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.recordsLeaked = value;
                                else
                                    delete message.recordsLeaked;
                                continue;
                            }
                        case 19: {
                                if (wireType !== 0)
                                    throw $Error("invalid wire type " + wireType + " for field " + tag);
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.peopleAffected = value;
                                else
                                    delete message.peopleAffected;
                                continue;
                            }
                        case 20: {
                                if (wireType !== 1)
                                    throw $Error("invalid wire type " + wireType + " for field " + tag);
                                if (!$Object.is(value = reader.double(), 0))
                                    message.outageHours = value;
                                else
                                    delete message.outageHours;
                                continue;
                            }
                        case 21: {
                                if (wireType !== 0)
                                    throw $Error("invalid wire type " + wireType + " for field " + tag);
                                if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                    message.economicLossYuan = value;
                                else
                                    delete message.economicLossYuan;
                                continue;
                            }
                        case 22: {
                                if (wireType !== 0)
                                    throw $Error("invalid wire type " + wireType + " for field " + tag);
                                if (value = reader.bool())
                                    message.productionSafetyAccident = value;
                                else
                                    delete message.productionSafetyAccident;
                                continue;
                            }
                        case 23: {
                                if (wireType !== 0)
                                    throw $Error("invalid wire type " + wireType + " for field " + tag);
                                if (value = reader.bool())
                                    message.environmentalEmergency = value;
                                else
                                    delete message.environmentalEmergency;
                                continue;
                            }
                        case 24: {
                                if (wireType !== 2)
                                    throw $Error("invalid wire type " + wireType + " for field " + tag);
                                message.reportingEnterprise = $root.tongbao.common.v1.Enterprise.decode(reader, reader.size(), $undefined, _depth + 1, message.reportingEnterprise);
                                continue;
                            }
                        case 25: {
                                if (wireType !== 2)
                                    throw $Error("invalid wire type " + wireType + " for field " + tag);
                                message.contact = $root.tongbao.common.v1.Person.decode(reader, reader.size(), $undefined, _depth + 1, message.contact);
                                continue;
                            }
                        case 26: {
                                if (wireType !== 2)
                                    throw $Error("invalid wire type " + wireType + " for field " + tag);
                                if ((value = reader.stringVerify()).length)
                                    message.causeAnalysis = value;
                                else
                                    delete message.causeAnalysis;
                                continue;
                            }
                        case 27: {
                                if (wireType !== 2)
                                    throw $Error("invalid wire type " + wireType + " for field " + tag);
                                if ((value = reader.stringVerify()).length)
                                    message.accountability = value;
                                else
                                    delete message.accountability;
                                continue;
                            }
                        case 28: {
                                if (wireType !== 2)
                                    throw $Error("invalid wire type " + wireType + " for field " + tag);
                                if (!(message.indicators && message.indicators.length))
                                    message.indicators = [];
                                message.indicators.push($root.tongbao.common.v1.Indicator.decode(reader, reader.size(), $undefined, _depth + 1));
                                continue;
                            }
                        case 29: {
                                if (wireType !== 2)
                                    throw $Error("invalid wire type " + wireType + " for field " + tag);
                                if (!(message.attachments && message.attachments.length))
                                    message.attachments = [];
                                message.attachments.push($root.tongbao.common.v1.Attachment.decode(reader, reader.size(), $undefined, _depth + 1));
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Gets the type url for IncidentReport
                 * @function getTypeUrl
                 * @memberof tongbao.incident.v1.IncidentReport
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                IncidentReport.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/tongbao.incident.v1.IncidentReport";
                };

                return IncidentReport;
            })();

            return v1;
        })();

        return incident;
    })();

    tongbao.inspection = (function() {

        /**
         * Namespace inspection.
         * @memberof tongbao
         * @namespace
         */
        const inspection = {};

        inspection.v1 = (function() {

            /**
             * Namespace v1.
             * @memberof tongbao.inspection
             * @namespace
             */
            const v1 = {};

            v1.InspectionResult = (function() {

                /**
                 * Properties of an InspectionResult.
                 * @typedef {Object} tongbao.inspection.v1.InspectionResult.$Properties
                 * @property {string|null} [documentNumber] Document number (文号); may be empty.
                 * @property {string|null} [title] Title (标题).
                 * @property {tongbao.inspection.v1.InspectionKind|null} [kind] Kind of inspection (检查类型).
                 * @property {tongbao.common.v1.Enterprise.$Properties|null} [inspectedParty] The inspected enterprise (被检查单位).
                 * @property {string|null} [scope] Systems, sites and topics covered, in words (检查范围).
                 * @property {tongbao.common.v1.Period.$Properties|null} [period] When the inspection took place (检查时间).
                 * @property {Array.<tongbao.common.v1.Person.$Properties>|null} [inspectors] Inspectors (检查人员).
                 * @property {Array.<tongbao.inspection.v1.Finding.$Properties>|null} [findings] What was found (检查发现).
                 * @property {tongbao.inspection.v1.InspectionRating|null} [rating] Overall rating (检查结论).
                 * @property {tongbao.common.v1.EnterpriseSecurityLevel|null} [assessedSecurityLevel] Security level confirmed or assigned by the inspection (核定的企业网络安全级别).
                 * @property {Array.<string>|null} [followUp] Follow-up required, one per entry (后续要求).
                 * @property {google.protobuf.Timestamp.$Properties|null} [rectificationDeadline] When the follow-up must be complete (整改期限); unset if none is required.
                 * @property {Array.<tongbao.common.v1.Attachment.$Properties>|null} [attachments] Inspection report and records (附件).
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of an InspectionResult.
                 * @memberof tongbao.inspection.v1
                 * @interface IInspectionResult
                 * @augments tongbao.inspection.v1.InspectionResult.$Properties
                 * @deprecated Use tongbao.inspection.v1.InspectionResult.$Properties instead.
                 */

                /**
                 * Shape of an InspectionResult.
                 * @typedef {{
                 *   documentNumber?: string|null;
                 *   title?: string|null;
                 *   kind?: tongbao.inspection.v1.InspectionKind|null;
                 *   inspectedParty?: tongbao.common.v1.Enterprise.$Shape|null;
                 *   scope?: string|null;
                 *   period?: tongbao.common.v1.Period.$Shape|null;
                 *   inspectors?: Array.<tongbao.common.v1.Person.$Shape>|null;
                 *   findings?: Array.<tongbao.inspection.v1.Finding.$Shape>|null;
                 *   rating?: tongbao.inspection.v1.InspectionRating|null;
                 *   assessedSecurityLevel?: tongbao.common.v1.EnterpriseSecurityLevel|null;
                 *   followUp?: Array.<string>|null;
                 *   rectificationDeadline?: google.protobuf.Timestamp.$Shape|null;
                 *   attachments?: Array.<tongbao.common.v1.Attachment.$Shape>|null;
                 *   $unknowns?: Array.<Uint8Array>;
                 * }} tongbao.inspection.v1.InspectionResult.$Shape
                 */

                /**
                 * Constructs a new InspectionResult.
                 * @memberof tongbao.inspection.v1
                 * @classdesc The result of one inspection. Follow-up orders are sent as RectificationNotice
                 * messages whose issues carry this message's Header.id as finding_id.
                 * @constructor
                 * @param {tongbao.inspection.v1.InspectionResult.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const InspectionResult = function (properties) {
                    this.inspectors = [];
                    this.findings = [];
                    this.followUp = [];
                    this.attachments = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Document number (文号); may be empty.
                 * @member {string} documentNumber
                 * @memberof tongbao.inspection.v1.InspectionResult
                 * @instance
                 */
                InspectionResult.prototype.documentNumber = "";

                /**
                 * Title (标题).
                 * @member {string} title
                 * @memberof tongbao.inspection.v1.InspectionResult
                 * @instance
                 */
                InspectionResult.prototype.title = "";

                /**
                 * Kind of inspection (检查类型).
                 * @member {tongbao.inspection.v1.InspectionKind} kind
                 * @memberof tongbao.inspection.v1.InspectionResult
                 * @instance
                 */
                InspectionResult.prototype.kind = 0;

                /**
                 * The inspected enterprise (被检查单位).
                 * @member {tongbao.common.v1.Enterprise.$Properties|null|undefined} inspectedParty
                 * @memberof tongbao.inspection.v1.InspectionResult
                 * @instance
                 */
                InspectionResult.prototype.inspectedParty = null;

                /**
                 * Systems, sites and topics covered, in words (检查范围).
                 * @member {string} scope
                 * @memberof tongbao.inspection.v1.InspectionResult
                 * @instance
                 */
                InspectionResult.prototype.scope = "";

                /**
                 * When the inspection took place (检查时间).
                 * @member {tongbao.common.v1.Period.$Properties|null|undefined} period
                 * @memberof tongbao.inspection.v1.InspectionResult
                 * @instance
                 */
                InspectionResult.prototype.period = null;

                /**
                 * Inspectors (检查人员).
                 * @member {Array.<tongbao.common.v1.Person.$Properties>} inspectors
                 * @memberof tongbao.inspection.v1.InspectionResult
                 * @instance
                 */
                InspectionResult.prototype.inspectors = $util.emptyArray;

                /**
                 * What was found (检查发现).
                 * @member {Array.<tongbao.inspection.v1.Finding.$Properties>} findings
                 * @memberof tongbao.inspection.v1.InspectionResult
                 * @instance
                 */
                InspectionResult.prototype.findings = $util.emptyArray;

                /**
                 * Overall rating (检查结论).
                 * @member {tongbao.inspection.v1.InspectionRating} rating
                 * @memberof tongbao.inspection.v1.InspectionResult
                 * @instance
                 */
                InspectionResult.prototype.rating = 0;

                /**
                 * Security level confirmed or assigned by the inspection (核定的企业网络安全级别).
                 * @member {tongbao.common.v1.EnterpriseSecurityLevel} assessedSecurityLevel
                 * @memberof tongbao.inspection.v1.InspectionResult
                 * @instance
                 */
                InspectionResult.prototype.assessedSecurityLevel = 0;

                /**
                 * Follow-up required, one per entry (后续要求).
                 * @member {Array.<string>} followUp
                 * @memberof tongbao.inspection.v1.InspectionResult
                 * @instance
                 */
                InspectionResult.prototype.followUp = $util.emptyArray;

                /**
                 * When the follow-up must be complete (整改期限); unset if none is required.
                 * @member {google.protobuf.Timestamp.$Properties|null|undefined} rectificationDeadline
                 * @memberof tongbao.inspection.v1.InspectionResult
                 * @instance
                 */
                InspectionResult.prototype.rectificationDeadline = null;

                /**
                 * Inspection report and records (附件).
                 * @member {Array.<tongbao.common.v1.Attachment.$Properties>} attachments
                 * @memberof tongbao.inspection.v1.InspectionResult
                 * @instance
                 */
                InspectionResult.prototype.attachments = $util.emptyArray;

                /**
                 * Creates a new InspectionResult instance using the specified properties.
                 * @function create
                 * @memberof tongbao.inspection.v1.InspectionResult
                 * @static
                 * @param {tongbao.inspection.v1.InspectionResult.$Properties=} [properties] Properties to set
                 * @returns {tongbao.inspection.v1.InspectionResult} InspectionResult instance
                 * @type {{
                 *   (properties: tongbao.inspection.v1.InspectionResult.$Shape): tongbao.inspection.v1.InspectionResult & tongbao.inspection.v1.InspectionResult.$Shape;
                 *   (properties?: tongbao.inspection.v1.InspectionResult.$Properties): tongbao.inspection.v1.InspectionResult;
                 * }}
                 */
                InspectionResult.create = function(properties) {
                    return new InspectionResult(properties);
                };

                /**
                 * Encodes the specified InspectionResult message. Does not implicitly {@link tongbao.inspection.v1.InspectionResult.verify|verify} messages.
                 * @function encode
                 * @memberof tongbao.inspection.v1.InspectionResult
                 * @static
                 * @param {tongbao.inspection.v1.InspectionResult.$Properties} message InspectionResult message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                InspectionResult.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.documentNumber != null && $Object.hasOwnProperty.call(message, "documentNumber") && message.documentNumber !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.documentNumber);
                    if (message.title != null && $Object.hasOwnProperty.call(message, "title") && message.title !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.title);
                    if (message.kind != null && $Object.hasOwnProperty.call(message, "kind") && message.kind !== 0)
                        writer.uint32(/* id 3, wireType 0 =*/24).int32(message.kind);
                    if (message.inspectedParty != null && $Object.hasOwnProperty.call(message, "inspectedParty"))
                        $root.tongbao.common.v1.Enterprise.encode(message.inspectedParty, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                    if (message.scope != null && $Object.hasOwnProperty.call(message, "scope") && message.scope !== "")
                        writer.uint32(/* id 5, wireType 2 =*/42).string(message.scope);
                    if (message.period != null && $Object.hasOwnProperty.call(message, "period"))
                        $root.tongbao.common.v1.Period.encode(message.period, writer.uint32(/* id 6, wireType 2 =*/50).fork(), _depth + 1).ldelim();
                    if (message.inspectors != null && message.inspectors.length)
                        for (let i = 0; i < message.inspectors.length; ++i)
                            $root.tongbao.common.v1.Person.encode(message.inspectors[i], writer.uint32(/* id 7, wireType 2 =*/58).fork(), _depth + 1).ldelim();
                    if (message.findings != null && message.findings.length)
                        for (let i = 0; i < message.findings.length; ++i)
                            $root.tongbao.inspection.v1.Finding.encode(message.findings[i], writer.uint32(/* id 8, wireType 2 =*/66).fork(), _depth + 1).ldelim();
                    if (message.rating != null && $Object.hasOwnProperty.call(message, "rating") && message.rating !== 0)
                        writer.uint32(/* id 9, wireType 0 =*/72).int32(message.rating);
                    if (message.assessedSecurityLevel != null && $Object.hasOwnProperty.call(message, "assessedSecurityLevel") && message.assessedSecurityLevel !== 0)
                        writer.uint32(/* id 10, wireType 0 =*/80).int32(message.assessedSecurityLevel);
                    if (message.followUp != null && message.followUp.length)
                        for (let i = 0; i < message.followUp.length; ++i)
                            writer.uint32(/* id 11, wireType 2 =*/90).string(message.followUp[i]);
                    if (message.rectificationDeadline != null && $Object.hasOwnProperty.call(message, "rectificationDeadline"))
                        $root.google.protobuf.Timestamp.encode(message.rectificationDeadline, writer.uint32(/* id 12, wireType 2 =*/98).fork(), _depth + 1).ldelim();
                    if (message.attachments != null && message.attachments.length)
                        for (let i = 0; i < message.attachments.length; ++i)
                            $root.tongbao.common.v1.Attachment.encode(message.attachments[i], writer.uint32(/* id 13, wireType 2 =*/106).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes an InspectionResult message from the specified reader or buffer.
                 * @function decode
                 * @memberof tongbao.inspection.v1.InspectionResult
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {tongbao.inspection.v1.InspectionResult & tongbao.inspection.v1.InspectionResult.$Shape} InspectionResult
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                InspectionResult.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.tongbao.inspection.v1.InspectionResult();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    throw $Error("invalid wire type " + wireType + " for field " + tag);
                                if ((value = reader.stringVerify()).length)
                                    message.documentNumber = value;
                                else
                                    delete message.documentNumber;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    throw $Error("invalid wire type " + wireType + " for field " + tag);
                                if ((value = reader.stringVerify()).length)
                                    message.title = value;
                                else
                                    delete message.title;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 0)
                                    throw $Error("invalid wire type " + wireType + " for field " + tag);
                                if (value = reader.int32())
                                    message.kind = value;
                                else
                                    delete message.kind;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    throw $Error("invalid wire type " + wireType + " for field " + tag);
                                message.inspectedParty = $root.tongbao.common.v1.Enterprise.decode(reader, reader.size(), $undefined, _depth + 1, message.inspectedParty);
                                continue;
                            }
                        case 5: {
                                if (wireType !== 2)
                                    throw $Error("invalid wire type " + wireType + " for field " + tag);
                                if ((value = reader.stringVerify()).length)
                                    message.scope = value;
                                else
                                    delete message.scope;
                                continue;
                            }
                        case 6: {
                                if (wireType !== 2)
                                    throw $Error("invalid wire type " + wireType + " for field " + tag);
                                message.period = $root.tongbao.common.v1.Period.decode(reader, reader.size(), $undefined, _depth + 1, message.period);
                                continue;
                            }
                        case 7: {
                                if (wireType !== 2)
                                    throw $Error("invalid wire type " + wireType + " for field " + tag);
                                if (!(message.inspectors && message.inspectors.length))
                                    message.inspectors = [];
                                message.inspectors.push($root.tongbao.common.v1.Person.decode(reader, reader.size(), $undefined, _depth + 1));
                                continue;
                            }
                        case 8: {
                                if (wireType !== 2)
                                    throw $Error("invalid wire type " + wireType + " for field " + tag);
                                if (!(message.findings && message.findings.length))
                                    message.findings = [];
                                message.findings.push($root.tongbao.inspection.v1.Finding.decode(reader, reader.size(), $undefined, _depth + 1));
                                continue;
                            }
                        case 9: {
                                if (wireType !== 0)
                                    throw $Error("invalid wire type " + wireType + " for field " + tag);
                                if (value = reader.int32())
                                    message.rating = value;
                                else
                                    delete message.rating;
                                continue;
                            }
                        case 10: {
                                if (wireType !== 0)
                                    throw $Error("invalid wire type " + wireType + " for field " + tag);
                                if (value = reader.int32())
                                    message.assessedSecurityLevel = value;
                                else
                                    delete message.assessedSecurityLevel;
                                continue;
                            }
                        case 11: {
                                if (wireType !== 2)
                                    throw $Error("invalid wire type " + wireType + " for field " + tag);
                                if (!(message.followUp && message.followUp.length))
                                    message.followUp = [];
                                message.followUp.push(reader.stringVerify());
                                continue;
                            }
                        case 12: {
                                if (wireType !== 2)
                                    throw $Error("invalid wire type " + wireType + " for field " + tag);
                                message.rectificationDeadline = $root.google.protobuf.Timestamp.decode(reader, reader.size(), $undefined, _depth + 1, message.rectificationDeadline);
                                continue;
                            }
                        case 13: {
                                if (wireType !== 2)
                                    throw $Error("invalid wire type " + wireType + " for field " + tag);
                                if (!(message.attachments && message.attachments.length))
                                    message.attachments = [];
                                message.attachments.push($root.tongbao.common.v1.Attachment.decode(reader, reader.size(), $undefined, _depth + 1));
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Gets the type url for InspectionResult
                 * @function getTypeUrl
                 * @memberof tongbao.inspection.v1.InspectionResult
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                InspectionResult.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/tongbao.inspection.v1.InspectionResult";
                };

                return InspectionResult;
            })();

            /**
             * Kind of inspection (检查类型).
             * @name tongbao.inspection.v1.InspectionKind
             * @enum {number}
             * @property {number} INSPECTION_KIND_UNSPECIFIED=0 Not set.
             * @property {number} INSPECTION_KIND_ROUTINE=1 Routine inspection (日常检查).
             * @property {number} INSPECTION_KIND_SPECIAL=2 Special campaign inspection (专项检查).
             * @property {number} INSPECTION_KIND_SPOT_CHECK=3 Random spot check (抽查).
             * @property {number} INSPECTION_KIND_FOLLOW_UP=4 Re-inspection after rectification (复查).
             */
            v1.InspectionKind = (function() {
                const valuesById = $Object.create(null), values = $Object.create(valuesById);
                values[valuesById[0] = "INSPECTION_KIND_UNSPECIFIED"] = 0;
                values[valuesById[1] = "INSPECTION_KIND_ROUTINE"] = 1;
                values[valuesById[2] = "INSPECTION_KIND_SPECIAL"] = 2;
                values[valuesById[3] = "INSPECTION_KIND_SPOT_CHECK"] = 3;
                values[valuesById[4] = "INSPECTION_KIND_FOLLOW_UP"] = 4;
                return values;
            })();

            v1.Finding = (function() {

                /**
                 * Properties of a Finding.
                 * @typedef {Object} tongbao.inspection.v1.Finding.$Properties
                 * @property {string|null} [description] The finding in words (问题描述).
                 * @property {tongbao.common.v1.Severity|null} [severity] Severity (危害等级).
                 * @property {string|null} [requirement] Requirement not met, e.g. a standard clause (不符合的要求).
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a Finding.
                 * @memberof tongbao.inspection.v1
                 * @interface IFinding
                 * @augments tongbao.inspection.v1.Finding.$Properties
                 * @deprecated Use tongbao.inspection.v1.Finding.$Properties instead.
                 */

                /**
                 * Shape of a Finding.
                 * @typedef {tongbao.inspection.v1.Finding.$Properties} tongbao.inspection.v1.Finding.$Shape
                 */

                /**
                 * Constructs a new Finding.
                 * @memberof tongbao.inspection.v1
                 * @classdesc One finding of an inspection (检查发现).
                 * @constructor
                 * @param {tongbao.inspection.v1.Finding.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const Finding = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * The finding in words (问题描述).
                 * @member {string} description
                 * @memberof tongbao.inspection.v1.Finding
                 * @instance
                 */
                Finding.prototype.description = "";

                /**
                 * Severity (危害等级).
                 * @member {tongbao.common.v1.Severity} severity
                 * @memberof tongbao.inspection.v1.Finding
                 * @instance
                 */
                Finding.prototype.severity = 0;

                /**
                 * Requirement not met, e.g. a standard clause (不符合的要求).
                 * @member {string} requirement
                 * @memberof tongbao.inspection.v1.Finding
                 * @instance
                 */
                Finding.prototype.requirement = "";

                /**
                 * Creates a new Finding instance using the specified properties.
                 * @function create
                 * @memberof tongbao.inspection.v1.Finding
                 * @static
                 * @param {tongbao.inspection.v1.Finding.$Properties=} [properties] Properties to set
                 * @returns {tongbao.inspection.v1.Finding} Finding instance
                 * @type {{
                 *   (properties: tongbao.inspection.v1.Finding.$Shape): tongbao.inspection.v1.Finding & tongbao.inspection.v1.Finding.$Shape;
                 *   (properties?: tongbao.inspection.v1.Finding.$Properties): tongbao.inspection.v1.Finding;
                 * }}
                 */
                Finding.create = function(properties) {
                    return new Finding(properties);
                };

                /**
                 * Encodes the specified Finding message. Does not implicitly {@link tongbao.inspection.v1.Finding.verify|verify} messages.
                 * @function encode
                 * @memberof tongbao.inspection.v1.Finding
                 * @static
                 * @param {tongbao.inspection.v1.Finding.$Properties} message Finding message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Finding.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.description != null && $Object.hasOwnProperty.call(message, "description") && message.description !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.description);
                    if (message.severity != null && $Object.hasOwnProperty.call(message, "severity") && message.severity !== 0)
                        writer.uint32(/* id 2, wireType 0 =*/16).int32(message.severity);
                    if (message.requirement != null && $Object.hasOwnProperty.call(message, "requirement") && message.requirement !== "")
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.requirement);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a Finding message from the specified reader or buffer.
                 * @function decode
                 * @memberof tongbao.inspection.v1.Finding
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {tongbao.inspection.v1.Finding & tongbao.inspection.v1.Finding.$Shape} Finding
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Finding.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.tongbao.inspection.v1.Finding();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    throw $Error("invalid wire type " + wireType + " for field " + tag);
                                if ((value = reader.stringVerify()).length)
                                    message.description = value;
                                else
                                    delete message.description;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    throw $Error("invalid wire type " + wireType + " for field " + tag);
                                if (value = reader.int32())
                                    message.severity = value;
                                else
                                    delete message.severity;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    throw $Error("invalid wire type " + wireType + " for field " + tag);
                                if ((value = reader.stringVerify()).length)
                                    message.requirement = value;
                                else
                                    delete message.requirement;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Gets the type url for Finding
                 * @function getTypeUrl
                 * @memberof tongbao.inspection.v1.Finding
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                Finding.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/tongbao.inspection.v1.Finding";
                };

                return Finding;
            })();

            /**
             * Overall rating of an inspection (检查结论).
             * @name tongbao.inspection.v1.InspectionRating
             * @enum {number}
             * @property {number} INSPECTION_RATING_UNSPECIFIED=0 Not set.
             * @property {number} INSPECTION_RATING_COMPLIANT=1 Compliant (合格).
             * @property {number} INSPECTION_RATING_BASICALLY_COMPLIANT=2 Basically compliant, minor issues (基本合格).
             * @property {number} INSPECTION_RATING_NON_COMPLIANT=3 Non-compliant (不合格).
             */
            v1.InspectionRating = (function() {
                const valuesById = $Object.create(null), values = $Object.create(valuesById);
                values[valuesById[0] = "INSPECTION_RATING_UNSPECIFIED"] = 0;
                values[valuesById[1] = "INSPECTION_RATING_COMPLIANT"] = 1;
                values[valuesById[2] = "INSPECTION_RATING_BASICALLY_COMPLIANT"] = 2;
                values[valuesById[3] = "INSPECTION_RATING_NON_COMPLIANT"] = 3;
                return values;
            })();

            return v1;
        })();

        return inspection;
    })();

    tongbao.receipt = (function() {

        /**
         * Namespace receipt.
         * @memberof tongbao
         * @namespace
         */
        const receipt = {};

        receipt.v1 = (function() {

            /**
             * Namespace v1.
             * @memberof tongbao.receipt
             * @namespace
             */
            const v1 = {};

            v1.Receipt = (function() {

                /**
                 * Properties of a Receipt.
                 * @typedef {Object} tongbao.receipt.v1.Receipt.$Properties
                 * @property {string|null} [messageId] Header.id of the acknowledged message.
                 * @property {Uint8Array|null} [messageDigest] Signed digest of the acknowledged message, proving which version was received.
                 * @property {google.protobuf.Timestamp.$Properties|null} [receivedTime] When the recipient's service received and verified it (签收时间).
                 * @property {tongbao.receipt.v1.ReceiptOutcome|null} [outcome] Accepted or rejected.
                 * @property {tongbao.common.v1.Person.$Properties|null} [accountablePerson] Person accountable for the message at the recipient (签收人): for automatic
                 * receipts, the duty officer of record.
                 * @property {boolean|null} [automatic] Whether the service issued the receipt on verified delivery, rather than a person.
                 * @property {tongbao.receipt.v1.RejectionReason|null} [rejectionReason] Why the message was rejected; unspecified when accepted.
                 * @property {string|null} [rejectionDetail] Details of the rejection for people (拒收说明).
                 * @property {string|null} [suggestedOrgId] For REJECTION_REASON_OUT_OF_JURISDICTION, the registry id of the
                 * organisation the recipient believes is responsible (建议转交单位).
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a Receipt.
                 * @memberof tongbao.receipt.v1
                 * @interface IReceipt
                 * @augments tongbao.receipt.v1.Receipt.$Properties
                 * @deprecated Use tongbao.receipt.v1.Receipt.$Properties instead.
                 */

                /**
                 * Shape of a Receipt.
                 * @typedef {tongbao.receipt.v1.Receipt.$Properties} tongbao.receipt.v1.Receipt.$Shape
                 */

                /**
                 * Constructs a new Receipt.
                 * @memberof tongbao.receipt.v1
                 * @classdesc Acknowledgement or rejection of one message. Header.causation_id is set to
                 * message_id as well, and the header is addressed to the acknowledged message's source.
                 * @constructor
                 * @param {tongbao.receipt.v1.Receipt.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const Receipt = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Header.id of the acknowledged message.
                 * @member {string} messageId
                 * @memberof tongbao.receipt.v1.Receipt
                 * @instance
                 */
                Receipt.prototype.messageId = "";

                /**
                 * Signed digest of the acknowledged message, proving which version was received.
                 * @member {Uint8Array} messageDigest
                 * @memberof tongbao.receipt.v1.Receipt
                 * @instance
                 */
                Receipt.prototype.messageDigest = $util.newBuffer([]);

                /**
                 * When the recipient's service received and verified it (签收时间).
                 * @member {google.protobuf.Timestamp.$Properties|null|undefined} receivedTime
                 * @memberof tongbao.receipt.v1.Receipt
                 * @instance
                 */
                Receipt.prototype.receivedTime = null;

                /**
                 * Accepted or rejected.
                 * @member {tongbao.receipt.v1.ReceiptOutcome} outcome
                 * @memberof tongbao.receipt.v1.Receipt
                 * @instance
                 */
                Receipt.prototype.outcome = 0;

                /**
                 * Person accountable for the message at the recipient (签收人): for automatic
                 * receipts, the duty officer of record.
                 * @member {tongbao.common.v1.Person.$Properties|null|undefined} accountablePerson
                 * @memberof tongbao.receipt.v1.Receipt
                 * @instance
                 */
                Receipt.prototype.accountablePerson = null;

                /**
                 * Whether the service issued the receipt on verified delivery, rather than a person.
                 * @member {boolean} automatic
                 * @memberof tongbao.receipt.v1.Receipt
                 * @instance
                 */
                Receipt.prototype.automatic = false;

                /**
                 * Why the message was rejected; unspecified when accepted.
                 * @member {tongbao.receipt.v1.RejectionReason} rejectionReason
                 * @memberof tongbao.receipt.v1.Receipt
                 * @instance
                 */
                Receipt.prototype.rejectionReason = 0;

                /**
                 * Details of the rejection for people (拒收说明).
                 * @member {string} rejectionDetail
                 * @memberof tongbao.receipt.v1.Receipt
                 * @instance
                 */
                Receipt.prototype.rejectionDetail = "";

                /**
                 * For REJECTION_REASON_OUT_OF_JURISDICTION, the registry id of the
                 * organisation the recipient believes is responsible (建议转交单位).
                 * @member {string} suggestedOrgId
                 * @memberof tongbao.receipt.v1.Receipt
                 * @instance
                 */
                Receipt.prototype.suggestedOrgId = "";

                /**
                 * Creates a new Receipt instance using the specified properties.
                 * @function create
                 * @memberof tongbao.receipt.v1.Receipt
                 * @static
                 * @param {tongbao.receipt.v1.Receipt.$Properties=} [properties] Properties to set
                 * @returns {tongbao.receipt.v1.Receipt} Receipt instance
                 * @type {{
                 *   (properties: tongbao.receipt.v1.Receipt.$Shape): tongbao.receipt.v1.Receipt & tongbao.receipt.v1.Receipt.$Shape;
                 *   (properties?: tongbao.receipt.v1.Receipt.$Properties): tongbao.receipt.v1.Receipt;
                 * }}
                 */
                Receipt.create = function(properties) {
                    return new Receipt(properties);
                };

                /**
                 * Encodes the specified Receipt message. Does not implicitly {@link tongbao.receipt.v1.Receipt.verify|verify} messages.
                 * @function encode
                 * @memberof tongbao.receipt.v1.Receipt
                 * @static
                 * @param {tongbao.receipt.v1.Receipt.$Properties} message Receipt message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Receipt.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.messageId != null && $Object.hasOwnProperty.call(message, "messageId") && message.messageId !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.messageId);
                    if (message.messageDigest != null && $Object.hasOwnProperty.call(message, "messageDigest") && message.messageDigest.length)
                        writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.messageDigest);
                    if (message.receivedTime != null && $Object.hasOwnProperty.call(message, "receivedTime"))
                        $root.google.protobuf.Timestamp.encode(message.receivedTime, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                    if (message.outcome != null && $Object.hasOwnProperty.call(message, "outcome") && message.outcome !== 0)
                        writer.uint32(/* id 4, wireType 0 =*/32).int32(message.outcome);
                    if (message.accountablePerson != null && $Object.hasOwnProperty.call(message, "accountablePerson"))
                        $root.tongbao.common.v1.Person.encode(message.accountablePerson, writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
                    if (message.automatic != null && $Object.hasOwnProperty.call(message, "automatic") && message.automatic !== false)
                        writer.uint32(/* id 6, wireType 0 =*/48).bool(message.automatic);
                    if (message.rejectionReason != null && $Object.hasOwnProperty.call(message, "rejectionReason") && message.rejectionReason !== 0)
                        writer.uint32(/* id 7, wireType 0 =*/56).int32(message.rejectionReason);
                    if (message.rejectionDetail != null && $Object.hasOwnProperty.call(message, "rejectionDetail") && message.rejectionDetail !== "")
                        writer.uint32(/* id 8, wireType 2 =*/66).string(message.rejectionDetail);
                    if (message.suggestedOrgId != null && $Object.hasOwnProperty.call(message, "suggestedOrgId") && message.suggestedOrgId !== "")
                        writer.uint32(/* id 9, wireType 2 =*/74).string(message.suggestedOrgId);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a Receipt message from the specified reader or buffer.
                 * @function decode
                 * @memberof tongbao.receipt.v1.Receipt
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {tongbao.receipt.v1.Receipt & tongbao.receipt.v1.Receipt.$Shape} Receipt
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Receipt.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.tongbao.receipt.v1.Receipt();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    throw $Error("invalid wire type " + wireType + " for field " + tag);
                                if ((value = reader.stringVerify()).length)
                                    message.messageId = value;
                                else
                                    delete message.messageId;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    throw $Error("invalid wire type " + wireType + " for field " + tag);
                                if ((value = reader.bytes()).length)
                                    message.messageDigest = value;
                                else
                                    delete message.messageDigest;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    throw $Error("invalid wire type " + wireType + " for field " + tag);
                                message.receivedTime = $root.google.protobuf.Timestamp.decode(reader, reader.size(), $undefined, _depth + 1, message.receivedTime);
                                continue;
                            }
                        case 4: {
                                if (wireType !== 0)
                                    throw $Error("invalid wire type " + wireType + " for field " + tag);
                                if (value = reader.int32())
                                    message.outcome = value;
                                else
                                    delete message.outcome;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 2)
                                    throw $Error("invalid wire type " + wireType + " for field " + tag);
                                message.accountablePerson = $root.tongbao.common.v1.Person.decode(reader, reader.size(), $undefined, _depth + 1, message.accountablePerson);
                                continue;
                            }
                        case 6: {
                                if (wireType !== 0)
                                    throw $Error("invalid wire type " + wireType + " for field " + tag);
                                if (value = reader.bool())
                                    message.automatic = value;
                                else
                                    delete message.automatic;
                                continue;
                            }
                        case 7: {
                                if (wireType !== 0)
                                    throw $Error("invalid wire type " + wireType + " for field " + tag);
                                if (value = reader.int32())
                                    message.rejectionReason = value;
                                else
                                    delete message.rejectionReason;
                                continue;
                            }
                        case 8: {
                                if (wireType !== 2)
                                    throw $Error("invalid wire type " + wireType + " for field " + tag);
                                if ((value = reader.stringVerify()).length)
                                    message.rejectionDetail = value;
                                else
                                    delete message.rejectionDetail;
                                continue;
                            }
                        case 9: {
                                if (wireType !== 2)
                                    throw $Error("invalid wire type " + wireType + " for field " + tag);
                                if ((value = reader.stringVerify()).length)
                                    message.suggestedOrgId = value;
                                else
                                    delete message.suggestedOrgId;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Gets the type url for Receipt
                 * @function getTypeUrl
                 * @memberof tongbao.receipt.v1.Receipt
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                Receipt.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/tongbao.receipt.v1.Receipt";
                };

                return Receipt;
            })();

            /**
             * Outcome of receipt (签收结果).
             * @name tongbao.receipt.v1.ReceiptOutcome
             * @enum {number}
             * @property {number} RECEIPT_OUTCOME_UNSPECIFIED=0 Not set.
             * @property {number} RECEIPT_OUTCOME_ACCEPTED=1 Received, verified and accepted (已签收).
             * @property {number} RECEIPT_OUTCOME_REJECTED=2 Received and rejected (拒收).
             */
            v1.ReceiptOutcome = (function() {
                const valuesById = $Object.create(null), values = $Object.create(valuesById);
                values[valuesById[0] = "RECEIPT_OUTCOME_UNSPECIFIED"] = 0;
                values[valuesById[1] = "RECEIPT_OUTCOME_ACCEPTED"] = 1;
                values[valuesById[2] = "RECEIPT_OUTCOME_REJECTED"] = 2;
                return values;
            })();

            /**
             * Why a message was rejected (拒收原因).
             * @name tongbao.receipt.v1.RejectionReason
             * @enum {number}
             * @property {number} REJECTION_REASON_UNSPECIFIED=0 Not set.
             * @property {number} REJECTION_REASON_SIGNATURE_INVALID=1 No signature verified.
             * @property {number} REJECTION_REASON_KEY_UNKNOWN=2 The signing key is not in the registry.
             * @property {number} REJECTION_REASON_KEY_NOT_VALID=3 The signing key was revoked or outside its validity window at Header.time.
             * @property {number} REJECTION_REASON_SCHEMA_INVALID=4 Header or payload does not match its schema.
             * @property {number} REJECTION_REASON_TYPE_UNSUPPORTED=5 Header.type is not a type the recipient handles.
             * @property {number} REJECTION_REASON_MARKING_VIOLATION=6 The recipient may not receive the message under its marking.
             * @property {number} REJECTION_REASON_EXPIRED=7 The message had expired when it arrived.
             * @property {number} REJECTION_REASON_REFERENCE_UNKNOWN=8 A referenced message is unknown to the recipient.
             * @property {number} REJECTION_REASON_OUT_OF_JURISDICTION=9 The matter is not the recipient's responsibility (不属于本单位职责).
             * @property {number} REJECTION_REASON_OTHER=10 Any other reason, explained in rejection_detail.
             */
            v1.RejectionReason = (function() {
                const valuesById = $Object.create(null), values = $Object.create(valuesById);
                values[valuesById[0] = "REJECTION_REASON_UNSPECIFIED"] = 0;
                values[valuesById[1] = "REJECTION_REASON_SIGNATURE_INVALID"] = 1;
                values[valuesById[2] = "REJECTION_REASON_KEY_UNKNOWN"] = 2;
                values[valuesById[3] = "REJECTION_REASON_KEY_NOT_VALID"] = 3;
                values[valuesById[4] = "REJECTION_REASON_SCHEMA_INVALID"] = 4;
                values[valuesById[5] = "REJECTION_REASON_TYPE_UNSUPPORTED"] = 5;
                values[valuesById[6] = "REJECTION_REASON_MARKING_VIOLATION"] = 6;
                values[valuesById[7] = "REJECTION_REASON_EXPIRED"] = 7;
                values[valuesById[8] = "REJECTION_REASON_REFERENCE_UNKNOWN"] = 8;
                values[valuesById[9] = "REJECTION_REASON_OUT_OF_JURISDICTION"] = 9;
                values[valuesById[10] = "REJECTION_REASON_OTHER"] = 10;
                return values;
            })();

            return v1;
        })();

        return receipt;
    })();

    tongbao.rectification = (function() {

        /**
         * Namespace rectification.
         * @memberof tongbao
         * @namespace
         */
        const rectification = {};

        rectification.v1 = (function() {

            /**
             * Namespace v1.
             * @memberof tongbao.rectification
             * @namespace
             */
            const v1 = {};

            v1.RectificationNotice = (function() {

                /**
                 * Properties of a RectificationNotice.
                 * @typedef {Object} tongbao.rectification.v1.RectificationNotice.$Properties
                 * @property {string|null} [documentNumber] Document number (文号), e.g. "苏通网安整改〔2025〕7号"; may be empty.
                 * @property {string|null} [title] Title (标题).
                 * @property {tongbao.common.v1.Enterprise.$Properties|null} [responsibleParty] Unit that must rectify (责任单位), whether or not it is on the bus; when it is
                 * not, the notice goes to its supervising authority to pass on.
                 * @property {Array.<tongbao.rectification.v1.Issue.$Properties>|null} [issues] Issues to fix, each with the action required (存在问题).
                 * @property {string|null} [requirements] General requirements in words (整改要求).
                 * @property {google.protobuf.Timestamp.$Properties|null} [deadline] When rectification must be complete (整改期限).
                 * @property {boolean|null} [notifySuperior] Whether the responsible party must also report the outcome to its superior
                 * unit (是否报告上级单位), e.g. a central SOE's group headquarters.
                 * @property {tongbao.common.v1.Person.$Properties|null} [contact] Contact at the issuing authority (联系人).
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a RectificationNotice.
                 * @memberof tongbao.rectification.v1
                 * @interface IRectificationNotice
                 * @augments tongbao.rectification.v1.RectificationNotice.$Properties
                 * @deprecated Use tongbao.rectification.v1.RectificationNotice.$Properties instead.
                 */

                /**
                 * Shape of a RectificationNotice.
                 * @typedef {tongbao.rectification.v1.RectificationNotice.$Properties} tongbao.rectification.v1.RectificationNotice.$Shape
                 */

                /**
                 * Constructs a new RectificationNotice.
                 * @memberof tongbao.rectification.v1
                 * @classdesc An order to fix the issues listed by a deadline. The recipient answers with a
                 * Receipt, then with HandlingFeedback until the status is done.
                 * @constructor
                 * @param {tongbao.rectification.v1.RectificationNotice.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const RectificationNotice = function (properties) {
                    this.issues = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Document number (文号), e.g. "苏通网安整改〔2025〕7号"; may be empty.
                 * @member {string} documentNumber
                 * @memberof tongbao.rectification.v1.RectificationNotice
                 * @instance
                 */
                RectificationNotice.prototype.documentNumber = "";

                /**
                 * Title (标题).
                 * @member {string} title
                 * @memberof tongbao.rectification.v1.RectificationNotice
                 * @instance
                 */
                RectificationNotice.prototype.title = "";

                /**
                 * Unit that must rectify (责任单位), whether or not it is on the bus; when it is
                 * not, the notice goes to its supervising authority to pass on.
                 * @member {tongbao.common.v1.Enterprise.$Properties|null|undefined} responsibleParty
                 * @memberof tongbao.rectification.v1.RectificationNotice
                 * @instance
                 */
                RectificationNotice.prototype.responsibleParty = null;

                /**
                 * Issues to fix, each with the action required (存在问题).
                 * @member {Array.<tongbao.rectification.v1.Issue.$Properties>} issues
                 * @memberof tongbao.rectification.v1.RectificationNotice
                 * @instance
                 */
                RectificationNotice.prototype.issues = $util.emptyArray;

                /**
                 * General requirements in words (整改要求).
                 * @member {string} requirements
                 * @memberof tongbao.rectification.v1.RectificationNotice
                 * @instance
                 */
                RectificationNotice.prototype.requirements = "";

                /**
                 * When rectification must be complete (整改期限).
                 * @member {google.protobuf.Timestamp.$Properties|null|undefined} deadline
                 * @memberof tongbao.rectification.v1.RectificationNotice
                 * @instance
                 */
                RectificationNotice.prototype.deadline = null;

                /**
                 * Whether the responsible party must also report the outcome to its superior
                 * unit (是否报告上级单位), e.g. a central SOE's group headquarters.
                 * @member {boolean} notifySuperior
                 * @memberof tongbao.rectification.v1.RectificationNotice
                 * @instance
                 */
                RectificationNotice.prototype.notifySuperior = false;

                /**
                 * Contact at the issuing authority (联系人).
                 * @member {tongbao.common.v1.Person.$Properties|null|undefined} contact
                 * @memberof tongbao.rectification.v1.RectificationNotice
                 * @instance
                 */
                RectificationNotice.prototype.contact = null;

                /**
                 * Creates a new RectificationNotice instance using the specified properties.
                 * @function create
                 * @memberof tongbao.rectification.v1.RectificationNotice
                 * @static
                 * @param {tongbao.rectification.v1.RectificationNotice.$Properties=} [properties] Properties to set
                 * @returns {tongbao.rectification.v1.RectificationNotice} RectificationNotice instance
                 * @type {{
                 *   (properties: tongbao.rectification.v1.RectificationNotice.$Shape): tongbao.rectification.v1.RectificationNotice & tongbao.rectification.v1.RectificationNotice.$Shape;
                 *   (properties?: tongbao.rectification.v1.RectificationNotice.$Properties): tongbao.rectification.v1.RectificationNotice;
                 * }}
                 */
                RectificationNotice.create = function(properties) {
                    return new RectificationNotice(properties);
                };

                /**
                 * Encodes the specified RectificationNotice message. Does not implicitly {@link tongbao.rectification.v1.RectificationNotice.verify|verify} messages.
                 * @function encode
                 * @memberof tongbao.rectification.v1.RectificationNotice
                 * @static
                 * @param {tongbao.rectification.v1.RectificationNotice.$Properties} message RectificationNotice message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                RectificationNotice.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.documentNumber != null && $Object.hasOwnProperty.call(message, "documentNumber") && message.documentNumber !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.documentNumber);
                    if (message.title != null && $Object.hasOwnProperty.call(message, "title") && message.title !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.title);
                    if (message.responsibleParty != null && $Object.hasOwnProperty.call(message, "responsibleParty"))
                        $root.tongbao.common.v1.Enterprise.encode(message.responsibleParty, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                    if (message.issues != null && message.issues.length)
                        for (let i = 0; i < message.issues.length; ++i)
                            $root.tongbao.rectification.v1.Issue.encode(message.issues[i], writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                    if (message.requirements != null && $Object.hasOwnProperty.call(message, "requirements") && message.requirements !== "")
                        writer.uint32(/* id 5, wireType 2 =*/42).string(message.requirements);
                    if (message.deadline != null && $Object.hasOwnProperty.call(message, "deadline"))
                        $root.google.protobuf.Timestamp.encode(message.deadline, writer.uint32(/* id 6, wireType 2 =*/50).fork(), _depth + 1).ldelim();
                    if (message.notifySuperior != null && $Object.hasOwnProperty.call(message, "notifySuperior") && message.notifySuperior !== false)
                        writer.uint32(/* id 7, wireType 0 =*/56).bool(message.notifySuperior);
                    if (message.contact != null && $Object.hasOwnProperty.call(message, "contact"))
                        $root.tongbao.common.v1.Person.encode(message.contact, writer.uint32(/* id 8, wireType 2 =*/66).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a RectificationNotice message from the specified reader or buffer.
                 * @function decode
                 * @memberof tongbao.rectification.v1.RectificationNotice
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {tongbao.rectification.v1.RectificationNotice & tongbao.rectification.v1.RectificationNotice.$Shape} RectificationNotice
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                RectificationNotice.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.tongbao.rectification.v1.RectificationNotice();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    throw $Error("invalid wire type " + wireType + " for field " + tag);
                                if ((value = reader.stringVerify()).length)
                                    message.documentNumber = value;
                                else
                                    delete message.documentNumber;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    throw $Error("invalid wire type " + wireType + " for field " + tag);
                                if ((value = reader.stringVerify()).length)
                                    message.title = value;
                                else
                                    delete message.title;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    throw $Error("invalid wire type " + wireType + " for field " + tag);
                                message.responsibleParty = $root.tongbao.common.v1.Enterprise.decode(reader, reader.size(), $undefined, _depth + 1, message.responsibleParty);
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    throw $Error("invalid wire type " + wireType + " for field " + tag);
                                if (!(message.issues && message.issues.length))
                                    message.issues = [];
                                message.issues.push($root.tongbao.rectification.v1.Issue.decode(reader, reader.size(), $undefined, _depth + 1));
                                continue;
                            }
                        case 5: {
                                if (wireType !== 2)
                                    throw $Error("invalid wire type " + wireType + " for field " + tag);
                                if ((value = reader.stringVerify()).length)
                                    message.requirements = value;
                                else
                                    delete message.requirements;
                                continue;
                            }
                        case 6: {
                                if (wireType !== 2)
                                    throw $Error("invalid wire type " + wireType + " for field " + tag);
                                message.deadline = $root.google.protobuf.Timestamp.decode(reader, reader.size(), $undefined, _depth + 1, message.deadline);
                                continue;
                            }
                        case 7: {
                                if (wireType !== 0)
                                    throw $Error("invalid wire type " + wireType + " for field " + tag);
                                if (value = reader.bool())
                                    message.notifySuperior = value;
                                else
                                    delete message.notifySuperior;
                                continue;
                            }
                        case 8: {
                                if (wireType !== 2)
                                    throw $Error("invalid wire type " + wireType + " for field " + tag);
                                message.contact = $root.tongbao.common.v1.Person.decode(reader, reader.size(), $undefined, _depth + 1, message.contact);
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Gets the type url for RectificationNotice
                 * @function getTypeUrl
                 * @memberof tongbao.rectification.v1.RectificationNotice
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                RectificationNotice.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/tongbao.rectification.v1.RectificationNotice";
                };

                return RectificationNotice;
            })();

            v1.Issue = (function() {

                /**
                 * Properties of an Issue.
                 * @typedef {Object} tongbao.rectification.v1.Issue.$Properties
                 * @property {string|null} [findingId] Header.id of the finding this issue comes from (ExposureFinding,
                 * InspectionResult, ThreatBulletin, ...); empty if it has no message.
                 * @property {string|null} [description] The issue in words (问题描述).
                 * @property {tongbao.common.v1.Severity|null} [severity] Severity (危害等级).
                 * @property {Array.<tongbao.rectification.v1.RequiredAction>|null} [actions] Actions required (处置要求).
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of an Issue.
                 * @memberof tongbao.rectification.v1
                 * @interface IIssue
                 * @augments tongbao.rectification.v1.Issue.$Properties
                 * @deprecated Use tongbao.rectification.v1.Issue.$Properties instead.
                 */

                /**
                 * Shape of an Issue.
                 * @typedef {tongbao.rectification.v1.Issue.$Properties} tongbao.rectification.v1.Issue.$Shape
                 */

                /**
                 * Constructs a new Issue.
                 * @memberof tongbao.rectification.v1
                 * @classdesc One issue to fix (问题).
                 * @constructor
                 * @param {tongbao.rectification.v1.Issue.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const Issue = function (properties) {
                    this.actions = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Header.id of the finding this issue comes from (ExposureFinding,
                 * InspectionResult, ThreatBulletin, ...); empty if it has no message.
                 * @member {string} findingId
                 * @memberof tongbao.rectification.v1.Issue
                 * @instance
                 */
                Issue.prototype.findingId = "";

                /**
                 * The issue in words (问题描述).
                 * @member {string} description
                 * @memberof tongbao.rectification.v1.Issue
                 * @instance
                 */
                Issue.prototype.description = "";

                /**
                 * Severity (危害等级).
                 * @member {tongbao.common.v1.Severity} severity
                 * @memberof tongbao.rectification.v1.Issue
                 * @instance
                 */
                Issue.prototype.severity = 0;

                /**
                 * Actions required (处置要求).
                 * @member {Array.<tongbao.rectification.v1.RequiredAction>} actions
                 * @memberof tongbao.rectification.v1.Issue
                 * @instance
                 */
                Issue.prototype.actions = $util.emptyArray;

                /**
                 * Creates a new Issue instance using the specified properties.
                 * @function create
                 * @memberof tongbao.rectification.v1.Issue
                 * @static
                 * @param {tongbao.rectification.v1.Issue.$Properties=} [properties] Properties to set
                 * @returns {tongbao.rectification.v1.Issue} Issue instance
                 * @type {{
                 *   (properties: tongbao.rectification.v1.Issue.$Shape): tongbao.rectification.v1.Issue & tongbao.rectification.v1.Issue.$Shape;
                 *   (properties?: tongbao.rectification.v1.Issue.$Properties): tongbao.rectification.v1.Issue;
                 * }}
                 */
                Issue.create = function(properties) {
                    return new Issue(properties);
                };

                /**
                 * Encodes the specified Issue message. Does not implicitly {@link tongbao.rectification.v1.Issue.verify|verify} messages.
                 * @function encode
                 * @memberof tongbao.rectification.v1.Issue
                 * @static
                 * @param {tongbao.rectification.v1.Issue.$Properties} message Issue message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Issue.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.findingId != null && $Object.hasOwnProperty.call(message, "findingId") && message.findingId !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.findingId);
                    if (message.description != null && $Object.hasOwnProperty.call(message, "description") && message.description !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.description);
                    if (message.severity != null && $Object.hasOwnProperty.call(message, "severity") && message.severity !== 0)
                        writer.uint32(/* id 3, wireType 0 =*/24).int32(message.severity);
                    if (message.actions != null && message.actions.length)
                        writer.uint32(/* id 4, wireType 2 =*/34).int32s(message.actions);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes an Issue message from the specified reader or buffer.
                 * @function decode
                 * @memberof tongbao.rectification.v1.Issue
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {tongbao.rectification.v1.Issue & tongbao.rectification.v1.Issue.$Shape} Issue
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Issue.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.tongbao.rectification.v1.Issue();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    throw $Error("invalid wire type " + wireType + " for field " + tag);
                                if ((value = reader.stringVerify()).length)
                                    message.findingId = value;
                                else
                                    delete message.findingId;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    throw $Error("invalid wire type " + wireType + " for field " + tag);
                                if ((value = reader.stringVerify()).length)
                                    message.description = value;
                                else
                                    delete message.description;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 0)
                                    throw $Error("invalid wire type " + wireType + " for field " + tag);
                                if (value = reader.int32())
                                    message.severity = value;
                                else
                                    delete message.severity;
                                continue;
                            }
                        case 4: {
                                if (wireType === 2) {
                                    if (!(message.actions && message.actions.length))
                                        message.actions = [];
                                    reader.int32s(message.actions);
                                    continue;
                                }
                                if (wireType !== 0)
                                    throw $Error("invalid wire type " + wireType + " for field " + tag);
                                if (!(message.actions && message.actions.length))
                                    message.actions = [];
                                message.actions.push(reader.int32());
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Gets the type url for Issue
                 * @function getTypeUrl
                 * @memberof tongbao.rectification.v1.Issue
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                Issue.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/tongbao.rectification.v1.Issue";
                };

                return Issue;
            })();

            /**
             * Action the responsible party must take (处置措施).
             * @name tongbao.rectification.v1.RequiredAction
             * @enum {number}
             * @property {number} REQUIRED_ACTION_UNSPECIFIED=0 Not set.
             * @property {number} REQUIRED_ACTION_BLOCK=1 Block access or isolate from the internet (封堵、隔离).
             * @property {number} REQUIRED_ACTION_CLEAN=2 Remove malware and restore (清除).
             * @property {number} REQUIRED_ACTION_PATCH=3 Patch or upgrade (修补、升级).
             * @property {number} REQUIRED_ACTION_RECTIFY=4 Correct configuration or management (整改).
             * @property {number} REQUIRED_ACTION_INVESTIGATE=5 Investigate and report back (排查).
             * @property {number} REQUIRED_ACTION_TAKE_OFFLINE=6 Take the system out of service (下线).
             */
            v1.RequiredAction = (function() {
                const valuesById = $Object.create(null), values = $Object.create(valuesById);
                values[valuesById[0] = "REQUIRED_ACTION_UNSPECIFIED"] = 0;
                values[valuesById[1] = "REQUIRED_ACTION_BLOCK"] = 1;
                values[valuesById[2] = "REQUIRED_ACTION_CLEAN"] = 2;
                values[valuesById[3] = "REQUIRED_ACTION_PATCH"] = 3;
                values[valuesById[4] = "REQUIRED_ACTION_RECTIFY"] = 4;
                values[valuesById[5] = "REQUIRED_ACTION_INVESTIGATE"] = 5;
                values[valuesById[6] = "REQUIRED_ACTION_TAKE_OFFLINE"] = 6;
                return values;
            })();

            return v1;
        })();

        return rectification;
    })();

    tongbao.registry = (function() {

        /**
         * Namespace registry.
         * @memberof tongbao
         * @namespace
         */
        const registry = {};

        registry.v1 = (function() {

            /**
             * Namespace v1.
             * @memberof tongbao.registry
             * @namespace
             */
            const v1 = {};

            v1.Organization = (function() {

                /**
                 * Properties of an Organization.
                 * @typedef {Object} tongbao.registry.v1.Organization.$Properties
                 * @property {string|null} [id] Stable registry id, e.g. "miit". Lower-case letters, digits and hyphens only,
                 * because it is used as a NATS subject token.
                 * @property {string|null} [nameZh] Official name in Chinese (中文名称), e.g. "工业和信息化部".
                 * @property {string|null} [nameEn] Name in English, e.g. "Ministry of Industry and Information Technology".
                 * @property {tongbao.common.v1.OrgKind|null} [kind] Kind of organisation.
                 * @property {string|null} [region] Administrative division code (GB/T 2260) of its jurisdiction or location;
                 * "100000" for national bodies.
                 * @property {Array.<tongbao.common.v1.Sector>|null} [sectors] Sectors it supervises or operates in (主管或所属行业).
                 * @property {string|null} [parentId] Registry id of the superior organisation (上级单位); empty for the departments.
                 * @property {tongbao.common.v1.Enterprise.$Properties|null} [enterprise] Enterprise details, set only when kind is ORG_KIND_ENTERPRISE.
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of an Organization.
                 * @memberof tongbao.registry.v1
                 * @interface IOrganization
                 * @augments tongbao.registry.v1.Organization.$Properties
                 * @deprecated Use tongbao.registry.v1.Organization.$Properties instead.
                 */

                /**
                 * Shape of an Organization.
                 * @typedef {tongbao.registry.v1.Organization.$Properties} tongbao.registry.v1.Organization.$Shape
                 */

                /**
                 * Constructs a new Organization.
                 * @memberof tongbao.registry.v1
                 * @classdesc An organisation taking part in the bus (参与单位).
                 * @constructor
                 * @param {tongbao.registry.v1.Organization.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const Organization = function (properties) {
                    this.sectors = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Stable registry id, e.g. "miit". Lower-case letters, digits and hyphens only,
                 * because it is used as a NATS subject token.
                 * @member {string} id
                 * @memberof tongbao.registry.v1.Organization
                 * @instance
                 */
                Organization.prototype.id = "";

                /**
                 * Official name in Chinese (中文名称), e.g. "工业和信息化部".
                 * @member {string} nameZh
                 * @memberof tongbao.registry.v1.Organization
                 * @instance
                 */
                Organization.prototype.nameZh = "";

                /**
                 * Name in English, e.g. "Ministry of Industry and Information Technology".
                 * @member {string} nameEn
                 * @memberof tongbao.registry.v1.Organization
                 * @instance
                 */
                Organization.prototype.nameEn = "";

                /**
                 * Kind of organisation.
                 * @member {tongbao.common.v1.OrgKind} kind
                 * @memberof tongbao.registry.v1.Organization
                 * @instance
                 */
                Organization.prototype.kind = 0;

                /**
                 * Administrative division code (GB/T 2260) of its jurisdiction or location;
                 * "100000" for national bodies.
                 * @member {string} region
                 * @memberof tongbao.registry.v1.Organization
                 * @instance
                 */
                Organization.prototype.region = "";

                /**
                 * Sectors it supervises or operates in (主管或所属行业).
                 * @member {Array.<tongbao.common.v1.Sector>} sectors
                 * @memberof tongbao.registry.v1.Organization
                 * @instance
                 */
                Organization.prototype.sectors = $util.emptyArray;

                /**
                 * Registry id of the superior organisation (上级单位); empty for the departments.
                 * @member {string} parentId
                 * @memberof tongbao.registry.v1.Organization
                 * @instance
                 */
                Organization.prototype.parentId = "";

                /**
                 * Enterprise details, set only when kind is ORG_KIND_ENTERPRISE.
                 * @member {tongbao.common.v1.Enterprise.$Properties|null|undefined} enterprise
                 * @memberof tongbao.registry.v1.Organization
                 * @instance
                 */
                Organization.prototype.enterprise = null;

                /**
                 * Creates a new Organization instance using the specified properties.
                 * @function create
                 * @memberof tongbao.registry.v1.Organization
                 * @static
                 * @param {tongbao.registry.v1.Organization.$Properties=} [properties] Properties to set
                 * @returns {tongbao.registry.v1.Organization} Organization instance
                 * @type {{
                 *   (properties: tongbao.registry.v1.Organization.$Shape): tongbao.registry.v1.Organization & tongbao.registry.v1.Organization.$Shape;
                 *   (properties?: tongbao.registry.v1.Organization.$Properties): tongbao.registry.v1.Organization;
                 * }}
                 */
                Organization.create = function(properties) {
                    return new Organization(properties);
                };

                /**
                 * Encodes the specified Organization message. Does not implicitly {@link tongbao.registry.v1.Organization.verify|verify} messages.
                 * @function encode
                 * @memberof tongbao.registry.v1.Organization
                 * @static
                 * @param {tongbao.registry.v1.Organization.$Properties} message Organization message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Organization.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.id);
                    if (message.nameZh != null && $Object.hasOwnProperty.call(message, "nameZh") && message.nameZh !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.nameZh);
                    if (message.nameEn != null && $Object.hasOwnProperty.call(message, "nameEn") && message.nameEn !== "")
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.nameEn);
                    if (message.kind != null && $Object.hasOwnProperty.call(message, "kind") && message.kind !== 0)
                        writer.uint32(/* id 4, wireType 0 =*/32).int32(message.kind);
                    if (message.region != null && $Object.hasOwnProperty.call(message, "region") && message.region !== "")
                        writer.uint32(/* id 5, wireType 2 =*/42).string(message.region);
                    if (message.sectors != null && message.sectors.length)
                        writer.uint32(/* id 6, wireType 2 =*/50).int32s(message.sectors);
                    if (message.parentId != null && $Object.hasOwnProperty.call(message, "parentId") && message.parentId !== "")
                        writer.uint32(/* id 7, wireType 2 =*/58).string(message.parentId);
                    if (message.enterprise != null && $Object.hasOwnProperty.call(message, "enterprise"))
                        $root.tongbao.common.v1.Enterprise.encode(message.enterprise, writer.uint32(/* id 8, wireType 2 =*/66).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes an Organization message from the specified reader or buffer.
                 * @function decode
                 * @memberof tongbao.registry.v1.Organization
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {tongbao.registry.v1.Organization & tongbao.registry.v1.Organization.$Shape} Organization
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Organization.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.tongbao.registry.v1.Organization();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    throw $Error("invalid wire type " + wireType + " for field " + tag);
                                if ((value = reader.stringVerify()).length)
                                    message.id = value;
                                else
                                    delete message.id;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    throw $Error("invalid wire type " + wireType + " for field " + tag);
                                if ((value = reader.stringVerify()).length)
                                    message.nameZh = value;
                                else
                                    delete message.nameZh;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    throw $Error("invalid wire type " + wireType + " for field " + tag);
                                if ((value = reader.stringVerify()).length)
                                    message.nameEn = value;
                                else
                                    delete message.nameEn;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 0)
                                    throw $Error("invalid wire type " + wireType + " for field " + tag);
                                if (value = reader.int32())
                                    message.kind = value;
                                else
                                    delete message.kind;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 2)
                                    throw $Error("invalid wire type " + wireType + " for field " + tag);
                                if ((value = reader.stringVerify()).length)
                                    message.region = value;
                                else
                                    delete message.region;
                                continue;
                            }
                        case 6: {
                                if (wireType === 2) {
                                    if (!(message.sectors && message.sectors.length))
                                        message.sectors = [];
                                    reader.int32s(message.sectors);
                                    continue;
                                }
                                if (wireType !== 0)
                                    throw $Error("invalid wire type " + wireType + " for field " + tag);
                                if (!(message.sectors && message.sectors.length))
                                    message.sectors = [];
                                message.sectors.push(reader.int32());
                                continue;
                            }
                        case 7: {
                                if (wireType !== 2)
                                    throw $Error("invalid wire type " + wireType + " for field " + tag);
                                if ((value = reader.stringVerify()).length)
                                    message.parentId = value;
                                else
                                    delete message.parentId;
                                continue;
                            }
                        case 8: {
                                if (wireType !== 2)
                                    throw $Error("invalid wire type " + wireType + " for field " + tag);
                                message.enterprise = $root.tongbao.common.v1.Enterprise.decode(reader, reader.size(), $undefined, _depth + 1, message.enterprise);
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Gets the type url for Organization
                 * @function getTypeUrl
                 * @memberof tongbao.registry.v1.Organization
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                Organization.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/tongbao.registry.v1.Organization";
                };

                return Organization;
            })();

            v1.SigningKey = (function() {

                /**
                 * Properties of a SigningKey.
                 * @typedef {Object} tongbao.registry.v1.SigningKey.$Properties
                 * @property {string|null} [keyId] Registry id of the key, unique across all organisations.
                 * @property {string|null} [orgId] Registry id of the organisation that owns the key.
                 * @property {tongbao.envelope.v1.SignatureAlgorithm|null} [algorithm] Algorithm the key is for.
                 * @property {Uint8Array|null} [publicKey] Raw public key: 32 bytes for Ed25519, 65-byte uncompressed point for SM2.
                 * @property {google.protobuf.Timestamp.$Properties|null} [notBefore] Start of the validity window, inclusive.
                 * @property {google.protobuf.Timestamp.$Properties|null} [notAfter] End of the validity window, exclusive; unset means open-ended.
                 * @property {google.protobuf.Timestamp.$Properties|null} [revokedTime] When the key was revoked; unset if it has not been. Messages signed at or
                 * after this time do not verify.
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a SigningKey.
                 * @memberof tongbao.registry.v1
                 * @interface ISigningKey
                 * @augments tongbao.registry.v1.SigningKey.$Properties
                 * @deprecated Use tongbao.registry.v1.SigningKey.$Properties instead.
                 */

                /**
                 * Shape of a SigningKey.
                 * @typedef {tongbao.registry.v1.SigningKey.$Properties} tongbao.registry.v1.SigningKey.$Shape
                 */

                /**
                 * Constructs a new SigningKey.
                 * @memberof tongbao.registry.v1
                 * @classdesc A public key with which an organisation signs messages (签名密钥). A message
                 * verifies only against a key whose window contains the message time and which
                 * was not revoked before that time.
                 * @constructor
                 * @param {tongbao.registry.v1.SigningKey.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const SigningKey = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Registry id of the key, unique across all organisations.
                 * @member {string} keyId
                 * @memberof tongbao.registry.v1.SigningKey
                 * @instance
                 */
                SigningKey.prototype.keyId = "";

                /**
                 * Registry id of the organisation that owns the key.
                 * @member {string} orgId
                 * @memberof tongbao.registry.v1.SigningKey
                 * @instance
                 */
                SigningKey.prototype.orgId = "";

                /**
                 * Algorithm the key is for.
                 * @member {tongbao.envelope.v1.SignatureAlgorithm} algorithm
                 * @memberof tongbao.registry.v1.SigningKey
                 * @instance
                 */
                SigningKey.prototype.algorithm = 0;

                /**
                 * Raw public key: 32 bytes for Ed25519, 65-byte uncompressed point for SM2.
                 * @member {Uint8Array} publicKey
                 * @memberof tongbao.registry.v1.SigningKey
                 * @instance
                 */
                SigningKey.prototype.publicKey = $util.newBuffer([]);

                /**
                 * Start of the validity window, inclusive.
                 * @member {google.protobuf.Timestamp.$Properties|null|undefined} notBefore
                 * @memberof tongbao.registry.v1.SigningKey
                 * @instance
                 */
                SigningKey.prototype.notBefore = null;

                /**
                 * End of the validity window, exclusive; unset means open-ended.
                 * @member {google.protobuf.Timestamp.$Properties|null|undefined} notAfter
                 * @memberof tongbao.registry.v1.SigningKey
                 * @instance
                 */
                SigningKey.prototype.notAfter = null;

                /**
                 * When the key was revoked; unset if it has not been. Messages signed at or
                 * after this time do not verify.
                 * @member {google.protobuf.Timestamp.$Properties|null|undefined} revokedTime
                 * @memberof tongbao.registry.v1.SigningKey
                 * @instance
                 */
                SigningKey.prototype.revokedTime = null;

                /**
                 * Creates a new SigningKey instance using the specified properties.
                 * @function create
                 * @memberof tongbao.registry.v1.SigningKey
                 * @static
                 * @param {tongbao.registry.v1.SigningKey.$Properties=} [properties] Properties to set
                 * @returns {tongbao.registry.v1.SigningKey} SigningKey instance
                 * @type {{
                 *   (properties: tongbao.registry.v1.SigningKey.$Shape): tongbao.registry.v1.SigningKey & tongbao.registry.v1.SigningKey.$Shape;
                 *   (properties?: tongbao.registry.v1.SigningKey.$Properties): tongbao.registry.v1.SigningKey;
                 * }}
                 */
                SigningKey.create = function(properties) {
                    return new SigningKey(properties);
                };

                /**
                 * Encodes the specified SigningKey message. Does not implicitly {@link tongbao.registry.v1.SigningKey.verify|verify} messages.
                 * @function encode
                 * @memberof tongbao.registry.v1.SigningKey
                 * @static
                 * @param {tongbao.registry.v1.SigningKey.$Properties} message SigningKey message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                SigningKey.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.keyId != null && $Object.hasOwnProperty.call(message, "keyId") && message.keyId !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.keyId);
                    if (message.orgId != null && $Object.hasOwnProperty.call(message, "orgId") && message.orgId !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.orgId);
                    if (message.algorithm != null && $Object.hasOwnProperty.call(message, "algorithm") && message.algorithm !== 0)
                        writer.uint32(/* id 3, wireType 0 =*/24).int32(message.algorithm);
                    if (message.publicKey != null && $Object.hasOwnProperty.call(message, "publicKey") && message.publicKey.length)
                        writer.uint32(/* id 4, wireType 2 =*/34).bytes(message.publicKey);
                    if (message.notBefore != null && $Object.hasOwnProperty.call(message, "notBefore"))
                        $root.google.protobuf.Timestamp.encode(message.notBefore, writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
                    if (message.notAfter != null && $Object.hasOwnProperty.call(message, "notAfter"))
                        $root.google.protobuf.Timestamp.encode(message.notAfter, writer.uint32(/* id 6, wireType 2 =*/50).fork(), _depth + 1).ldelim();
                    if (message.revokedTime != null && $Object.hasOwnProperty.call(message, "revokedTime"))
                        $root.google.protobuf.Timestamp.encode(message.revokedTime, writer.uint32(/* id 7, wireType 2 =*/58).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a SigningKey message from the specified reader or buffer.
                 * @function decode
                 * @memberof tongbao.registry.v1.SigningKey
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {tongbao.registry.v1.SigningKey & tongbao.registry.v1.SigningKey.$Shape} SigningKey
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                SigningKey.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.tongbao.registry.v1.SigningKey();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    throw $Error("invalid wire type " + wireType + " for field " + tag);
                                if ((value = reader.stringVerify()).length)
                                    message.keyId = value;
                                else
                                    delete message.keyId;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    throw $Error("invalid wire type " + wireType + " for field " + tag);
                                if ((value = reader.stringVerify()).length)
                                    message.orgId = value;
                                else
                                    delete message.orgId;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 0)
                                    throw $Error("invalid wire type " + wireType + " for field " + tag);
                                if (value = reader.int32())
                                    message.algorithm = value;
                                else
                                    delete message.algorithm;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    throw $Error("invalid wire type " + wireType + " for field " + tag);
                                if ((value = reader.bytes()).length)
                                    message.publicKey = value;
                                else
                                    delete message.publicKey;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 2)
                                    throw $Error("invalid wire type " + wireType + " for field " + tag);
                                message.notBefore = $root.google.protobuf.Timestamp.decode(reader, reader.size(), $undefined, _depth + 1, message.notBefore);
                                continue;
                            }
                        case 6: {
                                if (wireType !== 2)
                                    throw $Error("invalid wire type " + wireType + " for field " + tag);
                                message.notAfter = $root.google.protobuf.Timestamp.decode(reader, reader.size(), $undefined, _depth + 1, message.notAfter);
                                continue;
                            }
                        case 7: {
                                if (wireType !== 2)
                                    throw $Error("invalid wire type " + wireType + " for field " + tag);
                                message.revokedTime = $root.google.protobuf.Timestamp.decode(reader, reader.size(), $undefined, _depth + 1, message.revokedTime);
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Gets the type url for SigningKey
                 * @function getTypeUrl
                 * @memberof tongbao.registry.v1.SigningKey
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                SigningKey.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/tongbao.registry.v1.SigningKey";
                };

                return SigningKey;
            })();

            v1.KeyEvent = (function() {

                /**
                 * Properties of a KeyEvent.
                 * @typedef {Object} tongbao.registry.v1.KeyEvent.$Properties
                 * @property {tongbao.registry.v1.KeyEventKind|null} [kind] What happened.
                 * @property {tongbao.registry.v1.SigningKey.$Properties|null} [key] The key after the change.
                 * @property {string|null} [reason] Why the change was made, e.g. "scheduled rotation", "suspected compromise".
                 * @property {google.protobuf.Timestamp.$Properties|null} [time] When the change took effect.
                 * @property {string|null} [actor] Identity of the operator who made the change.
                 * @property {string|null} [previousKeyId] For a rotation, the key_id of the key being replaced.
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a KeyEvent.
                 * @memberof tongbao.registry.v1
                 * @interface IKeyEvent
                 * @augments tongbao.registry.v1.KeyEvent.$Properties
                 * @deprecated Use tongbao.registry.v1.KeyEvent.$Properties instead.
                 */

                /**
                 * Shape of a KeyEvent.
                 * @typedef {tongbao.registry.v1.KeyEvent.$Properties} tongbao.registry.v1.KeyEvent.$Shape
                 */

                /**
                 * Constructs a new KeyEvent.
                 * @memberof tongbao.registry.v1
                 * @classdesc A change to an organisation's keys (密钥变更事件), published signed and kept in
                 * the AUDIT stream.
                 * @constructor
                 * @param {tongbao.registry.v1.KeyEvent.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const KeyEvent = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * What happened.
                 * @member {tongbao.registry.v1.KeyEventKind} kind
                 * @memberof tongbao.registry.v1.KeyEvent
                 * @instance
                 */
                KeyEvent.prototype.kind = 0;

                /**
                 * The key after the change.
                 * @member {tongbao.registry.v1.SigningKey.$Properties|null|undefined} key
                 * @memberof tongbao.registry.v1.KeyEvent
                 * @instance
                 */
                KeyEvent.prototype.key = null;

                /**
                 * Why the change was made, e.g. "scheduled rotation", "suspected compromise".
                 * @member {string} reason
                 * @memberof tongbao.registry.v1.KeyEvent
                 * @instance
                 */
                KeyEvent.prototype.reason = "";

                /**
                 * When the change took effect.
                 * @member {google.protobuf.Timestamp.$Properties|null|undefined} time
                 * @memberof tongbao.registry.v1.KeyEvent
                 * @instance
                 */
                KeyEvent.prototype.time = null;

                /**
                 * Identity of the operator who made the change.
                 * @member {string} actor
                 * @memberof tongbao.registry.v1.KeyEvent
                 * @instance
                 */
                KeyEvent.prototype.actor = "";

                /**
                 * For a rotation, the key_id of the key being replaced.
                 * @member {string} previousKeyId
                 * @memberof tongbao.registry.v1.KeyEvent
                 * @instance
                 */
                KeyEvent.prototype.previousKeyId = "";

                /**
                 * Creates a new KeyEvent instance using the specified properties.
                 * @function create
                 * @memberof tongbao.registry.v1.KeyEvent
                 * @static
                 * @param {tongbao.registry.v1.KeyEvent.$Properties=} [properties] Properties to set
                 * @returns {tongbao.registry.v1.KeyEvent} KeyEvent instance
                 * @type {{
                 *   (properties: tongbao.registry.v1.KeyEvent.$Shape): tongbao.registry.v1.KeyEvent & tongbao.registry.v1.KeyEvent.$Shape;
                 *   (properties?: tongbao.registry.v1.KeyEvent.$Properties): tongbao.registry.v1.KeyEvent;
                 * }}
                 */
                KeyEvent.create = function(properties) {
                    return new KeyEvent(properties);
                };

                /**
                 * Encodes the specified KeyEvent message. Does not implicitly {@link tongbao.registry.v1.KeyEvent.verify|verify} messages.
                 * @function encode
                 * @memberof tongbao.registry.v1.KeyEvent
                 * @static
                 * @param {tongbao.registry.v1.KeyEvent.$Properties} message KeyEvent message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                KeyEvent.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.kind != null && $Object.hasOwnProperty.call(message, "kind") && message.kind !== 0)
                        writer.uint32(/* id 1, wireType 0 =*/8).int32(message.kind);
                    if (message.key != null && $Object.hasOwnProperty.call(message, "key"))
                        $root.tongbao.registry.v1.SigningKey.encode(message.key, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                    if (message.reason != null && $Object.hasOwnProperty.call(message, "reason") && message.reason !== "")
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.reason);
                    if (message.time != null && $Object.hasOwnProperty.call(message, "time"))
                        $root.google.protobuf.Timestamp.encode(message.time, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                    if (message.actor != null && $Object.hasOwnProperty.call(message, "actor") && message.actor !== "")
                        writer.uint32(/* id 5, wireType 2 =*/42).string(message.actor);
                    if (message.previousKeyId != null && $Object.hasOwnProperty.call(message, "previousKeyId") && message.previousKeyId !== "")
                        writer.uint32(/* id 6, wireType 2 =*/50).string(message.previousKeyId);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a KeyEvent message from the specified reader or buffer.
                 * @function decode
                 * @memberof tongbao.registry.v1.KeyEvent
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {tongbao.registry.v1.KeyEvent & tongbao.registry.v1.KeyEvent.$Shape} KeyEvent
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                KeyEvent.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.tongbao.registry.v1.KeyEvent();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    throw $Error("invalid wire type " + wireType + " for field " + tag);
                                if (value = reader.int32())
                                    message.kind = value;
                                else
                                    delete message.kind;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    throw $Error("invalid wire type " + wireType + " for field " + tag);
                                message.key = $root.tongbao.registry.v1.SigningKey.decode(reader, reader.size(), $undefined, _depth + 1, message.key);
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    throw $Error("invalid wire type " + wireType + " for field " + tag);
                                if ((value = reader.stringVerify()).length)
                                    message.reason = value;
                                else
                                    delete message.reason;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    throw $Error("invalid wire type " + wireType + " for field " + tag);
                                message.time = $root.google.protobuf.Timestamp.decode(reader, reader.size(), $undefined, _depth + 1, message.time);
                                continue;
                            }
                        case 5: {
                                if (wireType !== 2)
                                    throw $Error("invalid wire type " + wireType + " for field " + tag);
                                if ((value = reader.stringVerify()).length)
                                    message.actor = value;
                                else
                                    delete message.actor;
                                continue;
                            }
                        case 6: {
                                if (wireType !== 2)
                                    throw $Error("invalid wire type " + wireType + " for field " + tag);
                                if ((value = reader.stringVerify()).length)
                                    message.previousKeyId = value;
                                else
                                    delete message.previousKeyId;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Gets the type url for KeyEvent
                 * @function getTypeUrl
                 * @memberof tongbao.registry.v1.KeyEvent
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                KeyEvent.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/tongbao.registry.v1.KeyEvent";
                };

                return KeyEvent;
            })();

            /**
             * Kind of key change.
             * @name tongbao.registry.v1.KeyEventKind
             * @enum {number}
             * @property {number} KEY_EVENT_KIND_UNSPECIFIED=0 Not set.
             * @property {number} KEY_EVENT_KIND_REGISTER=1 A key was registered (登记).
             * @property {number} KEY_EVENT_KIND_ROTATE=2 A key replaced an earlier one, whose validity window was closed (轮换).
             * @property {number} KEY_EVENT_KIND_REVOKE=3 A key was revoked (吊销).
             */
            v1.KeyEventKind = (function() {
                const valuesById = $Object.create(null), values = $Object.create(valuesById);
                values[valuesById[0] = "KEY_EVENT_KIND_UNSPECIFIED"] = 0;
                values[valuesById[1] = "KEY_EVENT_KIND_REGISTER"] = 1;
                values[valuesById[2] = "KEY_EVENT_KIND_ROTATE"] = 2;
                values[valuesById[3] = "KEY_EVENT_KIND_REVOKE"] = 3;
                return values;
            })();

            v1.EncryptionKey = (function() {

                /**
                 * Properties of an EncryptionKey.
                 * @typedef {Object} tongbao.registry.v1.EncryptionKey.$Properties
                 * @property {string|null} [keyId] Registry id of the key, unique across all organisations.
                 * @property {string|null} [orgId] Registry id of the organisation that owns the key.
                 * @property {tongbao.registry.v1.EncryptionAlgorithm|null} [algorithm] Key agreement the key is for.
                 * @property {Uint8Array|null} [publicKey] Raw public key: 32 bytes for X25519.
                 * @property {google.protobuf.Timestamp.$Properties|null} [notBefore] Start of the validity window, inclusive.
                 * @property {google.protobuf.Timestamp.$Properties|null} [notAfter] End of the validity window, exclusive; unset means open-ended.
                 * @property {google.protobuf.Timestamp.$Properties|null} [revokedTime] When the key was revoked; unset if it has not been. Nothing is encrypted to it
                 * at or after this time.
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of an EncryptionKey.
                 * @memberof tongbao.registry.v1
                 * @interface IEncryptionKey
                 * @augments tongbao.registry.v1.EncryptionKey.$Properties
                 * @deprecated Use tongbao.registry.v1.EncryptionKey.$Properties instead.
                 */

                /**
                 * Shape of an EncryptionKey.
                 * @typedef {tongbao.registry.v1.EncryptionKey.$Properties} tongbao.registry.v1.EncryptionKey.$Shape
                 */

                /**
                 * Constructs a new EncryptionKey.
                 * @memberof tongbao.registry.v1
                 * @classdesc A public key to which TLP:RED payloads for an organisation are encrypted (加密公钥).
                 * Senders encrypt only to a key whose window contains the time of sending and which
                 * is not revoked by then; the private half never leaves the organisation, which keeps
                 * retired private keys to open what was encrypted to them earlier.
                 * @constructor
                 * @param {tongbao.registry.v1.EncryptionKey.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const EncryptionKey = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Registry id of the key, unique across all organisations.
                 * @member {string} keyId
                 * @memberof tongbao.registry.v1.EncryptionKey
                 * @instance
                 */
                EncryptionKey.prototype.keyId = "";

                /**
                 * Registry id of the organisation that owns the key.
                 * @member {string} orgId
                 * @memberof tongbao.registry.v1.EncryptionKey
                 * @instance
                 */
                EncryptionKey.prototype.orgId = "";

                /**
                 * Key agreement the key is for.
                 * @member {tongbao.registry.v1.EncryptionAlgorithm} algorithm
                 * @memberof tongbao.registry.v1.EncryptionKey
                 * @instance
                 */
                EncryptionKey.prototype.algorithm = 0;

                /**
                 * Raw public key: 32 bytes for X25519.
                 * @member {Uint8Array} publicKey
                 * @memberof tongbao.registry.v1.EncryptionKey
                 * @instance
                 */
                EncryptionKey.prototype.publicKey = $util.newBuffer([]);

                /**
                 * Start of the validity window, inclusive.
                 * @member {google.protobuf.Timestamp.$Properties|null|undefined} notBefore
                 * @memberof tongbao.registry.v1.EncryptionKey
                 * @instance
                 */
                EncryptionKey.prototype.notBefore = null;

                /**
                 * End of the validity window, exclusive; unset means open-ended.
                 * @member {google.protobuf.Timestamp.$Properties|null|undefined} notAfter
                 * @memberof tongbao.registry.v1.EncryptionKey
                 * @instance
                 */
                EncryptionKey.prototype.notAfter = null;

                /**
                 * When the key was revoked; unset if it has not been. Nothing is encrypted to it
                 * at or after this time.
                 * @member {google.protobuf.Timestamp.$Properties|null|undefined} revokedTime
                 * @memberof tongbao.registry.v1.EncryptionKey
                 * @instance
                 */
                EncryptionKey.prototype.revokedTime = null;

                /**
                 * Creates a new EncryptionKey instance using the specified properties.
                 * @function create
                 * @memberof tongbao.registry.v1.EncryptionKey
                 * @static
                 * @param {tongbao.registry.v1.EncryptionKey.$Properties=} [properties] Properties to set
                 * @returns {tongbao.registry.v1.EncryptionKey} EncryptionKey instance
                 * @type {{
                 *   (properties: tongbao.registry.v1.EncryptionKey.$Shape): tongbao.registry.v1.EncryptionKey & tongbao.registry.v1.EncryptionKey.$Shape;
                 *   (properties?: tongbao.registry.v1.EncryptionKey.$Properties): tongbao.registry.v1.EncryptionKey;
                 * }}
                 */
                EncryptionKey.create = function(properties) {
                    return new EncryptionKey(properties);
                };

                /**
                 * Encodes the specified EncryptionKey message. Does not implicitly {@link tongbao.registry.v1.EncryptionKey.verify|verify} messages.
                 * @function encode
                 * @memberof tongbao.registry.v1.EncryptionKey
                 * @static
                 * @param {tongbao.registry.v1.EncryptionKey.$Properties} message EncryptionKey message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                EncryptionKey.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.keyId != null && $Object.hasOwnProperty.call(message, "keyId") && message.keyId !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.keyId);
                    if (message.orgId != null && $Object.hasOwnProperty.call(message, "orgId") && message.orgId !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.orgId);
                    if (message.algorithm != null && $Object.hasOwnProperty.call(message, "algorithm") && message.algorithm !== 0)
                        writer.uint32(/* id 3, wireType 0 =*/24).int32(message.algorithm);
                    if (message.publicKey != null && $Object.hasOwnProperty.call(message, "publicKey") && message.publicKey.length)
                        writer.uint32(/* id 4, wireType 2 =*/34).bytes(message.publicKey);
                    if (message.notBefore != null && $Object.hasOwnProperty.call(message, "notBefore"))
                        $root.google.protobuf.Timestamp.encode(message.notBefore, writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
                    if (message.notAfter != null && $Object.hasOwnProperty.call(message, "notAfter"))
                        $root.google.protobuf.Timestamp.encode(message.notAfter, writer.uint32(/* id 6, wireType 2 =*/50).fork(), _depth + 1).ldelim();
                    if (message.revokedTime != null && $Object.hasOwnProperty.call(message, "revokedTime"))
                        $root.google.protobuf.Timestamp.encode(message.revokedTime, writer.uint32(/* id 7, wireType 2 =*/58).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes an EncryptionKey message from the specified reader or buffer.
                 * @function decode
                 * @memberof tongbao.registry.v1.EncryptionKey
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {tongbao.registry.v1.EncryptionKey & tongbao.registry.v1.EncryptionKey.$Shape} EncryptionKey
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                EncryptionKey.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.tongbao.registry.v1.EncryptionKey();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    throw $Error("invalid wire type " + wireType + " for field " + tag);
                                if ((value = reader.stringVerify()).length)
                                    message.keyId = value;
                                else
                                    delete message.keyId;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    throw $Error("invalid wire type " + wireType + " for field " + tag);
                                if ((value = reader.stringVerify()).length)
                                    message.orgId = value;
                                else
                                    delete message.orgId;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 0)
                                    throw $Error("invalid wire type " + wireType + " for field " + tag);
                                if (value = reader.int32())
                                    message.algorithm = value;
                                else
                                    delete message.algorithm;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    throw $Error("invalid wire type " + wireType + " for field " + tag);
                                if ((value = reader.bytes()).length)
                                    message.publicKey = value;
                                else
                                    delete message.publicKey;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 2)
                                    throw $Error("invalid wire type " + wireType + " for field " + tag);
                                message.notBefore = $root.google.protobuf.Timestamp.decode(reader, reader.size(), $undefined, _depth + 1, message.notBefore);
                                continue;
                            }
                        case 6: {
                                if (wireType !== 2)
                                    throw $Error("invalid wire type " + wireType + " for field " + tag);
                                message.notAfter = $root.google.protobuf.Timestamp.decode(reader, reader.size(), $undefined, _depth + 1, message.notAfter);
                                continue;
                            }
                        case 7: {
                                if (wireType !== 2)
                                    throw $Error("invalid wire type " + wireType + " for field " + tag);
                                message.revokedTime = $root.google.protobuf.Timestamp.decode(reader, reader.size(), $undefined, _depth + 1, message.revokedTime);
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Gets the type url for EncryptionKey
                 * @function getTypeUrl
                 * @memberof tongbao.registry.v1.EncryptionKey
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                EncryptionKey.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/tongbao.registry.v1.EncryptionKey";
                };

                return EncryptionKey;
            })();

            v1.EncryptionKeyEvent = (function() {

                /**
                 * Properties of an EncryptionKeyEvent.
                 * @typedef {Object} tongbao.registry.v1.EncryptionKeyEvent.$Properties
                 * @property {tongbao.registry.v1.KeyEventKind|null} [kind] What happened.
                 * @property {tongbao.registry.v1.EncryptionKey.$Properties|null} [key] The key after the change.
                 * @property {string|null} [reason] Why the change was made, e.g. "scheduled rotation", "suspected compromise".
                 * @property {google.protobuf.Timestamp.$Properties|null} [time] When the change took effect.
                 * @property {string|null} [actor] Identity of the operator who made the change.
                 * @property {string|null} [previousKeyId] For a rotation, the key_id of the key being replaced.
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of an EncryptionKeyEvent.
                 * @memberof tongbao.registry.v1
                 * @interface IEncryptionKeyEvent
                 * @augments tongbao.registry.v1.EncryptionKeyEvent.$Properties
                 * @deprecated Use tongbao.registry.v1.EncryptionKeyEvent.$Properties instead.
                 */

                /**
                 * Shape of an EncryptionKeyEvent.
                 * @typedef {tongbao.registry.v1.EncryptionKeyEvent.$Properties} tongbao.registry.v1.EncryptionKeyEvent.$Shape
                 */

                /**
                 * Constructs a new EncryptionKeyEvent.
                 * @memberof tongbao.registry.v1
                 * @classdesc A change to an organisation's encryption keys (加密密钥变更事件), signed by a
                 * registry admin like a KeyEvent.
                 * @constructor
                 * @param {tongbao.registry.v1.EncryptionKeyEvent.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const EncryptionKeyEvent = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * What happened.
                 * @member {tongbao.registry.v1.KeyEventKind} kind
                 * @memberof tongbao.registry.v1.EncryptionKeyEvent
                 * @instance
                 */
                EncryptionKeyEvent.prototype.kind = 0;

                /**
                 * The key after the change.
                 * @member {tongbao.registry.v1.EncryptionKey.$Properties|null|undefined} key
                 * @memberof tongbao.registry.v1.EncryptionKeyEvent
                 * @instance
                 */
                EncryptionKeyEvent.prototype.key = null;

                /**
                 * Why the change was made, e.g. "scheduled rotation", "suspected compromise".
                 * @member {string} reason
                 * @memberof tongbao.registry.v1.EncryptionKeyEvent
                 * @instance
                 */
                EncryptionKeyEvent.prototype.reason = "";

                /**
                 * When the change took effect.
                 * @member {google.protobuf.Timestamp.$Properties|null|undefined} time
                 * @memberof tongbao.registry.v1.EncryptionKeyEvent
                 * @instance
                 */
                EncryptionKeyEvent.prototype.time = null;

                /**
                 * Identity of the operator who made the change.
                 * @member {string} actor
                 * @memberof tongbao.registry.v1.EncryptionKeyEvent
                 * @instance
                 */
                EncryptionKeyEvent.prototype.actor = "";

                /**
                 * For a rotation, the key_id of the key being replaced.
                 * @member {string} previousKeyId
                 * @memberof tongbao.registry.v1.EncryptionKeyEvent
                 * @instance
                 */
                EncryptionKeyEvent.prototype.previousKeyId = "";

                /**
                 * Creates a new EncryptionKeyEvent instance using the specified properties.
                 * @function create
                 * @memberof tongbao.registry.v1.EncryptionKeyEvent
                 * @static
                 * @param {tongbao.registry.v1.EncryptionKeyEvent.$Properties=} [properties] Properties to set
                 * @returns {tongbao.registry.v1.EncryptionKeyEvent} EncryptionKeyEvent instance
                 * @type {{
                 *   (properties: tongbao.registry.v1.EncryptionKeyEvent.$Shape): tongbao.registry.v1.EncryptionKeyEvent & tongbao.registry.v1.EncryptionKeyEvent.$Shape;
                 *   (properties?: tongbao.registry.v1.EncryptionKeyEvent.$Properties): tongbao.registry.v1.EncryptionKeyEvent;
                 * }}
                 */
                EncryptionKeyEvent.create = function(properties) {
                    return new EncryptionKeyEvent(properties);
                };

                /**
                 * Encodes the specified EncryptionKeyEvent message. Does not implicitly {@link tongbao.registry.v1.EncryptionKeyEvent.verify|verify} messages.
                 * @function encode
                 * @memberof tongbao.registry.v1.EncryptionKeyEvent
                 * @static
                 * @param {tongbao.registry.v1.EncryptionKeyEvent.$Properties} message EncryptionKeyEvent message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                EncryptionKeyEvent.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.kind != null && $Object.hasOwnProperty.call(message, "kind") && message.kind !== 0)
                        writer.uint32(/* id 1, wireType 0 =*/8).int32(message.kind);
                    if (message.key != null && $Object.hasOwnProperty.call(message, "key"))
                        $root.tongbao.registry.v1.EncryptionKey.encode(message.key, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                    if (message.reason != null && $Object.hasOwnProperty.call(message, "reason") && message.reason !== "")
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.reason);
                    if (message.time != null && $Object.hasOwnProperty.call(message, "time"))
                        $root.google.protobuf.Timestamp.encode(message.time, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                    if (message.actor != null && $Object.hasOwnProperty.call(message, "actor") && message.actor !== "")
                        writer.uint32(/* id 5, wireType 2 =*/42).string(message.actor);
                    if (message.previousKeyId != null && $Object.hasOwnProperty.call(message, "previousKeyId") && message.previousKeyId !== "")
                        writer.uint32(/* id 6, wireType 2 =*/50).string(message.previousKeyId);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes an EncryptionKeyEvent message from the specified reader or buffer.
                 * @function decode
                 * @memberof tongbao.registry.v1.EncryptionKeyEvent
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {tongbao.registry.v1.EncryptionKeyEvent & tongbao.registry.v1.EncryptionKeyEvent.$Shape} EncryptionKeyEvent
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                EncryptionKeyEvent.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.tongbao.registry.v1.EncryptionKeyEvent();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    throw $Error("invalid wire type " + wireType + " for field " + tag);
                                if (value = reader.int32())
                                    message.kind = value;
                                else
                                    delete message.kind;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    throw $Error("invalid wire type " + wireType + " for field " + tag);
                                message.key = $root.tongbao.registry.v1.EncryptionKey.decode(reader, reader.size(), $undefined, _depth + 1, message.key);
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    throw $Error("invalid wire type " + wireType + " for field " + tag);
                                if ((value = reader.stringVerify()).length)
                                    message.reason = value;
                                else
                                    delete message.reason;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    throw $Error("invalid wire type " + wireType + " for field " + tag);
                                message.time = $root.google.protobuf.Timestamp.decode(reader, reader.size(), $undefined, _depth + 1, message.time);
                                continue;
                            }
                        case 5: {
                                if (wireType !== 2)
                                    throw $Error("invalid wire type " + wireType + " for field " + tag);
                                if ((value = reader.stringVerify()).length)
                                    message.actor = value;
                                else
                                    delete message.actor;
                                continue;
                            }
                        case 6: {
                                if (wireType !== 2)
                                    throw $Error("invalid wire type " + wireType + " for field " + tag);
                                if ((value = reader.stringVerify()).length)
                                    message.previousKeyId = value;
                                else
                                    delete message.previousKeyId;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Gets the type url for EncryptionKeyEvent
                 * @function getTypeUrl
                 * @memberof tongbao.registry.v1.EncryptionKeyEvent
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                EncryptionKeyEvent.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/tongbao.registry.v1.EncryptionKeyEvent";
                };

                return EncryptionKeyEvent;
            })();

            /**
             * Key agreement of an encryption key (密钥协商算法).
             * @name tongbao.registry.v1.EncryptionAlgorithm
             * @enum {number}
             * @property {number} ENCRYPTION_ALGORITHM_UNSPECIFIED=0 Not set; such a key is rejected.
             * @property {number} ENCRYPTION_ALGORITHM_X25519=1 X25519 (RFC 7748).
             */
            v1.EncryptionAlgorithm = (function() {
                const valuesById = $Object.create(null), values = $Object.create(valuesById);
                values[valuesById[0] = "ENCRYPTION_ALGORITHM_UNSPECIFIED"] = 0;
                values[valuesById[1] = "ENCRYPTION_ALGORITHM_X25519"] = 1;
                return values;
            })();

            return v1;
        })();

        return registry;
    })();

    tongbao.response = (function() {

        /**
         * Namespace response.
         * @memberof tongbao
         * @namespace
         */
        const response = {};

        response.v1 = (function() {

            /**
             * Namespace v1.
             * @memberof tongbao.response
             * @namespace
             */
            const v1 = {};

            v1.EmergencyResponse = (function() {

                /**
                 * Properties of an EmergencyResponse.
                 * @typedef {Object} tongbao.response.v1.EmergencyResponse.$Properties
                 * @property {tongbao.common.v1.ResponseAction|null} [action] What this message does: start, adjust or end.
                 * @property {tongbao.common.v1.ResponseLevel|null} [level] Response level (响应级别).
                 * @property {string|null} [documentNumber] Document number (文号); may be empty.
                 * @property {string|null} [title] Title (标题).
                 * @property {string|null} [incidentId] IncidentReport.incident_id of the incident responded to; empty for a
                 * response to a warning or a drill scenario.
                 * @property {string|null} [situation] Situation in words (事态描述).
                 * @property {tongbao.common.v1.Scope.$Properties|null} [scope] Who and what the response covers (响应范围).
                 * @property {google.protobuf.Timestamp.$Properties|null} [effectiveTime] When the action takes effect (生效时间).
                 * @property {string|null} [commandBody] Command body (应急指挥机构), e.g. "工业互联网安全应急指挥部".
                 * @property {tongbao.common.v1.Person.$Properties|null} [commander] Person in command (指挥长).
                 * @property {Array.<tongbao.response.v1.CoordinationRequest.$Properties>|null} [coordinationRequests] Requests to named organisations (协调请求).
                 * @property {Array.<string>|null} [requirements] Requirements on all participants, one per entry (工作要求), e.g. 24-hour duty.
                 * @property {google.protobuf.Duration.$Properties|null} [reportingInterval] How often participants must report progress while the response runs (报告频次).
                 * @property {string|null} [reason] Why the response is adjusted or ended (调整或结束理由); empty for START.
                 * @property {string|null} [responseId] Header.id of the START message of the response this ADJUST or END changes
                 * (被调整或结束的响应); required for ADJUST and END, empty for START.
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of an EmergencyResponse.
                 * @memberof tongbao.response.v1
                 * @interface IEmergencyResponse
                 * @augments tongbao.response.v1.EmergencyResponse.$Properties
                 * @deprecated Use tongbao.response.v1.EmergencyResponse.$Properties instead.
                 */

                /**
                 * Shape of an EmergencyResponse.
                 * @typedef {tongbao.response.v1.EmergencyResponse.$Properties} tongbao.response.v1.EmergencyResponse.$Shape
                 */

                /**
                 * Constructs a new EmergencyResponse.
                 * @memberof tongbao.response.v1
                 * @classdesc Start, adjustment or end of an emergency response. ADJUST and END name the
                 * START in response_id and reference it in the header with REFERENCE_KIND_UPDATE.
                 * @constructor
                 * @param {tongbao.response.v1.EmergencyResponse.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const EmergencyResponse = function (properties) {
                    this.coordinationRequests = [];
                    this.requirements = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * What this message does: start, adjust or end.
                 * @member {tongbao.common.v1.ResponseAction} action
                 * @memberof tongbao.response.v1.EmergencyResponse
                 * @instance
                 */
                EmergencyResponse.prototype.action = 0;

                /**
                 * Response level (响应级别).
                 * @member {tongbao.common.v1.ResponseLevel} level
                 * @memberof tongbao.response.v1.EmergencyResponse
                 * @instance
                 */
                EmergencyResponse.prototype.level = 0;

                /**
                 * Document number (文号); may be empty.
                 * @member {string} documentNumber
                 * @memberof tongbao.response.v1.EmergencyResponse
                 * @instance
                 */
                EmergencyResponse.prototype.documentNumber = "";

                /**
                 * Title (标题).
                 * @member {string} title
                 * @memberof tongbao.response.v1.EmergencyResponse
                 * @instance
                 */
                EmergencyResponse.prototype.title = "";

                /**
                 * IncidentReport.incident_id of the incident responded to; empty for a
                 * response to a warning or a drill scenario.
                 * @member {string} incidentId
                 * @memberof tongbao.response.v1.EmergencyResponse
                 * @instance
                 */
                EmergencyResponse.prototype.incidentId = "";

                /**
                 * Situation in words (事态描述).
                 * @member {string} situation
                 * @memberof tongbao.response.v1.EmergencyResponse
                 * @instance
                 */
                EmergencyResponse.prototype.situation = "";

                /**
                 * Who and what the response covers (响应范围).
                 * @member {tongbao.common.v1.Scope.$Properties|null|undefined} scope
                 * @memberof tongbao.response.v1.EmergencyResponse
                 * @instance
                 */
                EmergencyResponse.prototype.scope = null;

                /**
                 * When the action takes effect (生效时间).
                 * @member {google.protobuf.Timestamp.$Properties|null|undefined} effectiveTime
                 * @memberof tongbao.response.v1.EmergencyResponse
                 * @instance
                 */
                EmergencyResponse.prototype.effectiveTime = null;

                /**
                 * Command body (应急指挥机构), e.g. "工业互联网安全应急指挥部".
                 * @member {string} commandBody
                 * @memberof tongbao.response.v1.EmergencyResponse
                 * @instance
                 */
                EmergencyResponse.prototype.commandBody = "";

                /**
                 * Person in command (指挥长).
                 * @member {tongbao.common.v1.Person.$Properties|null|undefined} commander
                 * @memberof tongbao.response.v1.EmergencyResponse
                 * @instance
                 */
                EmergencyResponse.prototype.commander = null;

                /**
                 * Requests to named organisations (协调请求).
                 * @member {Array.<tongbao.response.v1.CoordinationRequest.$Properties>} coordinationRequests
                 * @memberof tongbao.response.v1.EmergencyResponse
                 * @instance
                 */
                EmergencyResponse.prototype.coordinationRequests = $util.emptyArray;

                /**
                 * Requirements on all participants, one per entry (工作要求), e.g. 24-hour duty.
                 * @member {Array.<string>} requirements
                 * @memberof tongbao.response.v1.EmergencyResponse
                 * @instance
                 */
                EmergencyResponse.prototype.requirements = $util.emptyArray;

                /**
                 * How often participants must report progress while the response runs (报告频次).
                 * @member {google.protobuf.Duration.$Properties|null|undefined} reportingInterval
                 * @memberof tongbao.response.v1.EmergencyResponse
                 * @instance
                 */
                EmergencyResponse.prototype.reportingInterval = null;

                /**
                 * Why the response is adjusted or ended (调整或结束理由); empty for START.
                 * @member {string} reason
                 * @memberof tongbao.response.v1.EmergencyResponse
                 * @instance
                 */
                EmergencyResponse.prototype.reason = "";

                /**
                 * Header.id of the START message of the response this ADJUST or END changes
                 * (被调整或结束的响应); required for ADJUST and END, empty for START.
                 * @member {string} responseId
                 * @memberof tongbao.response.v1.EmergencyResponse
                 * @instance
                 */
                EmergencyResponse.prototype.responseId = "";

                /**
                 * Creates a new EmergencyResponse instance using the specified properties.
                 * @function create
                 * @memberof tongbao.response.v1.EmergencyResponse
                 * @static
                 * @param {tongbao.response.v1.EmergencyResponse.$Properties=} [properties] Properties to set
                 * @returns {tongbao.response.v1.EmergencyResponse} EmergencyResponse instance
                 * @type {{
                 *   (properties: tongbao.response.v1.EmergencyResponse.$Shape): tongbao.response.v1.EmergencyResponse & tongbao.response.v1.EmergencyResponse.$Shape;
                 *   (properties?: tongbao.response.v1.EmergencyResponse.$Properties): tongbao.response.v1.EmergencyResponse;
                 * }}
                 */
                EmergencyResponse.create = function(properties) {
                    return new EmergencyResponse(properties);
                };

                /**
                 * Encodes the specified EmergencyResponse message. Does not implicitly {@link tongbao.response.v1.EmergencyResponse.verify|verify} messages.
                 * @function encode
                 * @memberof tongbao.response.v1.EmergencyResponse
                 * @static
                 * @param {tongbao.response.v1.EmergencyResponse.$Properties} message EmergencyResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                EmergencyResponse.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.action != null && $Object.hasOwnProperty.call(message, "action") && message.action !== 0)
                        writer.uint32(/* id 1, wireType 0 =*/8).int32(message.action);
                    if (message.level != null && $Object.hasOwnProperty.call(message, "level") && message.level !== 0)
                        writer.uint32(/* id 2, wireType 0 =*/16).int32(message.level);
                    if (message.documentNumber != null && $Object.hasOwnProperty.call(message, "documentNumber") && message.documentNumber !== "")
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.documentNumber);
                    if (message.title != null && $Object.hasOwnProperty.call(message, "title") && message.title !== "")
                        writer.uint32(/* id 4, wireType 2 =*/34).string(message.title);
                    if (message.incidentId != null && $Object.hasOwnProperty.call(message, "incidentId") && message.incidentId !== "")
                        writer.uint32(/* id 5, wireType 2 =*/42).string(message.incidentId);
                    if (message.situation != null && $Object.hasOwnProperty.call(message, "situation") && message.situation !== "")
                        writer.uint32(/* id 6, wireType 2 =*/50).string(message.situation);
                    if (message.scope != null && $Object.hasOwnProperty.call(message, "scope"))
                        $root.tongbao.common.v1.Scope.encode(message.scope, writer.uint32(/* id 7, wireType 2 =*/58).fork(), _depth + 1).ldelim();
                    if (message.effectiveTime != null && $Object.hasOwnProperty.call(message, "effectiveTime"))
                        $root.google.protobuf.Timestamp.encode(message.effectiveTime, writer.uint32(/* id 8, wireType 2 =*/66).fork(), _depth + 1).ldelim();
                    if (message.commandBody != null && $Object.hasOwnProperty.call(message, "commandBody") && message.commandBody !== "")
                        writer.uint32(/* id 9, wireType 2 =*/74).string(message.commandBody);
                    if (message.commander != null && $Object.hasOwnProperty.call(message, "commander"))
                        $root.tongbao.common.v1.Person.encode(message.commander, writer.uint32(/* id 10, wireType 2 =*/82).fork(), _depth + 1).ldelim();
                    if (message.coordinationRequests != null && message.coordinationRequests.length)
                        for (let i = 0; i < message.coordinationRequests.length; ++i)
                            $root.tongbao.response.v1.CoordinationRequest.encode(message.coordinationRequests[i], writer.uint32(/* id 11, wireType 2 =*/90).fork(), _depth + 1).ldelim();
                    if (message.requirements != null && message.requirements.length)
                        for (let i = 0; i < message.requirements.length; ++i)
                            writer.uint32(/* id 12, wireType 2 =*/98).string(message.requirements[i]);
                    if (message.reportingInterval != null && $Object.hasOwnProperty.call(message, "reportingInterval"))
                        $root.google.protobuf.Duration.encode(message.reportingInterval, writer.uint32(/* id 13, wireType 2 =*/106).fork(), _depth + 1).ldelim();
                    if (message.reason != null && $Object.hasOwnProperty.call(message, "reason") && message.reason !== "")
                        writer.uint32(/* id 14, wireType 2 =*/114).string(message.reason);
                    if (message.responseId != null && $Object.hasOwnProperty.call(message, "responseId") && message.responseId !== "")
                        writer.uint32(/* id 15, wireType 2 =*/122).string(message.responseId);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes an EmergencyResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof tongbao.response.v1.EmergencyResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {tongbao.response.v1.EmergencyResponse & tongbao.response.v1.EmergencyResponse.$Shape} EmergencyResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                EmergencyResponse.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.tongbao.response.v1.EmergencyResponse();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    throw $Error("invalid wire type " + wireType + " for field " + tag);
                                if (value = reader.int32())
                                    message.action = value;
                                else
                                    delete message.action;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    throw $Error("invalid wire type " + wireType + " for field " + tag);
                                if (value = reader.int32())
                                    message.level = value;
                                else
                                    delete message.level;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    throw $Error("invalid wire type " + wireType + " for field " + tag);
                                if ((value = reader.stringVerify()).length)
                                    message.documentNumber = value;
                                else
                                    delete message.documentNumber;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    throw $Error("invalid wire type " + wireType + " for field " + tag);
                                if ((value = reader.stringVerify()).length)
                                    message.title = value;
                                else
                                    delete message.title;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 2)
                                    throw $Error("invalid wire type " + wireType + " for field " + tag);
                                if ((value = reader.stringVerify()).length)
                                    message.incidentId = value;
                                else
                                    delete message.incidentId;
                                continue;
                            }
                        case 6: {
                                if (wireType !== 2)
                                    throw $Error("invalid wire type " + wireType + " for field " + tag);
                                if ((value = reader.stringVerify()).length)
                                    message.situation = value;
                                else
                                    delete message.situation;
                                continue;
                            }
                        case 7: {
                                if (wireType !== 2)
                                    throw $Error("invalid wire type " + wireType + " for field " + tag);
                                message.scope = $root.tongbao.common.v1.Scope.decode(reader, reader.size(), $undefined, _depth + 1, message.scope);
                                continue;
                            }
                        case 8: {
                                if (wireType !== 2)
                                    throw $Error("invalid wire type " + wireType + " for field " + tag);
                                message.effectiveTime = $root.google.protobuf.Timestamp.decode(reader, reader.size(), $undefined, _depth + 1, message.effectiveTime);
                                continue;
                            }
                        case 9: {
                                if (wireType !== 2)
                                    throw $Error("invalid wire type " + wireType + " for field " + tag);
                                if ((value = reader.stringVerify()).length)
                                    message.commandBody = value;
                                else
                                    delete message.commandBody;
                                continue;
                            }
                        case 10: {
                                if (wireType !== 2)
                                    throw $Error("invalid wire type " + wireType + " for field " + tag);
                                message.commander = $root.tongbao.common.v1.Person.decode(reader, reader.size(), $undefined, _depth + 1, message.commander);
                                continue;
                            }
                        case 11: {
                                if (wireType !== 2)
                                    throw $Error("invalid wire type " + wireType + " for field " + tag);
                                if (!(message.coordinationRequests && message.coordinationRequests.length))
                                    message.coordinationRequests = [];
                                message.coordinationRequests.push($root.tongbao.response.v1.CoordinationRequest.decode(reader, reader.size(), $undefined, _depth + 1));
                                continue;
                            }
                        case 12: {
                                if (wireType !== 2)
                                    throw $Error("invalid wire type " + wireType + " for field " + tag);
                                if (!(message.requirements && message.requirements.length))
                                    message.requirements = [];
                                message.requirements.push(reader.stringVerify());
                                continue;
                            }
                        case 13: {
                                if (wireType !== 2)
                                    throw $Error("invalid wire type " + wireType + " for field " + tag);
                                message.reportingInterval = $root.google.protobuf.Duration.decode(reader, reader.size(), $undefined, _depth + 1, message.reportingInterval);
                                continue;
                            }
                        case 14: {
                                if (wireType !== 2)
                                    throw $Error("invalid wire type " + wireType + " for field " + tag);
                                if ((value = reader.stringVerify()).length)
                                    message.reason = value;
                                else
                                    delete message.reason;
                                continue;
                            }
                        case 15: {
                                if (wireType !== 2)
                                    throw $Error("invalid wire type " + wireType + " for field " + tag);
                                if ((value = reader.stringVerify()).length)
                                    message.responseId = value;
                                else
                                    delete message.responseId;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Gets the type url for EmergencyResponse
                 * @function getTypeUrl
                 * @memberof tongbao.response.v1.EmergencyResponse
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                EmergencyResponse.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/tongbao.response.v1.EmergencyResponse";
                };

                return EmergencyResponse;
            })();

            v1.CoordinationRequest = (function() {

                /**
                 * Properties of a CoordinationRequest.
                 * @typedef {Object} tongbao.response.v1.CoordinationRequest.$Properties
                 * @property {string|null} [orgId] Registry id of the organisation asked.
                 * @property {string|null} [request] What is asked (请求内容).
                 * @property {google.protobuf.Timestamp.$Properties|null} [deadline] When it is needed by (时限); unset means at once.
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a CoordinationRequest.
                 * @memberof tongbao.response.v1
                 * @interface ICoordinationRequest
                 * @augments tongbao.response.v1.CoordinationRequest.$Properties
                 * @deprecated Use tongbao.response.v1.CoordinationRequest.$Properties instead.
                 */

                /**
                 * Shape of a CoordinationRequest.
                 * @typedef {tongbao.response.v1.CoordinationRequest.$Properties} tongbao.response.v1.CoordinationRequest.$Shape
                 */

                /**
                 * Constructs a new CoordinationRequest.
                 * @memberof tongbao.response.v1
                 * @classdesc A request for help or action from one organisation (协调请求).
                 * @constructor
                 * @param {tongbao.response.v1.CoordinationRequest.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const CoordinationRequest = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Registry id of the organisation asked.
                 * @member {string} orgId
                 * @memberof tongbao.response.v1.CoordinationRequest
                 * @instance
                 */
                CoordinationRequest.prototype.orgId = "";

                /**
                 * What is asked (请求内容).
                 * @member {string} request
                 * @memberof tongbao.response.v1.CoordinationRequest
                 * @instance
                 */
                CoordinationRequest.prototype.request = "";

                /**
                 * When it is needed by (时限); unset means at once.
                 * @member {google.protobuf.Timestamp.$Properties|null|undefined} deadline
                 * @memberof tongbao.response.v1.CoordinationRequest
                 * @instance
                 */
                CoordinationRequest.prototype.deadline = null;

                /**
                 * Creates a new CoordinationRequest instance using the specified properties.
                 * @function create
                 * @memberof tongbao.response.v1.CoordinationRequest
                 * @static
                 * @param {tongbao.response.v1.CoordinationRequest.$Properties=} [properties] Properties to set
                 * @returns {tongbao.response.v1.CoordinationRequest} CoordinationRequest instance
                 * @type {{
                 *   (properties: tongbao.response.v1.CoordinationRequest.$Shape): tongbao.response.v1.CoordinationRequest & tongbao.response.v1.CoordinationRequest.$Shape;
                 *   (properties?: tongbao.response.v1.CoordinationRequest.$Properties): tongbao.response.v1.CoordinationRequest;
                 * }}
                 */
                CoordinationRequest.create = function(properties) {
                    return new CoordinationRequest(properties);
                };

                /**
                 * Encodes the specified CoordinationRequest message. Does not implicitly {@link tongbao.response.v1.CoordinationRequest.verify|verify} messages.
                 * @function encode
                 * @memberof tongbao.response.v1.CoordinationRequest
                 * @static
                 * @param {tongbao.response.v1.CoordinationRequest.$Properties} message CoordinationRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                CoordinationRequest.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.orgId != null && $Object.hasOwnProperty.call(message, "orgId") && message.orgId !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.orgId);
                    if (message.request != null && $Object.hasOwnProperty.call(message, "request") && message.request !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.request);
                    if (message.deadline != null && $Object.hasOwnProperty.call(message, "deadline"))
                        $root.google.protobuf.Timestamp.encode(message.deadline, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a CoordinationRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof tongbao.response.v1.CoordinationRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {tongbao.response.v1.CoordinationRequest & tongbao.response.v1.CoordinationRequest.$Shape} CoordinationRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                CoordinationRequest.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.tongbao.response.v1.CoordinationRequest();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    throw $Error("invalid wire type " + wireType + " for field " + tag);
                                if ((value = reader.stringVerify()).length)
                                    message.orgId = value;
                                else
                                    delete message.orgId;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    throw $Error("invalid wire type " + wireType + " for field " + tag);
                                if ((value = reader.stringVerify()).length)
                                    message.request = value;
                                else
                                    delete message.request;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    throw $Error("invalid wire type " + wireType + " for field " + tag);
                                message.deadline = $root.google.protobuf.Timestamp.decode(reader, reader.size(), $undefined, _depth + 1, message.deadline);
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Gets the type url for CoordinationRequest
                 * @function getTypeUrl
                 * @memberof tongbao.response.v1.CoordinationRequest
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                CoordinationRequest.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/tongbao.response.v1.CoordinationRequest";
                };

                return CoordinationRequest;
            })();

            return v1;
        })();

        return response;
    })();

    tongbao.vulnerability = (function() {

        /**
         * Namespace vulnerability.
         * @memberof tongbao
         * @namespace
         */
        const vulnerability = {};

        vulnerability.v1 = (function() {

            /**
             * Namespace v1.
             * @memberof tongbao.vulnerability
             * @namespace
             */
            const v1 = {};

            v1.VulnerabilityNotice = (function() {

                /**
                 * Properties of a VulnerabilityNotice.
                 * @typedef {Object} tongbao.vulnerability.v1.VulnerabilityNotice.$Properties
                 * @property {string|null} [documentNumber] Document number (文号); may be empty.
                 * @property {string|null} [title] Title (标题), e.g. "关于某型PLC存在远程代码执行漏洞的通报".
                 * @property {string|null} [description] Description of the vulnerability (漏洞描述).
                 * @property {Array.<tongbao.vulnerability.v1.VulnerabilityIdentifier.$Properties>|null} [identifiers] Identifiers in public and national databases; at least one is expected.
                 * @property {Array.<tongbao.vulnerability.v1.AffectedProduct.$Properties>|null} [products] Affected products and versions (影响产品).
                 * @property {tongbao.common.v1.Severity|null} [severity] Severity (危害等级).
                 * @property {number|null} [cvssScore] CVSS base score, 0.0 to 10.0; absent if not scored.
                 * @property {string|null} [cvssVector] CVSS vector, e.g. "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H".
                 * @property {string|null} [cweId] CWE weakness id, e.g. "CWE-787".
                 * @property {tongbao.vulnerability.v1.ExploitStatus|null} [exploitStatus] What is known about exploitation (利用情况).
                 * @property {tongbao.common.v1.Scope.$Properties|null} [affectedScope] Affected sectors and regions (影响范围).
                 * @property {string|null} [mitigation] Mitigation and remediation advice (处置建议).
                 * @property {boolean|null} [patchAvailable] Whether the vendor has released a fix (是否有补丁).
                 * @property {google.protobuf.Timestamp.$Properties|null} [publishedTime] When the vulnerability was first made public, if it has been (公开时间).
                 * @property {tongbao.vulnerability.v1.DisclosureConstraints.$Properties|null} [disclosure] Limits on disclosure by recipients (披露限制).
                 * @property {Array.<string>|null} [referenceUrls] Vendor advisories and other sources (参考链接).
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a VulnerabilityNotice.
                 * @memberof tongbao.vulnerability.v1
                 * @interface IVulnerabilityNotice
                 * @augments tongbao.vulnerability.v1.VulnerabilityNotice.$Properties
                 * @deprecated Use tongbao.vulnerability.v1.VulnerabilityNotice.$Properties instead.
                 */

                /**
                 * Shape of a VulnerabilityNotice.
                 * @typedef {tongbao.vulnerability.v1.VulnerabilityNotice.$Properties} tongbao.vulnerability.v1.VulnerabilityNotice.$Shape
                 */

                /**
                 * Constructs a new VulnerabilityNotice.
                 * @memberof tongbao.vulnerability.v1
                 * @classdesc A notice about a vulnerability in a product used in industrial systems.
                 * @constructor
                 * @param {tongbao.vulnerability.v1.VulnerabilityNotice.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const VulnerabilityNotice = function (properties) {
                    this.identifiers = [];
                    this.products = [];
                    this.referenceUrls = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Document number (文号); may be empty.
                 * @member {string} documentNumber
                 * @memberof tongbao.vulnerability.v1.VulnerabilityNotice
                 * @instance
                 */
                VulnerabilityNotice.prototype.documentNumber = "";

                /**
                 * Title (标题), e.g. "关于某型PLC存在远程代码执行漏洞的通报".
                 * @member {string} title
                 * @memberof tongbao.vulnerability.v1.VulnerabilityNotice
                 * @instance
                 */
                VulnerabilityNotice.prototype.title = "";

                /**
                 * Description of the vulnerability (漏洞描述).
                 * @member {string} description
                 * @memberof tongbao.vulnerability.v1.VulnerabilityNotice
                 * @instance
                 */
                VulnerabilityNotice.prototype.description = "";

                /**
                 * Identifiers in public and national databases; at least one is expected.
                 * @member {Array.<tongbao.vulnerability.v1.VulnerabilityIdentifier.$Properties>} identifiers
                 * @memberof tongbao.vulnerability.v1.VulnerabilityNotice
                 * @instance
                 */
                VulnerabilityNotice.prototype.identifiers = $util.emptyArray;

                /**
                 * Affected products and versions (影响产品).
                 * @member {Array.<tongbao.vulnerability.v1.AffectedProduct.$Properties>} products
                 * @memberof tongbao.vulnerability.v1.VulnerabilityNotice
                 * @instance
                 */
                VulnerabilityNotice.prototype.products = $util.emptyArray;

                /**
                 * Severity (危害等级).
                 * @member {tongbao.common.v1.Severity} severity
                 * @memberof tongbao.vulnerability.v1.VulnerabilityNotice
                 * @instance
                 */
                VulnerabilityNotice.prototype.severity = 0;

                /**
                 * CVSS base score, 0.0 to 10.0; absent if not scored.
                 * @member {number|null|undefined} cvssScore
                 * @memberof tongbao.vulnerability.v1.VulnerabilityNotice
                 * @instance
                 */
                VulnerabilityNotice.prototype.cvssScore = null;

                /**
                 * CVSS vector, e.g. "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H".
                 * @member {string} cvssVector
                 * @memberof tongbao.vulnerability.v1.VulnerabilityNotice
                 * @instance
                 */
                VulnerabilityNotice.prototype.cvssVector = "";

                /**
                 * CWE weakness id, e.g. "CWE-787".
                 * @member {string} cweId
                 * @memberof tongbao.vulnerability.v1.VulnerabilityNotice
                 * @instance
                 */
                VulnerabilityNotice.prototype.cweId = "";

                /**
                 * What is known about exploitation (利用情况).
                 * @member {tongbao.vulnerability.v1.ExploitStatus} exploitStatus
                 * @memberof tongbao.vulnerability.v1.VulnerabilityNotice
                 * @instance
                 */
                VulnerabilityNotice.prototype.exploitStatus = 0;

                /**
                 * Affected sectors and regions (影响范围).
                 * @member {tongbao.common.v1.Scope.$Properties|null|undefined} affectedScope
                 * @memberof tongbao.vulnerability.v1.VulnerabilityNotice
                 * @instance
                 */
                VulnerabilityNotice.prototype.affectedScope = null;

                /**
                 * Mitigation and remediation advice (处置建议).
                 * @member {string} mitigation
                 * @memberof tongbao.vulnerability.v1.VulnerabilityNotice
                 * @instance
                 */
                VulnerabilityNotice.prototype.mitigation = "";

                /**
                 * Whether the vendor has released a fix (是否有补丁).
                 * @member {boolean} patchAvailable
                 * @memberof tongbao.vulnerability.v1.VulnerabilityNotice
                 * @instance
                 */
                VulnerabilityNotice.prototype.patchAvailable = false;

                /**
                 * When the vulnerability was first made public, if it has been (公开时间).
                 * @member {google.protobuf.Timestamp.$Properties|null|undefined} publishedTime
                 * @memberof tongbao.vulnerability.v1.VulnerabilityNotice
                 * @instance
                 */
                VulnerabilityNotice.prototype.publishedTime = null;

                /**
                 * Limits on disclosure by recipients (披露限制).
                 * @member {tongbao.vulnerability.v1.DisclosureConstraints.$Properties|null|undefined} disclosure
                 * @memberof tongbao.vulnerability.v1.VulnerabilityNotice
                 * @instance
                 */
                VulnerabilityNotice.prototype.disclosure = null;

                /**
                 * Vendor advisories and other sources (参考链接).
                 * @member {Array.<string>} referenceUrls
                 * @memberof tongbao.vulnerability.v1.VulnerabilityNotice
                 * @instance
                 */
                VulnerabilityNotice.prototype.referenceUrls = $util.emptyArray;

                // OneOf field names bound to virtual getters and setters
                let $oneOfFields;

                // Virtual OneOf for proto3 optional field
                $Object.defineProperty(VulnerabilityNotice.prototype, "_cvssScore", {
                    get: $util.oneOfGetter($oneOfFields = ["cvssScore"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                /**
                 * Creates a new VulnerabilityNotice instance using the specified properties.
                 * @function create
                 * @memberof tongbao.vulnerability.v1.VulnerabilityNotice
                 * @static
                 * @param {tongbao.vulnerability.v1.VulnerabilityNotice.$Properties=} [properties] Properties to set
                 * @returns {tongbao.vulnerability.v1.VulnerabilityNotice} VulnerabilityNotice instance
                 * @type {{
                 *   (properties: tongbao.vulnerability.v1.VulnerabilityNotice.$Shape): tongbao.vulnerability.v1.VulnerabilityNotice & tongbao.vulnerability.v1.VulnerabilityNotice.$Shape;
                 *   (properties?: tongbao.vulnerability.v1.VulnerabilityNotice.$Properties): tongbao.vulnerability.v1.VulnerabilityNotice;
                 * }}
                 */
                VulnerabilityNotice.create = function(properties) {
                    return new VulnerabilityNotice(properties);
                };

                /**
                 * Encodes the specified VulnerabilityNotice message. Does not implicitly {@link tongbao.vulnerability.v1.VulnerabilityNotice.verify|verify} messages.
                 * @function encode
                 * @memberof tongbao.vulnerability.v1.VulnerabilityNotice
                 * @static
                 * @param {tongbao.vulnerability.v1.VulnerabilityNotice.$Properties} message VulnerabilityNotice message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                VulnerabilityNotice.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.documentNumber != null && $Object.hasOwnProperty.call(message, "documentNumber") && message.documentNumber !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.documentNumber);
                    if (message.title != null && $Object.hasOwnProperty.call(message, "title") && message.title !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.title);
                    if (message.description != null && $Object.hasOwnProperty.call(message, "description") && message.description !== "")
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.description);
                    if (message.identifiers != null && message.identifiers.length)
                        for (let i = 0; i < message.identifiers.length; ++i)
                            $root.tongbao.vulnerability.v1.VulnerabilityIdentifier.encode(message.identifiers[i], writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                    if (message.products != null && message.products.length)
                        for (let i = 0; i < message.products.length; ++i)
                            $root.tongbao.vulnerability.v1.AffectedProduct.encode(message.products[i], writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
                    if (message.severity != null && $Object.hasOwnProperty.call(message, "severity") && message.severity !== 0)
                        writer.uint32(/* id 6, wireType 0 =*/48).int32(message.severity);
                    if (message.cvssScore != null && $Object.hasOwnProperty.call(message, "cvssScore"))
                        writer.uint32(/* id 7, wireType 1 =*/57).double(message.cvssScore);
                    if (message.cvssVector != null && $Object.hasOwnProperty.call(message, "cvssVector") && message.cvssVector !== "")
                        writer.uint32(/* id 8, wireType 2 =*/66).string(message.cvssVector);
                    if (message.cweId != null && $Object.hasOwnProperty.call(message, "cweId") && message.cweId !== "")
                        writer.uint32(/* id 9, wireType 2 =*/74).string(message.cweId);
                    if (message.exploitStatus != null && $Object.hasOwnProperty.call(message, "exploitStatus") && message.exploitStatus !== 0)
                        writer.uint32(/* id 10, wireType 0 =*/80).int32(message.exploitStatus);
                    if (message.affectedScope != null && $Object.hasOwnProperty.call(message, "affectedScope"))
                        $root.tongbao.common.v1.Scope.encode(message.affectedScope, writer.uint32(/* id 11, wireType 2 =*/90).fork(), _depth + 1).ldelim();
                    if (message.mitigation != null && $Object.hasOwnProperty.call(message, "mitigation") && message.mitigation !== "")
                        writer.uint32(/* id 12, wireType 2 =*/98).string(message.mitigation);
                    if (message.patchAvailable != null && $Object.hasOwnProperty.call(message, "patchAvailable") && message.patchAvailable !== false)
                        writer.uint32(/* id 13, wireType 0 =*/104).bool(message.patchAvailable);
                    if (message.publishedTime != null && $Object.hasOwnProperty.call(message, "publishedTime"))
                        $root.google.protobuf.Timestamp.encode(message.publishedTime, writer.uint32(/* id 14, wireType 2 =*/114).fork(), _depth + 1).ldelim();
                    if (message.disclosure != null && $Object.hasOwnProperty.call(message, "disclosure"))
                        $root.tongbao.vulnerability.v1.DisclosureConstraints.encode(message.disclosure, writer.uint32(/* id 15, wireType 2 =*/122).fork(), _depth + 1).ldelim();
                    if (message.referenceUrls != null && message.referenceUrls.length)
                        for (let i = 0; i < message.referenceUrls.length; ++i)
                            writer.uint32(/* id 16, wireType 2 =*/130).string(message.referenceUrls[i]);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a VulnerabilityNotice message from the specified reader or buffer.
                 * @function decode
                 * @memberof tongbao.vulnerability.v1.VulnerabilityNotice
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {tongbao.vulnerability.v1.VulnerabilityNotice & tongbao.vulnerability.v1.VulnerabilityNotice.$Shape} VulnerabilityNotice
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                VulnerabilityNotice.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.tongbao.vulnerability.v1.VulnerabilityNotice();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    throw $Error("invalid wire type " + wireType + " for field " + tag);
                                if ((value = reader.stringVerify()).length)
                                    message.documentNumber = value;
                                else
                                    delete message.documentNumber;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    throw $Error("invalid wire type " + wireType + " for field " + tag);
                                if ((value = reader.stringVerify()).length)
                                    message.title = value;
                                else
                                    delete message.title;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    throw $Error("invalid wire type " + wireType + " for field " + tag);
                                if ((value = reader.stringVerify()).length)
                                    message.description = value;
                                else
                                    delete message.description;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    throw $Error("invalid wire type " + wireType + " for field " + tag);
                                if (!(message.identifiers && message.identifiers.length))
                                    message.identifiers = [];
                                message.identifiers.push($root.tongbao.vulnerability.v1.VulnerabilityIdentifier.decode(reader, reader.size(), $undefined, _depth + 1));
                                continue;
                            }
                        case 5: {
                                if (wireType !== 2)
                                    throw $Error("invalid wire type " + wireType + " for field " + tag);
                                if (!(message.products && message.products.length))
                                    message.products = [];
                                message.products.push($root.tongbao.vulnerability.v1.AffectedProduct.decode(reader, reader.size(), $undefined, _depth + 1));
                                continue;
                            }
                        case 6: {
                                if (wireType !== 0)
                                    throw $Error("invalid wire type " + wireType + " for field " + tag);
                                if (value = reader.int32())
                                    message.severity = value;
                                else
                                    delete message.severity;
                                continue;
                            }
                        case 7: {
                                if (wireType !== 1)
                                    throw $Error("invalid wire type " + wireType + " for field " + tag);
                                message.cvssScore = reader.double();
                                message._cvssScore = "cvssScore";
                                continue;
                            }
                        case 8: {
                                if (wireType !== 2)
                                    throw $Error("invalid wire type " + wireType + " for field " + tag);
                                if ((value = reader.stringVerify()).length)
                                    message.cvssVector = value;
                                else
                                    delete message.cvssVector;
                                continue;
                            }
                        case 9: {
                                if (wireType !== 2)
                                    throw $Error("invalid wire type " + wireType + " for field " + tag);
                                if ((value = reader.stringVerify()).length)
                                    message.cweId = value;
                                else
                                    delete message.cweId;
                                continue;
                            }
                        case 10: {
                                if (wireType !== 0)
                                    throw $Error("invalid wire type " + wireType + " for field " + tag);
                                if (value = reader.int32())
                                    message.exploitStatus = value;
                                else
                                    delete message.exploitStatus;
                                continue;
                            }
                        case 11: {
                                if (wireType !== 2)
                                    throw $Error("invalid wire type " + wireType + " for field " + tag);
                                message.affectedScope = $root.tongbao.common.v1.Scope.decode(reader, reader.size(), $undefined, _depth + 1, message.affectedScope);
                                continue;
                            }
                        case 12: {
                                if (wireType !== 2)
                                    throw $Error("invalid wire type " + wireType + " for field " + tag);
                                if ((value = reader.stringVerify()).length)
                                    message.mitigation = value;
                                else
                                    delete message.mitigation;
                                continue;
                            }
                        case 13: {
                                if (wireType !== 0)
                                    throw $Error("invalid wire type " + wireType + " for field " + tag);
                                if (value = reader.bool())
                                    message.patchAvailable = value;
                                else
                                    delete message.patchAvailable;
                                continue;
                            }
                        case 14: {
                                if (wireType !== 2)
                                    throw $Error("invalid wire type " + wireType + " for field " + tag);
                                message.publishedTime = $root.google.protobuf.Timestamp.decode(reader, reader.size(), $undefined, _depth + 1, message.publishedTime);
                                continue;
                            }
                        case 15: {
                                if (wireType !== 2)
                                    throw $Error("invalid wire type " + wireType + " for field " + tag);
                                message.disclosure = $root.tongbao.vulnerability.v1.DisclosureConstraints.decode(reader, reader.size(), $undefined, _depth + 1, message.disclosure);
                                continue;
                            }
                        case 16: {
                                if (wireType !== 2)
                                    throw $Error("invalid wire type " + wireType + " for field " + tag);
                                if (!(message.referenceUrls && message.referenceUrls.length))
                                    message.referenceUrls = [];
                                message.referenceUrls.push(reader.stringVerify());
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Gets the type url for VulnerabilityNotice
                 * @function getTypeUrl
                 * @memberof tongbao.vulnerability.v1.VulnerabilityNotice
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                VulnerabilityNotice.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/tongbao.vulnerability.v1.VulnerabilityNotice";
                };

                return VulnerabilityNotice;
            })();

            v1.VulnerabilityIdentifier = (function() {

                /**
                 * Properties of a VulnerabilityIdentifier.
                 * @typedef {Object} tongbao.vulnerability.v1.VulnerabilityIdentifier.$Properties
                 * @property {tongbao.vulnerability.v1.IdentifierScheme|null} [scheme] Database that assigned the identifier.
                 * @property {string|null} [value] The identifier, e.g. "CVE-2024-3400", "CNVD-2024-12345".
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a VulnerabilityIdentifier.
                 * @memberof tongbao.vulnerability.v1
                 * @interface IVulnerabilityIdentifier
                 * @augments tongbao.vulnerability.v1.VulnerabilityIdentifier.$Properties
                 * @deprecated Use tongbao.vulnerability.v1.VulnerabilityIdentifier.$Properties instead.
                 */

                /**
                 * Shape of a VulnerabilityIdentifier.
                 * @typedef {tongbao.vulnerability.v1.VulnerabilityIdentifier.$Properties} tongbao.vulnerability.v1.VulnerabilityIdentifier.$Shape
                 */

                /**
                 * Constructs a new VulnerabilityIdentifier.
                 * @memberof tongbao.vulnerability.v1
                 * @classdesc An identifier of the vulnerability in one database (漏洞编号).
                 * @constructor
                 * @param {tongbao.vulnerability.v1.VulnerabilityIdentifier.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const VulnerabilityIdentifier = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Database that assigned the identifier.
                 * @member {tongbao.vulnerability.v1.IdentifierScheme} scheme
                 * @memberof tongbao.vulnerability.v1.VulnerabilityIdentifier
                 * @instance
                 */
                VulnerabilityIdentifier.prototype.scheme = 0;

                /**
                 * The identifier, e.g. "CVE-2024-3400", "CNVD-2024-12345".
                 * @member {string} value
                 * @memberof tongbao.vulnerability.v1.VulnerabilityIdentifier
                 * @instance
                 */
                VulnerabilityIdentifier.prototype.value = "";

                /**
                 * Creates a new VulnerabilityIdentifier instance using the specified properties.
                 * @function create
                 * @memberof tongbao.vulnerability.v1.VulnerabilityIdentifier
                 * @static
                 * @param {tongbao.vulnerability.v1.VulnerabilityIdentifier.$Properties=} [properties] Properties to set
                 * @returns {tongbao.vulnerability.v1.VulnerabilityIdentifier} VulnerabilityIdentifier instance
                 * @type {{
                 *   (properties: tongbao.vulnerability.v1.VulnerabilityIdentifier.$Shape): tongbao.vulnerability.v1.VulnerabilityIdentifier & tongbao.vulnerability.v1.VulnerabilityIdentifier.$Shape;
                 *   (properties?: tongbao.vulnerability.v1.VulnerabilityIdentifier.$Properties): tongbao.vulnerability.v1.VulnerabilityIdentifier;
                 * }}
                 */
                VulnerabilityIdentifier.create = function(properties) {
                    return new VulnerabilityIdentifier(properties);
                };

                /**
                 * Encodes the specified VulnerabilityIdentifier message. Does not implicitly {@link tongbao.vulnerability.v1.VulnerabilityIdentifier.verify|verify} messages.
                 * @function encode
                 * @memberof tongbao.vulnerability.v1.VulnerabilityIdentifier
                 * @static
                 * @param {tongbao.vulnerability.v1.VulnerabilityIdentifier.$Properties} message VulnerabilityIdentifier message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                VulnerabilityIdentifier.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.scheme != null && $Object.hasOwnProperty.call(message, "scheme") && message.scheme !== 0)
                        writer.uint32(/* id 1, wireType 0 =*/8).int32(message.scheme);
                    if (message.value != null && $Object.hasOwnProperty.call(message, "value") && message.value !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.value);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a VulnerabilityIdentifier message from the specified reader or buffer.
                 * @function decode
                 * @memberof tongbao.vulnerability.v1.VulnerabilityIdentifier
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {tongbao.vulnerability.v1.VulnerabilityIdentifier & tongbao.vulnerability.v1.VulnerabilityIdentifier.$Shape} VulnerabilityIdentifier
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                VulnerabilityIdentifier.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.tongbao.vulnerability.v1.VulnerabilityIdentifier();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    throw $Error("invalid wire type " + wireType + " for field " + tag);
                                if (value = reader.int32())
                                    message.scheme = value;
                                else
                                    delete message.scheme;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    throw $Error("invalid wire type " + wireType + " for field " + tag);
                                if ((value = reader.stringVerify()).length)
                                    message.value = value;
                                else
                                    delete message.value;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Gets the type url for VulnerabilityIdentifier
                 * @function getTypeUrl
                 * @memberof tongbao.vulnerability.v1.VulnerabilityIdentifier
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                VulnerabilityIdentifier.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/tongbao.vulnerability.v1.VulnerabilityIdentifier";
                };

                return VulnerabilityIdentifier;
            })();

            /**
             * Vulnerability database (漏洞库).
             * @name tongbao.vulnerability.v1.IdentifierScheme
             * @enum {number}
             * @property {number} IDENTIFIER_SCHEME_UNSPECIFIED=0 Not set.
             * @property {number} IDENTIFIER_SCHEME_CVE=1 Common Vulnerabilities and Exposures.
             * @property {number} IDENTIFIER_SCHEME_CNVD=2 China National Vulnerability Database (国家信息安全漏洞共享平台 CNVD).
             * @property {number} IDENTIFIER_SCHEME_CNNVD=3 China National Vulnerability Database of Information Security (国家信息安全漏洞库 CNNVD).
             * @property {number} IDENTIFIER_SCHEME_CICSVD=4 China Industrial Control Systems Vulnerability Database (国家工业信息安全漏洞库 CICSVD).
             * @property {number} IDENTIFIER_SCHEME_VENDOR=5 A vendor's own advisory id.
             */
            v1.IdentifierScheme = (function() {
                const valuesById = $Object.create(null), values = $Object.create(valuesById);
                values[valuesById[0] = "IDENTIFIER_SCHEME_UNSPECIFIED"] = 0;
                values[valuesById[1] = "IDENTIFIER_SCHEME_CVE"] = 1;
                values[valuesById[2] = "IDENTIFIER_SCHEME_CNVD"] = 2;
                values[valuesById[3] = "IDENTIFIER_SCHEME_CNNVD"] = 3;
                values[valuesById[4] = "IDENTIFIER_SCHEME_CICSVD"] = 4;
                values[valuesById[5] = "IDENTIFIER_SCHEME_VENDOR"] = 5;
                return values;
            })();

            v1.AffectedProduct = (function() {

                /**
                 * Properties of an AffectedProduct.
                 * @typedef {Object} tongbao.vulnerability.v1.AffectedProduct.$Properties
                 * @property {string|null} [vendor] Vendor (厂商).
                 * @property {string|null} [product] Product name or model (产品名称或型号).
                 * @property {Array.<string>|null} [affectedVersions] Affected versions or ranges in the vendor's notation (影响版本).
                 * @property {Array.<string>|null} [fixedVersions] Versions that fix the vulnerability (修复版本).
                 * @property {string|null} [cpe] CPE 2.3 name, if one exists.
                 * @property {tongbao.common.v1.AssetType|null} [productType] What kind of product it is (产品类型).
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of an AffectedProduct.
                 * @memberof tongbao.vulnerability.v1
                 * @interface IAffectedProduct
                 * @augments tongbao.vulnerability.v1.AffectedProduct.$Properties
                 * @deprecated Use tongbao.vulnerability.v1.AffectedProduct.$Properties instead.
                 */

                /**
                 * Shape of an AffectedProduct.
                 * @typedef {tongbao.vulnerability.v1.AffectedProduct.$Properties} tongbao.vulnerability.v1.AffectedProduct.$Shape
                 */

                /**
                 * Constructs a new AffectedProduct.
                 * @memberof tongbao.vulnerability.v1
                 * @classdesc A product affected by the vulnerability (影响产品).
                 * @constructor
                 * @param {tongbao.vulnerability.v1.AffectedProduct.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const AffectedProduct = function (properties) {
                    this.affectedVersions = [];
                    this.fixedVersions = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Vendor (厂商).
                 * @member {string} vendor
                 * @memberof tongbao.vulnerability.v1.AffectedProduct
                 * @instance
                 */
                AffectedProduct.prototype.vendor = "";

                /**
                 * Product name or model (产品名称或型号).
                 * @member {string} product
                 * @memberof tongbao.vulnerability.v1.AffectedProduct
                 * @instance
                 */
                AffectedProduct.prototype.product = "";

                /**
                 * Affected versions or ranges in the vendor's notation (影响版本).
                 * @member {Array.<string>} affectedVersions
                 * @memberof tongbao.vulnerability.v1.AffectedProduct
                 * @instance
                 */
                AffectedProduct.prototype.affectedVersions = $util.emptyArray;

                /**
                 * Versions that fix the vulnerability (修复版本).
                 * @member {Array.<string>} fixedVersions
                 * @memberof tongbao.vulnerability.v1.AffectedProduct
                 * @instance
                 */
                AffectedProduct.prototype.fixedVersions = $util.emptyArray;

                /**
                 * CPE 2.3 name, if one exists.
                 * @member {string} cpe
                 * @memberof tongbao.vulnerability.v1.AffectedProduct
                 * @instance
                 */
                AffectedProduct.prototype.cpe = "";

                /**
                 * What kind of product it is (产品类型).
                 * @member {tongbao.common.v1.AssetType} productType
                 * @memberof tongbao.vulnerability.v1.AffectedProduct
                 * @instance
                 */
                AffectedProduct.prototype.productType = 0;

                /**
                 * Creates a new AffectedProduct instance using the specified properties.
                 * @function create
                 * @memberof tongbao.vulnerability.v1.AffectedProduct
                 * @static
                 * @param {tongbao.vulnerability.v1.AffectedProduct.$Properties=} [properties] Properties to set
                 * @returns {tongbao.vulnerability.v1.AffectedProduct} AffectedProduct instance
                 * @type {{
                 *   (properties: tongbao.vulnerability.v1.AffectedProduct.$Shape): tongbao.vulnerability.v1.AffectedProduct & tongbao.vulnerability.v1.AffectedProduct.$Shape;
                 *   (properties?: tongbao.vulnerability.v1.AffectedProduct.$Properties): tongbao.vulnerability.v1.AffectedProduct;
                 * }}
                 */
                AffectedProduct.create = function(properties) {
                    return new AffectedProduct(properties);
                };

                /**
                 * Encodes the specified AffectedProduct message. Does not implicitly {@link tongbao.vulnerability.v1.AffectedProduct.verify|verify} messages.
                 * @function encode
                 * @memberof tongbao.vulnerability.v1.AffectedProduct
                 * @static
                 * @param {tongbao.vulnerability.v1.AffectedProduct.$Properties} message AffectedProduct message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                AffectedProduct.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.vendor != null && $Object.hasOwnProperty.call(message, "vendor") && message.vendor !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.vendor);
                    if (message.product != null && $Object.hasOwnProperty.call(message, "product") && message.product !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.product);
                    if (message.affectedVersions != null && message.affectedVersions.length)
                        for (let i = 0; i < message.affectedVersions.length; ++i)
                            writer.uint32(/* id 3, wireType 2 =*/26).string(message.affectedVersions[i]);
                    if (message.fixedVersions != null && message.fixedVersions.length)
                        for (let i = 0; i < message.fixedVersions.length; ++i)
                            writer.uint32(/* id 4, wireType 2 =*/34).string(message.fixedVersions[i]);
                    if (message.cpe != null && $Object.hasOwnProperty.call(message, "cpe") && message.cpe !== "")
                        writer.uint32(/* id 5, wireType 2 =*/42).string(message.cpe);
                    if (message.productType != null && $Object.hasOwnProperty.call(message, "productType") && message.productType !== 0)
                        writer.uint32(/* id 6, wireType 0 =*/48).int32(message.productType);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes an AffectedProduct message from the specified reader or buffer.
                 * @function decode
                 * @memberof tongbao.vulnerability.v1.AffectedProduct
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {tongbao.vulnerability.v1.AffectedProduct & tongbao.vulnerability.v1.AffectedProduct.$Shape} AffectedProduct
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                AffectedProduct.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.tongbao.vulnerability.v1.AffectedProduct();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    throw $Error("invalid wire type " + wireType + " for field " + tag);
                                if ((value = reader.stringVerify()).length)
                                    message.vendor = value;
                                else
                                    delete message.vendor;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    throw $Error("invalid wire type " + wireType + " for field " + tag);
                                if ((value = reader.stringVerify()).length)
                                    message.product = value;
                                else
                                    delete message.product;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    throw $Error("invalid wire type " + wireType + " for field " + tag);
                                if (!(message.affectedVersions && message.affectedVersions.length))
                                    message.affectedVersions = [];
                                message.affectedVersions.push(reader.stringVerify());
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    throw $Error("invalid wire type " + wireType + " for field " + tag);
                                if (!(message.fixedVersions && message.fixedVersions.length))
                                    message.fixedVersions = [];
                                message.fixedVersions.push(reader.stringVerify());
                                continue;
                            }
                        case 5: {
                                if (wireType !== 2)
                                    throw $Error("invalid wire type " + wireType + " for field " + tag);
                                if ((value = reader.stringVerify()).length)
                                    message.cpe = value;
                                else
                                    delete message.cpe;
                                continue;
                            }
                        case 6: {
                                if (wireType !== 0)
                                    throw $Error("invalid wire type " + wireType + " for field " + tag);
                                if (value = reader.int32())
                                    message.productType = value;
                                else
                                    delete message.productType;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Gets the type url for AffectedProduct
                 * @function getTypeUrl
                 * @memberof tongbao.vulnerability.v1.AffectedProduct
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                AffectedProduct.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/tongbao.vulnerability.v1.AffectedProduct";
                };

                return AffectedProduct;
            })();

            /**
             * Known state of exploitation (利用情况).
             * @name tongbao.vulnerability.v1.ExploitStatus
             * @enum {number}
             * @property {number} EXPLOIT_STATUS_UNSPECIFIED=0 Not set.
             * @property {number} EXPLOIT_STATUS_NONE_KNOWN=1 No exploitation known (未发现利用).
             * @property {number} EXPLOIT_STATUS_PROOF_OF_CONCEPT=2 Proof-of-concept code is public (已公开验证代码).
             * @property {number} EXPLOIT_STATUS_EXPLOITED=3 Exploited in the wild (已被在野利用).
             */
            v1.ExploitStatus = (function() {
                const valuesById = $Object.create(null), values = $Object.create(valuesById);
                values[valuesById[0] = "EXPLOIT_STATUS_UNSPECIFIED"] = 0;
                values[valuesById[1] = "EXPLOIT_STATUS_NONE_KNOWN"] = 1;
                values[valuesById[2] = "EXPLOIT_STATUS_PROOF_OF_CONCEPT"] = 2;
                values[valuesById[3] = "EXPLOIT_STATUS_EXPLOITED"] = 3;
                return values;
            })();

            v1.DisclosureConstraints = (function() {

                /**
                 * Properties of a DisclosureConstraints.
                 * @typedef {Object} tongbao.vulnerability.v1.DisclosureConstraints.$Properties
                 * @property {google.protobuf.Timestamp.$Properties|null} [embargoUntil] Recipients must not disclose the vulnerability publicly before this time (禁止公开截止时间).
                 * @property {boolean|null} [detailsShareable] Whether recipients may pass technical details on to affected enterprises.
                 * @property {string|null} [conditions] Further conditions in words (其他要求).
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a DisclosureConstraints.
                 * @memberof tongbao.vulnerability.v1
                 * @interface IDisclosureConstraints
                 * @augments tongbao.vulnerability.v1.DisclosureConstraints.$Properties
                 * @deprecated Use tongbao.vulnerability.v1.DisclosureConstraints.$Properties instead.
                 */

                /**
                 * Shape of a DisclosureConstraints.
                 * @typedef {tongbao.vulnerability.v1.DisclosureConstraints.$Properties} tongbao.vulnerability.v1.DisclosureConstraints.$Shape
                 */

                /**
                 * Constructs a new DisclosureConstraints.
                 * @memberof tongbao.vulnerability.v1
                 * @classdesc Constraints on further disclosure, in line with the vulnerability management
                 * rules (网络产品安全漏洞管理规定).
                 * @constructor
                 * @param {tongbao.vulnerability.v1.DisclosureConstraints.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const DisclosureConstraints = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Recipients must not disclose the vulnerability publicly before this time (禁止公开截止时间).
                 * @member {google.protobuf.Timestamp.$Properties|null|undefined} embargoUntil
                 * @memberof tongbao.vulnerability.v1.DisclosureConstraints
                 * @instance
                 */
                DisclosureConstraints.prototype.embargoUntil = null;

                /**
                 * Whether recipients may pass technical details on to affected enterprises.
                 * @member {boolean} detailsShareable
                 * @memberof tongbao.vulnerability.v1.DisclosureConstraints
                 * @instance
                 */
                DisclosureConstraints.prototype.detailsShareable = false;

                /**
                 * Further conditions in words (其他要求).
                 * @member {string} conditions
                 * @memberof tongbao.vulnerability.v1.DisclosureConstraints
                 * @instance
                 */
                DisclosureConstraints.prototype.conditions = "";

                /**
                 * Creates a new DisclosureConstraints instance using the specified properties.
                 * @function create
                 * @memberof tongbao.vulnerability.v1.DisclosureConstraints
                 * @static
                 * @param {tongbao.vulnerability.v1.DisclosureConstraints.$Properties=} [properties] Properties to set
                 * @returns {tongbao.vulnerability.v1.DisclosureConstraints} DisclosureConstraints instance
                 * @type {{
                 *   (properties: tongbao.vulnerability.v1.DisclosureConstraints.$Shape): tongbao.vulnerability.v1.DisclosureConstraints & tongbao.vulnerability.v1.DisclosureConstraints.$Shape;
                 *   (properties?: tongbao.vulnerability.v1.DisclosureConstraints.$Properties): tongbao.vulnerability.v1.DisclosureConstraints;
                 * }}
                 */
                DisclosureConstraints.create = function(properties) {
                    return new DisclosureConstraints(properties);
                };

                /**
                 * Encodes the specified DisclosureConstraints message. Does not implicitly {@link tongbao.vulnerability.v1.DisclosureConstraints.verify|verify} messages.
                 * @function encode
                 * @memberof tongbao.vulnerability.v1.DisclosureConstraints
                 * @static
                 * @param {tongbao.vulnerability.v1.DisclosureConstraints.$Properties} message DisclosureConstraints message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                DisclosureConstraints.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.embargoUntil != null && $Object.hasOwnProperty.call(message, "embargoUntil"))
                        $root.google.protobuf.Timestamp.encode(message.embargoUntil, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                    if (message.detailsShareable != null && $Object.hasOwnProperty.call(message, "detailsShareable") && message.detailsShareable !== false)
                        writer.uint32(/* id 2, wireType 0 =*/16).bool(message.detailsShareable);
                    if (message.conditions != null && $Object.hasOwnProperty.call(message, "conditions") && message.conditions !== "")
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.conditions);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a DisclosureConstraints message from the specified reader or buffer.
                 * @function decode
                 * @memberof tongbao.vulnerability.v1.DisclosureConstraints
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {tongbao.vulnerability.v1.DisclosureConstraints & tongbao.vulnerability.v1.DisclosureConstraints.$Shape} DisclosureConstraints
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                DisclosureConstraints.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.tongbao.vulnerability.v1.DisclosureConstraints();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    throw $Error("invalid wire type " + wireType + " for field " + tag);
                                message.embargoUntil = $root.google.protobuf.Timestamp.decode(reader, reader.size(), $undefined, _depth + 1, message.embargoUntil);
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    throw $Error("invalid wire type " + wireType + " for field " + tag);
                                if (value = reader.bool())
                                    message.detailsShareable = value;
                                else
                                    delete message.detailsShareable;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    throw $Error("invalid wire type " + wireType + " for field " + tag);
                                if ((value = reader.stringVerify()).length)
                                    message.conditions = value;
                                else
                                    delete message.conditions;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Gets the type url for DisclosureConstraints
                 * @function getTypeUrl
                 * @memberof tongbao.vulnerability.v1.DisclosureConstraints
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                DisclosureConstraints.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/tongbao.vulnerability.v1.DisclosureConstraints";
                };

                return DisclosureConstraints;
            })();

            return v1;
        })();

        return vulnerability;
    })();

    tongbao.warning = (function() {

        /**
         * Namespace warning.
         * @memberof tongbao
         * @namespace
         */
        const warning = {};

        warning.v1 = (function() {

            /**
             * Namespace v1.
             * @memberof tongbao.warning
             * @namespace
             */
            const v1 = {};

            v1.EarlyWarning = (function() {

                /**
                 * Properties of an EarlyWarning.
                 * @typedef {Object} tongbao.warning.v1.EarlyWarning.$Properties
                 * @property {tongbao.common.v1.WarningAction|null} [action] What this message does: issue, adjust or lift.
                 * @property {tongbao.common.v1.WarningLevel|null} [level] Warning level (预警级别); for LIFT, the level being lifted.
                 * @property {tongbao.common.v1.IncidentCategory|null} [category] Category of the incident warned of (事件类别).
                 * @property {string|null} [documentNumber] Document number (文号); may be empty.
                 * @property {string|null} [title] Title (标题).
                 * @property {string|null} [issuingUnit] Issuing unit as printed on the warning (发布单位), e.g. "国家能源局华东监管局".
                 * @property {google.protobuf.Timestamp.$Properties|null} [startTime] When the warning takes effect (预警起始时间).
                 * @property {google.protobuf.Duration.$Properties|null} [validity] How long the warning stays in force unless adjusted or lifted (有效期).
                 * @property {tongbao.common.v1.Scope.$Properties|null} [possibleScope] Who and what may be affected (可能影响范围).
                 * @property {Array.<string>|null} [alertItems] What recipients must watch for, one per entry (警示事项).
                 * @property {Array.<tongbao.warning.v1.RequiredMeasure.$Properties>|null} [requiredMeasures] Measures recipients must take, each with its time limit (应采取的措施).
                 * @property {string|null} [reason] Why the warning is adjusted or lifted (调整或解除理由); empty for ISSUE.
                 * @property {tongbao.common.v1.Person.$Properties|null} [contact] Contact for questions about the warning (联系人).
                 * @property {string|null} [warningId] Header.id of the ISSUE message of the warning this ADJUST or LIFT changes
                 * (被调整或解除的预警); required for ADJUST and LIFT, empty for ISSUE. It keeps the
                 * target inside the signed payload, so the payload alone says which warning it ends.
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of an EarlyWarning.
                 * @memberof tongbao.warning.v1
                 * @interface IEarlyWarning
                 * @augments tongbao.warning.v1.EarlyWarning.$Properties
                 * @deprecated Use tongbao.warning.v1.EarlyWarning.$Properties instead.
                 */

                /**
                 * Shape of an EarlyWarning.
                 * @typedef {tongbao.warning.v1.EarlyWarning.$Properties} tongbao.warning.v1.EarlyWarning.$Shape
                 */

                /**
                 * Constructs a new EarlyWarning.
                 * @memberof tongbao.warning.v1
                 * @classdesc An early warning, or an adjustment or lifting of one. Under 谁发布、谁解除 an
                 * ADJUST or LIFT must come from the source of the original ISSUE, name it in
                 * warning_id and reference it in the header with REFERENCE_KIND_UPDATE.
                 * Header.expires should equal start_time plus validity.
                 * @constructor
                 * @param {tongbao.warning.v1.EarlyWarning.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const EarlyWarning = function (properties) {
                    this.alertItems = [];
                    this.requiredMeasures = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * What this message does: issue, adjust or lift.
                 * @member {tongbao.common.v1.WarningAction} action
                 * @memberof tongbao.warning.v1.EarlyWarning
                 * @instance
                 */
                EarlyWarning.prototype.action = 0;

                /**
                 * Warning level (预警级别); for LIFT, the level being lifted.
                 * @member {tongbao.common.v1.WarningLevel} level
                 * @memberof tongbao.warning.v1.EarlyWarning
                 * @instance
                 */
                EarlyWarning.prototype.level = 0;

                /**
                 * Category of the incident warned of (事件类别).
                 * @member {tongbao.common.v1.IncidentCategory} category
                 * @memberof tongbao.warning.v1.EarlyWarning
                 * @instance
                 */
                EarlyWarning.prototype.category = 0;

                /**
                 * Document number (文号); may be empty.
                 * @member {string} documentNumber
                 * @memberof tongbao.warning.v1.EarlyWarning
                 * @instance
                 */
                EarlyWarning.prototype.documentNumber = "";

                /**
                 * Title (标题).
                 * @member {string} title
                 * @memberof tongbao.warning.v1.EarlyWarning
                 * @instance
                 */
                EarlyWarning.prototype.title = "";

                /**
                 * Issuing unit as printed on the warning (发布单位), e.g. "国家能源局华东监管局".
                 * @member {string} issuingUnit
                 * @memberof tongbao.warning.v1.EarlyWarning
                 * @instance
                 */
                EarlyWarning.prototype.issuingUnit = "";

                /**
                 * When the warning takes effect (预警起始时间).
                 * @member {google.protobuf.Timestamp.$Properties|null|undefined} startTime
                 * @memberof tongbao.warning.v1.EarlyWarning
                 * @instance
                 */
                EarlyWarning.prototype.startTime = null;

                /**
                 * How long the warning stays in force unless adjusted or lifted (有效期).
                 * @member {google.protobuf.Duration.$Properties|null|undefined} validity
                 * @memberof tongbao.warning.v1.EarlyWarning
                 * @instance
                 */
                EarlyWarning.prototype.validity = null;

                /**
                 * Who and what may be affected (可能影响范围).
                 * @member {tongbao.common.v1.Scope.$Properties|null|undefined} possibleScope
                 * @memberof tongbao.warning.v1.EarlyWarning
                 * @instance
                 */
                EarlyWarning.prototype.possibleScope = null;

                /**
                 * What recipients must watch for, one per entry (警示事项).
                 * @member {Array.<string>} alertItems
                 * @memberof tongbao.warning.v1.EarlyWarning
                 * @instance
                 */
                EarlyWarning.prototype.alertItems = $util.emptyArray;

                /**
                 * Measures recipients must take, each with its time limit (应采取的措施).
                 * @member {Array.<tongbao.warning.v1.RequiredMeasure.$Properties>} requiredMeasures
                 * @memberof tongbao.warning.v1.EarlyWarning
                 * @instance
                 */
                EarlyWarning.prototype.requiredMeasures = $util.emptyArray;

                /**
                 * Why the warning is adjusted or lifted (调整或解除理由); empty for ISSUE.
                 * @member {string} reason
                 * @memberof tongbao.warning.v1.EarlyWarning
                 * @instance
                 */
                EarlyWarning.prototype.reason = "";

                /**
                 * Contact for questions about the warning (联系人).
                 * @member {tongbao.common.v1.Person.$Properties|null|undefined} contact
                 * @memberof tongbao.warning.v1.EarlyWarning
                 * @instance
                 */
                EarlyWarning.prototype.contact = null;

                /**
                 * Header.id of the ISSUE message of the warning this ADJUST or LIFT changes
                 * (被调整或解除的预警); required for ADJUST and LIFT, empty for ISSUE. It keeps the
                 * target inside the signed payload, so the payload alone says which warning it ends.
                 * @member {string} warningId
                 * @memberof tongbao.warning.v1.EarlyWarning
                 * @instance
                 */
                EarlyWarning.prototype.warningId = "";

                /**
                 * Creates a new EarlyWarning instance using the specified properties.
                 * @function create
                 * @memberof tongbao.warning.v1.EarlyWarning
                 * @static
                 * @param {tongbao.warning.v1.EarlyWarning.$Properties=} [properties] Properties to set
                 * @returns {tongbao.warning.v1.EarlyWarning} EarlyWarning instance
                 * @type {{
                 *   (properties: tongbao.warning.v1.EarlyWarning.$Shape): tongbao.warning.v1.EarlyWarning & tongbao.warning.v1.EarlyWarning.$Shape;
                 *   (properties?: tongbao.warning.v1.EarlyWarning.$Properties): tongbao.warning.v1.EarlyWarning;
                 * }}
                 */
                EarlyWarning.create = function(properties) {
                    return new EarlyWarning(properties);
                };

                /**
                 * Encodes the specified EarlyWarning message. Does not implicitly {@link tongbao.warning.v1.EarlyWarning.verify|verify} messages.
                 * @function encode
                 * @memberof tongbao.warning.v1.EarlyWarning
                 * @static
                 * @param {tongbao.warning.v1.EarlyWarning.$Properties} message EarlyWarning message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                EarlyWarning.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.action != null && $Object.hasOwnProperty.call(message, "action") && message.action !== 0)
                        writer.uint32(/* id 1, wireType 0 =*/8).int32(message.action);
                    if (message.level != null && $Object.hasOwnProperty.call(message, "level") && message.level !== 0)
                        writer.uint32(/* id 2, wireType 0 =*/16).int32(message.level);
                    if (message.category != null && $Object.hasOwnProperty.call(message, "category") && message.category !== 0)
                        writer.uint32(/* id 3, wireType 0 =*/24).int32(message.category);
                    if (message.documentNumber != null && $Object.hasOwnProperty.call(message, "documentNumber") && message.documentNumber !== "")
                        writer.uint32(/* id 4, wireType 2 =*/34).string(message.documentNumber);
                    if (message.title != null && $Object.hasOwnProperty.call(message, "title") && message.title !== "")
                        writer.uint32(/* id 5, wireType 2 =*/42).string(message.title);
                    if (message.issuingUnit != null && $Object.hasOwnProperty.call(message, "issuingUnit") && message.issuingUnit !== "")
                        writer.uint32(/* id 6, wireType 2 =*/50).string(message.issuingUnit);
                    if (message.startTime != null && $Object.hasOwnProperty.call(message, "startTime"))
                        $root.google.protobuf.Timestamp.encode(message.startTime, writer.uint32(/* id 7, wireType 2 =*/58).fork(), _depth + 1).ldelim();
                    if (message.validity != null && $Object.hasOwnProperty.call(message, "validity"))
                        $root.google.protobuf.Duration.encode(message.validity, writer.uint32(/* id 8, wireType 2 =*/66).fork(), _depth + 1).ldelim();
                    if (message.possibleScope != null && $Object.hasOwnProperty.call(message, "possibleScope"))
                        $root.tongbao.common.v1.Scope.encode(message.possibleScope, writer.uint32(/* id 9, wireType 2 =*/74).fork(), _depth + 1).ldelim();
                    if (message.alertItems != null && message.alertItems.length)
                        for (let i = 0; i < message.alertItems.length; ++i)
                            writer.uint32(/* id 10, wireType 2 =*/82).string(message.alertItems[i]);
                    if (message.requiredMeasures != null && message.requiredMeasures.length)
                        for (let i = 0; i < message.requiredMeasures.length; ++i)
                            $root.tongbao.warning.v1.RequiredMeasure.encode(message.requiredMeasures[i], writer.uint32(/* id 11, wireType 2 =*/90).fork(), _depth + 1).ldelim();
                    if (message.reason != null && $Object.hasOwnProperty.call(message, "reason") && message.reason !== "")
                        writer.uint32(/* id 12, wireType 2 =*/98).string(message.reason);
                    if (message.contact != null && $Object.hasOwnProperty.call(message, "contact"))
                        $root.tongbao.common.v1.Person.encode(message.contact, writer.uint32(/* id 13, wireType 2 =*/106).fork(), _depth + 1).ldelim();
                    if (message.warningId != null && $Object.hasOwnProperty.call(message, "warningId") && message.warningId !== "")
                        writer.uint32(/* id 14, wireType 2 =*/114).string(message.warningId);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes an EarlyWarning message from the specified reader or buffer.
                 * @function decode
                 * @memberof tongbao.warning.v1.EarlyWarning
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {tongbao.warning.v1.EarlyWarning & tongbao.warning.v1.EarlyWarning.$Shape} EarlyWarning
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                EarlyWarning.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.tongbao.warning.v1.EarlyWarning();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    throw $Error("invalid wire type " + wireType + " for field " + tag);
                                if (value = reader.int32())
                                    message.action = value;
                                else
                                    delete message.action;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    throw $Error("invalid wire type " + wireType + " for field " + tag);
                                if (value = reader.int32())
                                    message.level = value;
                                else
                                    delete message.level;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 0)
                                    throw $Error("invalid wire type " + wireType + " for field " + tag);
                                if (value = reader.int32())
                                    message.category = value;
                                else
                                    delete message.category;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    throw $Error("invalid wire type " + wireType + " for field " + tag);
                                if ((value = reader.stringVerify()).length)
                                    message.documentNumber = value;
                                else
                                    delete message.documentNumber;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 2)
                                    throw $Error("invalid wire type " + wireType + " for field " + tag);
                                if ((value = reader.stringVerify()).length)
                                    message.title = value;
                                else
                                    delete message.title;
                                continue;
                            }
                        case 6: {
                                if (wireType !== 2)
                                    throw $Error("invalid wire type " + wireType + " for field " + tag);
                                if ((value = reader.stringVerify()).length)
                                    message.issuingUnit = value;
                                else
                                    delete message.issuingUnit;
                                continue;
                            }
                        case 7: {
                                if (wireType !== 2)
                                    throw $Error("invalid wire type " + wireType + " for field " + tag);
                                message.startTime = $root.google.protobuf.Timestamp.decode(reader, reader.size(), $undefined, _depth + 1, message.startTime);
                                continue;
                            }
                        case 8: {
                                if (wireType !== 2)
                                    throw $Error("invalid wire type " + wireType + " for field " + tag);
                                message.validity = $root.google.protobuf.Duration.decode(reader, reader.size(), $undefined, _depth + 1, message.validity);
                                continue;
                            }
                        case 9: {
                                if (wireType !== 2)
                                    throw $Error("invalid wire type " + wireType + " for field " + tag);
                                message.possibleScope = $root.tongbao.common.v1.Scope.decode(reader, reader.size(), $undefined, _depth + 1, message.possibleScope);
                                continue;
                            }
                        case 10: {
                                if (wireType !== 2)
                                    throw $Error("invalid wire type " + wireType + " for field " + tag);
                                if (!(message.alertItems && message.alertItems.length))
                                    message.alertItems = [];
                                message.alertItems.push(reader.stringVerify());
                                continue;
                            }
                        case 11: {
                                if (wireType !== 2)
                                    throw $Error("invalid wire type " + wireType + " for field " + tag);
                                if (!(message.requiredMeasures && message.requiredMeasures.length))
                                    message.requiredMeasures = [];
                                message.requiredMeasures.push($root.tongbao.warning.v1.RequiredMeasure.decode(reader, reader.size(), $undefined, _depth + 1));
                                continue;
                            }
                        case 12: {
                                if (wireType !== 2)
                                    throw $Error("invalid wire type " + wireType + " for field " + tag);
                                if ((value = reader.stringVerify()).length)
                                    message.reason = value;
                                else
                                    delete message.reason;
                                continue;
                            }
                        case 13: {
                                if (wireType !== 2)
                                    throw $Error("invalid wire type " + wireType + " for field " + tag);
                                message.contact = $root.tongbao.common.v1.Person.decode(reader, reader.size(), $undefined, _depth + 1, message.contact);
                                continue;
                            }
                        case 14: {
                                if (wireType !== 2)
                                    throw $Error("invalid wire type " + wireType + " for field " + tag);
                                if ((value = reader.stringVerify()).length)
                                    message.warningId = value;
                                else
                                    delete message.warningId;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Gets the type url for EarlyWarning
                 * @function getTypeUrl
                 * @memberof tongbao.warning.v1.EarlyWarning
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                EarlyWarning.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/tongbao.warning.v1.EarlyWarning";
                };

                return EarlyWarning;
            })();

            v1.RequiredMeasure = (function() {

                /**
                 * Properties of a RequiredMeasure.
                 * @typedef {Object} tongbao.warning.v1.RequiredMeasure.$Properties
                 * @property {string|null} [description] The measure (措施内容).
                 * @property {google.protobuf.Timestamp.$Properties|null} [deadline] When it must be done by (完成时限); unset means at once.
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a RequiredMeasure.
                 * @memberof tongbao.warning.v1
                 * @interface IRequiredMeasure
                 * @augments tongbao.warning.v1.RequiredMeasure.$Properties
                 * @deprecated Use tongbao.warning.v1.RequiredMeasure.$Properties instead.
                 */

                /**
                 * Shape of a RequiredMeasure.
                 * @typedef {tongbao.warning.v1.RequiredMeasure.$Properties} tongbao.warning.v1.RequiredMeasure.$Shape
                 */

                /**
                 * Constructs a new RequiredMeasure.
                 * @memberof tongbao.warning.v1
                 * @classdesc A measure recipients must take (防范措施要求).
                 * @constructor
                 * @param {tongbao.warning.v1.RequiredMeasure.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const RequiredMeasure = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * The measure (措施内容).
                 * @member {string} description
                 * @memberof tongbao.warning.v1.RequiredMeasure
                 * @instance
                 */
                RequiredMeasure.prototype.description = "";

                /**
                 * When it must be done by (完成时限); unset means at once.
                 * @member {google.protobuf.Timestamp.$Properties|null|undefined} deadline
                 * @memberof tongbao.warning.v1.RequiredMeasure
                 * @instance
                 */
                RequiredMeasure.prototype.deadline = null;

                /**
                 * Creates a new RequiredMeasure instance using the specified properties.
                 * @function create
                 * @memberof tongbao.warning.v1.RequiredMeasure
                 * @static
                 * @param {tongbao.warning.v1.RequiredMeasure.$Properties=} [properties] Properties to set
                 * @returns {tongbao.warning.v1.RequiredMeasure} RequiredMeasure instance
                 * @type {{
                 *   (properties: tongbao.warning.v1.RequiredMeasure.$Shape): tongbao.warning.v1.RequiredMeasure & tongbao.warning.v1.RequiredMeasure.$Shape;
                 *   (properties?: tongbao.warning.v1.RequiredMeasure.$Properties): tongbao.warning.v1.RequiredMeasure;
                 * }}
                 */
                RequiredMeasure.create = function(properties) {
                    return new RequiredMeasure(properties);
                };

                /**
                 * Encodes the specified RequiredMeasure message. Does not implicitly {@link tongbao.warning.v1.RequiredMeasure.verify|verify} messages.
                 * @function encode
                 * @memberof tongbao.warning.v1.RequiredMeasure
                 * @static
                 * @param {tongbao.warning.v1.RequiredMeasure.$Properties} message RequiredMeasure message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                RequiredMeasure.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.description != null && $Object.hasOwnProperty.call(message, "description") && message.description !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.description);
                    if (message.deadline != null && $Object.hasOwnProperty.call(message, "deadline"))
                        $root.google.protobuf.Timestamp.encode(message.deadline, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a RequiredMeasure message from the specified reader or buffer.
                 * @function decode
                 * @memberof tongbao.warning.v1.RequiredMeasure
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {tongbao.warning.v1.RequiredMeasure & tongbao.warning.v1.RequiredMeasure.$Shape} RequiredMeasure
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                RequiredMeasure.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.tongbao.warning.v1.RequiredMeasure();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    throw $Error("invalid wire type " + wireType + " for field " + tag);
                                if ((value = reader.stringVerify()).length)
                                    message.description = value;
                                else
                                    delete message.description;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    throw $Error("invalid wire type " + wireType + " for field " + tag);
                                message.deadline = $root.google.protobuf.Timestamp.decode(reader, reader.size(), $undefined, _depth + 1, message.deadline);
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Gets the type url for RequiredMeasure
                 * @function getTypeUrl
                 * @memberof tongbao.warning.v1.RequiredMeasure
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                RequiredMeasure.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/tongbao.warning.v1.RequiredMeasure";
                };

                return RequiredMeasure;
            })();

            return v1;
        })();

        return warning;
    })();

    return tongbao;
})();

export const google = $root.google = (() => {

    /**
     * Namespace google.
     * @exports google
     * @namespace
     */
    const google = {};

    google.protobuf = (function() {

        /**
         * Namespace protobuf.
         * @memberof google
         * @namespace
         */
        const protobuf = {};

        protobuf.Timestamp = (function() {

            /**
             * Properties of a Timestamp.
             * @typedef {Object} google.protobuf.Timestamp.$Properties
             * @property {number|null} [seconds] Timestamp seconds
             * @property {number|null} [nanos] Timestamp nanos
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Timestamp.
             * @memberof google.protobuf
             * @interface ITimestamp
             * @augments google.protobuf.Timestamp.$Properties
             * @deprecated Use google.protobuf.Timestamp.$Properties instead.
             */

            /**
             * Shape of a Timestamp.
             * @typedef {google.protobuf.Timestamp.$Properties} google.protobuf.Timestamp.$Shape
             */

            /**
             * Constructs a new Timestamp.
             * @memberof google.protobuf
             * @classdesc Represents a Timestamp.
             * @constructor
             * @param {google.protobuf.Timestamp.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Timestamp = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Timestamp seconds.
             * @member {number} seconds
             * @memberof google.protobuf.Timestamp
             * @instance
             */
            Timestamp.prototype.seconds = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Timestamp nanos.
             * @member {number} nanos
             * @memberof google.protobuf.Timestamp
             * @instance
             */
            Timestamp.prototype.nanos = 0;

            /**
             * Creates a new Timestamp instance using the specified properties.
             * @function create
             * @memberof google.protobuf.Timestamp
             * @static
             * @param {google.protobuf.Timestamp.$Properties=} [properties] Properties to set
             * @returns {google.protobuf.Timestamp} Timestamp instance
             * @type {{
             *   (properties: google.protobuf.Timestamp.$Shape): google.protobuf.Timestamp & google.protobuf.Timestamp.$Shape;
             *   (properties?: google.protobuf.Timestamp.$Properties): google.protobuf.Timestamp;
             * }}
             */
            Timestamp.create = function(properties) {
                return new Timestamp(properties);
            };

            /**
             * Encodes the specified Timestamp message. Does not implicitly {@link google.protobuf.Timestamp.verify|verify} messages.
             * @function encode
             * @memberof google.protobuf.Timestamp
             * @static
             * @param {google.protobuf.Timestamp.$Properties} message Timestamp message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Timestamp.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.seconds != null && $Object.hasOwnProperty.call(message, "seconds") && (typeof message.seconds === "object" ? message.seconds.low || message.seconds.high : message.seconds !== 0))
                    writer.uint32(/* id 1, wireType 0 =*/8).int64(message.seconds);
                if (message.nanos != null && $Object.hasOwnProperty.call(message, "nanos") && message.nanos !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).int32(message.nanos);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Timestamp message from the specified reader or buffer.
             * @function decode
             * @memberof google.protobuf.Timestamp
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {google.protobuf.Timestamp & google.protobuf.Timestamp.$Shape} Timestamp
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Timestamp.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.google.protobuf.Timestamp();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                throw $Error("invalid wire type " + wireType + " for field " + tag);
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.seconds = value;
                            else
                                delete message.seconds;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                throw $Error("invalid wire type " + wireType + " for field " + tag);
                            if (value = reader.int32())
                                message.nanos = value;
                            else
                                delete message.nanos;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for Timestamp
             * @function getTypeUrl
             * @memberof google.protobuf.Timestamp
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Timestamp.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/google.protobuf.Timestamp";
            };

            return Timestamp;
        })();

        protobuf.Duration = (function() {

            /**
             * Properties of a Duration.
             * @typedef {Object} google.protobuf.Duration.$Properties
             * @property {number|null} [seconds] Duration seconds
             * @property {number|null} [nanos] Duration nanos
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Duration.
             * @memberof google.protobuf
             * @interface IDuration
             * @augments google.protobuf.Duration.$Properties
             * @deprecated Use google.protobuf.Duration.$Properties instead.
             */

            /**
             * Shape of a Duration.
             * @typedef {google.protobuf.Duration.$Properties} google.protobuf.Duration.$Shape
             */

            /**
             * Constructs a new Duration.
             * @memberof google.protobuf
             * @classdesc Represents a Duration.
             * @constructor
             * @param {google.protobuf.Duration.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Duration = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Duration seconds.
             * @member {number} seconds
             * @memberof google.protobuf.Duration
             * @instance
             */
            Duration.prototype.seconds = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Duration nanos.
             * @member {number} nanos
             * @memberof google.protobuf.Duration
             * @instance
             */
            Duration.prototype.nanos = 0;

            /**
             * Creates a new Duration instance using the specified properties.
             * @function create
             * @memberof google.protobuf.Duration
             * @static
             * @param {google.protobuf.Duration.$Properties=} [properties] Properties to set
             * @returns {google.protobuf.Duration} Duration instance
             * @type {{
             *   (properties: google.protobuf.Duration.$Shape): google.protobuf.Duration & google.protobuf.Duration.$Shape;
             *   (properties?: google.protobuf.Duration.$Properties): google.protobuf.Duration;
             * }}
             */
            Duration.create = function(properties) {
                return new Duration(properties);
            };

            /**
             * Encodes the specified Duration message. Does not implicitly {@link google.protobuf.Duration.verify|verify} messages.
             * @function encode
             * @memberof google.protobuf.Duration
             * @static
             * @param {google.protobuf.Duration.$Properties} message Duration message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Duration.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.seconds != null && $Object.hasOwnProperty.call(message, "seconds") && (typeof message.seconds === "object" ? message.seconds.low || message.seconds.high : message.seconds !== 0))
                    writer.uint32(/* id 1, wireType 0 =*/8).int64(message.seconds);
                if (message.nanos != null && $Object.hasOwnProperty.call(message, "nanos") && message.nanos !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).int32(message.nanos);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Duration message from the specified reader or buffer.
             * @function decode
             * @memberof google.protobuf.Duration
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {google.protobuf.Duration & google.protobuf.Duration.$Shape} Duration
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Duration.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.google.protobuf.Duration();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                throw $Error("invalid wire type " + wireType + " for field " + tag);
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.seconds = value;
                            else
                                delete message.seconds;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                throw $Error("invalid wire type " + wireType + " for field " + tag);
                            if (value = reader.int32())
                                message.nanos = value;
                            else
                                delete message.nanos;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for Duration
             * @function getTypeUrl
             * @memberof google.protobuf.Duration
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Duration.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/google.protobuf.Duration";
            };

            return Duration;
        })();

        return protobuf;
    })();

    return google;
})();

export {
  $root as default
};
