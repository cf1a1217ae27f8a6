import { TongbaoError } from "@tongbao/errors";
import { jsonSchemas } from "./codegen.js";
import { decodeError } from "./decode-fault.js";
import { encodeWithin } from "./encode-within.js";
import { checkFieldLimits } from "./field-limits.js";
import { LIMITS } from "./limits.js";
import { messageFromJson } from "./json/from-json.js";
import { messageToJson } from "./json/to-json.js";
import { messageToJsonText } from "./json/to-json-text.js";
import { SizedEncoder, type FramedBytes } from "./sized-encode.js";
import type { Contract, MessageClass } from "./types.js";

/** Contract rules of one message type: throws TB_ERR_CONTRACT on the first broken rule. */
export type ContractRules<I> = (message: I) => void;

/** Builds the contract of one generated message class. */
export function defineContract<T extends I, I>(
  typeName: string,
  cls: MessageClass<T, I>,
  rules: ContractRules<I>,
  limit: number = LIMITS.maxPayloadBytes,
): Contract<T, I> {
  const family = typeName.split(".")[1] ?? "";
  const encoder = new SizedEncoder<I>((message, writer) => cls.encode(message, writer));
  return {
    typeName,
    family,
    encode(message: I): Uint8Array {
      checkFieldLimits(typeName, message, { unicode: true });
      rules(message);
      return encodeWithin(typeName, limit, () => encoder.encode(message));
    },
    encodeFramed(message: I, before: number, after: number): FramedBytes {
      checkFieldLimits(typeName, message, { unicode: true });
      rules(message);
      let framed: FramedBytes | undefined;
      encodeWithin(typeName, limit, () => {
        framed = encoder.encodeFramed(message, before, after);
        return framed.frame.subarray(framed.start, framed.end);
      });
      return framed as FramedBytes;
    },
    decode(bytes: Uint8Array): T {
      if (bytes.length > limit) {
        throw new TongbaoError(
          "TB_ERR_DECODE",
          `${typeName} of ${bytes.length} bytes exceeds the ${limit}-byte limit`,
          { path: "" },
        );
      }
      let message: T;
      try {
        message = cls.decode(bytes);
      } catch (err) {
        throw decodeError(typeName, bytes, err);
      }
      checkFieldLimits(typeName, message);
      rules(message);
      return message;
    },
    fromJson(json: unknown): T {
      const properties = messageFromJson(typeName, json) as I;
      checkFieldLimits(typeName, properties, { unicode: true });
      // Through the binary form, so a message from JSON is exactly what decode would give.
      let message: T;
      try {
        message = cls.decode(cls.encode(properties).finish());
      } catch (err) {
        throw new TongbaoError("TB_ERR_SCHEMA", `cannot convert ${typeName}: ${String(err)}`, {
          path: "",
          cause: err,
        });
      }
      rules(message);
      return message;
    },
    toJson(message: I): Record<string, unknown> {
      return messageToJson(typeName, message);
    },
    toJsonText(message: I): string {
      return messageToJsonText(typeName, message);
    },
    jsonSchema: jsonSchemas[typeName] ?? {},
  };
}
