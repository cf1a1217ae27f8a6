import { describe, expect, it } from "vitest";
import { mergeConf, toConf } from "../src/mod.js";

describe("toConf", () => {
  it("writes blocks, lists, quoted strings and bare numbers in nats-server syntax", () => {
    const text = toConf({
      port: -1,
      jetstream: { store_dir: "/tmp/x y", max_mem: 1024 },
      accounts: { A: { users: [{ user: "a", password: "p" }] } },
      "odd.key": true,
    });
    expect(text).toBe(
      [
        "port: -1",
        "jetstream {",
        '  store_dir: "/tmp/x y"',
        "  max_mem: 1024",
        "}",
        "accounts {",
        "  A {",
        "    users: [",
        "      {",
        '        user: "a"',
        '        password: "p"',
        "      }",
        "    ]",
        "  }",
        "}",
        '"odd.key": true',
      ].join("\n"),
    );
  });

  it("merges blocks key by key, later values winning", () => {
    expect(mergeConf({ a: { x: 1, y: 2 }, b: [1] }, { a: { y: 3 }, b: [2] })).toEqual({
      a: { x: 1, y: 3 },
      b: [2],
    });
  });
});
