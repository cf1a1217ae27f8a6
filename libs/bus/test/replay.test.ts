import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { jetstream, type JetStreamClient } from "@nats-io/jetstream";
import { connect, type NatsConnection } from "@nats-io/transport-node";
import { decodeEnvelope, encodeEnvelope } from "@tongbao/contracts";
import { isTongbaoError } from "@tongbao/errors";
import {
  showServerLogsOnFailure,
  startNatsServer,
  waitFor,
  type NatsServer,
} from "@tongbao/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { decodeAuditRecord } from "../src/audit/audit-log.js";
import { EnvelopeVerifier } from "../src/envelope/mod.js";
import { Publisher } from "../src/publisher/publisher.js";
import { replay } from "../src/replay/replay.js";
import type { ReplayOptions, ReplayProgress, ReplayedMessage } from "../src/replay/types.js";
import { powerBulletin, Sector, threatBulletinJson, Tlp } from "./fixtures/bulletins.js";
import { createBusStreams, readStream } from "./fixtures/bus-streams.js";
import { bulletinBytes, forgeChain, forgeEnvelope } from "./fixtures/forged-envelopes.js";
import { RED_STAND_IN } from "./fixtures/red-stand-in.js";
import { KeyRing, orgKey } from "./fixtures/signing-keys.js";

const miit = orgKey("miit");
const nea = orgKey("nea");
const WHO = { actor: "ops-miit", reason: "incident 2025-0042 review" };

describe("replay", () => {
  let server: NatsServer;
  let nc: NatsConnection;
  let js: JetStreamClient;
  let dir: string;
  const verifier = new EnvelopeVerifier(new KeyRing(miit, nea));
  /** Stream sequences of what the suite stored, by role. */
  const seqs = { tampered: 0, redToMem: 0, neaBulletin: 0, afterPause: 0 };
  let beforePause: Date;
  showServerLogsOnFailure(() => [server]);

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "tongbao-replay-"));
    server = await startNatsServer();
    nc = await connect({ servers: server.url });
    js = jetstream(nc);
    await createBusStreams(nc);
    const publisher = await Publisher.open({
      nc,
      signer: miit.signer,
      producerId: "miit-1",
      outboxDir: dir,
      protection: RED_STAND_IN,
    });
    // 1-20: miit bulletins, sealed in one batch.
    await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        publisher.publish(powerBulletin({ payload: threatBulletinJson(`b${i}`) })),
      ),
    );
    await publisher.drain(10_000);
    // 21: a tampered copy of a valid bulletin.
    const e = decodeEnvelope(forgeEnvelope(miit.signer, bulletinBytes("tampered")));
    const payload = Uint8Array.from(e.payload);
    payload[5] = (payload[5] ?? 0) ^ 0xff;
    seqs.tampered = (
      await js.publish("tb.live.bulletin.power.miit", encodeEnvelope({ ...e, payload }))
    ).seq;
    // 22-23: TLP:RED to mem and sasac.
    await publisher.publish(
      powerBulletin({ marking: { tlp: Tlp.TLP_RED }, recipients: ["mem", "sasac"] }),
    );
    await publisher.drain(10_000);
    seqs.redToMem = seqs.tampered + 1;
    // 24: an nea bulletin on oil and gas.
    seqs.neaBulletin = (
      await js.publish(
        "tb.live.bulletin.oil_and_gas.nea",
        forgeEnvelope(nea.signer, bulletinBytes("nea"), { sectors: [Sector.SECTOR_OIL_AND_GAS] }),
      )
    ).seq;
    // A clean millisecond boundary between what came before and the chain after it.
    const stored = Date.now();
    await waitFor(() => Date.now() > stored + 1, { name: "the clock to move on" });
    beforePause = new Date();
    await waitFor(() => Date.now() > beforePause.getTime() + 1, { name: "the clock to move on" });
    // 25-28: after a pause, a chain from another producer with position 3 missing.
    for (const [i, bytes] of forgeChain(miit.signer, "miit-2", [1, 2, 4, 5]).entries()) {
      const { seq } = await js.publish("tb.live.bulletin.power.miit", bytes);
      if (i === 0) seqs.afterPause = seq;
    }
    await publisher.close();
  });
  afterAll(async () => {
    await nc?.close();
    await server?.[Symbol.asyncDispose]();
    await rm(dir, { recursive: true, force: true });
  });

  async function collect(opts: Partial<ReplayOptions> = {}) {
    const r = replay({ nc, verifier, stream: "TB_LIVE", from: { seq: 1 }, audit: WHO, ...opts });
    const out: ReplayedMessage[] = [];
    for await (const m of r) out.push(m);
    return { messages: out, summary: await r.summary };
  }

  it("ends at once, complete, when the subject filter matches nothing in the stream", async () => {
    const { messages, summary } = await collect({ filter: { subject: "tb.live.nothing.>" } });
    expect(messages).toEqual([]);
    expect(summary).toMatchObject({ scanned: 0, complete: true });
  });

  it("verifies a whole range and reports the tampered message with its stream sequence", async () => {
    const { messages, summary } = await collect();
    expect(messages.map((m) => m.seq)).toEqual(
      Array.from({ length: 28 }, (_, i) => i + 1).filter((s) => s !== seqs.tampered),
    );
    expect(messages.every((m) => m.verified)).toBe(true);
    expect(summary).toMatchObject({
      scanned: 28,
      matched: 27,
      verified: 27,
      failed: 1,
      complete: true,
    });
    expect(summary.failures).toEqual([
      expect.objectContaining({ seq: seqs.tampered, code: "TB_ERR_SIGNATURE" }),
    ]);
  });

  it("yields and reports the same with its hashing in the hashing thread", async () => {
    const here = await collect({ hashingThread: false });
    const threaded = await collect({ hashingThread: true });
    const strip = ({ data: _data, ...m }: ReplayedMessage) => m;
    expect(threaded.messages.map(strip)).toEqual(here.messages.map(strip));
    const { auditSeq: _a, elapsedMs: _e, ...summary } = threaded.summary;
    expect(here.summary).toMatchObject(summary);
  });

  it("reports the gap in a producer's chain", async () => {
    const { summary } = await collect();
    expect(summary.gapCount).toBe(1);
    expect(summary.gaps[0]).toMatchObject({
      kind: "gap",
      producerId: "miit-2",
      lastSeq: 2,
      seq: 4,
    });
  });

  it("filters by subject on the server and by type, origin, recipient and marking here", async () => {
    const bySubject = await collect({ filter: { subject: "tb.live.bulletin.oil_and_gas.>" } });
    expect(bySubject.messages.map((m) => m.seq)).toEqual([seqs.neaBulletin]);
    expect(bySubject.summary.scanned).toBe(1);

    const byOrigin = await collect({ filter: { origin: "nea" } });
    expect(byOrigin.messages.map((m) => m.header.source)).toEqual(["nea"]);

    const byRecipient = await collect({ filter: { recipient: "mem" } });
    expect(byRecipient.messages.map((m) => m.subject)).toEqual(["tb.live.to.mem.bulletin.miit"]);

    const red = await collect({ filter: { marking: [Tlp.TLP_RED] } });
    expect(red.messages.map((m) => m.seq)).toEqual([seqs.redToMem, seqs.redToMem + 1]);

    const none = await collect({ filter: { type: "tongbao.warning.v1.EarlyWarning" } });
    expect(none.messages).toEqual([]);
    expect(none.summary.scanned).toBe(28);
  });

  it("replays a window of time and stops at the given sequence", async () => {
    const late = await collect({ filter: { timeWindow: { from: beforePause } } });
    expect(late.messages.map((m) => m.header.producerId)).toEqual([
      "miit-2",
      "miit-2",
      "miit-2",
      "miit-2",
    ]);
    const head = await collect({ to: { seq: 5 } });
    expect(head.messages.map((m) => m.seq)).toEqual([1, 2, 3, 4, 5]);
    expect(head.summary.endSeq).toBe(5);
    const fromTime = await collect({ from: { time: beforePause } });
    expect(fromTime.messages[0]?.seq).toBe(seqs.afterPause);
  });

  it("writes who, which range, which filters and why to AUDIT, and the summary at the end", async () => {
    const before = (await readStream(js, "TB_AUDIT")).length;
    const { summary } = await collect({ to: { seq: 10 }, filter: { origin: "miit" } });
    const records = (await readStream(js, "TB_AUDIT")).slice(before);
    expect(records.map((m) => m.subject)).toEqual(["tba.replay.ops-miit", "tba.replay.ops-miit"]);
    const [start, end] = records.map((m) => decodeAuditRecord(m.data));
    expect(start).toMatchObject({
      action: "replay",
      actor: "ops-miit",
      reason: WHO.reason,
      detail: {
        phase: "start",
        stream: "TB_LIVE",
        from: { seq: 1 },
        to: { seq: 10 },
        filter: { origin: "miit" },
        verify: true,
      },
    });
    expect(end).toMatchObject({
      action: "replay",
      detail: { phase: "end", startRecord: start!.id, scanned: 10, verified: 10, complete: true },
    });
    expect(summary.auditSeq).toBe(records[0]!.seq);
  });

  it("refuses to replay without a reason, before reading anything", () => {
    let err: unknown;
    try {
      replay({
        nc,
        verifier,
        stream: "TB_LIVE",
        from: { seq: 1 },
        audit: { actor: "ops-miit", reason: " " },
      });
    } catch (e) {
      err = e;
    }
    expect(isTongbaoError(err, "TB_ERR_BAD_REQUEST")).toBe(true);
    expect((err as { path?: string }).path).toBe("audit.reason");
  });

  it("reports progress while running and once at the end", async () => {
    const progress: ReplayProgress[] = [];
    await collect({ onProgress: (p) => progress.push(p), progressIntervalMs: 0 });
    expect(progress.at(-1)).toMatchObject({ scanned: 28, verified: 27, failed: 1, endSeq: 28 });
  });

  it("records a replay the reader abandons as incomplete", async () => {
    const r = replay({
      nc,
      verifier,
      stream: "TB_LIVE",
      from: { seq: 1 },
      audit: WHO,
      batchBytes: 4096,
    });
    let n = 0;
    for await (const _m of r) if (++n === 3) break;
    const summary = await r.summary;
    expect(summary.complete).toBe(false);
    expect(summary.scanned).toBe(3);
  });
});
