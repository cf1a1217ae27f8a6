// Throughput of the hot-path codecs; numbers only, never assertions.
//   pnpm exec vitest bench --project contracts
import { bench, describe } from "vitest";
import {
  contracts,
  decodeEnvelope,
  decodeHeader,
  encodeEnvelope,
  encodeHeader,
  tongbao,
} from "../src/mod.js";
import { golden } from "./support/golden.js";

const { binary: payload, json } = golden("tongbao.bulletin.v1.ThreatBulletin");
const header = encodeHeader({
  id: "0195a1b2-0000-7000-8000-00000000000a",
  type: "tongbao.bulletin.v1.ThreatBulletin",
  source: "miit",
  time: { seconds: 1_740_800_000, nanos: 1 },
  status: tongbao.envelope.v1.Status.STATUS_LIVE,
  marking: { tlp: tongbao.common.v1.Tlp.TLP_GREEN },
  recipients: ["nea", "mem"],
  sectors: [tongbao.common.v1.Sector.SECTOR_POWER],
  payloadSha256: new Uint8Array(32),
  producerId: "miit-1",
  producerSeq: 12_345,
  prevDigest: new Uint8Array(32),
});
const envelope = encodeEnvelope({
  header,
  payload,
  signatures: [
    {
      keyId: "miit-2025-01",
      algorithm: tongbao.envelope.v1.SignatureAlgorithm.SIGNATURE_ALGORITHM_ED25519,
      value: new Uint8Array(64),
      merklePath: Array.from({ length: 8 }, () => new Uint8Array(32)),
      leafIndex: 3,
      leafCount: 200,
    },
  ],
});
const message = contracts.threatBulletin.decode(payload);

describe("hot path", () => {
  bench("decodeEnvelope", () => void decodeEnvelope(envelope));
  bench("decodeHeader", () => void decodeHeader(header));
  bench(
    "ThreatBulletin decode with limits and rules",
    () => void contracts.threatBulletin.decode(payload),
  );
  bench(
    "ThreatBulletin encode with limits and rules",
    () => void contracts.threatBulletin.encode(message),
  );
});

describe("JSON", () => {
  bench("ThreatBulletin fromJson", () => void contracts.threatBulletin.fromJson(json));
  bench("ThreatBulletin toJson", () => void contracts.threatBulletin.toJson(message));
});
