import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { jetstreamManager } from "@nats-io/jetstream";
import { connect, type NatsConnection } from "@nats-io/transport-node";
import {
  ED25519,
  Publisher,
  encodeHeaderFor,
  provision,
  sealBatch,
  toTimestamp,
  uuidv7,
  type KeyResolver,
  type PublishInput,
  type Signer,
  type SigningKeyInfo,
} from "@tongbao/bus";
import { contracts, tongbao } from "@tongbao/contracts";
import { startNatsServer, type NatsServer } from "@tongbao/testing";

export const { Status } = tongbao.envelope.v1;
export const { Tlp, DataLevel, Sector } = tongbao.common.v1;
export const THREAT_BULLETIN = "tongbao.bulletin.v1.ThreatBulletin";
export const EXPOSURE_FINDING = "tongbao.exposure.v1.ExposureFinding";

/** A key pair of an organisation: its signer and the registry entry. */
export function orgKey(orgId: string): { signer: Signer; info: SigningKeyInfo } {
  const { privateKey, publicKey } = ED25519.generateKeyPair();
  const keyId = `${orgId}-k1`;
  return {
    signer: { orgId, keyId, suite: ED25519, privateKey },
    info: {
      keyId,
      orgId,
      algorithm: ED25519.algorithm,
      publicKey,
      notBefore: new Date(Date.now() - 24 * 3600_000),
    },
  };
}

/** A fixed set of registered keys (these tests do not exercise the registry). */
export class KeyRing implements KeyResolver {
  readonly #keys = new Map<string, SigningKeyInfo>();
  constructor(...keys: { info: SigningKeyInfo }[]) {
    for (const k of keys) this.#keys.set(k.info.keyId, k.info);
  }
  key(keyId: string): Promise<SigningKeyInfo | undefined> {
    return Promise.resolve(this.#keys.get(keyId));
  }
  cachedKey(keyId: string): SigningKeyInfo | undefined {
    return this.#keys.get(keyId);
  }
}

/** A nats-server with the bus topology, a connection, and a MIIT publisher. */
export interface Bus {
  server: NatsServer;
  nc: NatsConnection;
  miit: ReturnType<typeof orgKey>;
  keys: KeyRing;
  publisher: Publisher;
  /** A fresh temporary directory (removed by close()). */
  tempDir(): Promise<string>;
  close(): Promise<void>;
}

export async function startBus(): Promise<Bus> {
  const dirs: string[] = [];
  const tempDir = async () => {
    const d = await mkdtemp(join(tmpdir(), "tongbao-nest-"));
    dirs.push(d);
    return d;
  };
  const server = await startNatsServer();
  const nc = await connect({ servers: server.url });
  await provision(await jetstreamManager(nc));
  const miit = orgKey("miit");
  const publisher = await Publisher.open({
    nc,
    signer: miit.signer,
    producerId: "miit-1",
    outboxDir: await tempDir(),
  });
  return {
    server,
    nc,
    miit,
    keys: new KeyRing(miit),
    publisher,
    tempDir,
    async close() {
      await publisher.close();
      await nc.close();
      await server[Symbol.asyncDispose]();
      await Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true })));
    },
  };
}

export function threatBulletinJson(title = "关于Mirai变种僵尸网络攻击工业路由器的通报") {
  return {
    kind: "BULLETIN_KIND_THREAT",
    title,
    summary: "Mirai variant spreading through exposed industrial routers",
    category: "INCIDENT_CATEGORY_MALWARE",
    severity: "SEVERITY_HIGH",
    indicators: [{ type: "INDICATOR_TYPE_IP", value: "203.0.113.7" }],
    recommendedMeasures: ["封堵C2地址", "升级固件"],
  };
}

/** A live TLP:GREEN threat bulletin for the power sector. */
export function powerBulletin(title?: string): PublishInput {
  return {
    type: THREAT_BULLETIN,
    payload: threatBulletinJson(title),
    status: Status.STATUS_LIVE,
    marking: { tlp: Tlp.TLP_GREEN, dataLevel: DataLevel.DATA_LEVEL_GENERAL },
    sectors: [Sector.SECTOR_POWER],
  };
}

/** A live TLP:GREEN exposure finding for the power sector. */
export function powerExposure(): PublishInput {
  return {
    type: EXPOSURE_FINDING,
    payload: {
      ip: "198.51.100.23",
      port: 502,
      transport: "TRANSPORT_PROTOCOL_TCP",
      protocol: "modbus",
      deviceType: "ASSET_TYPE_PLC",
      riskLevel: "SEVERITY_HIGH",
      riskDescription: "unauthenticated write access to coils and holding registers",
      firstSeenTime: "2025-02-20T10:00:00Z",
      lastSeenTime: "2025-03-02T10:00:00Z",
    },
    status: Status.STATUS_LIVE,
    marking: { tlp: Tlp.TLP_GREEN, dataLevel: DataLevel.DATA_LEVEL_GENERAL },
    sectors: [Sector.SECTOR_POWER],
  };
}

/**
 * A bulletin sealed by hand, bypassing the Publisher: what a hostile producer could put on
 * the bus (e.g. signed with a stolen key id but another private key).
 */
export function forgedBulletin(signer: Signer, title: string): Uint8Array {
  const payload = contracts.threatBulletin.encode(
    contracts.threatBulletin.fromJson(threatBulletinJson(title)),
  );
  const header = encodeHeaderFor(
    {
      id: uuidv7(),
      type: THREAT_BULLETIN,
      source: signer.orgId,
      time: toTimestamp(new Date()),
      status: Status.STATUS_LIVE,
      marking: { tlp: Tlp.TLP_GREEN, dataLevel: DataLevel.DATA_LEVEL_GENERAL },
      sectors: [Sector.SECTOR_POWER],
      producerId: "forger-1",
      producerSeq: 1,
    },
    payload,
  );
  const [envelope] = sealBatch([{ header, payload }], signer);
  return envelope!;
}
