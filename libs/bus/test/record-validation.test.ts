import { describe, expect, it } from "vitest";
import { validateRecords } from "../src/outbox/record-validation.js";
import type { OutboxRecord } from "../src/outbox/types.js";

function record(fields: Partial<Record<keyof OutboxRecord, unknown>> = {}): OutboxRecord {
  return {
    subject: "t.ok",
    msgId: "id-1",
    data: Buffer.from("x"),
    ...fields,
  } as OutboxRecord;
}

function faultOf(records: unknown[]): unknown {
  try {
    validateRecords(records as OutboxRecord[]);
  } catch (err) {
    return err;
  }
  return undefined;
}

describe("outbox record validation", () => {
  it("accepts well-formed records, with or without headers and meta", () => {
    expect(
      faultOf([record(), record({ headers: { A: "1" }, meta: { producerSeq: "2", d: "" } })]),
    ).toBeUndefined();
  });

  it("names the record and field at fault", () => {
    const cases: [Partial<Record<keyof OutboxRecord, unknown>>, string][] = [
      [{ subject: "" }, "records[1].subject"],
      [{ subject: "t.*" }, "records[1].subject"],
      [{ subject: "t. x" }, "records[1].subject"],
      [{ msgId: 7 }, "records[1].msgId"],
      [{ data: "x" }, "records[1].data"],
      [{ headers: [] }, "records[1].headers"],
      [{ headers: { A: 1 } }, "records[1].headers.A"],
      [{ meta: { "": "x" } }, "records[1].meta key"],
    ];
    for (const [fields, path] of cases) {
      expect(faultOf([record(), record(fields)])).toMatchObject({
        code: "TB_ERR_BAD_REQUEST",
        path,
      });
    }
    expect(faultOf([null])).toMatchObject({ path: "records[0]" });
  });

  it("counts UTF-8 bytes, not characters, against the 65,535-byte limit", () => {
    // "€" is three UTF-8 bytes: 21,845 of them fit exactly, one more does not.
    expect(faultOf([record({ msgId: "€".repeat(21_845) })])).toBeUndefined();
    expect(faultOf([record({ msgId: "€".repeat(21_846) })])).toMatchObject({
      path: "records[0].msgId",
      message: expect.stringMatching(/longer than 65535 bytes/),
    });
    expect(faultOf([record({ meta: { ["é".repeat(32_768)]: "x" } })])).toMatchObject({
      path: "records[0].meta key",
    });
    expect(faultOf([record({ subject: "a".repeat(65_535) })])).toBeUndefined();
    expect(faultOf([record({ subject: "a".repeat(65_536) })])).toMatchObject({
      path: "records[0].subject",
    });
  });
});
