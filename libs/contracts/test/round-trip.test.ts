import { createHash } from "node:crypto";
import { isTongbaoError } from "@tongbao/errors";
import { describe, expect, it } from "vitest";
import {
  contractFor,
  contracts,
  decodeEnvelope,
  decodeHeader,
  encodeEnvelope,
  encodeHeader,
  tongbao,
} from "../src/mod.js";

const { Status, SignatureAlgorithm } = tongbao.envelope.v1;
const { Tlp, DataLevel, Sector, IncidentCategory, Severity } = tongbao.common.v1;

function bulletin(): tongbao.bulletin.v1.ThreatBulletin.$Properties {
  return {
    kind: tongbao.bulletin.v1.BulletinKind.BULLETIN_KIND_THREAT,
    title: "关于Mirai变种僵尸网络攻击工业路由器的通报",
    summary: "Mirai variant spreading through exposed industrial routers",
    category: IncidentCategory.INCIDENT_CATEGORY_MALWARE,
    severity: Severity.SEVERITY_HIGH,
    indicators: [{ type: tongbao.common.v1.IndicatorType.INDICATOR_TYPE_IP, value: "203.0.113.7" }],
    affectedScope: { sectors: [Sector.SECTOR_POWER], regions: ["320000"] },
    recommendedMeasures: ["封堵C2地址", "升级固件"],
  };
}

describe("envelope and bulletin round trip", () => {
  it("decodes an encoded bulletin into the same values", () => {
    const contract = contracts.threatBulletin;
    const decoded = contract.decode(contract.encode(bulletin()));
    expect(decoded.title).toBe(bulletin().title);
    expect(decoded.indicators[0]?.value).toBe("203.0.113.7");
    expect(decoded.affectedScope?.sectors).toEqual([Sector.SECTOR_POWER]);
    expect(contractFor("tongbao.bulletin.v1.ThreatBulletin")).toBe(contract);
    expect(contract.family).toBe("bulletin");
  });

  it("carries header and payload bytes unchanged through an envelope", () => {
    const payload = contracts.threatBulletin.encode(bulletin());
    const header = encodeHeader({
      id: "0193a3c4-5d6e-7f80-9a1b-2c3d4e5f6a7b",
      type: "tongbao.bulletin.v1.ThreatBulletin",
      source: "miit",
      time: { seconds: 1_735_000_000, nanos: 5 },
      status: Status.STATUS_LIVE,
      marking: { tlp: Tlp.TLP_GREEN, dataLevel: DataLevel.DATA_LEVEL_GENERAL },
      sectors: [Sector.SECTOR_POWER],
      payloadSha256: createHash("sha256").update(payload).digest(),
      producerId: "miit-1",
      producerSeq: 42,
    });
    const bytes = encodeEnvelope({
      header,
      payload,
      signatures: [
        {
          keyId: "miit-2025",
          algorithm: SignatureAlgorithm.SIGNATURE_ALGORITHM_ED25519,
          value: new Uint8Array(64).fill(7),
          leafCount: 1,
        },
      ],
    });
    const envelope = decodeEnvelope(bytes);
    expect(Buffer.from(envelope.header).equals(Buffer.from(header))).toBe(true);
    expect(Buffer.from(envelope.payload).equals(Buffer.from(payload))).toBe(true);
    const decodedHeader = decodeHeader(envelope.header);
    expect(decodedHeader.producerSeq).toBe(42);
    expect(decodedHeader.time?.nanos).toBe(5);
    expect(contractFor(decodedHeader.type)?.decode(envelope.payload)).toMatchObject({
      title: bulletin().title,
    });
  });

  it("rejects truncated envelope bytes with TB_ERR_DECODE naming the field", () => {
    const bytes = encodeEnvelope({ header: new Uint8Array(100), payload: new Uint8Array(10) });
    let caught: unknown;
    try {
      decodeEnvelope(bytes.subarray(0, 50));
    } catch (err) {
      caught = err;
    }
    expect(isTongbaoError(caught, "TB_ERR_DECODE")).toBe(true);
    expect((caught as { path?: string }).path).toBe("header");
  });
});
