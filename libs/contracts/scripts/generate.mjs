#!/usr/bin/env node
// Regenerates everything in src/generated/ (and schemas/jsonschema/) from schemas/proto.
// Nothing there is edited by hand: change a .proto file and run `pnpm --filter
// @tongbao/contracts generate`. CI regenerates into a temporary folder and fails on any
// difference, so the checked-in code always matches the schemas.
//
//   node scripts/generate.mjs [--out <dir>] [--jsonschema-out <dir>]
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { writeJsonSchemas } from "./json-schema.mjs";

const require = createRequire(import.meta.url);
const pkgDir = join(dirname(fileURLToPath(import.meta.url)), "..");
const protoDir = join(pkgDir, "../../schemas/proto");

function option(name, fallback) {
  const i = process.argv.indexOf(name);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
}

const outDir = option("--out", join(pkgDir, "src/generated"));
const jsonSchemaDir = option("--jsonschema-out", join(pkgDir, "../../schemas/jsonschema"));

/** Every .proto under schemas/proto, relative to it, in a stable order. */
function protoFiles() {
  return readdirSync(protoDir, { recursive: true, encoding: "utf8" })
    .filter((f) => f.endsWith(".proto"))
    .map((f) => f.split(sep).join("/"))
    .sort();
}

function cli(bin, args) {
  const script = require.resolve(`protobufjs-cli/bin/${bin}`);
  const res = spawnSync(process.execPath, [script, ...args], { cwd: protoDir, encoding: "utf8" });
  if (res.status !== 0) {
    process.stderr.write(res.stdout + res.stderr);
    throw new Error(`${bin} failed (exit ${res.status})`);
  }
  return res.stdout;
}

const HEADER =
  "// Generated from schemas/proto by libs/contracts/scripts/generate.mjs. Do not edit.\n";

/**
 * protobufjs, like protoc, treats a known field that arrives with the wrong wire type as an
 * unknown field and drops it silently. On the bus that is always a producer bug or
 * tampering, so the decoders throw instead; the caller turns it into TB_ERR_DECODE naming
 * the field.
 */
function strictWireTypes(code) {
  const lenient = /if \(wireType !== (\d)\)\n(\s*)break;/g;
  const count = code.match(lenient)?.length ?? 0;
  if (count === 0) throw new Error("pbjs output changed: no wire type checks found");
  return code.replace(
    lenient,
    (_m, wt, indent) =>
      `if (wireType !== ${wt})\n${indent}throw $Error("invalid wire type " + wireType + " for field " + tag);`,
  );
}

/**
 * --force-number only changes the declared types: at run time protobufjs still returns Long
 * objects for 64-bit fields whenever the `long` package is installed. Switching Long off in
 * this module's own protobufjs before any class is built makes the values plain numbers, as
 * the types say. protobufjs 8 is a dependency of this package alone, so nothing else shares
 * that setting.
 */
function numbersForLongs(code) {
  const line = 'import $protobuf from "protobufjs/minimal.js";\n';
  if (!code.includes(line)) throw new Error("pbjs output changed: protobufjs import not found");
  return code.replace(line, `${line}$protobuf.util.Long = undefined;\n$protobuf.configure();\n`);
}

/** The schemas parsed with their comments, which become the JSON Schema descriptions. */
function parseSchemas(files) {
  const protobuf = require("protobufjs");
  const root = new protobuf.Root();
  root.resolvePath = (_origin, target) =>
    target.startsWith("google/protobuf/") ? target : join(protoDir, target);
  root.loadSync(files, { alternateCommentMode: true });
  root.resolveAll();
  return root;
}

const files = protoFiles();
mkdirSync(outDir, { recursive: true });
const work = mkdtempSync(join(tmpdir(), "tongbao-contracts-gen-"));
try {
  // Static code: one class per message with encode/decode, numbers for 64-bit integers
  // (every 64-bit field on the bus stays far below 2^53), no reflection at run time.
  // JSON conversion is ours (src/json), so protobufjs's own converters are left out.
  const js = join(work, "tongbao.js");
  cli("pbjs", [
    ...["-t", "static-module", "-w", "esm", "-r", "tongbao", "-o", js],
    ...["--alt-comment", "--force-number", "--no-verify", "--no-convert", "--no-delimited"],
    ...files,
  ]);
  const dts = join(work, "tongbao.d.ts");
  cli("pbts", ["-o", dts, js]);

  writeFileSync(
    join(outDir, "tongbao.js"),
    HEADER + numbersForLongs(strictWireTypes(readFileSync(js, "utf8"))),
  );
  // The declarations import `long`, which --force-number never uses; dropping that line
  // keeps the file valid as an ES module declaration.
  const types = readFileSync(dts, "utf8").replace(/^import Long = require\("long"\);\n/m, "");
  writeFileSync(join(outDir, "tongbao.d.ts"), HEADER + types);

  // The same schemas as a reflection descriptor, for the JSON mapping, the JSON Schemas
  // and the fault locator that names the field where undecodable bytes go wrong.
  const descriptor = JSON.parse(cli("pbjs", ["-t", "json", "--alt-comment", ...files]));
  writeFileSync(
    join(outDir, "descriptor.js"),
    `${HEADER}export const descriptor = ${JSON.stringify(descriptor, null, 1)};\n`,
  );
  writeFileSync(
    join(outDir, "descriptor.d.ts"),
    `${HEADER}import type { INamespace } from "protobufjs";\nexport declare const descriptor: INamespace;\n`,
  );
  writeJsonSchemas(parseSchemas(files), { outDir, jsonSchemaDir, header: HEADER });
} finally {
  rmSync(work, { recursive: true, force: true });
}
