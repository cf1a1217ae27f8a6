import { randomBytes } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { jetstream, jetstreamManager } from "@nats-io/jetstream";
import { connect, type NatsConnection } from "@nats-io/transport-node";
import { STREAMS, decodeAuditRecord, type AdminKey } from "@tongbao/bus";
import {
  plcVulnerabilityNotice,
  prepareDevelopmentBus,
  startDepartment,
  type InboxEntry,
  type RedeliverySummary,
  type RunningDepartment,
} from "@tongbao/department";
import { loadProfiles, type DepartmentProfile } from "@tongbao/organisations";
import {
  showServerLogsOnFailure,
  startNatsServer,
  waitFor,
  type NatsServer,
} from "@tongbao/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runInProcess } from "./fixtures/run-cli.js";

const RECEIPT = "tongbao.receipt.v1.Receipt";

/** MIIT and MEM as department services on one real nats-server; the CLI re-delivers to MEM. */
describe("tongbao replay --deliver-to", () => {
  let server: NatsServer;
  let dir: string;
  let profiles: DepartmentProfile[];
  let adminKeys: Record<string, AdminKey>;
  const conns: NatsConnection[] = [];
  const running = new Map<string, RunningDepartment>();
  const ids: string[] = [];
  showServerLogsOnFailure(() => (server ? [server] : []));

  const dept = (id: string) => running.get(id)!;
  const start = async (id: string) => {
    const nc = await connect({ servers: server.url, name: id });
    conns.push(nc);
    const d = await startDepartment({
      profile: profiles.find((p) => p.id === id)!,
      nc,
      keysDir: join(dir, "keys"),
      adminKeys,
      dataDir: dir,
      port: 0,
    });
    running.set(id, d);
    return d;
  };
  const redeliver = async (...args: string[]) => {
    const run = await runInProcess(
      ["replay", "--deliver-to", dept("mem").url, "--actor", "ops-li", "--json", ...args],
      {},
    );
    return {
      ...run,
      summary: run.code === 2 ? undefined : (JSON.parse(run.stdout) as RedeliverySummary),
    };
  };
  const receiptsAtMiit = (id: string): InboxEntry[] =>
    dept("miit")
      .service.inbox.entries()
      .filter((e) => e.type === RECEIPT && e.payload["messageId"] === id);
  const memEntries = (id: string) =>
    dept("mem")
      .service.inbox.entries()
      .filter((e) => e.id === id);

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "tongbao-redeliver-"));
    server = await startNatsServer();
    profiles = await loadProfiles();
    const setup = await connect({ servers: server.url });
    try {
      ({ adminKeys } = await prepareDevelopmentBus(setup, {
        keysDir: join(dir, "keys"),
        profiles,
      }));
    } finally {
      await setup.close();
    }
    await start("miit");
    await start("mem");
    for (const tag of ["r1", "r2", "r3"]) {
      const res = await fetch(`${dept("miit").url}/messages`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(plcVulnerabilityNotice(tag, ["mem"])),
      });
      ids.push(((await res.json()) as { id: string }).id);
    }
    await waitFor(() => ids.every((id) => receiptsAtMiit(id).length === 1), {
      name: "MEM's receipt for each notice at MIIT",
      timeout: 20_000,
    });
  }, 40_000);
  afterAll(async () => {
    for (const d of running.values()) await d.stop().catch(() => undefined);
    for (const nc of conns) await nc.close().catch(() => undefined);
    await server?.[Symbol.asyncDispose]();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it("re-delivers messages already handled without a second entry or receipt", async () => {
    const { code, summary, stderr } = await redeliver("--from-seq", "1", "--reason", "drill check");
    expect(stderr).toBe("");
    expect(code).toBe(0);
    expect(summary).toMatchObject({ org: "mem", delivered: 0, alreadyHandled: 3, failed: [] });
    const jsm = await jetstreamManager(conns[0]!);
    const audit = await jsm.streams.getMessage(STREAMS.AUDIT, { seq: summary!.auditSeq });
    expect(decodeAuditRecord(audit!.data)).toMatchObject({
      action: "replay",
      actor: "ops-li",
      reason: "drill check",
    });
    for (const id of ids) {
      expect(memEntries(id)).toHaveLength(1);
      expect(memEntries(id)[0]!.replay).toBeUndefined();
    }
    expect(dept("mem").service.inbox.sentMessages()).toHaveLength(3);
  });

  it("restores a lost inbox journal: entries come back flagged as a replay, receipted once more, and a second replay does nothing", async () => {
    await dept("mem").stop();
    running.delete("mem");
    // The inbox journal is lost; the outbox (and the durable consumers' place) are kept.
    await rm(join(dir, "departments", "mem"), { recursive: true, force: true });
    await start("mem");
    expect(dept("mem").service.inbox.size).toBe(0);

    const first = await redeliver("--since", "2000-01-01T00:00:00Z", "--reason", "inbox restored");
    expect(first.code).toBe(0);
    expect(first.summary).toMatchObject({ delivered: 3, alreadyHandled: 0, failed: [] });
    for (const id of ids) {
      expect(memEntries(id)).toHaveLength(1);
      expect(memEntries(id)[0]!.replay).toBe(true);
    }
    // The lost journal held which receipts went out, so each notice is receipted again (a new
    // receipt id); the sender's status view shows MEM receipted, once, either way.
    await waitFor(() => ids.every((id) => receiptsAtMiit(id).length === 2), {
      name: "the second receipts at MIIT",
      timeout: 20_000,
    });
    for (const id of ids) {
      const status = (await (await fetch(`${dept("miit").url}/messages/${id}`)).json()) as {
        recipientsStatus: { org: string; receipted: boolean }[];
      };
      expect(status.recipientsStatus).toEqual([
        expect.objectContaining({ org: "mem", receipted: true }),
      ]);
    }

    const again = await redeliver("--from-seq", "1", "--reason", "inbox restored, checked");
    expect(again.summary).toMatchObject({ delivered: 0, alreadyHandled: 3, failed: [] });
    expect(dept("mem").service.inbox.size).toBe(3);
    expect(dept("mem").service.inbox.sentMessages()).toHaveLength(3);
  });

  it("reports a message that fails verification by its sequence and exits 3", async () => {
    const js = jetstream(conns[0]!);
    const { seq } = await js.publish("tb.live.to.mem.vulnerability.miit", randomBytes(64));
    const { code, summary } = await redeliver("--from-seq", String(seq), "--reason", "suspect");
    expect(code).toBe(3);
    expect(summary!.failed).toEqual([expect.objectContaining({ seq })]);
    expect(summary!.delivered).toBe(0);
  });

  it("refuses a re-delivery without a reason, or with reading options, and names a bad field", async () => {
    expect((await redeliver("--from-seq", "1")).code).toBe(2);
    expect((await redeliver("--from-seq", "1", "--reason", "x", "--family", "bulletin")).code).toBe(
      2,
    );
    const res = await fetch(`${dept("mem").url}/replay`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ fromSeq: 0, reason: "x", actor: "ops-li" }),
    });
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ code: "TB_ERR_BAD_REQUEST", path: "fromSeq" });
  });
});
