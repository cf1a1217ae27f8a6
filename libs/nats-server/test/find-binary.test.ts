import { connect } from "@nats-io/transport-node";
import { existsSync } from "node:fs";
import { chmod, mkdtemp, readdir, realpath, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  findNatsServerBinary,
  NATS_SERVER_ENV,
  natsServerBinaries,
  NatsServer,
  NatsServerBinaryError,
  type NatsServerBinary,
} from "../src/mod.js";

const TOOLS_DIR = fileURLToPath(new URL("../../../.tools/nats-server/", import.meta.url));

/** Whatever the run was started with: the suite may itself be pointed at one server. */
const startedWith = process.env[NATS_SERVER_ENV];
/** The servers the compatibility runs cover: every one found, or only the one named. */
const binaries = await natsServerBinaries();

function restoreEnv(): void {
  if (startedWith === undefined) delete process.env[NATS_SERVER_ENV];
  else process.env[NATS_SERVER_ENV] = startedWith;
}

/** Numeric "major.minor.patch" order; enough for the releases these tests meet. */
function newerOrEqual(a: string, b: string): boolean {
  const [x, y] = [a, b].map((v) => v.split(/[.-]/, 3).map(Number));
  for (let i = 0; i < 3; i++) if (x?.[i] !== y?.[i]) return (x?.[i] ?? 0) > (y?.[i] ?? 0);
  return true;
}

describe("choosing a nats-server", () => {
  let dir = "";
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), "tongbao-find-binary-"));
  });
  afterEach(async () => {
    restoreEnv();
    await rm(dir, { recursive: true, force: true });
  });

  it("finds at least one nats-server, lists them newest first and picks the newest", async () => {
    delete process.env[NATS_SERVER_ENV];
    const found = await natsServerBinaries();
    expect(found.length, "no nats-server found: run `npm test` once").toBeGreaterThan(0);
    for (let i = 1; i < found.length; i++) {
      const [newer, older] = [found[i - 1], found[i]] as [NatsServerBinary, NatsServerBinary];
      expect(
        newerOrEqual(newer.version, older.version),
        `${newer.version} ≥ ${older.version}`,
      ).toBe(true);
    }
    const reals = await Promise.all(found.map((b) => realpath(b.path)));
    expect(new Set(reals).size).toBe(found.length);
    expect(await findNatsServerBinary()).toBe(found[0]?.path);
  });

  it("lists each release unpacked into .tools/nats-server under the version it is named by", async () => {
    delete process.env[NATS_SERVER_ENV];
    const found = await natsServerBinaries();
    const releases = existsSync(TOOLS_DIR) ? await readdir(TOOLS_DIR) : [];
    for (const version of releases.filter((name) => /^\d+\.\d+\.\d+$/.test(name))) {
      const release = found.find((b) => b.path.startsWith(join(TOOLS_DIR, version) + "/"));
      expect(release?.version, `.tools/nats-server/${version}`).toBe(version);
    }
  });

  it(`uses the server ${NATS_SERVER_ENV} names, even an older one no search would return`, async () => {
    delete process.env[NATS_SERVER_ENV];
    const oldest = (await natsServerBinaries()).at(-1);
    if (!oldest) throw new Error("no nats-server found: run `npm test` once");
    const named = join(dir, "my-nats-server");
    await symlink(oldest.path, named);
    process.env[NATS_SERVER_ENV] = named;

    expect(await findNatsServerBinary()).toBe(named);
    expect(await natsServerBinaries()).toEqual([{ version: oldest.version, path: named }]);
    // The launcher's default follows the same choice.
    await using server = await NatsServer.start({ jetstream: false });
    expect(await server.version()).toBe(oldest.version);
  });

  it(`refuses a ${NATS_SERVER_ENV} that is missing, not executable, or a directory`, async () => {
    const plain = join(dir, "not-executable");
    await writeFile(plain, "#!/bin/sh\n");
    await chmod(plain, 0o644);
    for (const path of [join(dir, "absent"), plain, dir]) {
      process.env[NATS_SERVER_ENV] = path;
      const err = await findNatsServerBinary().catch((e: unknown) => e);
      expect(err).toBeInstanceOf(NatsServerBinaryError);
      expect((err as Error).message).toContain(`${NATS_SERVER_ENV}=${path} is not an executable`);
      await expect(natsServerBinaries()).rejects.toBeInstanceOf(NatsServerBinaryError);
    }
  });
});

describe("every nats-server found", () => {
  it("is at least one", () => {
    expect(binaries.length, "no nats-server found: run `npm test` once").toBeGreaterThan(0);
  });

  it.each(binaries)(
    "nats-server $version ($path) starts with JetStream and reports its version",
    async ({ version, path }) => {
      await using server = await NatsServer.start({ binary: path });
      expect(await server.version()).toBe(version);
      const nc = await connect({ servers: server.url });
      expect(nc.info?.version).toBe(version);
      expect(nc.info?.jetstream).toBe(true);
      await nc.close();
    },
  );
});
