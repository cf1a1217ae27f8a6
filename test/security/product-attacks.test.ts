import { execFile } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import {
  jetstream,
  jetstreamManager,
  type JetStreamManager,
  type StoredMsg,
} from "@nats-io/jetstream";
import { headers, type NatsConnection } from "@nats-io/transport-node";
import { QuarantineHeaders, Registry, type AdminKey } from "@tongbao/bus";
import { waitFor } from "@tongbao/nats-server";
import { DEV_KEY_FILES, OPERATOR, TRACKER_ORGANIZATION, connectAs } from "@tongbao/organisations";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { Attack } from "./attack.js";
import { CHECKPOINT_ATTACKS, STORED_CHECKPOINT } from "./attacks-checkpoints.js";
import { AttackerSession, liveDurable, type Organisation } from "./attacker.js";
import { failureLines, summaryTable, type AttackRow, type ControlRow } from "./attack-summary.js";
import { CONNECT_ATTACKS, OVERSIZED_ATTACKS } from "./attacks-connect.js";
import { FORGERY_ATTACKS, type ForgeryContext } from "./attacks-forgery.js";
import { HEADER_ATTACKS, REGISTRY_PUSH_OUT_ATTACKS } from "./attacks-headers.js";
import { DURABLE_THEFT_ATTACKS, HELD_DELIVERY_ATTACKS } from "./attacks-durables.js";
import { JETSTREAM_API_ATTACKS } from "./attacks-jetstream.js";
import { PUBLISH_ATTACKS } from "./attacks-publish.js";
import { REPLY_INJECTION_ATTACKS } from "./attacks-reply-injection.js";
import { SUBSCRIBE_ATTACKS } from "./attacks-subscribe.js";
import { durablesIdle, organisationsOf, plantSecrets, runBattery } from "./battery.js";
import { OwnWrites, aimedAt, unexplainedChanges } from "./battery-verdict.js";
import {
  durablesBehind,
  expectedDurableMoves,
  NewMessages,
  readLedger,
  type Ledger,
} from "./broker-ledger.js";
import { CONTROLS, registryRecord } from "./controls.js";
import { inboxAfter, publishThrough, readiness } from "./department-api.js";
import { ownSigner, handSealedReceipt, envelopeId } from "./hand-sealed-envelope.js";
import { startProduct, type RunningProduct } from "./product-bring-up.js";
import { ServiceWitness } from "./service-witness.js";

/**
 * The adversarial suite, run against the product as it ships: `tongbao up --no-demo` in a
 * child process, every department service and the tracker under their own credentials, and
 * each of the fourteen organisations attacking it with its own seed and the CA, through
 * nats.js and through the raw protocol over TLS. The operator's ledger of the owner account
 * (streams, subjects, sequences, durables) is read before and after; every change must be
 * one the attacker's own grant explains.
 */

const BROKER_ATTACKS: Attack[] = [
  ...REPLY_INJECTION_ATTACKS,
  ...REGISTRY_PUSH_OUT_ATTACKS,
  ...DURABLE_THEFT_ATTACKS,
  ...HELD_DELIVERY_ATTACKS,
  ...PUBLISH_ATTACKS,
  ...JETSTREAM_API_ATTACKS,
  ...SUBSCRIBE_ATTACKS,
  ...CONNECT_ATTACKS,
  ...OVERSIZED_ATTACKS,
  ...HEADER_ATTACKS,
  ...CHECKPOINT_ATTACKS,
];

let product: RunningProduct;
let operator: NatsConnection;
let jsm: JetStreamManager;
let orgs: Organisation[];
const sessions = new Map<string, AttackerSession>();
const rows: AttackRow[] = [];
const controls: ControlRow[] = [];
let keyRecords: Map<string, number>;
/** TB_LIVE's checkpoints as the operator's `tongbao checkpoint` sealed them before the battery. */
let sealedCheckpoints: CheckpointLine[];
/** Durables a service reads (the tracker's drill durable, for one, has no reader). */
let attended: Set<string>;
/** Deliveries of the tracker's drill durable held unacknowledged, by the department aiming at one. */
const held = new Map<string, string>();
const HELD_DURABLE = { stream: "TB_EXERCISE", name: `${TRACKER_ORGANIZATION.id}-exercise` };

const departments = () => orgs.filter((o) => o.id !== TRACKER_ORGANIZATION.id);
const session = (id: string) => sessions.get(id)!;

beforeAll(async () => {
  product = await startProduct();
  operator = await connectAs({
    url: product.url,
    nkey: product.layout.nkeyFile(OPERATOR),
    tlsCa: product.layout.caFile,
    name: "attack-suite-operator",
    maxReconnectAttempts: 0,
  });
  jsm = await jetstreamManager(operator);
  orgs = await organisationsOf(product, operator, jsm);
  for (const o of orgs) sessions.set(o.id, await AttackerSession.open(product, o));
  await plantSecrets(operator, orgs);
  // The operator's write to the checkpoint bucket, which no organisation may make: the real
  // command seals what TB_LIVE holds, a genuine bulletin among the planted secrets (which are
  // no envelopes: left out of the tree and listed in the checkpoint as failing verification).
  const genuine = await publishThrough(
    product.departments.get("miit")!,
    bulletin(["nea"], "封存检查点之前的通报"),
  );
  await deliveredEverywhere(genuine.id, ["nea"]);
  sealedCheckpoints = await listedCheckpoints("--json");
  attended = await durablesIdle(jsm);
  keyRecords = await victimKeyRecords();
  await holdDeliveries();
}, 120_000);

afterAll(async () => {
  for (const s of sessions.values()) await s.close().catch(() => undefined);
  await operator?.close();
  const code = await product?.stop();
  if (code !== 0) console.error(`tongbao up exited ${code}:\n${product?.output()}`);
}, 60_000);

/**
 * The tracker's drill durable has no reader under `tongbao up` (the tracker follows live
 * traffic): the operator takes the drill secrets planted for the departments from it and
 * holds them unacknowledged, as a reader in the middle of handling them would. Each
 * department then aims at one of these deliveries in flight.
 */
async function holdDeliveries(): Promise<void> {
  const c = await jetstream(operator).consumers.get(HELD_DURABLE.stream, HELD_DURABLE.name);
  const depts = departments();
  const messages = await c.fetch({ max_messages: depts.length, expires: 5_000 });
  for await (const m of messages) {
    // Its ack subject as anybody can write it: only the stream sequence picks the message.
    const i = m.info;
    held.set(
      depts[held.size]!.id,
      `$JS.ACK.${i.stream}.${i.consumer}.${i.deliveryCount}.${i.streamSequence}.${i.deliverySequence}.0.${i.pending}`,
    );
    if (held.size === depts.length) break;
  }
  if (held.size !== depts.length)
    throw new Error(`held ${held.size} deliveries, not ${depts.length}`);
}

/** Each organisation's key record as its victim-to-be reads it (direct get), by key id. */
async function victimKeyRecords(): Promise<Map<string, number>> {
  const out = new Map<string, number>();
  for (const o of orgs) {
    const nc = session(o.id).nc;
    for (const k of o.keyIds)
      out.set(k, (await registryRecord(nc, `$KV.tb_registry.key.${k}`)).seq);
  }
  return out;
}

/** Waits until the ledger explains itself: the operator's controls landed, every durable caught up, two reads alike. */
async function settledLedger(
  before: Ledger,
): Promise<{ after: Ledger; added: Map<string, StoredMsg[]> }> {
  let last = "";
  let result: { after: Ledger; added: Map<string, StoredMsg[]> } | undefined;
  const reader = new NewMessages(jsm, before);
  await waitFor(
    async () => {
      const after = await readLedger(jsm);
      const added = new Map<string, StoredMsg[]>();
      for (const s of ["TB_LIVE", "TB_EXERCISE", "TB_TEST", "TB_QUARANTINE"]) {
        added.set(s, await reader.of(s, after));
      }
      const landed = (after.streams.get("TB_AUDIT")?.subjects["tba.control.operator"] ?? 0) > 0;
      const behind = durablesBehind(after, expectedDurableMoves(before, added, attended));
      const fingerprint =
        JSON.stringify([...after.streams.values()].map((s) => s.lastSeq)) +
        JSON.stringify([...after.durables.values()].map((d) => [d.delivered, d.ackFloor]));
      const stable = fingerprint === last;
      last = fingerprint;
      result = { after, added };
      return landed && behind.length === 0 && stable;
    },
    { timeout: 45_000, name: "the ledger to settle after the battery", interval: 250 },
  ).catch((err: unknown) => console.error(String(err)));
  return result!;
}

describe("the running product, attacked by each of its organisations with its own credentials", () => {
  test("holds against every broker attack: no read and no effect outside the attacker's grant", async () => {
    const started = Date.now();
    const before = await readLedger(jsm);
    const writes = new OwnWrites();
    // The operator's own reply injection must land: it is what an attack would have caused.
    operator.publish("$JS.API.INFO", "", { reply: "tba.control.operator" });
    operator.publish("$JS.API.STREAM.INFO.TB_LIVE", "", {
      reply: "$KV.tb_tracking.control-operator",
    });
    writes.add({ stream: "TB_AUDIT", subject: "tba.control.operator" });
    writes.add({ stream: "KV_tb_tracking", subject: "$KV.tb_tracking.control-operator" });

    const results = await Promise.all(
      orgs.map((attacker, i) =>
        runBattery({
          product,
          session: session(attacker.id),
          attacker,
          victim: orgs[(i + 1) % orgs.length]!,
          third: orgs[(i + 2) % orgs.length]!,
          attacks: BROKER_ATTACKS,
          controls: CONTROLS.filter((k) => !k.afterwards),
          writes,
          extend: (c) => {
            const delivery = held.get(attacker.id);
            return delivery ? { ...c, heldDelivery: delivery } : c;
          },
        }),
      ),
    );
    for (const r of results) {
      rows.push(...r.rows);
      controls.push(...r.controls);
    }
    await Promise.all([...sessions.values()].map((s) => s.settle()));
    const sentIn = (Date.now() - started) / 1000;
    const { after, added } = await settledLedger(before);
    console.log(
      `battery sent and answered in ${sentIn.toFixed(1)} s, ledger settled at ${((Date.now() - started) / 1000).toFixed(1)} s`,
    );

    const changes = unexplainedChanges({ before, after, writes, added, attended });
    // A reply spoofed into another organisation's inbox shows in that organisation's session.
    for (const s of sessions.values()) {
      for (const m of s.received) {
        const spoofer = new RegExp(`^_INBOX\\.${s.org.id}\\.attack\\.([^.]+)\\.`).exec(
          m.subject,
        )?.[1];
        if (spoofer && spoofer !== s.org.id)
          changes.push({
            where: m.subject,
            subject: m.subject,
            what: `reached ${s.org.id}'s inbox`,
          });
      }
    }
    const unattributed = changes.filter((ch) => {
      const at = rows.filter((r) => aimedAt(r.aims, ch));
      for (const r of at) {
        r.effects.push(`${ch.where}: ${ch.what}`);
        r.held = false;
      }
      return at.length === 0;
    });
    controls.push({
      cls: "reply injection",
      attacker: "operator",
      name: "the operator's $JS.API.INFO with reply tba.control.operator lands in TB_AUDIT",
      ok: (after.streams.get("TB_AUDIT")!.subjects["tba.control.operator"] ?? 0) === 1,
      saw: `${after.streams.get("TB_AUDIT")!.subjects["tba.control.operator"] ?? 0} record(s)`,
    });
    controls.push({
      cls: "reply injection",
      attacker: "operator",
      name: "the operator's stream info with reply into the tracking bucket lands there",
      ok:
        (after.streams.get("KV_tb_tracking")!.subjects["$KV.tb_tracking.control-operator"] ?? 0) ===
        1,
      saw: "KV_tb_tracking",
    });
    const late = await Promise.all(
      orgs.map((attacker, i) =>
        runBattery({
          product,
          session: session(attacker.id),
          attacker,
          victim: orgs[(i + 1) % orgs.length]!,
          third: orgs[(i + 2) % orgs.length]!,
          attacks: [],
          controls: CONTROLS.filter((k) => k.afterwards),
          writes,
        }),
      ),
    );
    for (const l of late) controls.push(...l.controls);
    // The held deliveries are really in flight: the owner's own ack of one takes effect.
    operator.publish(held.get("miit")!, "");
    const oneAcked = await waitFor(
      async () => {
        const i = await jsm.consumers.info(HELD_DURABLE.stream, HELD_DURABLE.name);
        return i.num_ack_pending === held.size - 1 ? i : undefined;
      },
      { timeout: 10_000, name: "the owner's ack of a held delivery" },
    ).catch(() => undefined);
    controls.push({
      cls: "durable theft",
      attacker: "operator",
      name: "the owner's ack of a delivery held in flight takes effect",
      ok: oneAcked !== undefined,
      saw: oneAcked ? `${oneAcked.num_ack_pending} still held` : "no change",
    });
    // The checkpoint log the operator sealed is the same, and it still verifies as a whole.
    const listed = await listedCheckpoints("--list", "--json");
    controls.push({
      cls: "checkpoint bucket",
      attacker: "operator",
      name: "the operator's checkpoint of TB_LIVE was stored, and is listed unchanged and verified after the battery",
      ok:
        sealedCheckpoints.length > 0 &&
        JSON.stringify(listed.map((c) => [c.index, c.treeRoot])) ===
          JSON.stringify(sealedCheckpoints.map((c) => [c.index, c.treeRoot])),
      saw: `${sealedCheckpoints.length} sealed, ${listed.length} listed`,
    });
    const stored = await jsm.streams.getMessage("KV_tb_checkpoints", {
      last_by_subj: STORED_CHECKPOINT,
    });
    controls.push({
      cls: "checkpoint bucket",
      attacker: "operator",
      name: "the operator reads the stored checkpoint (message get)",
      ok: stored?.subject === STORED_CHECKPOINT && stored.data.length > 0,
      saw: `#${stored?.seq ?? 0}`,
    });
    const reads = [...sessions.values()].flatMap((s) =>
      s.secretsRead().map((subject) => `${s.org.id} read a secret on ${subject}`),
    );

    console.log(
      `\n${rows.length} broker attacks by ${sessions.size} organisations on nats-server ${operator.info?.version} in ${((Date.now() - started) / 1000).toFixed(1)} s\n` +
        summaryTable(rows, controls),
    );
    const failures = failureLines(rows, controls);
    if (failures.length) console.log(failures.join("\n"));
    expect(unattributed.map((c) => `${c.where}: ${c.what}`)).toEqual([]);
    expect(reads).toEqual([]);
    expect(failures).toEqual([]);
    const perOrg = new Map<string, number>();
    for (const r of rows) perOrg.set(r.attacker, (perOrg.get(r.attacker) ?? 0) + 1);
    expect(perOrg.size).toBe(14);
    expect(Math.min(...perOrg.values())).toBeGreaterThanOrEqual(100);
  }, 180_000);

  test("the registry still resolves every organisation's key, read as a member", async () => {
    for (const o of orgs) {
      const nc = session(o.id).nc;
      for (const k of o.keyIds) {
        expect(
          (await registryRecord(nc, `$KV.tb_registry.key.${k}`)).seq,
          `${k} read by ${o.id}`,
        ).toBe(keyRecords.get(k));
      }
    }
    const adminKeys = JSON.parse(
      readFileSync(`${product.layout.keys}/admin.pub.json`, "utf8"),
    ) as Record<string, AdminKey>;
    const registry = await Registry.open({
      nc: session("miit").nc,
      adminKeys,
      member: true,
      audit: false,
    });
    try {
      for (const o of orgs) {
        for (const k of o.keyIds) expect((await registry.key(k))?.orgId, k).toBe(o.id);
      }
    } finally {
      await registry.close();
    }
  });

  test("every department service refuses forged envelopes and delivers genuine ones, while another department's traffic flows", async () => {
    const depts = departments();
    const inboxStart = new Map<string, number>();
    for (const d of depts)
      inboxStart.set(d.id, (await readiness(product.departments.get(d.id)!)).inbox);
    const witness = new ServiceWitness(jsm, product.departments, inboxStart);
    const writes = new OwnWrites();
    const beforeAudit = await readLedger(jsm);
    // Valid traffic published through MIIT's own HTTP API while the forgeries arrive.
    const during = publishThrough(
      product.departments.get("miit")!,
      bulletin(["nea", "mem", "samr"], "攻击期间的通报"),
    );

    const victimOf = (attacker: Organisation) =>
      depts[(depts.findIndex((d) => d.id === attacker.id) + 1) % depts.length]!;
    const results = await Promise.all(
      orgs.map((attacker) => {
        const victim = victimOf(attacker);
        return (async () => {
          const signer = await ownSigner(product, attacker.id);
          return runBattery({
            product,
            session: session(attacker.id),
            attacker,
            victim,
            third: victimOf(victim),
            attacks: FORGERY_ATTACKS,
            controls: [
              {
                cls: "forged envelope",
                name: "a genuine hand-sealed receipt reaches the victim's inbox",
                async run(c) {
                  const bytes = handSealedReceipt(signer, c.victim.id);
                  await c.session.js.publish(
                    `tb.live.to.${c.victim.id}.receipt.${c.attacker.id}`,
                    bytes,
                  );
                  witness.mustDeliverOnce(
                    c.victim.id,
                    envelopeId(bytes),
                    `${c.attacker.id}: genuine receipt`,
                  );
                  return { ok: true, saw: envelopeId(bytes) };
                },
              },
            ],
            writes,
            extend: (c): ForgeryContext => ({ ...c, signer, witness }),
          });
        })();
      }),
    );
    const forgedRows = results.flatMap((r) => r.rows);
    const forgedControls = results.flatMap((r) => r.controls);
    const sent = await during;
    await deliveredEverywhere(sent.id, ["nea", "mem", "samr"]);
    const violations = await witness.inboxViolations();
    for (const v of violations) {
      const row = forgedRows.find(
        (r) => `${r.attacker}: ${r.name}` === v.attack || v.attack === `${r.attacker}: replayed`,
      );
      if (row) {
        row.held = false;
        row.effects.push(v.what);
      }
      const ctl = forgedControls.find((k) => v.attack === `${k.attacker}: genuine receipt`);
      if (ctl) {
        ctl.ok = false;
        ctl.saw = v.what;
      }
    }
    rows.push(...forgedRows);
    controls.push(...forgedControls);
    const afterAudit = await readLedger(jsm);
    console.log(
      `\n${forgedRows.length} forged envelopes against the department services\n${summaryTable(forgedRows, forgedControls)}`,
    );
    const failures = failureLines(forgedRows, forgedControls);
    if (failures.length) console.log(failures.join("\n"));
    expect(
      violations.filter((v) => !forgedRows.some((r) => v.attack.startsWith(`${r.attacker}:`))),
    ).toEqual([]);
    expect(failures).toEqual([]);
    for (const s of ["TB_AUDIT", "KV_tb_registry"]) {
      expect(afterAudit.streams.get(s)!.lastSeq, s).toBe(beforeAudit.streams.get(s)!.lastSeq);
    }
  });

  test("an operator's release is not dropped for a message id an organisation wrote first", async () => {
    // moe writes a quarantine record (its grant allows records) holding a genuine receipt of
    // its own to mee, then publishes on its own subject under every id it can compute for the
    // release of that record. The operator releases it with the real command.
    const moe = session("moe");
    const bytes = handSealedReceipt(await ownSigner(product, "moe"), "mee");
    const subject = "tb.live.to.mee.receipt.moe";
    const h = headers();
    for (const [k, v] of Object.entries({
      [QuarantineHeaders.Code]: "TB_ERR_UNKNOWN_KEY",
      [QuarantineHeaders.Reason]: "key not registered yet",
      [QuarantineHeaders.Subject]: subject,
      [QuarantineHeaders.Stream]: "TB_LIVE",
      [QuarantineHeaders.StreamSeq]: "1",
      [QuarantineHeaders.Deliveries]: "1",
      [QuarantineHeaders.Consumer]: liveDurable(orgs.find((o) => o.id === "mee")!).name,
    })) {
      h.set(k, v);
    }
    const record = await moe.js.publish("tbq.moe.tb_err_unknown_key", bytes, { headers: h });
    for (const id of [`release:TB_QUARANTINE:${record.seq}`, `release:${record.seq}`]) {
      await moe.js.publish(`tb.live.to.attack-sink.receipt.moe`, "junk", { msgID: id });
    }
    const inboxBefore = (await readiness(product.departments.get("mee")!)).inbox;
    const released = await operatorCommand(
      "quarantine",
      "release",
      String(record.seq),
      "--reason",
      "attack suite: genuine receipt",
      "--json",
    );
    const r = JSON.parse(released) as { seq: number; duplicate: boolean };
    expect(r.duplicate).toBe(false);
    const copy = await jsm.streams.getMessage("TB_LIVE", { seq: r.seq });
    expect(copy?.subject).toBe(subject);
    expect(copy?.header.get("Tb-Released-From")).toBe(`TB_QUARANTINE#${record.seq}`);
    await waitFor(
      async () =>
        (await inboxAfter(product.departments.get("mee")!, inboxBefore)).some(
          (e) => e.id === envelopeId(bytes),
        ),
      { timeout: 20_000, name: "the released receipt in mee's inbox" },
    );
  });

  test("after the attacks every service is ready, and MIIT's bulletin reaches its recipients' inboxes", async () => {
    const recipients = departments()
      .map((o) => o.id)
      .filter((id) => id !== "miit");
    const sent = await publishThrough(
      product.departments.get("miit")!,
      bulletin(recipients, "攻击之后的通报"),
    );
    expect(sent.recipients.sort()).toEqual([...recipients].sort());
    await deliveredEverywhere(sent.id, recipients);
    for (const [id, url] of product.departments) {
      const r = await readiness(url);
      expect(r.status, `${id} /ready`).toBe(200);
    }
    // The tracker follows it too. It reads every message the battery stored and lags behind
    // the departments after it (on two cores, tens of seconds).
    await waitFor(
      async () => (await fetch(`${product.trackerUrl}/messages/${sent.id}`)).status === 200,
      { timeout: 90_000, interval: 250, name: "the tracker to follow MIIT's bulletin" },
    );
    console.log(
      `\nattack suite: ${rows.length} attacks, ${controls.length} controls, ${rows.filter((r) => !r.held).length} breaches`,
    );
  }, 180_000);
});

interface CheckpointLine {
  index: number;
  treeRoot: string;
}

/**
 * `tongbao checkpoint --status live` as the operator runs it (with the bring-up's admin key):
 * seals, or with `--list` reads and verifies the whole log; one JSON line per checkpoint.
 */
async function listedCheckpoints(...args: string[]): Promise<CheckpointLine[]> {
  const out = await operatorCommand(
    "checkpoint",
    "--status",
    "live",
    "--admin-key",
    join(product.layout.keys, DEV_KEY_FILES.admin),
    ...args,
  ).catch((err: { code?: number; stdout?: string }) => {
    // Exit 3: sealed, with the messages that failed verification left out and listed.
    if (err.code === 3 && err.stdout) return err.stdout;
    throw err;
  });
  return out
    .split("\n")
    .filter((l) => l.startsWith("{"))
    .map((l) => JSON.parse(l) as CheckpointLine)
    .filter((c) => typeof c.index === "number");
}

/** The operator's `tongbao` command, as it ships, against the running bus; resolves with its stdout. */
async function operatorCommand(...args: string[]): Promise<string> {
  const cli = fileURLToPath(new URL("../../services/cli/dist/main.js", import.meta.url));
  const { stdout } = await promisify(execFile)(process.execPath, [
    cli,
    ...args,
    "--server",
    product.url,
    "--nkey",
    product.layout.nkeyFile(OPERATOR),
    "--tls-ca",
    product.layout.caFile,
    "--admin-pub",
    join(product.layout.keys, "admin.pub.json"),
  ]);
  return stdout;
}

function bulletin(recipients: string[], title: string) {
  return {
    type: "ThreatBulletin",
    marking: { tlp: "AMBER_STRICT" },
    recipients,
    payload: {
      kind: "BULLETIN_KIND_THREAT",
      title,
      summary: "Dispatch workstations beaconing to an unknown host",
      category: "INCIDENT_CATEGORY_MALWARE",
      severity: "SEVERITY_HIGH",
      indicators: [{ type: "INDICATOR_TYPE_IP", value: "203.0.113.9" }],
      recommendedMeasures: ["隔离受影响主机"],
    },
  };
}

/** Waits until each recipient's inbox (its own HTTP API) shows the message once. */
async function deliveredEverywhere(id: string, recipients: readonly string[]): Promise<void> {
  await Promise.all(
    recipients.map((org) =>
      waitFor(
        async () =>
          (await inboxAfter(product.departments.get(org)!)).filter((e) => e.id === id).length === 1,
        { timeout: 30_000, name: `${id} in ${org}'s inbox`, interval: 200 },
      ),
    ),
  );
}
