import { TongbaoError } from "@tongbao/errors";
import { describe, expect, it } from "vitest";
import {
  CONTRACTS,
  decodeEnvelope,
  decodeHeader,
  encodeEnvelope,
  type Contract,
} from "../src/mod.js";
import { goldenVectors } from "./support/golden.js";
import { seededRandom } from "./support/seeded-random.js";

const SEED = Number(process.env["TONGBAO_FUZZ_SEED"] ?? 20250301);
const rand = seededRandom(SEED);
const int = (n: number): number => Math.floor(rand() * n);
const pick = <T>(items: readonly T[]): T => items[int(items.length)]!;

const vectors = goldenVectors();
const contractOf = new Map(CONTRACTS.map((c) => [c.typeName, c]));

function randomBytes(max: number): Uint8Array {
  const out = new Uint8Array(int(max + 1));
  for (let i = 0; i < out.length; i++) out[i] = int(256);
  return out;
}

/** Bit flips, byte changes, inserts, deletions, truncation, duplication and splices. */
function mutateBytes(input: Uint8Array): Uint8Array {
  let bytes = Uint8Array.from(input);
  for (let round = 1 + int(4); round > 0; round--) {
    const at = int(bytes.length + 1);
    switch (int(7)) {
      case 0:
        if (bytes.length > 0) bytes[at % bytes.length]! ^= 1 << int(8);
        break;
      case 1:
        if (bytes.length > 0) bytes[at % bytes.length] = pick([0x00, 0x7f, 0x80, 0xff, int(256)]);
        break;
      case 2:
        bytes = Uint8Array.from([
          ...bytes.subarray(0, at),
          ...randomBytes(8),
          ...bytes.subarray(at),
        ]);
        break;
      case 3:
        bytes = Uint8Array.from([...bytes.subarray(0, at), ...bytes.subarray(at + 1 + int(8))]);
        break;
      case 4:
        bytes = bytes.subarray(0, at);
        break;
      case 5:
        bytes = Uint8Array.from([...bytes, ...bytes.subarray(at)]);
        break;
      default: {
        const other = pick(vectors).binary;
        bytes = Uint8Array.from([...bytes.subarray(0, at), ...other.subarray(int(other.length))]);
      }
    }
  }
  return bytes;
}

const ODD_VALUES: unknown[] = [
  null,
  true,
  false,
  0,
  -1,
  1.5,
  2 ** 53,
  -(2 ** 63),
  Number.MAX_VALUE,
  "",
  "NaN",
  "Infinity",
  "x".repeat(5000),
  "0",
  "-0",
  "9999999999999999999999",
  "2025-13-01T00:00:00Z",
  "1e3s",
  "\u0000",
  "\ud800",
  "SECTOR_POWER",
  [],
  [null],
  {},
  { seconds: 1 },
  "AAEC",
  "***",
];

/** Replaces, deletes, retypes or nests one value somewhere in a JSON tree. */
function mutateJson(value: unknown, depth = 0): unknown {
  if (depth > 0 && rand() < 0.15) return pick(ODD_VALUES);
  if (Array.isArray(value)) {
    if (value.length === 0 || rand() < 0.2) return [...value, pick(ODD_VALUES)];
    const i = int(value.length);
    return value.map((v, j) => (j === i ? mutateJson(v, depth + 1) : v));
  }
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>);
    const roll = rand();
    if (entries.length === 0 || roll < 0.1)
      return { ...value, [pick(["x", "id", "__proto__", "constructor"])]: pick(ODD_VALUES) };
    const [key] = pick(entries);
    if (roll < 0.25) return Object.fromEntries(entries.filter(([k]) => k !== key));
    return Object.fromEntries(
      entries.map(([k, v]) => [k, k === key ? mutateJson(v, depth + 1) : v]),
    );
  }
  return pick(ODD_VALUES);
}

interface Tally {
  accepted: number;
  rejected: Map<string, number>;
}

/** Runs one input: it must either pass and survive a round trip, or fail as a TongbaoError. */
function attempt(tally: Tally, run: () => void): void {
  try {
    run();
    tally.accepted++;
  } catch (err) {
    if (!(err instanceof TongbaoError)) throw err;
    tally.rejected.set(err.code, (tally.rejected.get(err.code) ?? 0) + 1);
  }
}

function roundTrip(contract: Contract, message: unknown): void {
  const json = contract.toJson(message);
  const again = contract.fromJson(JSON.parse(JSON.stringify(json)));
  expect(contract.toJson(again)).toEqual(json);
  contract.decode(contract.encode(again));
}

describe(`fuzzing decoders and validators (seed ${SEED})`, () => {
  it("answers 100,000 random and mutated inputs with a value or a TongbaoError", () => {
    const tally: Tally = { accepted: 0, rejected: new Map() };
    const started = performance.now();
    const contracts = CONTRACTS;

    for (let i = 0; i < 30_000; i++) {
      const bytes = randomBytes(96);
      const contract = contracts[i % contracts.length]!;
      attempt(tally, () => roundTrip(contract, contract.decode(bytes)));
    }
    for (let i = 0; i < 10_000; i++) {
      const bytes = randomBytes(160);
      attempt(tally, () => (i % 2 === 0 ? decodeEnvelope(bytes) : decodeHeader(bytes)));
    }
    for (let i = 0; i < 40_000; i++) {
      const vector = vectors[i % vectors.length]!;
      const contract = contractOf.get(vector.typeName)!;
      const bytes = mutateBytes(vector.binary);
      attempt(tally, () => roundTrip(contract, contract.decode(bytes)));
    }
    for (let i = 0; i < 5_000; i++) {
      const vector = vectors[i % vectors.length]!;
      const envelope = encodeEnvelope({
        header: vector.binary.subarray(0, 40),
        payload: vector.binary,
      });
      attempt(tally, () => decodeEnvelope(mutateBytes(envelope)));
    }
    for (let i = 0; i < 15_000; i++) {
      const vector = vectors[i % vectors.length]!;
      const contract = contractOf.get(vector.typeName)!;
      const json = mutateJson(vector.json);
      attempt(tally, () => roundTrip(contract, contract.fromJson(json)));
    }

    const seconds = (performance.now() - started) / 1000;
    const rejected = [...tally.rejected.values()].reduce((a, b) => a + b, 0);
    console.log(
      `fuzz: ${tally.accepted + rejected} inputs in ${seconds.toFixed(1)} s; accepted ${tally.accepted};`,
      Object.fromEntries(tally.rejected),
    );
    expect(tally.accepted + rejected).toBe(100_000);
    // Both outcomes occur: the mutations reach the decoders, rules and schemas, not just one.
    expect(tally.accepted).toBeGreaterThan(1_000);
    for (const code of ["TB_ERR_DECODE", "TB_ERR_SCHEMA", "TB_ERR_CONTRACT"]) {
      expect(tally.rejected.get(code) ?? 0).toBeGreaterThan(100);
    }
  });
});
