import { reflectedType } from "../reflection.js";

export function messageToJson(typeName: string, message: unknown): Record<string, unknown> {
  const type = reflectedType(typeName);
  return type.toObject(type.fromObject(message as Record<string, unknown>), {
    enums: String,
    longs: String,
    bytes: String,
  });
}
