import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { jetstream, jetstreamManager, type JetStreamClient } from "@nats-io/jetstream";
import { connect, type NatsConnection } from "@nats-io/transport-node";
import { tongbao } from "@tongbao/contracts";
import {
  showServerLogsOnFailure,
  startNatsServer,
  waitFor,
  type NatsServer,
} from "@tongbao/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Consumer } from "../src/consumer/consumer.js";
import { readQuarantineRecord } from "../src/consumer/quarantine.js";
import type { DeliveredMessage } from "../src/consumer/types.js";
import type { Signer } from "../src/crypto/types.js";
import { EnvelopeVerifier, toTimestamp } from "../src/envelope/mod.js";
import { Publisher } from "../src/publisher/publisher.js";
import { generateAdminSigner, generateSigner } from "../src/registry/dev-identity.js";
import { Registry } from "../src/registry/registry.js";
import { replay } from "../src/replay/replay.js";
import { provision } from "../src/topology.js";
import { powerBulletin, threatBulletinJson } from "./fixtures/bulletins.js";
import { readStream } from "./fixtures/bus-streams.js";
import { bulletinBytes, forgeEnvelope } from "./fixtures/forged-envelopes.js";

const { OrgKind, Sector } = tongbao.common.v1;
const SUBJECT = "tb.live.bulletin.power.miit";
const GRACE_MS = 50;

/**
 * The key lifecycle seen from a department: miit signs with key A, rotates to key B, then
 * revokes B as of a suspected compromise. The department's consumer verifies through its own
 * registry instance, kept fresh by the KV watch, exactly as in production.
 */
describe("key rotation and revocation, end to end through a consumer", () => {
  let server: NatsServer;
  let nc: NatsConnection;
  let js: JetStreamClient;
  let dir: string;
  let adminRegistry: Registry;
  let deptRegistry: Registry;
  let consumer: Consumer;
  const handled: DeliveredMessage[] = [];
  const admin = generateAdminSigner();
  const keyA = generateSigner("miit");
  const keyB = generateSigner("miit");
  showServerLogsOnFailure(() => [server]);

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "tongbao-keys-"));
    server = await startNatsServer();
    nc = await connect({ servers: server.url });
    js = jetstream(nc);
    await provision(await jetstreamManager(nc));
    adminRegistry = await Registry.open({ nc, adminKeys: admin.adminKeys });
    await adminRegistry.registerOrganization(
      {
        id: "miit",
        nameZh: "工业和信息化部",
        kind: OrgKind.ORG_KIND_DEPARTMENT,
        region: "100000",
        sectors: [Sector.SECTOR_RAW_MATERIALS],
      },
      admin.signer,
    );
    await adminRegistry.registerKey(
      { ...keyA.signingKeyRecord, notBefore: new Date(Date.now() - 60_000) },
      admin.signer,
      "initial key",
    );
    deptRegistry = await Registry.open({ nc, adminKeys: admin.adminKeys, audit: false });
    consumer = await Consumer.start({
      nc,
      verifier: new EnvelopeVerifier(deptRegistry, { revocationGraceMs: GRACE_MS }),
      durable: "nea",
      filterSubjects: ["tb.live.bulletin.power.*"],
      handler: async (m) => {
        handled.push(m);
      },
    });
  });
  afterAll(async () => {
    await consumer?.stop();
    await deptRegistry?.close();
    await adminRegistry?.close();
    await nc?.close();
    await server?.[Symbol.asyncDispose]();
    await rm(dir, { recursive: true, force: true });
  });

  async function publishWith(signer: Signer, title: string): Promise<string> {
    const publisher = await Publisher.open({ nc, signer, producerId: "miit-1", outboxDir: dir });
    try {
      const { id } = await publisher.publish(powerBulletin({ payload: threatBulletinJson(title) }));
      await publisher.drain(10_000);
      return id;
    } finally {
      await publisher.close();
    }
  }

  async function quarantined(): Promise<{ code: string; seq: number }[]> {
    return (await readStream(js, "TB_QUARANTINE")).map((m) => {
      const r = readQuarantineRecord(m);
      return { code: r.code, seq: r.streamSeq };
    });
  }

  const state: {
    beforeRotation?: string;
    afterRotation?: string;
    staleSeq?: number;
    beforeRevocation?: string;
    afterRevocationSeq?: number;
    backdatedSeq?: number;
  } = {};

  it("delivers what the current key signs", async () => {
    state.beforeRotation = await publishWith(keyA.signer, "signed with A");
    await waitFor(() => handled.some((m) => m.id === state.beforeRotation), {
      name: "A's bulletin",
    });
    expect(handled.at(-1)?.keyId).toBe(keyA.signer.keyId);
  });

  it("after a rotation, delivers what the new key signs and quarantines what the retired key signs", async () => {
    const { retired } = await adminRegistry.rotateKey(
      keyA.signer.keyId,
      keyB.signingKeyRecord,
      admin.signer,
      "scheduled rotation",
    );
    expect(retired.notAfter).toBeDefined();
    await waitFor(() => deptRegistry.cachedKey(keyA.signer.keyId)?.notAfter, {
      name: "the department to learn of the rotation",
    });
    await waitFor(() => Date.now() > retired.notAfter!.getTime(), { name: "the rotation time" });
    state.afterRotation = await publishWith(keyB.signer, "signed with B");
    // A leaked copy of the retired key is no longer good for new messages.
    state.staleSeq = (
      await js.publish(SUBJECT, forgeEnvelope(keyA.signer, bulletinBytes("stale A")))
    ).seq;
    await waitFor(() => handled.some((m) => m.id === state.afterRotation), {
      name: "B's bulletin",
    });
    await waitFor(async () => (await quarantined()).some((q) => q.seq === state.staleSeq), {
      name: "the stale key's bulletin quarantined",
    });
    expect((await quarantined()).find((q) => q.seq === state.staleSeq)?.code).toBe(
      "TB_ERR_KEY_EXPIRED",
    );
    expect(handled.at(-1)?.keyId).toBe(keyB.signer.keyId);
  });

  it("after a revocation, quarantines what the key signs from the revocation on, back-dated or not", async () => {
    state.beforeRevocation = await publishWith(keyB.signer, "signed with B before the compromise");
    const signedAt = Date.now();
    await waitFor(() => Date.now() > signedAt + 2, { name: "the clock to move on" });
    const compromisedAt = new Date(signedAt + 1);
    await adminRegistry.revokeKey(keyB.signer.keyId, compromisedAt, admin.signer, "key leaked");
    await waitFor(() => deptRegistry.cachedKey(keyB.signer.keyId)?.revokedTime, {
      name: "the department to learn of the revocation",
    });
    await waitFor(() => Date.now() > compromisedAt.getTime() + GRACE_MS, {
      name: "the grace to pass",
    });
    state.afterRevocationSeq = (
      await js.publish(SUBJECT, forgeEnvelope(keyB.signer, bulletinBytes("after")))
    ).seq;
    // The thief back-dates a message to before the revocation; the stream's clock says otherwise.
    state.backdatedSeq = (
      await js.publish(
        SUBJECT,
        forgeEnvelope(keyB.signer, bulletinBytes("back-dated"), {
          time: toTimestamp(new Date(signedAt)),
        }),
      )
    ).seq;
    await waitFor(
      async () => {
        const seqs = (await quarantined()).map((q) => q.seq);
        return seqs.includes(state.afterRevocationSeq!) && seqs.includes(state.backdatedSeq!);
      },
      { name: "both quarantined" },
    );
    const codes = new Map((await quarantined()).map((q) => [q.seq, q.code]));
    expect(codes.get(state.afterRevocationSeq!)).toBe("TB_ERR_KEY_REVOKED");
    expect(codes.get(state.backdatedSeq!)).toBe("TB_ERR_KEY_REVOKED");
    expect(handled.map((m) => m.id)).toContain(state.beforeRevocation);
  });

  it("still verifies, in a replay, everything each key signed inside its window", async () => {
    const r = replay({
      nc,
      verifier: new EnvelopeVerifier(deptRegistry, { revocationGraceMs: GRACE_MS }),
      stream: "TB_LIVE",
      from: { seq: 1 },
      audit: { actor: "ops-nea", reason: "key lifecycle review" },
    });
    const verified = new Map<string, string | undefined>();
    for await (const m of r) verified.set(m.header.id, m.keyId);
    const summary = await r.summary;
    expect(verified.get(state.beforeRotation!)).toBe(keyA.signer.keyId);
    expect(verified.get(state.afterRotation!)).toBe(keyB.signer.keyId);
    expect(verified.get(state.beforeRevocation!)).toBe(keyB.signer.keyId);
    expect(summary.failures.map((f) => [f.seq, f.code])).toEqual([
      [state.staleSeq, "TB_ERR_KEY_EXPIRED"],
      [state.afterRevocationSeq, "TB_ERR_KEY_REVOKED"],
      [state.backdatedSeq, "TB_ERR_KEY_REVOKED"],
    ]);
  });
});
