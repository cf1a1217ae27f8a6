import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { jetstreamManager } from "@nats-io/jetstream";
import type { NatsConnection } from "@nats-io/transport-node";
import { OPERATOR } from "@tongbao/organisations";
import { Registry, STREAMS, type Signer } from "@tongbao/bus";
import {
  contracts,
  decodeEnvelope,
  decodeHeader,
  sealedPayloadContract,
  tongbao,
} from "@tongbao/contracts";
import { isTongbaoError } from "@tongbao/errors";
import { decryptRedPayload, redKeyRecord } from "@tongbao/security";
import { showServerLogsOnFailure, waitFor } from "@tongbao/testing";
import { TRACKER_ORGANIZATION, startTracking, type TrackingService } from "@tongbao/tracker";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { plcVulnerabilityNotice } from "../src/demo/demo-messages.js";
import {
  ensureAdmin,
  ensureSigner,
  loadRedKeys,
  rotateRedKeyFile,
} from "../src/identity/dev-keys.js";
import type { InboxEntry } from "../src/inbox/types.js";
import { DepartmentCluster } from "./fixtures/department-cluster.js";

const { Tlp } = tongbao.common.v1;
const DEADLINES = join(
  dirname(fileURLToPath(import.meta.url)),
  "../../../deploy/tracker/deadlines.json",
);

/** A distinctive string in the payload: what a reader of the raw stream must not find. */
const SECRET = "EX-PLC 1200 后门账户 tb-red-9c41";

function redNotice(tag: string, recipients: string[], marker = SECRET) {
  const notice = plcVulnerabilityNotice(tag, recipients);
  return {
    ...notice,
    marking: { tlp: "RED" },
    payload: { ...notice.payload, title: `关于${marker}的通报`, mitigation: marker },
  };
}

/** Everything TB_LIVE holds, read raw with a plain nats.js client (as the bus operator can). */
async function rawStream(
  nc: NatsConnection,
): Promise<{ seq: number; subject: string; data: Buffer }[]> {
  const jsm = await jetstreamManager(nc);
  const last = (await jsm.streams.info(STREAMS.LIVE)).state.last_seq;
  const out = [];
  for (let seq = 1; seq <= last; seq++) {
    const m = await jsm.streams.getMessage(STREAMS.LIVE, { seq }).catch(() => null);
    if (m) out.push({ seq, subject: m.subject, data: Buffer.from(m.data) });
  }
  return out;
}

const holds = (data: Buffer, text: string) => data.includes(Buffer.from(text, "utf8"));

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (err) {
    return isTongbaoError(err) ? err.code : String(err);
  }
  return undefined;
}

/**
 * TLP:RED through the department services: miit posts to its HTTP API, nea is the named
 * recipient, mem runs beside them and is not named, the tracker follows it all. Real NATS.
 */
describe("TLP:RED end to end", () => {
  let c: DepartmentCluster;
  let raw: NatsConnection;
  let registry: Registry;
  let admin: Signer;
  let tracking: TrackingService;
  let trackerNc: NatsConnection;
  let trackerRegistry: Registry;
  showServerLogsOnFailure(() => (c ? [c.server] : []));

  const inboxEntry = (org: string, id: string): InboxEntry | undefined =>
    c.inbox(org).find((e) => e.id === id);
  const stored = async (id: string) =>
    (await rawStream(raw)).filter((m) => decodeHeader(decodeEnvelope(m.data).header).id === id);

  beforeAll(async () => {
    c = await DepartmentCluster.start(["miit", "nea", "mem"], [TRACKER_ORGANIZATION]);
    // A plain client with the operator's credentials reads the stored bytes as they are.
    raw = await c.connect(OPERATOR);
    ({ signer: admin } = await ensureAdmin(c.keysDir));
    registry = await Registry.open({ nc: raw, adminKeys: c.adminKeys });
    const { signer } = await ensureSigner(c.keysDir, TRACKER_ORGANIZATION.id);
    // The tracker under its own organisation's account, as `tongbao up` runs it.
    trackerNc = await c.connect(TRACKER_ORGANIZATION.id);
    trackerRegistry = await Registry.open({ nc: trackerNc, adminKeys: c.adminKeys, member: true });
    tracking = await startTracking({
      nc: trackerNc,
      keys: trackerRegistry,
      signer,
      outboxDir: join(c.dir, "outbox", "tracker"),
      policy: DEADLINES,
      tickIntervalMs: 0,
    });
  });
  afterAll(async () => {
    await tracking?.close();
    await trackerRegistry?.close();
    await trackerNc?.close();
    await registry?.close();
    await raw?.close();
    await c?.stop();
  });

  let firstId = "";

  it("posts a RED notice that only its recipient reads; the stream, the receipt and the tracker carry none of it", async () => {
    const { status, json } = await c.post("miit", "/messages", redNotice("red-1", ["nea"]));
    expect(status, JSON.stringify(json)).toBe(202);
    const id = json["id"] as string;
    firstId = id;
    expect(json["subjects"]).toEqual(["tb.live.to.nea.vulnerability.miit"]);

    // nea's inbox (what its own systems read over SSE) has the notice decrypted.
    await waitFor(() => inboxEntry("nea", id), {
      name: "RED notice in nea's inbox",
      timeout: 20_000,
    });
    const entry = inboxEntry("nea", id)!;
    expect(entry).toMatchObject({ tlp: "RED", source: "miit", recipients: ["nea"] });
    expect(entry.payload["mitigation"]).toBe(SECRET);
    // The receipt comes back to miit, which opens it.
    await waitFor(
      async () => {
        const s = (await c.getJson("miit", `/messages/${id}`)).json;
        const rs = s["recipientsStatus"] as { org: string; receipted: boolean }[];
        return rs.length === 1 && rs[0]?.org === "nea" && rs[0].receipted;
      },
      { name: "nea's receipt back at miit", timeout: 20_000 },
    );
    expect(c.inbox("mem").some((e) => e.id === id)).toBe(false);

    // The raw stream: nothing of the content, in any message, RED notice and receipt included.
    const all = await rawStream(raw);
    expect(all.length).toBeGreaterThanOrEqual(2);
    for (const m of all) expect(holds(m.data, SECRET), `${m.subject} #${m.seq}`).toBe(false);

    // What the stream holds is signed ciphertext, for nea's registry key alone.
    const [copy] = await stored(id);
    const envelope = decodeEnvelope(copy!.data);
    expect(decodeHeader(envelope.header).marking?.tlp).toBe(Tlp.TLP_RED);
    const sealed = sealedPayloadContract.decode(envelope.payload);
    expect(sealed.recipients.map((r) => [r.orgId, r.keyId])).toEqual([
      ["nea", registry.currentEncryptionKey("nea")?.keyId],
    ]);
    // A department that is not named cannot open it with its own keys.
    const aad = new TextEncoder().encode(id);
    const memKeys = await loadRedKeys(c.keysDir, "mem");
    expect(codeOf(() => decryptRedPayload(envelope.payload, memKeys, aad))).toBe(
      "TB_ERR_FORBIDDEN",
    );

    // The receipt is RED too, encrypted to miit, and holds ids only.
    const receiptEntry = c
      .inbox("miit")
      .find((e) => e.type === "tongbao.receipt.v1.Receipt" && e.causationId === id);
    expect(receiptEntry).toMatchObject({ source: "nea", tlp: "RED", recipients: ["miit"] });
    const [receiptCopy] = await stored(receiptEntry!.id);
    expect(receiptCopy!.subject).toBe("tb.live.to.miit.receipt.nea");
    const receiptEnvelope = decodeEnvelope(receiptCopy!.data);
    const miitKeys = await loadRedKeys(c.keysDir, "miit");
    const receipt = contracts.receipt.decode(
      decryptRedPayload(
        receiptEnvelope.payload,
        miitKeys,
        new TextEncoder().encode(receiptEntry!.id),
      ),
    );
    const fields = Object.keys(contracts.receipt.toJson(receipt)).sort();
    expect(fields).toEqual(["automatic", "messageDigest", "messageId", "outcome", "receivedTime"]);
    expect(receipt.messageId).toBe(id);

    // The tracker follows it from the signed headers: delivered to nea, receipted.
    await waitFor(() => tracking.tracker.message(id)?.recipients[0]?.receipted, {
      name: "tracker sees nea's receipt",
      timeout: 20_000,
    });
    expect(tracking.tracker.message(id)).toMatchObject({
      message: { id, source: "miit", type: "tongbao.vulnerability.v1.VulnerabilityNotice" },
      recipients: [
        { org: "nea", delivered: true, receipted: true, receipt: { outcome: "sealed" } },
      ],
    });
    expect(holds(Buffer.from(tracking.tracker.dump()), SECRET)).toBe(false);
    expect(holds(Buffer.from(await tracking.tracker.dumpStore()), SECRET)).toBe(false);
  });

  it("RED feedback goes back encrypted to the sender, and the tracker records it without reading it", async () => {
    const detail = "已在变电站7更换固件 tb-red-feedback-51d2";
    const { status, json } = await c.post("nea", `/messages/${firstId}/feedback`, {
      status: "HANDLING_STATUS_DONE",
      actionsTaken: [{ description: detail }],
    });
    expect(status, JSON.stringify(json)).toBe(202);
    await waitFor(() => c.inbox("miit").find((e) => e.id === json["id"])?.payload["actionsTaken"], {
      name: "feedback opened by miit",
      timeout: 20_000,
    });
    expect(c.inbox("miit").find((e) => e.id === json["id"])?.tlp).toBe("RED");
    for (const m of await rawStream(raw)) expect(holds(m.data, detail)).toBe(false);
    await waitFor(() => tracking.tracker.message(firstId)?.recipients[0]?.feedbackGiven, {
      name: "tracker sees the feedback",
      timeout: 20_000,
    });
    expect(tracking.tracker.message(firstId)?.recipients[0]?.feedback?.status).toBe("sealed");
  });

  it("a non-RED message with the same kind of content is readable in the raw stream (the check bites)", async () => {
    const marker = "tb-amber-control-3e77";
    const amber = { ...redNotice("amber-1", ["nea"], marker), marking: { tlp: "AMBER_STRICT" } };
    const { status, json } = await c.post("miit", "/messages", amber);
    expect(status).toBe(202);
    await waitFor(() => inboxEntry("nea", json["id"] as string), {
      name: "AMBER+STRICT notice at nea",
      timeout: 20_000,
    });
    const [copy] = await stored(json["id"] as string);
    expect(holds(copy!.data, marker)).toBe(true);
  });

  it("refuses a RED message to a recipient without a current encryption key, naming it", async () => {
    // moe's key is revoked; "cac" has never had one.
    const moeKey = registry.currentEncryptionKey("moe");
    expect(moeKey).toBeDefined();
    await registry.revokeEncryptionKey(moeKey!.keyId, new Date(), admin, "private key lost");
    const miit = c.get("miit").service;
    await waitFor(() => miit.registry.currentEncryptionKey("moe") === undefined, {
      name: "miit sees moe's revocation",
    });
    // Other organisations' receipts for earlier tests may still be arriving: what must not
    // appear is anything miit sent after the refusals began.
    const before = (await rawStream(raw)).length;
    for (const [recipients, named, path] of [
      [["nea", "moe"], "moe", "recipients[1]"],
      [["cac"], "cac", "recipients[0]"],
    ] as const) {
      const { status, json } = await c.post(
        "miit",
        "/messages",
        redNotice("red-2", [...recipients]),
      );
      expect(status).toBe(400);
      expect(json).toMatchObject({ code: "TB_ERR_MARKING", path });
      expect(String(json["message"])).toContain(`recipient ${named} has no current encryption key`);
    }
    const after = (await rawStream(raw)).slice(before);
    const fromMiit = after.filter(
      (m) => decodeHeader(decodeEnvelope(m.data).header).source === "miit",
    );
    expect(fromMiit.map((m) => m.subject)).toEqual([]);
  });

  it("after nea rotates its encryption key, RED goes to the new key and nea still opens what went to the old", async () => {
    const { retired, current } = await rotateRedKeyFile(c.keysDir, "nea");
    await registry.rotateEncryptionKey(retired.keyId, redKeyRecord(current), admin, "scheduled");
    // nea restarts with its keyring (the new key and the retired one); miit learns of the
    // rotation through its registry watch.
    await c.stopOne("nea");
    await c.startOne("nea");
    const miit = c.get("miit").service;
    await waitFor(() => miit.registry.currentEncryptionKey("nea")?.keyId === current.keyId, {
      name: "miit sees nea's new key",
    });

    const secret = "tb-red-after-rotation-8b20";
    const { status, json } = await c.post("miit", "/messages", redNotice("red-3", ["nea"], secret));
    expect(status).toBe(202);
    const id = json["id"] as string;
    await waitFor(() => inboxEntry("nea", id), {
      name: "rotated RED notice at nea",
      timeout: 20_000,
    });
    expect(inboxEntry("nea", id)?.payload["mitigation"]).toBe(secret);
    const [copy] = await stored(id);
    const sealed = sealedPayloadContract.decode(decodeEnvelope(copy!.data).payload);
    expect(sealed.recipients.map((r) => r.keyId)).toEqual([current.keyId]);
    expect(holds(copy!.data, secret)).toBe(false);

    // The notice sealed to the old key still opens with nea's keyring, not with the new key alone.
    const [old] = await stored(firstId);
    const oldPayload = decodeEnvelope(old!.data).payload;
    const aad = new TextEncoder().encode(firstId);
    const keyring = await loadRedKeys(c.keysDir, "nea");
    expect(keyring.map((k) => k.keyId)).toEqual([current.keyId, retired.keyId]);
    const clear = contracts.vulnerabilityNotice.decode(decryptRedPayload(oldPayload, keyring, aad));
    expect(clear.mitigation).toBe(SECRET);
    expect(codeOf(() => decryptRedPayload(oldPayload, [current], aad))).toBe("TB_ERR_CONFIG");
  });
});
