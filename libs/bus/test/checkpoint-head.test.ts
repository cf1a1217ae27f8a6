import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import {
  checkCheckpointSignature,
  decodeCheckpoint,
  encodeCheckpoint,
  signCheckpoint,
  type CheckpointHead,
} from "../src/checkpoint/checkpoint-head.js";
import { AdminKeys } from "../src/registry/admin-keys.js";
import { generateAdminSigner } from "../src/registry/dev-identity.js";

const admin = generateAdminSigner();
const root = createHash("sha256").update("root").digest();
const head: CheckpointHead = {
  stream: "TB_LIVE",
  index: 1,
  firstSeq: 1,
  lastSeq: 10,
  size: 10,
  rangeRoot: root,
  treeSize: 10,
  treeRoot: root,
  excluded: [],
  time: new Date("2026-12-03T12:00:00Z"),
  keyId: admin.signer.keyId,
};

describe("checkpoint heads", () => {
  it("round-trips through the stored form with its signature intact", async () => {
    const c = signCheckpoint(head, admin.signer, [], [root]);
    const back = decodeCheckpoint(encodeCheckpoint(c), "TB_LIVE.1");
    expect(back).toEqual(c);
    await expect(checkCheckpointSignature(back, new AdminKeys(admin.adminKeys))).resolves.toBe(
      undefined,
    );
  });

  it("refuses an altered head, and names what is wrong with a malformed one", async () => {
    const c = signCheckpoint(head, admin.signer, [], [root]);
    const altered = { ...c, lastSeq: 9 };
    await expect(checkCheckpointSignature(altered, new AdminKeys(admin.adminKeys))).rejects.toThrow(
      /checkpoint 1 of TB_LIVE has a signature by .* that does not verify/,
    );
    expect(() => decodeCheckpoint(Buffer.from("{not json"), "TB_LIVE.1")).toThrow(
      /checkpoint TB_LIVE.1 is not JSON/,
    );
    const stored = JSON.parse(Buffer.from(encodeCheckpoint(c)).toString()) as Record<
      string,
      unknown
    >;
    for (const [field, value] of [
      ["rangeRoot", "c2hvcnQ="],
      ["firstSeq", -1],
      ["time", "yesterday"],
      ["excluded", ["x"]],
    ] as const) {
      const bad = Buffer.from(JSON.stringify({ ...stored, [field]: value }));
      expect(() => decodeCheckpoint(bad, "TB_LIVE.1"), field).toThrow(
        new RegExp(`"${field}" is missing or invalid`),
      );
    }
  });
});
