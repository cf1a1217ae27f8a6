import { decodeHeader, encodeHeader } from "@tongbao/contracts";
import { describe, expect, it } from "vitest";
import {
  CHAIN_FIELDS_MAX_BYTES,
  chainedHeader,
  writeChainedHeader,
} from "../src/publisher/header-bytes.js";
import { draftMessage } from "../src/publisher/message-draft.js";
import { isUuidv7, uuidv7, uuidv7Time } from "../src/publisher/message-id.js";
import { powerBulletin, Tlp } from "./fixtures/bulletins.js";

describe("message drafts", () => {
  it("appends the chain fields to a header exactly as a full encode would", () => {
    const { header, headerBase } = draftMessage(powerBulletin(), "miit", "miit-1", new Date());
    const prev = Uint8Array.from({ length: 32 }, (_, i) => i);
    for (const seq of [2, 127, 128, 300, 2 ** 40 + 5, Number.MAX_SAFE_INTEGER]) {
      const chained = chainedHeader(headerBase, seq, prev);
      expect(Buffer.from(chained)).toEqual(
        Buffer.from(encodeHeader({ ...header, producerSeq: seq, prevDigest: prev })),
      );
      expect(Number(decodeHeader(chained).producerSeq)).toBe(seq);
    }
    const first = decodeHeader(chainedHeader(headerBase, 1, new Uint8Array(0)));
    expect(Number(first.producerSeq)).toBe(1);
    expect(first.prevDigest.length).toBe(0);
  });

  it("writes a group's chained headers into one buffer with the same bytes", () => {
    const { headerBase } = draftMessage(powerBulletin(), "miit", "miit-1", new Date());
    const prev = Uint8Array.from({ length: 32 }, (_, i) => 255 - i);
    const positions: [number, Uint8Array][] = [
      [1, new Uint8Array(0)],
      [2, prev],
      [128, prev],
      [Number.MAX_SAFE_INTEGER, prev],
    ];
    const out = new Uint8Array(positions.length * (headerBase.length + CHAIN_FIELDS_MAX_BYTES));
    let at = 0;
    for (const [seq, digest] of positions) {
      const end = writeChainedHeader(out, at, headerBase, seq, digest);
      expect(end - at).toBeLessThanOrEqual(headerBase.length + CHAIN_FIELDS_MAX_BYTES);
      expect(Buffer.from(out.subarray(at, end))).toEqual(
        Buffer.from(chainedHeader(headerBase, seq, digest)),
      );
      at = end;
    }
  });

  it("gives each copy of a fanned-out message an id of its own, and a single copy the message id", () => {
    const single = draftMessage(powerBulletin(), "miit", "miit-1", new Date());
    expect(single.routes).toEqual([{ subject: "tb.live.bulletin.power.miit", msgId: single.id }]);
    const fanned = draftMessage(
      powerBulletin({ marking: { tlp: Tlp.TLP_AMBER_STRICT }, recipients: ["nea", "mee"] }),
      "miit",
      "miit-1",
      new Date(),
    );
    expect(fanned.routes.map((r) => r.msgId)).toEqual([`${fanned.id}:nea`, `${fanned.id}:mee`]);
  });

  it("makes UUIDv7 ids that sort in creation order within one millisecond", () => {
    const now = Date.now();
    const ids = Array.from({ length: 5000 }, () => uuidv7(now));
    expect(ids.every(isUuidv7)).toBe(true);
    expect([...ids].sort()).toEqual(ids);
    expect(new Set(ids).size).toBe(ids.length);
    expect(Math.abs(uuidv7Time(ids[0]!).getTime() - now)).toBeLessThanOrEqual(1);
  });
});
