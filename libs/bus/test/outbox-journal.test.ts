import { appendFile, mkdtemp, readFile, rm, stat, truncate, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { isTongbaoError } from "@tongbao/errors";
import { waitFor } from "@tongbao/testing";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { OutboxJournal } from "../src/outbox/journal.js";
import {
  CHAINS_FILE,
  segmentName,
  type JournalEntry,
  type OutboxRecord,
} from "../src/outbox/mod.js";

function record(i: number, size = 200, meta?: Record<string, string>): OutboxRecord {
  const data = Buffer.alloc(size, i % 251);
  data.writeUInt32LE(i, 0);
  const r: OutboxRecord = {
    subject: `t.journal.${i % 3}`,
    msgId: `msg-${i}`,
    data,
    headers: { "Tongbao-Test": `h${i}` },
  };
  if (meta) r.meta = meta;
  return r;
}

function ids(entries: Iterable<JournalEntry>): string[] {
  return [...entries].map((e) => e.record?.msgId ?? `spilled:${e.seq}`);
}

describe("the outbox journal", () => {
  let dir: string;
  let journal: OutboxJournal | undefined;

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), "tongbao-outbox-journal-"));
  });
  afterEach(async () => {
    await journal?.close();
    journal = undefined;
    await rm(dir, { recursive: true, force: true });
  });

  it("keeps exactly the unacknowledged records across a reopen, with their bytes and headers", async () => {
    journal = await OutboxJournal.open(dir);
    const entries = await journal.append([1, 2, 3, 4, 5].map((i) => record(i)));
    journal.ack(entries[1] as JournalEntry);
    journal.ack(entries[3] as JournalEntry);
    await journal.close();

    journal = await OutboxJournal.open(dir);
    const pending = [...journal.pending()];
    expect(ids(pending)).toEqual(["msg-1", "msg-3", "msg-5"]);
    expect(pending.map((e) => e.seq)).toEqual([1, 3, 5]);
    expect(Buffer.from(pending[1]?.record?.data ?? []).equals(Buffer.from(record(3).data))).toBe(
      true,
    );
    expect(pending[2]?.record?.headers).toEqual({ "Tongbao-Test": "h5" });
    const [next] = await journal.append([record(6)]);
    expect(next?.seq).toBe(6);
  });

  it("shares one fdatasync among all appends that arrive while a sync is under way", async () => {
    journal = await OutboxJournal.open(dir);
    const before = journal.syncs;
    await Promise.all(Array.from({ length: 3000 }, (_, i) => journal?.append([record(i)])));
    // The first append starts a sync at once; the other 2999 arrive during it and share the
    // next one (a single writev of 2999 buffers, more than one system call can take).
    expect(journal.syncs - before).toBe(2);
    await journal.close();
    journal = await OutboxJournal.open(dir);
    const pending = [...journal.pending()];
    expect(pending.map((e) => e.record?.msgId)).toEqual(
      Array.from({ length: 3000 }, (_, i) => `msg-${i}`),
    );
    const last = Buffer.from(pending[2999]?.record?.data ?? []);
    expect(last.equals(Buffer.from(record(2999).data))).toBe(true);
  });

  it("cuts a torn tail (half a record, then garbage) and keeps every record before it", async () => {
    journal = await OutboxJournal.open(dir);
    await journal.append(Array.from({ length: 50 }, (_, i) => record(i + 1)));
    const [last] = await journal.append([record(51, 4000)]);
    await journal.close();
    journal = undefined;

    const file = join(dir, segmentName(1));
    const tornAt = (last as JournalEntry).offset;
    await truncate(file, tornAt + 1500);
    await appendFile(file, Buffer.from("\x13\x37 not a record, just noise after a crash \xff\xfe"));

    journal = await OutboxJournal.open(dir);
    expect(ids(journal.pending())).toEqual(Array.from({ length: 50 }, (_, i) => `msg-${i + 1}`));
    expect((await stat(file)).size).toBe(tornAt);
    // The journal goes on appending after the cut, and a later reopen sees a clean file.
    await journal.append([record(52)]);
    await journal.close();
    journal = await OutboxJournal.open(dir);
    expect(journal.pendingCount).toBe(51);
    expect([...journal.pending()].at(-1)?.record?.msgId).toBe("msg-52");
  });

  it("refuses to open when a segment other than the newest is damaged", async () => {
    journal = await OutboxJournal.open(dir, { segmentBytes: 8192 });
    for (let i = 0; i < 20; i++) await journal.append([record(i, 1000)]);
    expect(journal.segmentIds().length).toBeGreaterThan(2);
    await journal.close();
    journal = undefined;

    const file = join(dir, segmentName(1));
    const bytes = await readFile(file);
    bytes[200] = (bytes[200] as number) ^ 0xff;
    await writeFile(file, bytes);
    const err: unknown = await OutboxJournal.open(dir).catch((e: unknown) => e);
    expect(isTongbaoError(err, "TB_ERR_OUTBOX")).toBe(true);
    expect(String(err)).toMatch(/00000001\.log is damaged at offset \d+ \(checksum mismatch\)/);
  });

  it("deletes segments once all their records are acknowledged, and never reuses a sequence", async () => {
    journal = await OutboxJournal.open(dir, { segmentBytes: 8192, ackFlushMs: 1 });
    const all: JournalEntry[] = [];
    for (let i = 0; i < 40; i++) all.push(...(await journal.append([record(i, 1000)])));
    expect(journal.segmentIds().length).toBeGreaterThanOrEqual(5);
    for (const e of all) journal.ack(e);
    const j = journal;
    await waitFor(() => j.segmentIds().length === 1, { name: "segments compacted to one" });
    await journal.close();

    journal = await OutboxJournal.open(dir);
    expect(journal.pendingCount).toBe(0);
    const [next] = await journal.append([record(99)]);
    expect(next?.seq).toBe(41);
  });

  it("copies a long-pending record forward so the segments behind it can be deleted", async () => {
    journal = await OutboxJournal.open(dir, { segmentBytes: 8192, ackFlushMs: 1 });
    const [stuck] = await journal.append([record(0, 300)]);
    for (let i = 1; i < 80; i++) {
      for (const e of await journal.append([record(i, 1000)])) journal.ack(e);
    }
    const j = journal;
    await waitFor(() => j.segmentIds().length <= 3, { name: "old segments deleted" });
    expect(j.segmentIds()[0]).toBeGreaterThan(1);
    expect(ids(j.pending())).toEqual(["msg-0"]);
    await journal.close();

    journal = await OutboxJournal.open(dir);
    const pending = [...journal.pending()];
    expect(pending.map((e) => e.seq)).toEqual([stuck?.seq]);
    expect(
      Buffer.from(pending[0]?.record?.data ?? []).equals(Buffer.from(record(0, 300).data)),
    ).toBe(true);
  });

  it("keeps the latest meta per subject through compaction and reopen", async () => {
    journal = await OutboxJournal.open(dir, { segmentBytes: 8192, ackFlushMs: 1 });
    for (let i = 1; i <= 30; i++) {
      const r = { ...record(i, 1000, { producerSeq: String(i) }), subject: `t.chain.${i % 2}` };
      for (const e of await journal.append([r])) journal.ack(e);
    }
    const j = journal;
    await waitFor(() => j.segmentIds().length === 1, { name: "segments compacted" });
    expect(JSON.parse(await readFile(join(dir, CHAINS_FILE), "utf8"))).toHaveProperty("version", 1);
    await journal.close();

    journal = await OutboxJournal.open(dir);
    const chains = journal.chainState();
    expect(chains.get("t.chain.0")?.meta).toEqual({ producerSeq: "30" });
    expect(chains.get("t.chain.1")?.meta).toEqual({ producerSeq: "29" });
  });

  it("refuses a second writer on the same directory and lets a new one in once it is closed", async () => {
    journal = await OutboxJournal.open(dir);
    const err: unknown = await OutboxJournal.open(dir).catch((e: unknown) => e);
    expect(isTongbaoError(err, "TB_ERR_OUTBOX")).toBe(true);
    expect(String(err)).toMatch(new RegExp(`in use by process ${process.pid}`));
    await journal.close();
    journal = await OutboxJournal.open(dir);
    expect(journal.pendingCount).toBe(0);
  });

  it("keeps records beyond its memory budget on disk only and reads them back intact", async () => {
    journal = await OutboxJournal.open(dir, { maxResidentBytes: 10_000 });
    await journal.append(Array.from({ length: 30 }, (_, i) => record(i, 1000)));
    const pending = [...journal.pending()];
    const spilled = pending.filter((e) => e.record === undefined);
    expect(spilled.length).toBe(20);
    await journal.load(spilled);
    pending.forEach((e, i) => {
      expect(e.record?.msgId).toBe(`msg-${i}`);
      expect(Buffer.from(e.record?.data ?? []).equals(Buffer.from(record(i, 1000).data))).toBe(
        true,
      );
    });
  });

  it("writes large payloads from their own buffers, more pieces than one writev gathers, and reads them back", async () => {
    journal = await OutboxJournal.open(dir, { segmentBytes: 4 * 1024 * 1024 });
    // 600 records of 4 KiB in one append: 1,200 pieces, above Linux's IOV_MAX of 1,024; all
    // 1,200 are more than one segment's worth, so the writes are split where a segment ends.
    const large = Array.from({ length: 1_200 }, (_, i) => record(i, 4096));
    const small = [record(2_000, 100), record(2_001, 100)];
    const [a, b] = await Promise.all([journal.append(large.slice(0, 600)), journal.append(small)]);
    await journal.append(large.slice(600));
    expect(a).toHaveLength(600);
    expect(b).toHaveLength(2);
    expect(journal.segmentIds().length).toBeGreaterThan(1);
    await journal.close();

    journal = await OutboxJournal.open(dir, { segmentBytes: 4 * 1024 * 1024 });
    const pending = [...journal.pending()];
    const spilled = pending.filter((e) => e.record === undefined);
    await journal.load(spilled);
    const expected = [...large.slice(0, 600), ...small, ...large.slice(600)];
    expect(ids(pending)).toEqual(expected.map((r) => r.msgId));
    pending.forEach((e, i) => {
      expect(Buffer.from(e.record?.data ?? []).equals(Buffer.from(expected[i]!.data))).toBe(true);
      expect(e.record?.headers).toEqual(expected[i]!.headers);
    });
  });
});
