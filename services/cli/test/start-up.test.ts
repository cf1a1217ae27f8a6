import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const TSCONFIG = fileURLToPath(new URL("../../../tsconfig.base.json", import.meta.url));

/** Libraries a command that only reads never runs; each costs tens to hundreds of ms to load. */
const NOT_FOR_READING = /\/(ajv|pino|@opentelemetry\/[^/]+)\/|\/protobufjs\/light\.js$/;

/**
 * Imports `modules` in a fresh process, as the command table loads a command, and lists the
 * CommonJS files that came with them that match NOT_FOR_READING (ESM-imported CommonJS lands
 * in require.cache too).
 */
function heavyLoadedBy(modules: string[]): Promise<string[]> {
  const script =
    'import { createRequire } from "node:module";' +
    `for (const m of ${JSON.stringify(modules)}) await import(m);` +
    "const keys = Object.keys(createRequire(import.meta.url).cache);" +
    `console.log(JSON.stringify(keys.filter((k) => ${NOT_FOR_READING.toString()}.test(k))));`;
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ["--conditions=source", "--import", "tsx/esm", "--input-type=module", "-e", script],
      {
        cwd: fileURLToPath(new URL("..", import.meta.url)),
        env: { ...process.env, TSX_TSCONFIG_PATH: TSCONFIG },
        stdio: ["ignore", "pipe", "pipe"],
      },
    );
    let out = "";
    let err = "";
    child.stdout.on("data", (b: Buffer) => (out += b.toString()));
    child.stderr.on("data", (b: Buffer) => (err += b.toString()));
    child.once("error", reject);
    child.once("close", (code) =>
      code === 0
        ? resolve(
            (JSON.parse(out.trim()) as string[]).map((k) => k.replace(/.*node_modules\//, "")),
          )
        : reject(new Error(`the import probe exited with ${code}: ${err}`)),
    );
  });
}

const command = (name: string) =>
  fileURLToPath(new URL(`../src/commands/${name}.ts`, import.meta.url));

describe("what a reading command loads before its first output", () => {
  it("replay and tail load no validator, logger, tracing or reflection library", async () => {
    expect(await heavyLoadedBy([command("replay"), command("tail")])).toEqual([]);
  });

  it("the probe sees them when the bus's main face is loaded (positive control)", async () => {
    const loaded = await heavyLoadedBy(["@tongbao/bus"]);
    expect(loaded.some((k) => k.startsWith("pino/"))).toBe(true);
    expect(loaded.some((k) => k.startsWith("@opentelemetry/"))).toBe(true);
  });
});
