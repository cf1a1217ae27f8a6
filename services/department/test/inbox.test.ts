import { appendFile, mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { Inbox } from "../src/inbox/inbox.js";
import type { InboxEntry } from "../src/inbox/types.js";

function entry(id: string): Omit<InboxEntry, "n"> {
  return {
    id,
    type: "tongbao.bulletin.v1.ThreatBulletin",
    source: "miit",
    subject: "tb.live.bulletin.power.miit",
    addressed: false,
    stream: "TB_LIVE",
    streamSeq: 1,
    storedAt: new Date(0).toISOString(),
    status: "live",
    tlp: "TLP_GREEN",
    recipients: [],
    sectors: ["power"],
    correlationId: id,
    causationId: "",
    keyId: "miit-1",
    payload: {},
  };
}

describe("Inbox journal", () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), "tongbao-inbox-"));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it("writes a delivery with nothing more to do and its handled mark together", async () => {
    const inbox = await Inbox.open(dir);
    const deliveries = await Promise.all(
      ["a", "b", "c"].map((id) => inbox.deliver(entry(id), { handled: true })),
    );
    expect(deliveries.map((e) => e.n)).toEqual([1, 2, 3]);
    expect(["a", "b", "c"].map((id) => inbox.seen.has(id))).toEqual([true, true, true]);
    await inbox.close();
    const lines = (await readFile(join(dir, "inbox.jsonl"), "utf8")).trim().split("\n");
    expect(lines.map((l) => (JSON.parse(l) as { kind: string }).kind)).toEqual([
      "delivered",
      "handled",
      "delivered",
      "handled",
      "delivered",
      "handled",
    ]);
    const reopened = await Inbox.open(dir);
    expect(reopened.size).toBe(3);
    expect(reopened.seen.has("b")).toBe(true);
    await reopened.close();
  });

  it("does not take a message as handled when its delivery line was lost", async () => {
    await appendFile(join(dir, "inbox.jsonl"), JSON.stringify({ kind: "handled", id: "x" }) + "\n");
    const inbox = await Inbox.open(dir);
    expect(inbox.seen.has("x")).toBe(false);
    const e = await inbox.deliver(entry("x"), { handled: true });
    expect(e.n).toBe(1);
    expect(inbox.seen.has("x")).toBe(true);
    await inbox.close();
  });
});
