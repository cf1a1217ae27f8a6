import { parseArgs } from "node:util";
import { jetstreamManager, type JetStreamManager } from "@nats-io/jetstream";
import { OutboxJournal, STREAMS } from "@tongbao/bus";
import { CliError, EXIT, type Command, type Output } from "../command.js";
import { CONNECTION_OPTIONS, CONNECTION_USAGE, closeQuietly, connectBus } from "../connection.js";
import { dataLayout } from "@tongbao/organisations";
import { tongbaoHome } from "../home.js";
import { readNationalState } from "../national-bus.js";
import { nationalStatus, showNational, type NationalStatus } from "../topology-status.js";

interface StreamRow {
  name: string;
  messages: number;
  bytes: number;
  firstSeq: number;
  lastSeq: number;
  lastTime: string | null;
  consumers: number;
}

interface ConsumerRow {
  stream: string;
  department: string;
  name: string;
  filter: string;
  /** Messages in the stream the consumer has not received yet. */
  lag: number;
  ackPending: number;
  redelivered: number;
}

interface OutboxRow {
  dir: string;
  pending?: number;
  bytes?: number;
  oldestAgeMs?: number;
  error?: string;
}

export interface BusStatus {
  server: string;
  streams: StreamRow[];
  consumers: ConsumerRow[];
  quarantine: { total: number; byCode: Record<string, number>; byOrigin: Record<string, number> };
  outboxes: OutboxRow[];
  /** With `--topology`: nodes, stream leaders, leaf links and what waits to cross. */
  national?: NationalStatus;
}

const TRAFFIC = [STREAMS.LIVE, STREAMS.EXERCISE, STREAMS.TEST];

export const status: Command = {
  usage: `tongbao status [--topology] [--outbox DIR]... ${CONNECTION_USAGE}`,
  example: "tongbao status --outbox .tongbao/outbox/miit --json",
  async run(argv, out) {
    const { values } = parseArgs({
      args: argv,
      options: {
        ...CONNECTION_OPTIONS,
        outbox: { type: "string", multiple: true },
        topology: { type: "boolean", default: false },
      },
    });
    // The national bus `tongbao up --topology` runs on this data directory: its nodes.
    const national = values.topology
      ? await readNationalState(dataLayout(tongbaoHome()))
      : undefined;
    if (values.topology && !national) {
      throw new CliError(
        `no national topology runs on ${tongbaoHome()}`,
        "start one with `tongbao up --topology national` (or set TONGBAO_HOME)",
      );
    }
    const nc = await connectBus({
      ...values,
      server:
        values.server ??
        national?.nodes
          .filter((n) => n.role === "hub")
          .map((n) => n.url)
          .join(","),
    });
    try {
      const jsm = await jetstreamManager(nc);
      const s: BusStatus = {
        server: nc.getServer(),
        streams: await streams(jsm),
        consumers: await consumers(jsm),
        quarantine: await quarantine(jsm),
        outboxes: await outboxes(values.outbox ?? []),
        ...(national ? { national: await nationalStatus(nc, national) } : {}),
      };
      if (values.json) out.log(JSON.stringify(s));
      else show(s, out);
      return EXIT.ok;
    } finally {
      await closeQuietly(nc);
    }
  },
};

async function streams(jsm: JetStreamManager): Promise<StreamRow[]> {
  const rows: StreamRow[] = [];
  for await (const info of jsm.streams.list()) {
    rows.push({
      name: info.config.name,
      messages: info.state.messages,
      bytes: info.state.bytes,
      firstSeq: info.state.first_seq,
      lastSeq: info.state.last_seq,
      lastTime: info.state.messages > 0 ? info.state.last_ts : null,
      consumers: info.state.consumer_count,
    });
  }
  return rows.sort((a, b) => a.name.localeCompare(b.name));
}

async function consumers(jsm: JetStreamManager): Promise<ConsumerRow[]> {
  const rows: ConsumerRow[] = [];
  for (const stream of TRAFFIC) {
    const exists = await jsm.streams.info(stream).then(
      () => true,
      () => false,
    );
    if (!exists) continue;
    for await (const c of jsm.consumers.list(stream)) {
      // Ordered consumers of replays and tails are ephemeral; departments' are durable.
      if (!c.config.durable_name) continue;
      rows.push({
        stream,
        // `<org>-<status>` or `<org>-<status>-<8 hex>` (durablesOf in @tongbao/organisations).
        department: c.name.replace(/-(hub-)?(live|exercise|test)(-[0-9a-f]{8})?$/, ""),
        name: c.name,
        filter: c.config.filter_subject ?? c.config.filter_subjects?.join(",") ?? "",
        lag: c.num_pending,
        ackPending: c.num_ack_pending,
        redelivered: c.num_redelivered,
      });
    }
  }
  return rows.sort(
    (a, b) => a.department.localeCompare(b.department) || a.name.localeCompare(b.name),
  );
}

async function quarantine(jsm: JetStreamManager): Promise<BusStatus["quarantine"]> {
  const byCode: Record<string, number> = {};
  const byOrigin: Record<string, number> = {};
  const info = await jsm.streams
    .info(STREAMS.QUARANTINE, { subjects_filter: "tbq.>" })
    .catch(() => undefined);
  if (!info) return { total: 0, byCode, byOrigin };
  // Quarantine subjects are tbq.<origin>.<code lower-cased>.
  for (const [subject, n] of Object.entries(info.state.subjects ?? {})) {
    const [, origin = "unknown", code = "unknown"] = subject.split(".");
    byCode[code.toUpperCase()] = (byCode[code.toUpperCase()] ?? 0) + n;
    byOrigin[origin] = (byOrigin[origin] ?? 0) + n;
  }
  return { total: info.state.messages, byCode, byOrigin };
}

/**
 * Backlog of publisher outboxes on this machine. A running publisher holds its outbox's
 * lock, and then only that is reported: reading its journal belongs to it.
 */
async function outboxes(dirs: string[]): Promise<OutboxRow[]> {
  const rows: OutboxRow[] = [];
  for (const dir of dirs) {
    try {
      const journal = await OutboxJournal.open(dir);
      try {
        const oldest = journal.oldest();
        rows.push({
          dir,
          pending: journal.pendingCount,
          bytes: journal.pendingBytes,
          oldestAgeMs: oldest ? Date.now() - oldest.enqueuedAt : 0,
        });
      } finally {
        await journal.close();
      }
    } catch (err) {
      rows.push({ dir, error: (err as Error).message });
    }
  }
  return rows;
}

function show(s: BusStatus, out: Output): void {
  out.log(`server ${s.server}\n`);
  if (s.national) {
    showNational(s.national, out);
    out.log("");
  }
  out.log("STREAM          MESSAGES        BYTES   FIRST      LAST  CONSUMERS  LAST STORED");
  for (const r of s.streams) {
    out.log(
      `${r.name.padEnd(14)} ${String(r.messages).padStart(9)} ${String(r.bytes).padStart(12)} ` +
        `${String(r.firstSeq).padStart(7)} ${String(r.lastSeq).padStart(9)} ${String(r.consumers).padStart(10)}  ${r.lastTime ?? "-"}`,
    );
  }
  out.log("\nDEPARTMENT      STREAM        LAG  ACK-PENDING  REDELIVERED  FILTER");
  if (s.consumers.length === 0) out.log("(no department consumers)");
  for (const c of s.consumers) {
    out.log(
      `${c.department.padEnd(15)} ${c.stream.padEnd(11)} ${String(c.lag).padStart(5)} ` +
        `${String(c.ackPending).padStart(12)} ${String(c.redelivered).padStart(12)}  ${c.filter}`,
    );
  }
  const codes = Object.entries(s.quarantine.byCode)
    .map(([code, n]) => `${code} ${n}`)
    .join(", ");
  out.log(`\nquarantine: ${s.quarantine.total}${codes ? ` (${codes})` : ""}`);
  for (const o of s.outboxes) {
    out.log(
      o.error
        ? `outbox ${o.dir}: ${o.error}`
        : `outbox ${o.dir}: ${o.pending} pending, ${o.bytes} bytes, oldest ${Math.round((o.oldestAgeMs ?? 0) / 1000)} s`,
    );
  }
}
