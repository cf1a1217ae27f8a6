import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { jetstream, jetstreamManager, type JetStreamManager } from "@nats-io/jetstream";
import { connect, type Msg, type NatsConnection } from "@nats-io/transport-node";
import { STREAMS } from "@tongbao/bus";
import {
  nationalPorts,
  provisionNational,
  startNationalServers,
  type NationalServers,
} from "@tongbao/cli";
import { NatsServer } from "@tongbao/nats-server";
import {
  OPERATOR,
  connectAs,
  dataLayout,
  loadProfiles,
  loadTopology,
  multiFilterConsumers,
  subjectMatches,
  type DataLayout,
} from "@tongbao/organisations";
import { leafLinkPermissions, leafUserName } from "@tongbao/security";
import { natsServerBinaries, showServerLogsOnFailure, waitFor } from "@tongbao/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { revealsSecret, plantedSecret } from "./attacker.js";

/**
 * The Jiangsu leaf's link credentials (its nkey seed, kept on the province's server) in an
 * attacker's hands, against the hub: as a client on the hub's client port, and as a leaf node
 * of the attacker's own (a stock nats-server with the stolen seed and no deny lists of ours)
 * on the hub's leafnode port. The hub's leaf-link user may connect only as a leaf and carries
 * only what the link needs (leafLinkPermissions in @tongbao/security): the attacker reads no
 * hub traffic, audit or bucket, reaches no JetStream API but the registry mirror's and its own
 * province's durables, and writes nothing into the hub's streams. The controls: the operator
 * and the real leaf work as before, and the attacker's leaf does carry a pull on a Jiangsu
 * authority's hub durable (so its silence elsewhere is the permissions, not a dead link).
 */

const ORGS = ["miit", "js-iit", "js-ca"];
const newest = (await natsServerBinaries()).find((r) => multiFilterConsumers(r.version));
const skip = newest ? undefined : "no nats-server 2.10 or newer (the national topology needs one)";
if (skip) console.log(`skipped: the leaf-link attacks: ${skip}`);

describe.skipIf(skip !== undefined)(
  "the hub attacked with a province's leaf-link credentials",
  () => {
    let dir: string | undefined;
    let layout: DataLayout;
    let ports: Awaited<ReturnType<typeof nationalPorts>>;
    let servers: NationalServers | undefined;
    let rogue: NatsServer | undefined;
    let operator: NatsConnection;
    let jsm: JetStreamManager;
    let attacker: NatsConnection | undefined;
    const conns: NatsConnection[] = [];
    /** What reached the attacker's client on its leaf, by subject. */
    const seen: Msg[] = [];
    let jsCaHubDurable: { stream: string; name: string };
    /** MIIT's live durable on the hub: another organisation's, which the link does not reach. */
    let miitLive: string;
    /** What the hub may send down the link (leafLinkPermissions): heartbeats, the registry mirror. */
    let linkSubjects: readonly string[];
    showServerLogsOnFailure(() =>
      servers ? [...servers.hub, ...servers.leaves.values(), rogue] : [rogue],
    );

    beforeAll(async () => {
      dir = await mkdtemp(join(tmpdir(), "tongbao-leaf-link-"));
      layout = dataLayout(dir);
      const topology = await loadTopology();
      const profiles = (await loadProfiles()).filter((p) => ORGS.includes(p.id));
      ports = await nationalPorts(topology, true);
      servers = await startNationalServers({
        layout,
        binary: newest!.path,
        serverVersion: newest!.version,
        topology,
        profiles,
        ports,
      });
      await provisionNational(servers, layout, profiles);
      operator = await connectAs({
        url: servers.hubUrl,
        nkey: layout.nkeyFile(OPERATOR),
        tlsCa: layout.caFile,
        name: "leaf-link-operator",
      });
      conns.push(operator);
      jsm = await jetstreamManager(operator);
      const leaf = servers.files.leaves.find((l) => l.server === "jiangsu")!;
      const durable = leaf.accounts
        .find((a) => a.orgId === "js-ca")!
        .durables.find((d) => d.domain === topology.hub.domain && d.stream === STREAMS.LIVE)!;
      jsCaHubDurable = { stream: durable.stream, name: durable.name };
      miitLive = servers.files.hub.accounts
        .find((x) => x.orgId === "miit")!
        .durables.find((d) => d.stream === STREAMS.LIVE)!.name;
      linkSubjects = leafLinkPermissions(topology, leaf).subscribe;

      // The attacker's own leaf node: the stolen seed, the hub's CA, no deny lists.
      const seed = (await readFile(layout.nkeyFile(leafUserName("jiangsu")), "utf8")).trim();
      rogue = await NatsServer.start({
        binary: newest!.path,
        name: "rogue-leaf",
        jetstream: false,
        config: {
          leafnodes: {
            remotes: [
              {
                urls: ports.hub.map((p) => `tls://127.0.0.1:${p.leafnodes}`),
                nkey: seed,
                tls: { ca_file: layout.caFile, timeout: 2 },
              },
            ],
          },
        },
      });
      await waitFor(
        async () => ((await rogue!.monitor<{ leafnodes?: number }>("/leafz")).leafnodes ?? 0) > 0,
        { name: "the attacker's leaf linked to the hub", timeout: 20_000 },
      );
      attacker = await connect({ servers: rogue.url, name: "leaf-link-attacker" });
      conns.push(attacker);
      attacker.subscribe(">", { callback: (_err, m) => void seen.push(m) });
      await attacker.flush();
    }, 180_000);

    afterAll(async () => {
      await Promise.allSettled(conns.map((nc) => nc.close()));
      await rogue?.stop().catch(() => undefined);
      await servers?.stop().catch(() => undefined);
      if (dir) await rm(dir, { recursive: true, force: true });
    }, 60_000);

    it("refuses the leaf link's seed as a client on the hub's client port, where the operator's logs in", async () => {
      const seedFile = layout.nkeyFile(leafUserName("jiangsu"));
      const url = servers!.hubUrl.split(",")[0]!;
      const tried = await connectAs({
        url,
        nkey: seedFile,
        tlsCa: layout.caFile,
        name: "leaf-seed-as-client",
        maxReconnectAttempts: 0,
      }).then(
        async (nc) => {
          await nc.close();
          return "connected";
        },
        (err: unknown) => String(err),
      );
      expect(tried).toMatch(/authori[sz]ation|refused the nkey|does not know this user/i);
      // The control: the operator's seed on the same port.
      const op = await connectAs({
        url,
        nkey: layout.nkeyFile(OPERATOR),
        tlsCa: layout.caFile,
        name: "operator-control",
        maxReconnectAttempts: 0,
      });
      expect(op.info?.server_name).toMatch(/^hub-/);
      await op.close();
    });

    it("gives the attacker's leaf none of the hub's traffic, audit, buckets or JetStream API, and lets it write nothing", async () => {
      const a = attacker!;
      const streams = [
        STREAMS.LIVE,
        STREAMS.EXERCISE,
        STREAMS.QUARANTINE,
        STREAMS.AUDIT,
        "KV_tb_registry",
        "KV_tb_tracking",
        "KV_tb_checkpoints",
      ];
      const lastSeqs = async () =>
        Object.fromEntries(
          await Promise.all(
            streams.map(async (s) => [s, (await jsm.streams.info(s)).state.last_seq] as const),
          ),
        );
      const before = await lastSeqs();

      // Secrets the hub's operator writes while the attacker listens to everything.
      const js = jetstream(operator);
      const secrets = [
        "tb.live.to.miit.bulletin.operator",
        "tb.live.to.js-ca.bulletin.operator",
        "tb.exercise.to.miit.bulletin.operator",
        "tbq.operator.tb_err_plant",
        "tba.plant.operator",
        "$KV.tb_tracking.plant",
      ];
      for (const s of secrets) await js.publish(s, plantedSecret(["operator"]));
      operator.publish("tb.live.bulletin.all.operator", plantedSecret(["operator"]));
      await operator.flush();

      // Its requests carry a reply the link does carry back (`$JSC.R.`, as JetStream's own
      // answers; a client may not name a `_R_.` reply), so an answer would be seen.
      const asks: [string, string][] = [
        ["$JS.hub.API.INFO", ""],
        ["$JS.hub.API.STREAM.LIST", ""],
        ["$JS.hub.API.STREAM.INFO.TB_AUDIT", ""],
        ["$JS.hub.API.STREAM.DELETE.TB_AUDIT", ""],
        ["$JS.hub.API.STREAM.PURGE.TB_EXERCISE", ""],
        ["$JS.hub.API.STREAM.PURGE.KV_tb_registry", ""],
        ["$JS.hub.API.STREAM.UPDATE.TB_LIVE", JSON.stringify({ name: "TB_LIVE", subjects: [">"] })],
        ["$JS.hub.API.STREAM.MSG.GET.TB_LIVE", JSON.stringify({ seq: 1 })],
        ["$JS.hub.API.DIRECT.GET.TB_LIVE", JSON.stringify({ seq: 1 })],
        ["$JS.hub.API.DIRECT.GET.KV_tb_tracking", JSON.stringify({ seq: 1 })],
        ["$JS.hub.API.DIRECT.GET.KV_tb_checkpoints", JSON.stringify({ seq: 1 })],
        [
          "$JS.hub.API.CONSUMER.CREATE.TB_LIVE",
          JSON.stringify({
            stream_name: "TB_LIVE",
            config: { ack_policy: "none", deliver_subject: "$JSC.R.rogue.push" },
          }),
        ],
        [
          "$JS.hub.API.CONSUMER.CREATE.TB_AUDIT",
          JSON.stringify({
            stream_name: "TB_AUDIT",
            config: { ack_policy: "none", deliver_subject: "$JSC.R.rogue.audit" },
          }),
        ],
        ["$JS.hub.API.CONSUMER.LIST.TB_LIVE", ""],
        [
          `$JS.hub.API.CONSUMER.MSG.NEXT.TB_LIVE.${miitLive}`,
          JSON.stringify({ batch: 10, expires: 1_000_000_000 }),
        ],
        [`$JS.hub.API.CONSUMER.DELETE.TB_LIVE.${miitLive}`, ""],
        ["$JS.API.STREAM.INFO.TB_AUDIT", ""],
        ["$JS.API.INFO", ""],
      ];
      for (const [i, [subject, body]] of asks.entries()) {
        a.publish(subject, body, { reply: `$JSC.R.rogue.${i}` });
      }
      // Writes into the hub's streams and buckets, as a stolen link would try them.
      const writes = [
        "tb.live.to.miit.bulletin.js-ca",
        "tb.live.bulletin.all.js-ca",
        "tbq.js-ca.tb_err_signature",
        "tba.rogue.js-ca",
        "$KV.tb_registry.org.miit",
        "$KV.tb_tracking.rogue",
        "$KV.tb_checkpoints.TB_LIVE.0000000001",
        `$JS.ACK.TB_LIVE.${miitLive}.1.1.1.0.0`,
      ];
      for (const s of writes) a.publish(s, "rogue write", { reply: "$JSC.R.rogue.write" });
      await a.flush();

      // The control: the link carries a pull on js-ca's hub durable (no wait, at most one byte:
      // a status answer, no message taken) and its answer comes back.
      const controlSubject = `$JS.hub.API.CONSUMER.MSG.NEXT.${jsCaHubDurable.stream}.${jsCaHubDurable.name}`;
      const answer = await a.request(
        controlSubject,
        JSON.stringify({ batch: 1, no_wait: true, max_bytes: 1 }),
        { timeout: 10_000, noMux: true, reply: "$JSC.R.rogue.control" },
      );
      expect([404, 408, 409]).toContain(answer.headers?.code);
      // Everything sent before the control has been answered (or dropped) by now.
      await a.flush();
      await operator.flush();

      // No answer to any of its requests or writes, and nothing but what the link carries (the
      // registry mirror's deliveries and heartbeats, the hub's requests of the leaf's own API).
      const answered = seen
        .filter(
          (m) => m.subject.startsWith("$JSC.R.rogue.") && m.subject !== "$JSC.R.rogue.control",
        )
        .map((m) => `${m.subject}: ${new TextDecoder().decode(m.data).slice(0, 80)}`);
      expect(answered).toEqual([]);
      // Its own publishes come back to it from its own server: those are not the hub's.
      const own = new Set([...asks.map(([subject]) => subject), ...writes, controlSubject]);
      const outside = seen
        .filter((m) => !own.has(m.subject))
        .filter((m) => !linkSubjects.some((p) => subjectMatches(p, m.subject)))
        .map((m) => m.subject);
      expect(outside).toEqual([]);
      expect(seen.some((m) => revealsSecret(new TextDecoder().decode(m.data), "rogue"))).toBe(
        false,
      );
      // Only the operator's own writes moved the streams.
      const after = await lastSeqs();
      const mine: Record<string, number> = {
        // Two stored publishes and the core broadcast, which the stream captures too.
        [STREAMS.LIVE]: 3,
        [STREAMS.EXERCISE]: 1,
        [STREAMS.QUARANTINE]: 1,
        [STREAMS.AUDIT]: 1,
        KV_tb_tracking: 1,
      };
      for (const s of streams) expect(after[s], s).toBe(before[s]! + (mine[s] ?? 0));
      // The hub still has its streams and durables.
      expect((await jsm.streams.info(STREAMS.AUDIT)).config.name).toBe(STREAMS.AUDIT);
      expect((await jsm.consumers.info(STREAMS.LIVE, miitLive)).name).toBe(miitLive);
    });

    it("still carries what the real Jiangsu leaf needs: the hub sources its streams", async () => {
      const leafOperator = await connectAs({
        url: servers!.leafUrl("jiangsu"),
        nkey: layout.nkeyFile(OPERATOR),
        tlsCa: layout.caFile,
        name: "leaf-link-leaf-operator",
      });
      conns.push(leafOperator);
      const subject = "tb.live.to.miit.bulletin.js-ca";
      const stored = await jetstream(leafOperator).publish(subject, "sourced across the link");
      expect(stored.stream).toBe(STREAMS.LIVE);
      await waitFor(
        async () => {
          const m = await jsm.streams
            .getMessage(STREAMS.LIVE, { last_by_subj: subject })
            .catch(() => undefined);
          return m ? new TextDecoder().decode(m.data) === "sourced across the link" : false;
        },
        { name: "the leaf's message in the hub's TB_LIVE", timeout: 30_000 },
      );
    });
  },
);
