import { existsSync, readdirSync } from "node:fs";
import { defineConfig } from "vitest/config";

// One vitest project per workspace package that has tests, named after its folder.
const packages = ["libs", "services"].flatMap((group) =>
  existsSync(group) ? readdirSync(group).map((name) => `${group}/${name}`) : [],
);
const withTests = [...packages, "test"].filter(
  (dir) => existsSync(`${dir}/test`) || dir === "test",
);

export default defineConfig({
  // Workspace imports resolve to each package's src/ (the "source" export condition), so tests
  // run the TypeScript as written, with no build step in between.
  resolve: { conditions: ["source"] },
  ssr: { resolve: { conditions: ["source"] } },
  test: {
    projects: withTests.map((dir) => ({
      extends: true,
      test: {
        name: dir.split("/").pop() ?? dir,
        root: dir,
        include: dir === "test" ? ["**/*.test.ts"] : ["test/**/*.test.ts"],
        exclude: ["**/node_modules/**", "**/dist/**"],
      },
    })),
    // Real servers start in tests: generous limits.
    testTimeout: 60_000,
    // On CI only, a failed test gets one more try: real clusters on two shared cores have
    // failed a different timing-sensitive test in runs that were otherwise green. A pass on a
    // retry is no pass to trust: `npm test`'s summary names each one ("passed on a retry"), and
    // each is a bug to fix. Locally a test fails the first time.
    retry: process.env["CI"] ? 1 : 0,
    hookTimeout: 60_000,
    // Two cores: two test files at once keeps servers from starving each other.
    maxWorkers: 2,
    // An external server (TONGBAO_TEST_NATS_URL) is shared, so files then run one at a time.
    fileParallelism: !process.env["TONGBAO_TEST_NATS_URL"],
  },
});
