import { randomUUID } from "node:crypto";
import { fileURLToPath } from "node:url";
import { jetstream, jetstreamManager, type JetStreamManager } from "@nats-io/jetstream";
import { connect, nkeyAuthenticator, type NatsConnection } from "@nats-io/transport-node";
import {
  EnvelopeVerifier,
  encodeHeaderFor,
  generateSigner,
  provision,
  sealBatch,
  toTimestamp,
  type KeyResolver,
  type Signer,
  type SigningKeyInfo,
} from "@tongbao/bus";
import { tongbao, type HeaderInit } from "@tongbao/contracts";
import type { NatsServer } from "@tongbao/nats-server";
import {
  encryptRedPayload,
  generateRedKeyPair,
  loadProfiles,
  provisionDurables,
  securityPlan,
  type DepartmentProfile,
  type RedKeyPair,
  type SecurityPlan,
  type UserCredentials,
} from "@tongbao/security";
import { startNatsServer } from "@tongbao/testing";

export const PROFILES_DIR = fileURLToPath(new URL("../../deploy/departments", import.meta.url));
/** Every secret the range plants starts with this: a received byte string containing it leaked. */
export const SECRET = "SECRET:";

const { Status } = tongbao.envelope.v1;
const { Tlp } = tongbao.common.v1;

/** Keys in memory: the registry's role for verification, without a bucket. */
class KeyTable implements KeyResolver {
  readonly keys = new Map<string, SigningKeyInfo>();
  key(keyId: string): Promise<SigningKeyInfo | undefined> {
    return Promise.resolve(this.keys.get(keyId));
  }
  cachedKey(keyId: string): SigningKeyInfo | undefined {
    return this.keys.get(keyId);
  }
}

/** One organisation's identities on the range. */
export interface Member {
  profile: DepartmentProfile;
  user: UserCredentials;
  signer: Signer;
  /** A second key of the organisation, revoked two hours ago (past the revocation grace). */
  revoked: Signer;
  red: RedKeyPair;
}

/**
 * A bus with the generated security configuration: one nats-server, the topology and every
 * department durable provisioned by the operator, signing and encryption keys for every
 * organisation, and secrets planted on every addressed subject, QUARANTINE, AUDIT and the
 * tracking bucket.
 */
export class AttackRange implements AsyncDisposable {
  readonly keys = new KeyTable();
  readonly verifier = new EnvelopeVerifier(this.keys);
  readonly members = new Map<string, Member>();
  /** RED bulletin addressed to each organisation (encrypted to it), by org id. */
  readonly redFor = new Map<string, { subject: string; seq: number; id: string }>();

  private constructor(
    readonly server: NatsServer,
    readonly plan: SecurityPlan,
    readonly operator: NatsConnection,
    readonly jsm: JetStreamManager,
  ) {}

  static async start(): Promise<AttackRange> {
    const profiles = await loadProfiles(PROFILES_DIR);
    const plan = securityPlan(profiles);
    const server = await startNatsServer({ config: plan.config });
    const op = plan.users.find((u) => u.role === "operator");
    if (!op) throw new Error("the plan has no operator");
    const operator = await connect({ servers: server.url, authenticator: seedAuth(op.seed) });
    const jsm = await jetstreamManager(operator);
    await provision(jsm, { storage: "memory" });
    await provisionDurables(jsm, plan.durables);
    const range = new AttackRange(server, plan, operator, jsm);
    const now = Date.now();
    for (const profile of profiles) {
      const user = plan.users.find((u) => u.name === profile.id);
      if (!user) throw new Error(`no credentials for ${profile.id}`);
      const { signer, signingKeyRecord } = generateSigner(profile.id);
      range.keys.keys.set(signer.keyId, {
        ...signingKeyRecord,
        notBefore: new Date(now - 86_400_000),
      });
      const old = generateSigner(profile.id);
      range.keys.keys.set(old.signer.keyId, {
        ...old.signingKeyRecord,
        notBefore: new Date(now - 86_400_000),
        revokedTime: new Date(now - 2 * 3_600_000),
      });
      range.members.set(profile.id, {
        profile,
        user,
        signer,
        revoked: old.signer,
        red: generateRedKeyPair(profile.id),
      });
    }
    await range.plantSecrets();
    return range;
  }

  member(id: string): Member {
    const m = this.members.get(id);
    if (!m) throw new Error(`unknown member ${id}`);
    return m;
  }

  /** A connection with a member's own credentials and inbox prefix, as its service connects. */
  connectAs(id: string): Promise<NatsConnection> {
    const { user } = this.member(id);
    return connect({
      servers: this.server.url,
      authenticator: seedAuth(user.seed),
      inboxPrefix: user.inboxPrefix ?? "_INBOX",
      maxReconnectAttempts: 0,
    });
  }

  /** A signed envelope from `signer` (header fields overridable), as a department seals one. */
  envelope(signer: Signer, overrides: Partial<HeaderInit> = {}, body = "receipt"): Uint8Array {
    const payload = tongbao.receipt.v1.Receipt.encode({}).finish();
    const header: HeaderInit = {
      id: randomUUID(),
      type: "tongbao.receipt.v1.Receipt",
      source: signer.orgId,
      time: toTimestamp(new Date()),
      status: Status.STATUS_LIVE,
      marking: { tlp: Tlp.TLP_GREEN },
      recipients: [],
      ...overrides,
    };
    const [bytes] = sealBatch([{ header: encodeHeaderFor(header, payload), payload }], signer);
    if (!bytes) throw new Error(`sealing failed (${body})`);
    return bytes;
  }

  /** Verification as the recipient's consumer runs it, on the message the stream stored. */
  async verifyStored(stream: string, seq: number): Promise<void> {
    const m = await this.jsm.streams.getMessage(stream, { seq });
    if (!m) throw new Error(`no message ${seq} in ${stream}`);
    await this.verifier.verify(m.data, { subject: m.subject, storedAt: m.time });
  }

  /** True when the stream holds any message on this subject. */
  async stored(stream: string, subject: string): Promise<boolean> {
    const m = await this.jsm.streams
      .getMessage(stream, { last_by_subj: subject })
      .catch(() => null);
    return m !== null && m !== undefined;
  }

  private async plantSecrets(): Promise<void> {
    const js = jetstream(this.operator);
    for (const [id, m] of this.members) {
      for (const status of ["live", "exercise"]) {
        await js.publish(
          `tb.${status}.to.${id}.bulletin.operator`,
          `${SECRET}addressed:${id}:${status}`,
        );
      }
      // A TLP:RED payload for this organisation, encrypted to its key alone.
      const msgId = randomUUID();
      const sealed = encryptRedPayload(
        new TextEncoder().encode(`${SECRET}red:${id}`),
        [m.red],
        new TextEncoder().encode(msgId),
      );
      const subject = `tb.live.to.${id}.bulletin.miit`;
      const ack = await js.publish(subject, sealed, { msgID: msgId });
      this.redFor.set(id, { subject, seq: ack.seq, id: msgId });
    }
    await js.publish("tb.live.bulletin.defence.operator", `${SECRET}broadcast:defence`);
    await js.publish("tbq.operator.tb_err_signature", `${SECRET}quarantine`);
    await js.publish("tba.replay.operator", `${SECRET}audit`);
    await js.publish("$KV.tb_tracking.case-1", `${SECRET}tracking`);
    await js.publish("$KV.tb_registry.org.operator", `registry:public`);
  }

  async [Symbol.asyncDispose](): Promise<void> {
    await this.operator.close();
    await this.server[Symbol.asyncDispose]();
  }
}

export function seedAuth(seed: string) {
  return nkeyAuthenticator(new TextEncoder().encode(seed));
}
