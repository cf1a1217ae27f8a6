import { randomUUID } from "node:crypto";
import { tongbao, type HeaderInit } from "@tongbao/contracts";
import type { CryptoSuite, Signer } from "../src/crypto/types.js";
import { encodeHeaderFor, toTimestamp } from "../src/envelope/header-fields.js";
import type { KeyResolver, SealItem, SigningKeyInfo } from "../src/envelope/types.js";

export const { Status } = tongbao.envelope.v1;
export const { Sector, Tlp } = tongbao.common.v1;

/** Keys held in memory: the simplest KeyResolver, for tests that need no registry. */
export class KeyTable implements KeyResolver {
  readonly keys = new Map<string, SigningKeyInfo>();
  lookups = 0;
  constructor(private readonly cached = true) {}
  add(info: SigningKeyInfo): this {
    this.keys.set(info.keyId, info);
    return this;
  }
  key(keyId: string): Promise<SigningKeyInfo | undefined> {
    this.lookups++;
    return Promise.resolve(this.keys.get(keyId));
  }
  cachedKey(keyId: string): SigningKeyInfo | undefined {
    return this.cached ? this.keys.get(keyId) : undefined;
  }
}

export function testSigner(
  suite: CryptoSuite,
  orgId: string,
  keyId: string,
  notBefore = new Date("2020-01-01T00:00:00Z"),
): { signer: Signer; info: SigningKeyInfo } {
  const { privateKey, publicKey } = suite.generateKeyPair();
  return {
    signer: { orgId, keyId, suite, privateKey },
    info: { keyId, orgId, algorithm: suite.algorithm, publicKey, notBefore },
  };
}

export function bulletinItem(overrides: Partial<HeaderInit> = {}, body = "threat"): SealItem {
  const payload = tongbao.bulletin.v1.ThreatBulletin.encode({ title: body }).finish();
  const header: HeaderInit = {
    id: randomUUID(),
    type: "tongbao.bulletin.v1.ThreatBulletin",
    source: "miit",
    time: toTimestamp(new Date("2024-06-01T08:00:00Z")),
    status: Status.STATUS_LIVE,
    marking: { tlp: Tlp.TLP_GREEN },
    sectors: [Sector.SECTOR_POWER],
    ...overrides,
  };
  return { header: encodeHeaderFor(header, payload), payload };
}
