import { jetstreamManager } from "@nats-io/jetstream";
import { Consumer } from "@tongbao/bus";
import { subscriptionFilters } from "@tongbao/organisations";
import { withDeadline } from "../deadline.js";
import { openSession, type JetStreamSession } from "../raw/bench-stream.js";
import { perSecond } from "../statistics.js";
import {
  POWER_BULLETINS,
  benchOrg,
  dropLive,
  freshBus,
  keyFromJson,
  keyToJson,
  verifierFor,
} from "./bench-org.js";
import { benchProfiles } from "./bench-profiles.js";
import { storeSigned } from "./signed-store.js";
import type { TongbaoDepartmentSide } from "./types.js";

/**
 * N department services, each a `Consumer` (verified, decoded, deduplicated, acked) on its
 * own connection with its own durable, all reading the same broadcast bulletins.
 */
export function departmentSide(): TongbaoDepartmentSide {
  return {
    async store(url, count, run) {
      const org = benchOrg("miit");
      await using s = await openSession(url, "tongbao-store");
      await freshBus(s.nc);
      await storeSigned(s.js, org.signer, `bench-fanout-${run}`, count, 1024);
      return keyToJson(org.key);
    },
    async fanOut(url, key, services, count, run, profiles = false) {
      const orgs = profiles ? benchProfiles(services) : undefined;
      const sessions: JetStreamSession[] = [];
      const consumers: Consumer[] = [];
      const verifierKey = keyFromJson(key);
      try {
        for (let i = 0; i < services; i++) sessions.push(await openSession(url, `department-${i}`));
        const done: Promise<void>[] = [];
        const start = performance.now();
        for (const [i, d] of sessions.entries()) {
          let handled = 0;
          let finish!: () => void;
          done.push(new Promise<void>((resolve) => (finish = resolve)));
          consumers.push(
            await Consumer.start({
              nc: d.nc,
              verifier: verifierFor(verifierKey),
              durable: orgs ? `${orgs[i]!.id}-${run}` : `dept-${services}-${i}-${run}`,
              filterSubjects: orgs ? subscriptionFilters(orgs[i]!, "live") : [POWER_BULLETINS],
              handler: async () => {
                if (++handled === count) finish();
              },
            }),
          );
        }
        await withDeadline(Promise.all(done), 120_000, `${services} Tongbao department consumers`);
        return perSecond(services * count, performance.now() - start);
      } finally {
        const jsm = sessions[0] ? await jetstreamManager(sessions[0].nc) : undefined;
        for (const c of consumers) {
          await c.stop();
          for (const d of c.durables)
            await jsm?.consumers.delete(d.stream, d.name).catch(() => undefined);
        }
        for (const d of sessions) await d[Symbol.asyncDispose]();
      }
    },
    async clear(url) {
      await using s = await openSession(url, "tongbao-store");
      await dropLive(s.nc);
    },
  };
}
