import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

/** schemas/proto, the include path for protoc. */
export const PROTO_DIR = fileURLToPath(new URL("../../../../schemas/proto", import.meta.url));

/** Debian's protoc; `npm test` installs protobuf-compiler when it is missing. */
export const PROTOC =
  ["/usr/bin/protoc", "/usr/local/bin/protoc"].find((p) => existsSync(p)) ?? "protoc";

/** The .proto file that declares a type, e.g. tongbao/receipt/v1/receipt.proto. */
export function protoFileOf(typeName: string): string {
  const [, family] = typeName.split(".");
  return `tongbao/${family}/v1/${family}.proto`;
}

function run(args: string[], input: Uint8Array | string): Buffer {
  const res = spawnSync(PROTOC, args, { input, maxBuffer: 16 * 1024 * 1024 });
  if (res.status !== 0) {
    throw new Error(`protoc ${args.join(" ")} failed: ${String(res.error ?? res.stderr)}`);
  }
  return res.stdout;
}

/** protoc --decode: the message in text format as protoc reads the bytes. */
export function protocDecode(typeName: string, bytes: Uint8Array): string {
  return run([`-I${PROTO_DIR}`, `--decode=${typeName}`, protoFileOf(typeName)], bytes).toString(
    "utf8",
  );
}

/** protoc --encode: text format to binary, as protoc writes it. */
export function protocEncode(typeName: string, text: string): Buffer {
  return run([`-I${PROTO_DIR}`, `--encode=${typeName}`, protoFileOf(typeName)], text);
}
