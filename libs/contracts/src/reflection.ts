import { createRequire } from "node:module";
import type * as Protobuf from "protobufjs";
import { descriptor } from "./codegen.js";

// protobufjs is CommonJS whose named exports Node cannot detect, so it is loaded through
// require; the type import keeps full typing.
const protobuf = createRequire(import.meta.url)("protobufjs/light.js") as typeof Protobuf;

/**
 * Reflection over every schema, built once from the generated descriptor. Used off the hot
 * path only: JSON conversion, and naming the field where undecodable bytes go wrong.
 */
export const root: Protobuf.Root = protobuf.Root.fromJSON(descriptor);
root.resolveAll();

export const Reader = protobuf.Reader;

/** The reflected message type with this full name (no leading dot). */
export function reflectedType(typeName: string): Protobuf.Type {
  return root.lookupType(typeName);
}

export type { Protobuf };
