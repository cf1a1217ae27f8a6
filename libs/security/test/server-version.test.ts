import { expect, test } from "vitest";
import { serverAdvisories } from "../src/server-version.js";

const ids = (v: string) => serverAdvisories(v).map((a) => a.id);

test("flags the releases affected by CVE-2023-47090 and clears the fixed ones", () => {
  expect(ids("2.9.10")).toEqual(["CVE-2023-47090"]);
  expect(ids("2.9.22")).toEqual(["CVE-2023-47090"]);
  expect(ids("2.10.1")).toEqual(["CVE-2023-47090"]);
  expect(ids("2.9.23")).toEqual([]);
  expect(ids("2.10.2")).toEqual([]);
  expect(ids("2.11.0")).toEqual([]);
  expect(ids("2.1.9")).toEqual([]);
});

test("treats a version it cannot read as affected", () => {
  expect(ids("unknown")).toEqual(["CVE-2023-47090"]);
});
