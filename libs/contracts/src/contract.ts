import { TongbaoError } from "@tongbao/errors";
import { jsonSchemas } from "./codegen.js";
import { decodeError } from "./decode-fault.js";
import { LIMITS } from "./limits.js";
import { messageFromJson } from "./json/from-json.js";
import { messageToJson } from "./json/to-json.js";
import type { Contract, MessageClass } from "./types.js";

/** Contract rules of one message type: throws TB_ERR_CONTRACT on the first broken rule. */
export type ContractRules<I> = (message: I) => void;

/** Builds the contract of one generated message class. */
export function defineContract<T extends I, I>(
  typeName: string,
  cls: MessageClass<T, I>,
  rules: ContractRules<I>,
): Contract<T, I> {
  const family = typeName.split(".")[1] ?? "";
  return {
    typeName,
    family,
    encode(message: I): Uint8Array {
      rules(message);
      try {
        return cls.encode(message).finish();
      } catch (err) {
        throw new TongbaoError("TB_ERR_SCHEMA", `cannot encode ${typeName}: ${String(err)}`, {
          path: "",
          cause: err,
        });
      }
    },
    decode(bytes: Uint8Array): T {
      if (bytes.length > LIMITS.maxPayloadBytes) {
        throw new TongbaoError(
          "TB_ERR_DECODE",
          `${typeName} of ${bytes.length} bytes exceeds the ${LIMITS.maxPayloadBytes}-byte limit`,
          { path: "" },
        );
      }
      let message: T;
      try {
        message = cls.decode(bytes);
      } catch (err) {
        throw decodeError(typeName, bytes, err);
      }
      rules(message);
      return message;
    },
    fromJson(json: unknown): T {
      const message = cls.create(messageFromJson(typeName, json) as I);
      rules(message);
      return message;
    },
    toJson(message: I): Record<string, unknown> {
      return messageToJson(typeName, message);
    },
    jsonSchema: jsonSchemas[typeName] ?? {},
  };
}
