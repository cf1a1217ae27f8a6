import { TongbaoError } from "@tongbao/errors";
import { reflectedType } from "../reflection.js";

export function messageFromJson(typeName: string, json: unknown): Record<string, unknown> {
  if (typeof json !== "object" || json === null || Array.isArray(json)) {
    throw new TongbaoError("TB_ERR_SCHEMA", `${typeName}: a JSON object is expected`, { path: "" });
  }
  const type = reflectedType(typeName);
  return type.toObject(type.fromObject(json as Record<string, unknown>));
}
