import { describe, expect, it } from "vitest";
import { messageToJson } from "../src/json/to-json.js";
import { compiledJsonText, messageToJsonText } from "../src/json/to-json-text.js";
import { CONTRACTS, contractFor, headerContract, reflectedType, tongbao } from "../src/mod.js";
import type { Protobuf } from "../src/reflection.js";
import { goldenVectors } from "./support/golden.js";
import { seededRandom } from "./support/seeded-random.js";

const SEED = Number(process.env["TONGBAO_FUZZ_SEED"] ?? 20251204);
const rand = seededRandom(SEED);
const int = (n: number): number => Math.floor(rand() * n);
const pick = <T>(items: readonly T[]): T => items[int(items.length)]!;

/** What the JSON Lines output wrote before the compiled mapping: the definition. */
const reflected = (typeName: string, message: unknown): string =>
  JSON.stringify(messageToJson(typeName, message));

/** Every message type of the schemas (nested ones too), by full name without the dot. */
function allTypes(): Protobuf.Type[] {
  const out: Protobuf.Type[] = [];
  const walk = (ns: Protobuf.NamespaceBase): void => {
    for (const child of ns.nestedArray) {
      if ("fieldsArray" in child) out.push(child as Protobuf.Type);
      if ("nestedArray" in child) walk(child as Protobuf.NamespaceBase);
    }
  };
  walk(reflectedType("tongbao.envelope.v1.Header").root);
  return out.filter((t) => t.fullName.startsWith(".tongbao."));
}

/** The generated class of a type, so messages are what decode gives (prototype defaults). */
function generatedClass(type: Protobuf.Type): { encode(m: unknown): { finish(): Uint8Array } } & {
  decode(b: Uint8Array): unknown;
} {
  let at: unknown = { tongbao };
  for (const part of type.fullName.slice(1).split(".")) at = (at as Record<string, unknown>)[part];
  return at as ReturnType<typeof generatedClass>;
}

// Strings JSON escapes or that look like what the writer produces: quotes, backslashes,
// control characters, line separators, lone surrogates, CJK and emoji.
const PIECES = [
  '"',
  "\\",
  "\n",
  "\u0000",
  "\u001f",
  "\u2028",
  "\ud800",
  "通报",
  "😀",
  "a",
  " ",
  "}",
];
const randomString = (): string =>
  Array.from({ length: int(6) }, () => pick(PIECES)).join("") + (int(4) === 0 ? "" : "x");

const DOUBLES = [0, -0, 1.5, -2.25e-308, 1e21, 1e-7, Number.NaN, Infinity, -Infinity, 0.1 + 0.2];
const INT64S = [0, 1, -1, 2 ** 53 - 1, -(2 ** 53 - 1), 4_294_967_296, 1e15];

function randomScalar(field: Protobuf.Field): unknown {
  const target = field.resolvedType;
  if (target !== null && !("fieldsArray" in target)) {
    const ids = Object.keys((target as Protobuf.Enum).valuesById).map(Number);
    // Sometimes a number the enum does not name: the mapping writes it as a number.
    return int(5) === 0 ? 99 : pick(ids);
  }
  switch (field.type) {
    case "string":
      return randomString();
    case "bool":
      return int(2) === 0;
    case "bytes":
      return Uint8Array.from({ length: int(7) }, () => int(256));
    case "double":
      return pick(DOUBLES);
    case "float":
      return pick([0, 1.5, -3.25, Number.NaN, Infinity]);
    case "int64":
    case "sint64":
    case "sfixed64":
      return pick(INT64S);
    case "uint64":
    case "fixed64":
      return pick(INT64S.filter((n) => n >= 0));
    case "uint32":
    case "fixed32":
      return pick([0, 1, 4_294_967_295]);
    default:
      return pick([0, 1, -1, 2_147_483_647, -2_147_483_648]);
  }
}

function randomValue(field: Protobuf.Field, depth: number): unknown {
  const target = field.resolvedType;
  if (target !== null && "fieldsArray" in target) {
    const full = target.fullName;
    if (full === ".google.protobuf.Timestamp") {
      return {
        seconds: pick([0, 1_733_270_400, -62_135_596_800, 253_402_300_799]),
        nanos: pick([0, 5e8, 1500, 7]),
      };
    }
    if (full === ".google.protobuf.Duration") {
      const seconds = pick([0, 1, 86_400, -3]);
      return { seconds, nanos: seconds < 0 ? -pick([0, 1]) : pick([0, 1e6, 999_999_999]) };
    }
    return randomMessage(target as Protobuf.Type, depth + 1);
  }
  return randomScalar(field);
}

/** Random properties of a type: any field may be absent, at its default or set. */
function randomMessage(type: Protobuf.Type, depth: number): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const chosen = new Set<Protobuf.OneOf>();
  for (const field of type.fieldsArray) {
    if (int(4) === 0) continue;
    if (field.partOf !== null) {
      if (chosen.has(field.partOf)) continue;
      chosen.add(field.partOf);
    }
    const isMessage = field.resolvedType !== null && "fieldsArray" in field.resolvedType;
    if (isMessage && depth > 3) continue;
    out[field.name] = field.repeated
      ? Array.from({ length: int(4) }, () => randomValue(field, depth))
      : randomValue(field, depth);
  }
  return out;
}

/** The random corpus: each type's messages, decoded from their binary form. */
function randomCorpus(perType: number): { typeName: string; message: unknown }[] {
  const corpus: { typeName: string; message: unknown }[] = [];
  for (const type of allTypes()) {
    const cls = generatedClass(type);
    for (let i = 0; i < perType; i++) {
      const properties = randomMessage(type, 0);
      const typeName = type.fullName.slice(1);
      corpus.push({ typeName, message: properties });
      // A lone surrogate is not UTF-8: decode refuses it, so only its object is in the corpus.
      const bytes = cls.encode(properties).finish();
      let decoded: unknown;
      try {
        decoded = cls.decode(bytes);
      } catch {
        continue;
      }
      corpus.push({ typeName, message: decoded });
    }
  }
  return corpus;
}

const corpus = randomCorpus(150);

describe("the compiled proto3 JSON mapping (toJsonText)", () => {
  it("writes every golden vector exactly as the reflected mapping and JSON.stringify do", () => {
    const vectors = goldenVectors();
    expect(vectors.length).toBeGreaterThanOrEqual(CONTRACTS.length);
    for (const v of vectors) {
      const contract =
        contractFor(v.typeName) ??
        (v.typeName === headerContract.typeName ? headerContract : undefined);
      if (contract === undefined) throw new Error(`no contract for golden ${v.typeName}`);
      const message = contract.decode(v.binary);
      expect(contract.toJsonText(message), v.typeName).toBe(reflected(v.typeName, message));
      const fromJson = contract.fromJson(v.json);
      expect(contract.toJsonText(fromJson), v.typeName).toBe(reflected(v.typeName, fromJson));
    }
  });

  it("covers every family and every type of the schemas", () => {
    const families = new Set(CONTRACTS.map((c) => c.family));
    const vectorFamilies = new Set(goldenVectors().map((v) => v.typeName.split(".")[1]));
    for (const f of families) expect(vectorFamilies.has(f), f).toBe(true);
    const typed = new Set(corpus.map((c) => c.typeName));
    expect(typed.size).toBe(allTypes().length);
    expect(typed.has("tongbao.envelope.v1.Header")).toBe(true);
  });

  it("writes randomised messages of every type exactly as the reflected mapping does", () => {
    for (const { typeName, message } of corpus) {
      let expected: string;
      try {
        expected = reflected(typeName, message);
      } catch (err) {
        // Where the reflected mapping refuses a value, the fast path refuses it the same way.
        expect(() => messageToJsonText(typeName, message), typeName).toThrow(
          (err as Error).message,
        );
        continue;
      }
      expect(messageToJsonText(typeName, message), typeName).toBe(expected);
    }
  });

  it("writes what decode gives itself, without falling back to the reflected mapping", () => {
    const written = new Set<string>();
    for (const { typeName, message } of corpus) {
      if (!(message instanceof Object) || Object.getPrototypeOf(message) === Object.prototype) {
        continue;
      }
      let expected: string;
      try {
        expected = reflected(typeName, message);
      } catch {
        continue;
      }
      expect(compiledJsonText(typeName, message), typeName).toBe(expected);
      written.add(typeName);
    }
    expect(written.size).toBe(allTypes().length);
    for (const v of goldenVectors()) {
      const contract = contractFor(v.typeName) ?? headerContract;
      const message = contract.decode(v.binary);
      expect(compiledJsonText(v.typeName, message), v.typeName).toBe(
        reflected(v.typeName, message),
      );
    }
  });

  it("control: the corpus holds what a careless writer would get wrong, and a difference fails", () => {
    const lines = corpus.flatMap(({ typeName, message }) => {
      try {
        return [reflected(typeName, message)];
      } catch {
        return [];
      }
    });
    const text = lines.join("\n");
    // Escaped characters, non-finite doubles as strings, unnamed enum numbers, 64-bit strings,
    // fraction digits of timestamps, base64 and nested messages all occur.
    for (const needle of [
      '\\"',
      "\\\\",
      "\\n",
      "\\u0000",
      "\\ud800",
      '"NaN"',
      '"-Infinity"',
      ":99",
      '"9007199254740991"',
      '.500Z"',
      '.000001500Z"',
      ':{"',
    ]) {
      expect(text.includes(needle), needle).toBe(true);
    }
    // The same comparison with one altered mapping: writing a default enum (0) as its name
    // instead of leaving it out, which the reflected mapping does, is caught.
    const sloppy = (typeName: string, message: unknown): string =>
      messageToJsonText(typeName, message).replace(/"([a-z][A-Za-z]*)":"[A-Z_]+",/, '"$1":"X",');
    const caught = corpus.some(({ typeName, message }) => {
      try {
        return sloppy(typeName, message) !== reflected(typeName, message);
      } catch {
        return false;
      }
    });
    expect(caught).toBe(true);
  });

  it("writes timestamps over the whole range and strings of any code units as the reflected mapping does", () => {
    const typeName = "tongbao.envelope.v1.Header";
    const edges = [
      -62_135_596_800, 253_402_300_799, 0, -1, 951_782_400, 951_868_799, 4_107_542_400,
    ];
    for (let i = 0; i < 20_000; i++) {
      const seconds =
        i < edges.length ? edges[i]! : -62_135_596_800 + int(253_402_300_799 + 62_135_596_800 + 1);
      const nanos = pick([0, 1, 999_999_999, 5e8, 120_000, int(1e9)]);
      const message = { time: { seconds, nanos } };
      expect(compiledJsonText(typeName, message), String(seconds)).toBe(
        reflected(typeName, message),
      );
    }
    for (const seconds of [-62_135_596_801, 253_402_300_800, 1.5]) {
      expect(compiledJsonText(typeName, { time: { seconds } })).toBeUndefined();
    }
    const units = [
      0, 0x1f, 0x20, 0x22, 0x5c, 0x7f, 0x2028, 0xd800, 0xdbff, 0xdc00, 0xdfff, 0xfeff, 0x901a,
    ];
    for (let i = 0; i < 20_000; i++) {
      const source = String.fromCharCode(
        ...Array.from({ length: int(5) }, () => (int(3) === 0 ? int(0x10000) : pick(units))),
      );
      const message = { source };
      expect(compiledJsonText(typeName, message)).toBe(reflected(typeName, message));
    }
  });

  it("falls back to the reflected mapping's error, path and all, for values it does not write", () => {
    const bad = { title: 5, occurredTime: { seconds: 253_402_300_800 } };
    const typeName = "tongbao.incident.v1.IncidentReport";
    expect(() => reflected(typeName, bad)).toThrow();
    let message = "";
    try {
      reflected(typeName, bad);
    } catch (err) {
      message = (err as Error).message;
    }
    expect(() => messageToJsonText(typeName, bad)).toThrow(message);
    // Positive control: a value of an unexpected JS type the reflected mapping passes through.
    expect(messageToJsonText(typeName, { title: 5 })).toBe(reflected(typeName, { title: 5 }));
  });
});
