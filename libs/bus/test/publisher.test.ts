import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { jetstream, type JetStreamClient } from "@nats-io/jetstream";
import { connect, type NatsConnection } from "@nats-io/transport-node";
import { contractFor, decodeEnvelope, decodeHeader } from "@tongbao/contracts";
import { isTongbaoError } from "@tongbao/errors";
import {
  showServerLogsOnFailure,
  startNatsServer,
  waitFor,
  type NatsServer,
} from "@tongbao/testing";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { messageDigest } from "../src/crypto/digest.js";
import { EnvelopeVerifier } from "../src/envelope/mod.js";
import { Publisher } from "../src/publisher/publisher.js";
import {
  paddedBulletin,
  powerBulletin,
  Sector,
  THREAT_BULLETIN,
  threatBulletinJson,
  Tlp,
} from "./fixtures/bulletins.js";
import { createBusStreams, readStream, storedCount } from "./fixtures/bus-streams.js";
import { KeyRing, orgKey } from "./fixtures/signing-keys.js";

const miit = orgKey("miit");

describe("Publisher", () => {
  let server: NatsServer;
  let nc: NatsConnection;
  let js: JetStreamClient;
  let dir: string;
  let publisher: Publisher | undefined;
  showServerLogsOnFailure(() => [server]);

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), "tongbao-publisher-"));
    server = await startNatsServer();
    nc = await connect({ servers: server.url, maxReconnectAttempts: -1, reconnectTimeWait: 100 });
    js = jetstream(nc);
    await createBusStreams(nc);
  });
  afterEach(async () => {
    await publisher?.close();
    publisher = undefined;
    await nc.close();
    await server[Symbol.asyncDispose]();
    await rm(dir, { recursive: true, force: true });
  });

  async function open(producerId = "miit-svc-1"): Promise<Publisher> {
    publisher = await Publisher.open({
      nc,
      signer: miit.signer,
      producerId,
      outboxDir: dir,
      outbox: { retryInitialMs: 50, retryMaxMs: 200 },
      ackTimeoutMs: 1_000,
    });
    return publisher;
  }

  it("publishes a signed bulletin with its id as Nats-Msg-Id, and it verifies against the subject", async () => {
    const pub = await open();
    const { id, subjects } = await pub.publish(powerBulletin());
    expect(subjects).toEqual(["tb.live.bulletin.power.miit"]);
    await pub.drain(10_000);
    const [stored] = await readStream(js, "TB_LIVE");
    expect(stored?.headers?.get("Nats-Msg-Id")).toBe(id);
    const verified = await new EnvelopeVerifier(new KeyRing(miit)).verify(stored!.data, {
      subject: stored!.subject,
    });
    expect(verified.header.id).toBe(id);
    expect(verified.header.source).toBe("miit");
    expect(verified.header.producerId).toBe("miit-svc-1");
    expect(Number(verified.header.producerSeq)).toBe(1);
  });

  it("fans an addressed message out as one copy per recipient, each with its own Nats-Msg-Id", async () => {
    const pub = await open();
    const { id, subjects } = await pub.publish(
      powerBulletin({
        marking: { tlp: Tlp.TLP_AMBER_STRICT },
        recipients: ["nea", "mem", "sasac"],
      }),
    );
    expect(subjects).toEqual([
      "tb.live.to.nea.bulletin.miit",
      "tb.live.to.mem.bulletin.miit",
      "tb.live.to.sasac.bulletin.miit",
    ]);
    await pub.drain(10_000);
    const stored = await readStream(js, "TB_LIVE");
    expect(stored.map((m) => m.headers?.get("Nats-Msg-Id"))).toEqual([
      `${id}:nea`,
      `${id}:mem`,
      `${id}:sasac`,
    ]);
    const headers = stored.map((m) => decodeHeader(decodeEnvelope(m.data).header));
    expect(new Set(headers.map((h) => h.id))).toEqual(new Set([id]));
    // Each copy opens the chain of its own subject.
    expect(headers.map((h) => Number(h.producerSeq))).toEqual([1, 1, 1]);
  });

  it("sends a multi-sector broadcast once per sector", async () => {
    const pub = await open();
    const { id, subjects } = await pub.publish(
      powerBulletin({ sectors: [Sector.SECTOR_POWER, Sector.SECTOR_OIL_AND_GAS] }),
    );
    expect(subjects).toEqual(["tb.live.bulletin.power.miit", "tb.live.bulletin.oil_and_gas.miit"]);
    await pub.drain(10_000);
    const ids = (await readStream(js, "TB_LIVE")).map((m) => m.headers?.get("Nats-Msg-Id"));
    expect(ids).toEqual([`${id}:power`, `${id}:oil_and_gas`]);
  });

  it("refuses a schema-invalid payload, naming the field, before anything is written", async () => {
    const pub = await open();
    const err = await pub
      .publish(
        powerBulletin({ payload: { ...threatBulletinJson(), severity: "SEVERITY_APOCALYPTIC" } }),
      )
      .catch((e: unknown) => e);
    expect(isTongbaoError(err, "TB_ERR_SCHEMA")).toBe(true);
    expect((err as { path?: string }).path).toMatch(/^payload\.severity/);
    const missingTitle = await pub
      .publish(powerBulletin({ payload: { ...threatBulletinJson(), title: "" } }))
      .catch((e: unknown) => e);
    expect(isTongbaoError(missingTitle, "TB_ERR_CONTRACT")).toBe(true);
    expect((missingTitle as { path?: string }).path).toBe("payload.title");
    expect(pub.stats()).toMatchObject({ pending: 0, published: 0, signatures: 0 });
    expect(await storedCount(nc, "TB_LIVE")).toBe(0);
  });

  it("refuses TLP:RED without named recipients and an unknown message type", async () => {
    const pub = await open();
    const red = await pub
      .publish(powerBulletin({ marking: { tlp: Tlp.TLP_RED } }))
      .catch((e: unknown) => e);
    expect(isTongbaoError(red)).toBe(true);
    expect((red as { path?: string }).path).toBe("recipients");
    // Named recipients but no protection to encrypt to them: refused, never sent in clear.
    const clear = await pub
      .publish(powerBulletin({ marking: { tlp: Tlp.TLP_RED }, recipients: ["nea"] }))
      .catch((e: unknown) => e);
    expect(isTongbaoError(clear, "TB_ERR_MARKING")).toBe(true);
    expect((clear as { path?: string }).path).toBe("marking.tlp");
    const unknown = await pub
      .publish(powerBulletin({ type: "tongbao.bulletin.v1.NoSuchThing" }))
      .catch((e: unknown) => e);
    expect(isTongbaoError(unknown, "TB_ERR_UNKNOWN_TYPE")).toBe(true);
    expect(pub.stats().published).toBe(0);
  });

  it("envelopes large payloads in place, fanned-out copies and small ones as copies, all verifying", async () => {
    const pub = await open();
    const verifier = new EnvelopeVerifier(new KeyRing(miit));
    // The room ahead of a payload is sized on the header before: one of the same shape.
    await pub.publish(powerBulletin());
    const large = paddedBulletin(64 * 1024, 1);
    const results = await Promise.all([
      pub.publish(large),
      pub.publish(paddedBulletin(64 * 1024, 2)),
      pub.publish({
        ...paddedBulletin(20_000, 3),
        sectors: [Sector.SECTOR_POWER, Sector.SECTOR_OIL_AND_GAS],
      }),
      // Below the in-place size, and above Node's pooled sizes: a buffer of its own.
      pub.publish(paddedBulletin(6_000, 4)),
    ]);
    const envelopes = results.flatMap((r) => r.envelopes);
    expect(envelopes).toHaveLength(5);
    // Written into the buffer the payload was encoded in, behind the room left ahead of it;
    // a copy is a buffer of its own, starting at 0.
    expect(envelopes.map((e) => e.byteOffset > 0)).toEqual([true, true, true, false, false]);
    await pub.drain(10_000);
    const stored = (await readStream(js, "TB_LIVE")).slice(1);
    expect(stored).toHaveLength(5);
    for (const [i, m] of stored.entries()) {
      expect(Buffer.from(m.data).equals(Buffer.from(envelopes[i]!)), `copy ${i}`).toBe(true);
      const verified = await verifier.verify(m.data, { subject: m.subject });
      expect(verified.header.id).toBe(results[[0, 1, 2, 2, 3][i]!]!.id);
    }
    const body = (bytes: Uint8Array) =>
      (contractFor(THREAT_BULLETIN)!.decode(decodeEnvelope(bytes).payload) as { body: string })
        .body;
    expect(body(stored[0]!.data)).toBe((large.payload as { body: string }).body);
    // The fanned-out copies carry the same payload, the second one copied.
    expect(body(stored[3]!.data)).toBe(body(stored[2]!.data));
  });

  it("seals the publishes of one tick under one signature", async () => {
    const pub = await open();
    const results = await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        pub.publish(powerBulletin({ payload: threatBulletinJson(`bulletin ${i}`) })),
      ),
    );
    expect(pub.stats()).toMatchObject({ published: 40, copies: 40, signatures: 1 });
    await pub.drain(10_000);
    const envelopes = (await readStream(js, "TB_LIVE")).map((m) => decodeEnvelope(m.data));
    expect(envelopes.map((e) => decodeHeader(e.header).id)).toEqual(results.map((r) => r.id));
    const signatures = new Set(
      envelopes.map((e) => Buffer.from(e.signatures[0]?.value ?? []).toString("hex")),
    );
    expect(signatures.size).toBe(1);
    expect(envelopes.map((e) => e.signatures[0]!.leafCount)).toEqual(Array(40).fill(40));
  });

  it("accepts publishes while the bus is down, shows the backlog, and delivers them when it returns", async () => {
    const pub = await open();
    await pub.publish(powerBulletin());
    await pub.drain(10_000);
    await server.stop();
    await waitFor(() => !pub.stats().connected, { name: "the outbox to see the bus down" });
    const ids = [];
    for (let i = 0; i < 20; i++) {
      ids.push(
        (await pub.publish(powerBulletin({ payload: threatBulletinJson(`offline ${i}`) }))).id,
      );
    }
    expect(pub.stats().pending).toBe(20);
    await server.restart();
    await pub.drain(20_000);
    expect(pub.stats().pending).toBe(0);
    // Resends after an outage may land out of order; each lands once.
    const stored = (await readStream(js, "TB_LIVE")).map((m) => m.headers?.get("Nats-Msg-Id"));
    expect(stored).toHaveLength(21);
    expect(new Set(stored.slice(1))).toEqual(new Set(ids));
  });

  it("continues each subject's chain after the publisher is reopened on the same outbox", async () => {
    let pub = await open();
    for (let i = 0; i < 3; i++) await pub.publish(powerBulletin());
    await pub.close();
    pub = await open();
    await pub.publish(powerBulletin());
    await pub.drain(10_000);
    const envelopes = (await readStream(js, "TB_LIVE")).map((m) => decodeEnvelope(m.data));
    const headers = envelopes.map((e) => decodeHeader(e.header));
    expect(headers.map((h) => Number(h.producerSeq))).toEqual([1, 2, 3, 4]);
    for (let i = 1; i < envelopes.length; i++) {
      const prev = envelopes[i - 1]!;
      expect(Buffer.from(headers[i]!.prevDigest)).toEqual(messageDigest(prev.header, prev.payload));
    }
  });
});
