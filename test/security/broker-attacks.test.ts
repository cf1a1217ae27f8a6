import { jetstream } from "@nats-io/jetstream";
import { showServerLogsOnFailure } from "@tongbao/testing";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { SECRET, AttackRange } from "./attack-range.js";
import { requestProbe, subscribeProbe } from "./attack-probes.js";
import { ATTACKS, type AttackContext } from "./attacks.js";

let range: AttackRange;

beforeAll(async () => {
  range = await AttackRange.start();
});
afterAll(async () => {
  await range?.[Symbol.asyncDispose]();
});
showServerLogsOnFailure(() => [range?.server]);

interface Row {
  attacker: string;
  victim: string;
  attack: string;
  expected: string;
  observed: string;
  verdict: string;
}

describe("every department, with its own credentials and a hand-written client", () => {
  test("reads its own addressed traffic through its pinned durable (the credentials work)", async () => {
    for (const [id, m] of range.members) {
      const nc = await range.connectAs(id);
      try {
        const durable = range.plan.durables.find(
          (d) => d.orgId === id && d.filter === `tb.live.to.${id}.>`,
        );
        const c = await jetstream(nc).consumers.get("TB_LIVE", durable!.name);
        const msg = await c.next({ expires: 5_000 });
        expect(new TextDecoder().decode(msg!.data)).toBe(`${SECRET}addressed:${id}:live`);
        const ack = await jetstream(nc).publish(`tb.live.to.${id}.receipt.${id}`, "own origin");
        expect(ack.stream).toBe("TB_LIVE");
        void m;
      } finally {
        await nc.close();
      }
    }
  });

  test("the probes report a breach where credentials allow it (the operator's)", async () => {
    const op = range.operator;
    const read = await requestProbe(op, "$JS.API.STREAM.MSG.GET.TB_AUDIT", '{"seq":1}');
    expect(read).toMatchObject({ denied: false, leaked: true });
    const sub = await subscribeProbe(op, "tb.>");
    expect(sub.denied).toBe(false);
    const create = await requestProbe(op, "$JS.API.STREAM.INFO.TB_LIVE");
    expect(create.denied).toBe(false);
  });

  test(`is denied or rejected in all ${ATTACKS.length} attacks, and nothing leaks`, async () => {
    const ids = [...range.members.keys()];
    const rows: Row[] = [];
    // Three attackers at a time; each runs its attacks concurrently on one connection.
    for (let i = 0; i < ids.length; i += 3) {
      const batch = ids.slice(i, i + 3).map(async (attackerId, k) => {
        const at = i + k;
        const victimId = ids[(at + 1) % ids.length] as string;
        const thirdId = ids[(at + 2) % ids.length] as string;
        const nc = await range.connectAs(attackerId);
        const ctx: AttackContext = {
          range,
          nc,
          attacker: range.member(attackerId),
          victim: range.member(victimId),
          third: range.member(thirdId),
        };
        try {
          const results = await Promise.all(
            ATTACKS.map((a) =>
              a.run(ctx).catch((err: unknown) => ({
                observed: `attack crashed: ${String(err)}`,
                denied: false,
                leaked: false,
              })),
            ),
          );
          return results.map((o, j): Row => ({
            attacker: attackerId,
            victim: victimId,
            attack: ATTACKS[j]!.name,
            expected: ATTACKS[j]!.expected,
            observed: o.observed,
            verdict: o.leaked ? "LEAK" : o.denied ? "held" : "BREACH",
          }));
        } finally {
          await nc.close();
        }
      });
      rows.push(...(await Promise.all(batch)).flat());
    }
    console.log(formatTable(rows));
    const failures = rows.filter((r) => r.verdict !== "held");
    expect(failures).toEqual([]);
    expect(rows.length).toBe(ids.length * ATTACKS.length);
  });
});

function formatTable(rows: Row[]): string {
  const cols = ["attacker", "victim", "attack", "expected", "observed", "verdict"] as const;
  const width = Object.fromEntries(
    cols.map((c) => [c, Math.max(c.length, ...rows.map((r) => r[c].length))]),
  ) as Record<(typeof cols)[number], number>;
  const line = (r: Record<string, string>) =>
    cols.map((c) => (r[c] ?? "").padEnd(width[c])).join(" | ");
  const head = Object.fromEntries(cols.map((c) => [c, c]));
  return [
    line(head),
    cols.map((c) => "-".repeat(width[c])).join("-|-"),
    ...rows.map((r) => line({ ...r })),
  ].join("\n");
}
