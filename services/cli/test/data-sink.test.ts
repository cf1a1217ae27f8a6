import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DataSink } from "../src/data-sink.js";

/** A varint as protobuf writes it, computed apart from the sink's own writer. */
function varint(n: number): Buffer {
  const out: number[] = [];
  for (; n > 0x7f; n = Math.floor(n / 128)) out.push((n % 128) | 0x80);
  out.push(n);
  return Buffer.from(out);
}

describe("the replay's output sink", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "tongbao-sink-"));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it("writes length-delimited frames byte for byte, across chunks and larger than one", async () => {
    const file = join(dir, "frames.bin");
    const sink = await DataSink.open(file);
    const frames = [
      ...Array.from({ length: 700 }, (_, i) => Buffer.alloc(1_000 + (i % 300), i % 251)),
      Buffer.alloc(300 * 1024, 7),
      Buffer.alloc(0),
      Buffer.alloc(129, 9),
    ];
    for (const f of frames) await sink.writeDelimited(f);
    await sink.close();
    const expected = Buffer.concat(frames.flatMap((f) => [varint(f.length), f]));
    expect((await readFile(file)).equals(expected)).toBe(true);
  });

  it("writes lines of text as UTF-8, multi-byte characters across chunk boundaries", async () => {
    const file = join(dir, "lines.jsonl");
    const sink = await DataSink.open(file);
    const lines = Array.from(
      { length: 5_000 },
      (_, i) =>
        `${JSON.stringify({ seq: i, title: `关于工业路由器漏洞的通报 ${"é".repeat(i % 97)}` })}\n`,
    );
    lines.push(`${"长".repeat(100_000)}\n`);
    for (const l of lines) await sink.writeText(l);
    await sink.close();
    expect(await readFile(file, "utf8")).toBe(lines.join(""));
  });
});
