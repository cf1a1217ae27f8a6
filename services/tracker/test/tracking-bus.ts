import { platformAccount, provisionDurables } from "@tongbao/organisations";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { jetstreamManager } from "@nats-io/jetstream";
import { connect, type NatsConnection } from "@nats-io/transport-node";
import {
  EnvelopeVerifier,
  Publisher,
  Registry,
  generateAdminSigner,
  generateSigner,
  provision,
  replay,
  type PublishInput,
  type ReplayedMessage,
  type Signer,
} from "@tongbao/bus";
import { contractFor, tongbao } from "@tongbao/contracts";
import {
  generateRedKeyPair,
  redKeyRecord,
  redPayloadProtection,
  type RedKeyPair,
} from "@tongbao/security";
import { startNatsServer, waitFor, type NatsServer } from "@tongbao/testing";
import { loadDeadlinePolicy } from "../src/deadline-policy.js";
import { Tracker, type TrackerOptions } from "../src/tracker.js";
import { TRACKER_ORGANIZATION } from "../src/tracker-organization.js";

const { OrgKind, Sector, Tlp, DataLevel } = tongbao.common.v1;
const { Status } = tongbao.envelope.v1;

export const TRACKER_ORG = TRACKER_ORGANIZATION.id;
export const POLICY_FILE = join(
  dirname(fileURLToPath(import.meta.url)),
  "../../../deploy/tracker/deadlines.json",
);

const ORGS: [string, string, number][] = [
  ["miit", "工业和信息化部", OrgKind.ORG_KIND_DEPARTMENT],
  ["nea", "国家能源局", OrgKind.ORG_KIND_DEPARTMENT],
  ["mem", "应急管理部", OrgKind.ORG_KIND_DEPARTMENT],
  ["js-iit", "江苏省工业和信息化厅", OrgKind.ORG_KIND_INDUSTRY_AUTHORITY],
  [TRACKER_ORG, "通报跟踪服务", OrgKind.ORG_KIND_TECHNICAL_PLATFORM],
];

/** A clock the test moves by hand; every publisher and the tracker read it. */
export class TestClock {
  #t: number;
  constructor(start: Date) {
    this.#t = start.getTime();
  }
  now = (): Date => new Date(this.#t);
  advance(minutes: number): Date {
    this.#t += minutes * 60_000;
    return this.now();
  }
  at(minutesFromStart: number, start: Date): Date {
    this.#t = start.getTime() + minutesFromStart * 60_000;
    return this.now();
  }
}

/**
 * A real nats-server with the bus topology, a registry holding the departments and the
 * tracker's organisation with their keys, a publisher per organisation, and a tracker.
 */
export class TrackingBus {
  server!: NatsServer;
  nc!: NatsConnection;
  registry!: Registry;
  tracker!: Tracker;
  readonly publishers = new Map<string, Publisher>();
  readonly signers = new Map<string, Signer>();
  /** Each organisation's TLP:RED key (registered): publishers encrypt RED like departments do. */
  readonly redKeys = new Map<string, RedKeyPair>();
  readonly start = new Date(Math.floor(Date.now() / 60_000) * 60_000);
  readonly clock = new TestClock(this.start);
  dir = "";

  async open(): Promise<void> {
    this.dir = await mkdtemp(join(tmpdir(), "tongbao-tracker-"));
    this.server = await startNatsServer();
    this.nc = await connect({ servers: this.server.url });
    const jsm = await jetstreamManager(this.nc);
    await provision(jsm);
    // The tracker reads through the durables the operator makes for its organisation.
    await provisionDurables(jsm, [
      platformAccount(TRACKER_ORGANIZATION, this.nc.info?.version ?? ""),
    ]);
    const admin = generateAdminSigner();
    this.registry = await Registry.open({ nc: this.nc, adminKeys: admin.adminKeys });
    for (const [id, nameZh, kind] of ORGS) {
      await this.registry.registerOrganization(
        { id, nameZh, kind, region: "100000", sectors: [Sector.SECTOR_POWER] },
        admin.signer,
      );
      const { signer, signingKeyRecord } = generateSigner(id);
      this.signers.set(id, signer);
      const notBefore = new Date(this.start.getTime() - 24 * 3600_000);
      await this.registry.registerKey({ ...signingKeyRecord, notBefore }, admin.signer, "test key");
      const red = generateRedKeyPair(id);
      this.redKeys.set(id, red);
      await this.registry.registerEncryptionKey(
        redKeyRecord(red, { notBefore }),
        admin.signer,
        "test encryption key",
      );
      this.publishers.set(
        id,
        await Publisher.open({
          nc: this.nc,
          signer,
          producerId: `${id}-1`,
          outboxDir: join(this.dir, id),
          now: this.clock.now,
          // The tracker's own publisher sends nothing RED; the others encrypt it like departments.
          ...(id === TRACKER_ORG
            ? {}
            : { protection: redPayloadProtection({ own: red, keys: this.registry }) }),
        }),
      );
    }
  }

  async startTracker(extra: Partial<TrackerOptions> = {}): Promise<Tracker> {
    this.tracker = await Tracker.start({
      nc: this.nc,
      verifier: new EnvelopeVerifier(this.registry),
      publisher: this.publisher(TRACKER_ORG),
      org: TRACKER_ORG,
      policy: await loadDeadlinePolicy(POLICY_FILE),
      now: this.clock.now,
      ...extra,
    });
    return this.tracker;
  }

  publisher(org: string): Publisher {
    const p = this.publishers.get(org);
    if (!p) throw new Error(`no publisher for ${org}`);
    return p;
  }

  /** Publishes as `org` and waits until the stream has stored it. */
  async send(org: string, input: PublishInput): Promise<string> {
    const publisher = this.publisher(org);
    const { id } = await publisher.publish(input);
    await publisher.drain();
    return id;
  }

  /** Waits until every publisher's messages are stored and the tracker has applied them all. */
  async settled(tracker: Tracker = this.tracker): Promise<void> {
    for (const p of this.publishers.values()) await p.drain();
    const jsm = await jetstreamManager(this.nc);
    const last = (await jsm.streams.info("TB_LIVE")).state.last_seq;
    await waitFor(() => tracker.cursor >= last, { timeout: 20_000, name: `cursor at ${last}` });
  }

  /** Messages stored in TB_LIVE on a subject (verified), decoded. */
  async stored(
    subject: string,
  ): Promise<{ m: ReplayedMessage; payload: Record<string, unknown> }[]> {
    const out = [];
    const r = replay({
      nc: this.nc,
      verifier: new EnvelopeVerifier(this.registry),
      stream: "TB_LIVE",
      from: { seq: 1 },
      filter: { subject },
      audit: { actor: "test", reason: "check notices" },
    });
    for await (const m of r) {
      const c = contractFor(m.header.type)!;
      out.push({ m, payload: c.toJson(c.decode(m.payloadBytes)) as Record<string, unknown> });
    }
    return out;
  }

  async close(): Promise<void> {
    await this.tracker?.stop();
    for (const p of this.publishers.values()) await p.close();
    await this.registry?.close();
    await this.nc?.close();
    await this.server?.[Symbol.asyncDispose]();
    await rm(this.dir, { recursive: true, force: true });
  }
}

export const addressed = (recipients: string[]) => ({
  status: Status.STATUS_LIVE,
  marking: { tlp: Tlp.TLP_AMBER, dataLevel: DataLevel.DATA_LEVEL_GENERAL },
  recipients,
});

export function rectification(recipients: string[], deadline: Date): PublishInput {
  return {
    type: "tongbao.rectification.v1.RectificationNotice",
    ...addressed(recipients),
    payload: {
      title: "关于整改联网暴露的工控系统的通知",
      responsibleParty: { orgId: "js-power-1", name: "江苏某电厂" },
      issues: [
        {
          findingId: "f-1",
          description: "Modbus/TCP 502 exposed",
          actions: ["REQUIRED_ACTION_BLOCK"],
        },
      ],
      deadline: deadline.toISOString(),
    },
  };
}

export function receipt(messageId: string, at: Date): PublishInput {
  return {
    type: "tongbao.receipt.v1.Receipt",
    ...addressed(["miit"]),
    payload: { messageId, receivedTime: at.toISOString(), outcome: "RECEIPT_OUTCOME_ACCEPTED" },
  };
}
