import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createUser } from "@nats-io/nkeys";
import { startNatsServer } from "@tongbao/testing";
import { describe, expect, it } from "vitest";
import { runInProcess } from "./fixtures/run-cli.js";

describe("tongbao connection options", () => {
  it("connects with an nkey seed file from --nkey or TONGBAO_NKEY, and says how when refused", async () => {
    const user = createUser();
    const dir = await mkdtemp(join(tmpdir(), "tongbao-nkey-"));
    const seedFile = join(dir, "operator.nk");
    await writeFile(seedFile, new TextDecoder().decode(user.getSeed()) + "\n", { mode: 0o600 });
    await using server = await startNatsServer({
      config: {
        authorization: { users: [{ nkey: user.getPublicKey() }] },
      },
    });
    try {
      const byFlag = await runInProcess(
        ["status", "--server", server.url, "--nkey", seedFile, "--json"],
        {},
      );
      expect(byFlag.code).toBe(0);
      const byEnv = await runInProcess(["status", "--server", server.url, "--json"], {
        TONGBAO_NKEY: seedFile,
      });
      expect(byEnv.code).toBe(0);
      const refused = await runInProcess(["status", "--server", server.url], {});
      expect(refused.code).toBe(4);
      expect(refused.stderr).toMatch(/--nkey/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
