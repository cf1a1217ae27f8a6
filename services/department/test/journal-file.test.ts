import { appendFile, mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { JsonLinesFile } from "../src/inbox/journal-file.js";

describe("JsonLinesFile", () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), "tongbao-journal-"));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it("keeps every line of appends made at once, in the order they were made", async () => {
    const path = join(dir, "inbox.jsonl");
    const { file } = await JsonLinesFile.open<{ n: number }>(path);
    const written: number[] = [];
    await Promise.all(
      Array.from({ length: 200 }, (_, n) => file.append({ n }).then(() => written.push(n))),
    );
    await file.close();
    expect(written).toHaveLength(200);
    const { lines } = await JsonLinesFile.open<{ n: number }>(path);
    expect(lines.map((l) => l.n)).toEqual(Array.from({ length: 200 }, (_, n) => n));
  });

  it("keeps a line appended after a crash left the last one torn", async () => {
    const path = join(dir, "inbox.jsonl");
    await appendFile(path, '{"n":1}\n{"n":2');
    const first = await JsonLinesFile.open<{ n: number }>(path);
    expect(first.lines).toEqual([{ n: 1 }]);
    await first.file.append({ n: 3 });
    await first.file.close();
    const { lines } = await JsonLinesFile.open<{ n: number }>(path);
    expect(lines).toEqual([{ n: 1 }, { n: 3 }]);
    expect(await readFile(path, "utf8")).toBe('{"n":1}\n{"n":2\n{"n":3}\n');
  });
});
