import { jetstreamManager } from "@nats-io/jetstream";
import type { NatsConnection } from "@nats-io/transport-node";
import {
  ED25519,
  EnvelopeVerifier,
  provision,
  type KeyResolver,
  type PublishInput,
  type Signer,
  type SigningKeyInfo,
} from "@tongbao/bus";
import { tongbao } from "@tongbao/contracts";

const { Status } = tongbao.envelope.v1;
const { Tlp, DataLevel, Sector, Severity } = tongbao.common.v1;

export const BULLETIN_TYPE = "tongbao.bulletin.v1.ThreatBulletin";
/** The live broadcast subjects of power-sector bulletins, whatever the origin. */
export const POWER_BULLETINS = "tb.live.bulletin.power.>";

/** A publishing organisation with a fresh Ed25519 key, and the registry entry of that key. */
export interface BenchOrg {
  signer: Signer;
  key: SigningKeyInfo;
}

export function benchOrg(orgId: string): BenchOrg {
  const { privateKey, publicKey } = ED25519.generateKeyPair();
  const keyId = `${orgId}-bench`;
  return {
    signer: { orgId, keyId, suite: ED25519, privateKey },
    key: {
      keyId,
      orgId,
      algorithm: ED25519.algorithm,
      publicKey,
      notBefore: new Date(Date.now() - 24 * 3600_000),
    },
  };
}

/** Registered keys known in memory, as a registry's warm cache would answer. */
export class BenchKeys implements KeyResolver {
  readonly #keys = new Map<string, SigningKeyInfo>();
  constructor(...keys: SigningKeyInfo[]) {
    for (const k of keys) this.#keys.set(k.keyId, k);
  }
  key(keyId: string): Promise<SigningKeyInfo | undefined> {
    return Promise.resolve(this.#keys.get(keyId));
  }
  cachedKey(keyId: string): SigningKeyInfo | undefined {
    return this.#keys.get(keyId);
  }
}

/** A key as JSON strings, for a child process that verifies what this one stored. */
export function keyToJson(key: SigningKeyInfo): Record<string, string> {
  return {
    keyId: key.keyId,
    orgId: key.orgId,
    publicKey: Buffer.from(key.publicKey).toString("base64"),
    notBefore: key.notBefore.toISOString(),
  };
}

export function keyFromJson(json: Record<string, string>): SigningKeyInfo {
  return {
    keyId: json["keyId"] ?? "",
    orgId: json["orgId"] ?? "",
    algorithm: ED25519.algorithm,
    publicKey: new Uint8Array(Buffer.from(json["publicKey"] ?? "", "base64")),
    notBefore: new Date(json["notBefore"] ?? 0),
  };
}

export function verifierFor(...keys: SigningKeyInfo[]): EnvelopeVerifier {
  return new EnvelopeVerifier(new BenchKeys(...keys));
}

/**
 * A live TLP:GREEN threat bulletin for the power sector whose encoded payload is about
 * `payloadBytes`; its title carries `seq` so a receiver can tell which one arrived.
 */
export function bulletinOfSize(payloadBytes: number): (seq: number) => PublishInput {
  const make = (seq: number, body: string) =>
    tongbao.bulletin.v1.ThreatBulletin.create({
      kind: tongbao.bulletin.v1.BulletinKind.BULLETIN_KIND_THREAT,
      title: `bench ${seq}`,
      summary: "Mirai variant spreading through exposed industrial routers",
      category: tongbao.common.v1.IncidentCategory.INCIDENT_CATEGORY_MALWARE,
      severity: Severity.SEVERITY_HIGH,
      body,
    });
  const bare = tongbao.bulletin.v1.ThreatBulletin.encode(make(1_000_000, "")).finish().length;
  // The length prefix of `body` takes 2 or 3 bytes; the rest is padding, one string for all.
  const body = "x".repeat(Math.max(0, payloadBytes - bare - (payloadBytes > 16_384 ? 3 : 2)));
  return (seq) => ({
    type: BULLETIN_TYPE,
    payload: make(seq, body),
    status: Status.STATUS_LIVE,
    marking: { tlp: Tlp.TLP_GREEN, dataLevel: DataLevel.DATA_LEVEL_GENERAL },
    sectors: [Sector.SECTOR_POWER],
  });
}

/** The seq a bench bulletin carries in its title. */
export function bulletinSeq(payload: unknown): number {
  const title = (payload as { title?: string }).title ?? "";
  return Number(title.slice("bench ".length));
}

/**
 * The bus's streams as production provisions them (file storage), with TB_LIVE fresh and
 * empty: like the raw side's stream per measurement. TB_LIVE refuses purges (the live record
 * is kept forever), so it is deleted and provisioned again.
 */
export async function freshBus(nc: NatsConnection): Promise<void> {
  const jsm = await jetstreamManager(nc);
  await jsm.streams.delete("TB_LIVE").catch(() => undefined);
  await provision(jsm);
}

/** Deletes TB_LIVE (it is provisioned again by the next measurement). */
export async function dropLive(nc: NatsConnection): Promise<void> {
  const jsm = await jetstreamManager(nc);
  await jsm.streams.delete("TB_LIVE").catch(() => undefined);
}
