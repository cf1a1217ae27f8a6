import { createRequire } from "node:module";
import type * as Protobuf from "protobufjs";
import { descriptor } from "./codegen.js";

// protobufjs is CommonJS whose named exports Node cannot detect, so it is loaded through
// require; the type import keeps full typing.
const require = createRequire(import.meta.url);

let root: Protobuf.Root | undefined;

/**
 * Reflection over every schema, built from the generated descriptor on first use, not at
 * import: building it costs 70–300 ms, which every importer of the contracts paid before its
 * first line of output (`tongbao replay --format protobuf` never needs it). Used off the hot
 * path only: JSON conversion, and naming the field where undecodable bytes go wrong.
 */
function reflectionRoot(): Protobuf.Root {
  if (root === undefined) {
    const protobuf = require("protobufjs/light.js") as typeof Protobuf;
    root = protobuf.Root.fromJSON(descriptor);
    root.resolveAll();
  }
  return root;
}

/** The wire reader of the generated codecs (protobufjs's minimal build, loaded with them). */
export const Reader = (require("protobufjs/minimal.js") as typeof Protobuf).Reader;

const types = new Map<string, Protobuf.Type>();

/** The reflected message type with this full name (no leading dot), looked up once. */
export function reflectedType(typeName: string): Protobuf.Type {
  let type = types.get(typeName);
  if (type === undefined) {
    type = reflectionRoot().lookupType(typeName);
    types.set(typeName, type);
  }
  return type;
}

export type { Protobuf };
