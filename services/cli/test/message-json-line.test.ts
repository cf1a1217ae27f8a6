import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { contractFor, decodeHeader, encodeHeader, tongbao } from "@tongbao/contracts";
import { describe, expect, it } from "vitest";
import { messageJson, messageJsonLine, type ShownMessage } from "../src/message-json.js";

const { DataLevel, Sector, Tlp } = tongbao.common.v1;
const { Status } = tongbao.envelope.v1;
const GOLDEN = fileURLToPath(new URL("../../../libs/contracts/test/golden/", import.meta.url));

/** Each golden payload of a type the bus carries, as the replay hands it over. */
const payloads = readdirSync(GOLDEN)
  .filter((f) => f.endsWith(".binpb"))
  .map((f) => ({ type: f.replace(/\.binpb$/, ""), bytes: readFileSync(`${GOLDEN}${f}`) }))
  .filter((p) => contractFor(p.type) !== undefined);

function shown(
  type: string,
  payloadBytes: Uint8Array,
  over: Partial<ShownMessage> = {},
  tlp = Tlp.TLP_GREEN,
): ShownMessage {
  const header = decodeHeader(
    encodeHeader({
      id: "0193a3c4-5d6e-7f80-9a1b-2c3d4e5f6a7b",
      type,
      source: "miit",
      time: { seconds: 1_735_000_000, nanos: 5_000_000 },
      status: Status.STATUS_LIVE,
      marking: { tlp, dataLevel: DataLevel.DATA_LEVEL_GENERAL },
      sectors: [Sector.SECTOR_POWER, Sector.SECTOR_FINANCE],
      payloadSha256: new Uint8Array(32).fill(9),
      producerId: 'miit-"1"\n',
      producerSeq: 42,
    }),
  );
  return {
    seq: 17,
    subject: "tongbao.miit.power.bulletin",
    storedAt: new Date(Date.UTC(2025, 2, 1, 8, 30, 0, 250)),
    header,
    payloadBytes,
    verified: true,
    ...over,
  };
}

describe("a JSON Lines line (messageJsonLine)", () => {
  it("is JSON.stringify(messageJson(m)) byte for byte, for every family's golden payload", () => {
    expect(payloads.length).toBeGreaterThanOrEqual(10);
    for (const p of payloads) {
      for (const over of [{}, { keyId: "miit-2025" }, { verified: false, keyId: "" }]) {
        const m = shown(p.type, p.bytes, over);
        const line = messageJsonLine(m);
        expect(line, p.type).toBe(JSON.stringify(messageJson(m)));
        expect(line).toContain('"payload":{');
      }
    }
  });

  it("is the same for payloads the contract refuses, unknown types and sealed TLP:RED payloads", () => {
    const bulletin = payloads.find((p) => p.type.includes("bulletin"))!;
    const cases = [
      shown(bulletin.type, bulletin.bytes.subarray(0, bulletin.bytes.length - 3)),
      shown("tongbao.nothing.v1.Unknown", bulletin.bytes),
      shown(bulletin.type, bulletin.bytes, {}, Tlp.TLP_RED),
    ];
    for (const m of cases) {
      const line = messageJsonLine(m);
      expect(line).toBe(JSON.stringify(messageJson(m)));
      expect(line).toContain('"payloadError":');
    }
  });

  it("control: the comparison tells lines apart that differ in one header field", () => {
    const p = payloads[0]!;
    const a = shown(p.type, p.bytes);
    const b = shown(p.type, p.bytes);
    b.header.producerSeq = 43;
    expect(messageJsonLine(b)).not.toBe(JSON.stringify(messageJson(a)));
    expect(messageJsonLine(b)).toBe(JSON.stringify(messageJson(b)));
  });
});
