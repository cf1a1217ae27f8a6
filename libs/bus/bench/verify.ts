// Measures per-message sealing and verification cost (prints numbers; asserts nothing).
// Run: pnpm exec tsx --conditions=source libs/bus/bench/verify.ts
import { randomUUID } from "node:crypto";
import { tongbao } from "@tongbao/contracts";
import {
  ED25519,
  EnvelopeVerifier,
  SM2_SM3,
  encodeHeaderFor,
  sealBatch,
  toTimestamp,
  type CryptoSuite,
  type SigningKeyInfo,
} from "@tongbao/bus";

const BATCH = 64;
const MESSAGES = 20_000;

function items(n: number) {
  const payload = tongbao.bulletin.v1.ThreatBulletin.encode({
    title: "工业控制系统漏洞通报",
    summary: "x".repeat(1000),
  }).finish();
  return Array.from({ length: n }, () => ({
    header: encodeHeaderFor(
      {
        id: randomUUID(),
        type: "tongbao.bulletin.v1.ThreatBulletin",
        source: "miit",
        time: toTimestamp(new Date()),
        status: tongbao.envelope.v1.Status.STATUS_LIVE,
        marking: { tlp: tongbao.common.v1.Tlp.TLP_GREEN },
        sectors: [tongbao.common.v1.Sector.SECTOR_POWER],
        producerId: "miit-1",
        producerSeq: 1,
      },
      payload,
    ),
    payload,
  }));
}

async function run(suite: CryptoSuite): Promise<void> {
  const { privateKey, publicKey } = suite.generateKeyPair();
  const info: SigningKeyInfo = {
    keyId: "k",
    orgId: "miit",
    algorithm: suite.algorithm,
    publicKey,
    notBefore: new Date(0),
  };
  const signer = { orgId: "miit", keyId: "k", suite, privateKey };
  const all = items(MESSAGES);
  let t = performance.now();
  const sealed: Uint8Array[] = [];
  for (let i = 0; i < all.length; i += BATCH) sealed.push(...sealBatch(all.slice(i, i + BATCH), signer));
  const sealUs = ((performance.now() - t) * 1000) / MESSAGES;
  const verifier = new EnvelopeVerifier({
    key: () => Promise.resolve(info),
    cachedKey: () => info,
  });
  t = performance.now();
  for (const bytes of sealed) verifier.verifySync(bytes, { subject: "tb.live.bulletin.power.miit" });
  const syncUs = ((performance.now() - t) * 1000) / MESSAGES;
  const fresh = new EnvelopeVerifier({ key: () => Promise.resolve(info), cachedKey: () => info });
  t = performance.now();
  for (const bytes of sealed) await fresh.verify(bytes, { subject: "tb.live.bulletin.power.miit" });
  const asyncUs = ((performance.now() - t) * 1000) / MESSAGES;
  console.log(
    `${suite.name}: batch ${BATCH}, ${sealed[0]?.length ?? 0} B/envelope — seal ${sealUs.toFixed(1)} µs/msg, ` +
      `verifySync ${syncUs.toFixed(1)} µs/msg, verify ${asyncUs.toFixed(1)} µs/msg ` +
      `(${fresh.stats.signatureChecks} signature checks)`,
  );
}

await run(ED25519);
await run(SM2_SM3);
