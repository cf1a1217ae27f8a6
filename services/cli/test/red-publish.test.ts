import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { jetstreamManager } from "@nats-io/jetstream";
import { STREAMS, savePrivateKey } from "@tongbao/bus";
import { contracts, tongbao } from "@tongbao/contracts";
import { decryptRedPayload, generateRedKeyPair, redKeyRecord } from "@tongbao/security";
import { showServerLogsOnFailure } from "@tongbao/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runInProcess } from "./fixtures/run-cli.js";
import { BULLETIN, SignedBus } from "./fixtures/signed-bus.js";

const { OrgKind, Sector } = tongbao.common.v1;

/** A distinctive string of the payload: found in the clear only where it is not RED. */
const SECRET = "红色通报-继电保护后门-7f3a";

describe("tongbao publish and replay with TLP:RED", () => {
  let bus: SignedBus;
  const nea = generateRedKeyPair("nea");
  showServerLogsOnFailure(() => [bus.server]);
  const cli = (...args: string[]) => runInProcess(args, bus.env());

  beforeAll(async () => {
    bus = await SignedBus.start();
    const admin = bus.admin;
    // Where `tongbao publish --org miit` finds the signing key without --key.
    await savePrivateKey(join(bus.home, "keys", "miit.key"), bus.miit.privateKey);
    await bus.registry.registerOrganization(
      {
        id: "nea",
        nameZh: "国家能源局",
        kind: OrgKind.ORG_KIND_DEPARTMENT,
        region: "100000",
        sectors: [Sector.SECTOR_POWER],
      },
      admin,
    );
    await bus.registry.registerEncryptionKey(
      redKeyRecord(nea, { notBefore: new Date(Date.now() - 60_000) }),
      admin,
      "nea encryption key",
    );
  });
  afterAll(async () => {
    await bus?.[Symbol.asyncDispose]();
  });

  async function messageFile(name: string, recipients: string[]): Promise<string> {
    const file = join(bus.home, name);
    await writeFile(
      file,
      JSON.stringify({
        type: BULLETIN,
        status: "live",
        marking: { tlp: "red" },
        recipients,
        payload: {
          kind: "BULLETIN_KIND_THREAT",
          title: SECRET,
          summary: "relay protection firmware backdoor",
          category: "INCIDENT_CATEGORY_MALWARE",
          severity: "SEVERITY_CRITICAL",
        },
      }),
    );
    return file;
  }

  const lastSeq = async () =>
    (await (await jetstreamManager(bus.nc)).streams.info(STREAMS.LIVE)).state.last_seq;

  it("encrypts to the recipient's registry key; the stream, the tail and the replay show it sealed", async () => {
    const file = await messageFile("red.json", ["nea"]);
    const pub = await cli("publish", file, "--org", "miit", "--json");
    expect(pub.stderr).toBe("");
    expect(pub.code).toBe(0);
    const { id, subjects } = JSON.parse(pub.stdout) as { id: string; subjects: string[] };
    expect(subjects).toEqual(["tb.live.to.nea.bulletin.miit"]);

    const seq = await lastSeq();
    const stored = await (await jetstreamManager(bus.nc)).streams.getMessage(STREAMS.LIVE, { seq });
    expect(Buffer.from(stored!.data).includes(Buffer.from(SECRET))).toBe(false);

    const replay = await cli(
      "replay",
      "--from-seq",
      String(seq),
      "--marking",
      "red",
      "--reason",
      "check the RED notice",
      "--output",
      join(bus.home, "red.jsonl"),
    );
    expect(replay.stdout + replay.stderr).toMatch(/1 read, 1 matched/);
    expect(replay.code).toBe(0);
    const replayed = await readFile(join(bus.home, "red.jsonl"), "utf8");
    const line = JSON.parse(replayed.trim()) as {
      verified: boolean;
      sealed: { suite: string; recipients: { orgId: string; keyId: string }[] };
      payloadBase64: string;
      header: { id: string };
    };
    expect(line).toMatchObject({
      verified: true,
      header: { id },
      sealed: { suite: "x25519-aes-256-gcm", recipients: [{ orgId: "nea", keyId: nea.keyId }] },
    });
    expect(replayed).not.toContain(SECRET);
    // What the operator holds opens for nea, and only there.
    const clear = decryptRedPayload(
      Buffer.from(line.payloadBase64, "base64"),
      nea,
      new TextEncoder().encode(id),
    );
    expect(contracts.threatBulletin.decode(clear).title).toBe(SECRET);

    const tail = await cli("tail", "--from-seq", String(seq), "--count", "1");
    expect(tail.stdout).toContain("(TLP:RED, sealed)");
    expect(tail.stdout).not.toContain(SECRET);
  });

  it("refuses a RED message to a recipient without a current encryption key, naming it", async () => {
    const before = await lastSeq();
    const file = await messageFile("red-mem.json", ["nea", "mem"]);
    const run = await cli("publish", file, "--org", "miit");
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("recipient mem has no current encryption key");
    expect(await lastSeq()).toBe(before);
  });
});
