import { headers, Match } from "@nats-io/transport-node";
import { describe, expect, it } from "vitest";
import { MsgIdHeaders } from "../src/outbox/msg-id-headers.js";

/** nats.js's own encoding of a header block with only this id. */
function general(msgId: string): Uint8Array {
  const h = headers();
  h.set("Nats-Msg-Id", msgId);
  return (h as unknown as { encode(): Uint8Array }).encode();
}

describe("Nats-Msg-Id headers", () => {
  it("encodes exactly the bytes nats.js's headers() would", () => {
    for (const id of [
      "0199a1b2-c3d4-7e5f-8a6b-7c8d9e0f1a2b",
      "0199a1b2-c3d4-7e5f-8a6b-7c8d9e0f1a2b:nea",
      "0199a1b2-c3d4-7e5f-8a6b-7c8d9e0f1a2b:SECTOR_POWER",
      "x",
      "!~:;\"'{}",
    ]) {
      const h = MsgIdHeaders.for(id);
      expect(h, id).toBeDefined();
      expect(Buffer.from(h!.encode())).toEqual(Buffer.from(general(id)));
    }
  });

  it("leaves ids nats.js would change or refuse to its general headers", () => {
    for (const id of ["", " padded ", "a b", "line\r\nbreak", "tab\t", "ünïcode", "a\u0000"]) {
      expect(MsgIdHeaders.for(id), JSON.stringify(id)).toBeUndefined();
    }
  });

  it("answers like nats.js's headers, also after being changed", () => {
    const h = MsgIdHeaders.for("id-1")!;
    expect(h.get("Nats-Msg-Id")).toBe("id-1");
    expect(h.get("nats-msg-id", Match.IgnoreCase)).toBe("id-1");
    expect(h.has("Other")).toBe(false);
    expect(h.keys()).toEqual(["Nats-Msg-Id"]);
    expect([...h]).toEqual([["Nats-Msg-Id", ["id-1"]]]);
    expect(h.hasError).toBe(false);
    h.set("Other", "x");
    const g = headers();
    g.set("Nats-Msg-Id", "id-1");
    g.set("Other", "x");
    expect(Buffer.from(h.encode())).toEqual(
      Buffer.from((g as unknown as { encode(): Uint8Array }).encode()),
    );
  });
});
