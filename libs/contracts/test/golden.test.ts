import { describe, expect, it } from "vitest";
import { CONTRACTS, contractFor } from "../src/mod.js";
import { goldenVectors } from "./support/golden.js";
import { protocDecode, protocEncode } from "./support/protoc.js";
import { textFormat } from "./support/text-format.js";

const vectors = goldenVectors();

describe("golden vectors", () => {
  it("exist for every contract: the ten families and the registry messages", () => {
    expect(vectors.map((v) => v.typeName)).toEqual(CONTRACTS.map((c) => c.typeName).sort());
    expect(new Set(CONTRACTS.map((c) => c.family)).size).toBe(11);
  });

  describe.each(vectors)("$typeName", ({ typeName, json, binary }) => {
    const contract = contractFor(typeName)!;

    it("encodes its JSON into exactly the checked-in binary", () => {
      const bytes = contract.encode(contract.fromJson(json));
      expect(Buffer.from(bytes).equals(binary)).toBe(true);
    });

    it("round-trips JSON → binary → JSON unchanged", () => {
      const bytes = contract.encode(contract.fromJson(json));
      expect(contract.toJson(contract.decode(bytes))).toEqual(json);
    });

    it("decodes the checked-in binary into the JSON's values", () => {
      expect(contract.toJson(contract.decode(binary))).toEqual(json);
    });

    it("is read by protoc --decode into the same values, with no unknown fields", () => {
      const protocText = protocDecode(typeName, binary);
      expect(protocText).toBe(textFormat(typeName, contract.decode(binary)));
      expect(protocText).not.toMatch(/^\s*\d+:/m);
    });

    it("is what protoc --encode writes for those values", () => {
      const protocBytes = protocEncode(typeName, protocDecode(typeName, binary));
      expect(protocBytes.equals(binary)).toBe(true);
    });
  });
});
