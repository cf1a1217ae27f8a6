// One department service draining a stored backlog, profiled in-process: the V8 profiler runs
// around the drain only (not the store, not the warm-up), and a raw durable `consume()` of as
// many messages is timed beside it on the same server, so the profile comes with its ratio.
//
//   node --import tsx/esm test/benchmarks/profile-department.ts [count] [out.cpuprofile] [rounds]
//
// Summarise the profile with profile-summary.ts.
import { writeFile } from "node:fs/promises";
import { Session } from "node:inspector/promises";
import { jetstreamManager } from "@nats-io/jetstream";
import { Consumer } from "@tongbao/bus";
import { startBenchServer } from "./bench-server.js";
import { benchStream, openSession, sequencedPayload } from "./raw/bench-stream.js";
import { openDurable } from "./raw/durable-consume.js";
import { rawPublish } from "./raw/windowed-publish.js";
import { perSecond } from "./statistics.js";
import { POWER_BULLETINS, benchOrg, freshBus, verifierFor } from "./tongbao/bench-org.js";
import { storeSigned } from "./tongbao/signed-store.js";

const count = Number(process.argv[2] ?? 20_000);
const out = process.argv[3] ?? "department.cpuprofile";
const ROUNDS = Number(process.argv[4] ?? 5);

const server = await startBenchServer();
const url = server.url;
try {
  await using s = await openSession(url, "store");
  await freshBus(s.nc);
  const org = benchOrg("miit");
  await storeSigned(s.js, org.signer, "bench-profile", count, 1024);
  await using raw = await benchStream(s.jsm, "RAW_PROFILE", ["raw.profile.>"]);
  await rawPublish(s.js, (seq) => `raw.profile.${seq % 8}`, sequencedPayload(1024), count);

  const drain = async (durable: string, n: number): Promise<number> => {
    await using d = await openSession(url, durable);
    let handled = 0;
    let finish!: () => void;
    const done = new Promise<void>((resolve) => (finish = resolve));
    const verifier = verifierFor(org.key);
    const start = performance.now();
    const consumer = await Consumer.start({
      nc: d.nc,
      verifier,
      durable,
      filterSubjects: [POWER_BULLETINS],
      handler: async () => {
        if (++handled === n) finish();
      },
    });
    await done;
    const rate = perSecond(n, performance.now() - start);
    await consumer.stop();
    const jsm = await jetstreamManager(d.nc);
    for (const c of consumer.durables) await jsm.consumers.delete(c.stream, c.name);
    return rate;
  };
  const rawDrain = async (durable: string): Promise<number> => {
    await using d = await openSession(url, durable);
    await using reader = await openDurable(d.js, d.jsm, raw.name, durable);
    const start = performance.now();
    const { lastAt } = await reader.handle(count, () => undefined);
    return perSecond(count, lastAt - start);
  };

  // Warm-up: the JIT sees both paths before anything is measured.
  await drain("warm", Math.min(count, 2_000));
  await rawDrain("raw-warm");

  // Rounds of both sides back to back, the ratio taken per round, then the profile.
  const rounds: {
    raw: number;
    tongbao: number;
    ratio: number;
    rawCpuUs: number;
    tongbaoCpuUs: number;
  }[] = [];
  // Client CPU (user + system) per message: steadier than a rate on a shared machine.
  const cpuPerMessage = (a: NodeJS.CpuUsage, b: NodeJS.CpuUsage) =>
    Number(((b.user - a.user + b.system - a.system) / count).toFixed(1));
  for (let r = 0; r < ROUNDS; r++) {
    const c0 = process.cpuUsage();
    const rawRate = await rawDrain(`raw-${r}`);
    const c1 = process.cpuUsage();
    const tongbao = await drain(`tongbao-${r}`, count);
    const c2 = process.cpuUsage();
    rounds.push({
      raw: Math.round(rawRate),
      tongbao: Math.round(tongbao),
      ratio: tongbao / rawRate,
      rawCpuUs: cpuPerMessage(c0, c1),
      tongbaoCpuUs: cpuPerMessage(c1, c2),
    });
  }
  const session = new Session();
  session.connect();
  await session.post("Profiler.enable");
  await session.post("Profiler.setSamplingInterval", { interval: 200 });
  await session.post("Profiler.start");
  const profiled = await drain("profiled", count);
  const { profile } = await session.post("Profiler.stop");
  session.disconnect();
  await writeFile(out, JSON.stringify(profile));
  const ratios = rounds.map((r) => r.ratio).sort((a, b) => a - b);
  console.log(
    JSON.stringify({
      count,
      rounds: rounds.map((r) => ({ ...r, ratio: Number(r.ratio.toFixed(3)) })),
      medianRatio: Number(ratios[ratios.length >> 1]!.toFixed(3)),
      // The least CPU a side took per message: the run least disturbed by other work.
      minCpuUs: {
        raw: Math.min(...rounds.map((r) => r.rawCpuUs)),
        tongbao: Math.min(...rounds.map((r) => r.tongbaoCpuUs)),
      },
      profiled: Math.round(profiled),
      profile: out,
    }),
  );
} finally {
  await server.stop();
}
