import type { Writer } from "protobufjs";
import type { FramedBytes } from "./sized-encode.js";

/**
 * A message type the bus carries, with everything needed to move it between binary,
 * objects and JSON. T is the decoded message (the generated class), I what encode and
 * toJson accept (the generated properties interface, so plain objects work too).
 */
export interface Contract<T = unknown, I = T> {
  /** Full protobuf name, e.g. "tongbao.bulletin.v1.ThreatBulletin"; equals Header.type. */
  readonly typeName: string;
  /** Proto package segment, e.g. "bulletin"; the family token in NATS subjects. */
  readonly family: string;
  /** Checks the contract rules, then serialises. Throws TB_ERR_CONTRACT. */
  encode(message: I): Uint8Array;
  /** encode, leaving `before` bytes free ahead of the message and about `after` behind it. */
  encodeFramed(message: I, before: number, after: number): FramedBytes;
  /**
   * Parses bytes (no copy), then checks the contract rules and size limits. Throws
   * TB_ERR_DECODE (bad bytes, with the field path), TB_ERR_SCHEMA (a field over its limit)
   * or TB_ERR_CONTRACT (a rule proto3 cannot express).
   */
  decode(bytes: Uint8Array): T;
  /** Validates against the JSON Schema (TB_ERR_SCHEMA) and contract rules, then converts. */
  fromJson(json: unknown): T;
  /** The proto3 JSON mapping of the message (see README: int64 as strings, enums as names). */
  toJson(message: I): Record<string, unknown>;
  /** `JSON.stringify(toJson(message))`, byte for byte, written without the objects between. */
  toJsonText(message: I): string;
  /** JSON Schema (2020-12) of the JSON mapping; $defs holds every nested message type. */
  readonly jsonSchema: Readonly<Record<string, unknown>>;
}

/** A generated message class, as far as the contracts use it. */
export interface MessageClass<T, I> {
  /** Into `writer` when one is given (see SizedEncoder), else into a writer of its own. */
  encode(message: I, writer?: Writer): Writer;
  decode(bytes: Uint8Array): T;
  create(properties?: I): T;
}
