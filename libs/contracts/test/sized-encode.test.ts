import { describe, expect, it } from "vitest";
import { contractFor, tongbao } from "../src/mod.js";
import { SizedEncoder } from "../src/sized-encode.js";

const { ThreatBulletin, BulletinKind } = tongbao.bulletin.v1;
const { IncidentCategory, Severity } = tongbao.common.v1;

function bulletin(bodyChars: number, fill = "x"): tongbao.bulletin.v1.ThreatBulletin.$Properties {
  return {
    kind: BulletinKind.BULLETIN_KIND_THREAT,
    title: `关于Mirai变种的通报 ${bodyChars}`,
    summary: "Mirai variant spreading through exposed industrial routers",
    category: IncidentCategory.INCIDENT_CATEGORY_MALWARE,
    severity: Severity.SEVERITY_HIGH,
    body: fill.repeat(bodyChars),
  };
}

/** protobufjs's own path: the reference bytes. */
function reference(message: tongbao.bulletin.v1.ThreatBulletin.$Properties): Buffer {
  return Buffer.from(ThreatBulletin.encode(message).finish());
}

describe("encoding into a buffer of the final size", () => {
  it("gives protobufjs's bytes as sizes repeat, grow, shrink a little and shrink a lot", () => {
    const encoder = new SizedEncoder<tongbao.bulletin.v1.ThreatBulletin.$Properties>((m, w) =>
      ThreatBulletin.encode(m, w),
    );
    // Same size (written in place), a little larger (within the room), much larger (grown),
    // a little smaller (kept), much smaller (copied out), non-ASCII, empty, tiny.
    const sizes = [65_536, 65_536, 65_536, 66_000, 200_000, 190_000, 1_000, 0, 5, 65_536];
    const messages = sizes.map((n, i) => bulletin(n, i === 6 ? "通" : "x"));
    const encoded = messages.map((m) => Buffer.from(encoder.encode(m)));
    encoded.forEach((bytes, i) => expect(bytes.equals(reference(messages[i]!))).toBe(true));
  });

  it("never hands out a buffer that a later encoding writes into", () => {
    const encoder = new SizedEncoder<tongbao.bulletin.v1.ThreatBulletin.$Properties>((m, w) =>
      ThreatBulletin.encode(m, w),
    );
    const first = encoder.encode(bulletin(65_536, "a"));
    const copyOfFirst = Buffer.from(first);
    const second = encoder.encode(bulletin(65_536, "b"));
    expect(Buffer.from(first).equals(copyOfFirst)).toBe(true);
    // Control: the two encodings differ, so an overwrite of the first would show.
    expect(Buffer.from(second).equals(copyOfFirst)).toBe(false);
    expect(first.buffer === second.buffer && first.byteOffset === second.byteOffset).toBe(false);
  });

  it("is what a contract's encode uses, with the same bytes as before", () => {
    const contract = contractFor("tongbao.bulletin.v1.ThreatBulletin");
    if (!contract) throw new Error("no bulletin contract");
    for (const n of [64, 4_096, 65_536, 65_536, 16_384]) {
      const message = ThreatBulletin.create(bulletin(n));
      expect(Buffer.from(contract.encode(message)).equals(reference(message))).toBe(true);
    }
  });
});
