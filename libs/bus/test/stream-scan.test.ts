import { jetstream, jetstreamManager } from "@nats-io/jetstream";
import { connect, headers, type NatsConnection } from "@nats-io/transport-node";
import { TongbaoError } from "@tongbao/errors";
import {
  natsServerBinaries,
  startNatsServer,
  type ConfObject,
  type NatsServer,
} from "@tongbao/testing";
import { afterEach, describe, expect, it } from "vitest";
import { serverHas } from "../src/server-features.js";
import { scanStream } from "../src/stream-scan.js";

const releases = await natsServerBinaries();
const COUNT = 700;
const MEMBER_PREFIX = "_INBOX_member";

/**
 * An owner account holding the stream, and a member account reaching it only through an
 * imported direct get, exported as the bus grants it (answers streamed) or as a plain service.
 */
function accounts(streamed = true): ConfObject {
  const direct = "$JS.API.DIRECT.GET.SCAN";
  const member = (user: string): ConfObject => ({
    users: [
      {
        user,
        password: "pw",
        permissions: {
          publish: { allow: [direct] },
          subscribe: { allow: [`${MEMBER_PREFIX}.>`] },
        },
      },
    ],
    imports: [{ service: { account: "OWNER", subject: direct } }],
  });
  return {
    accounts: {
      OWNER: {
        jetstream: "enabled",
        users: [{ user: "owner", password: "pw" }],
        exports: [
          {
            service: direct,
            ...(streamed ? { response_type: "stream" } : {}),
            accounts: ["MEMBER"],
          },
        ],
      },
      MEMBER: member("member"),
    },
  };
}

describe("scanStream: a stream read in order by direct get", () => {
  let server: NatsServer | undefined;
  const open: NatsConnection[] = [];
  afterEach(async () => {
    await Promise.all(open.splice(0).map((nc) => nc.close()));
    await server?.[Symbol.asyncDispose]();
    server = undefined;
  });

  async function as(user: string): Promise<NatsConnection> {
    const nc = await connect({
      servers: server!.url,
      user,
      pass: "pw",
      ...(user === "owner" ? {} : { inboxPrefix: MEMBER_PREFIX }),
    });
    open.push(nc);
    return nc;
  }

  /** COUNT messages, every other one on `scan.a.*`, every tenth of those a delete marker with no data. */
  async function fill(owner: NatsConnection): Promise<number[]> {
    await (
      await jetstreamManager(owner)
    ).streams.add({ name: "SCAN", subjects: ["scan.>"], allow_direct: true });
    const js = jetstream(owner);
    const matching: number[] = [];
    for (let i = 0; i < COUNT; i++) {
      const onA = i % 2 === 0;
      const marker = onA && i % 20 === 0;
      const h = headers();
      if (marker) h.set("KV-Operation", "DEL");
      const ack = await js.publish(
        onA ? `scan.a.${i}` : `scan.b.${i}`,
        marker ? new Uint8Array(0) : `m${i}`,
        { headers: h },
      );
      if (onA) matching.push(ack.seq);
    }
    return matching;
  }

  for (const r of releases) {
    const batched = serverHas(r.version, "batchDirectGet");

    it(`reads every match once, in order, delete markers included, on ${r.version} (${batched ? "batched" : "one per request"})`, async () => {
      server = await startNatsServer({ binary: r.path, config: accounts() });
      const owner = await as("owner");
      const matching = await fill(owner);
      // Every request the member makes arrives here too: the count says which way it read.
      let requests = 0;
      owner.subscribe("$JS.API.DIRECT.GET.SCAN", { callback: () => void requests++ });
      await owner.flush();

      const member = await as("member");
      const seen: number[] = [];
      let markers = 0;
      for await (const m of scanStream(member, "SCAN", "scan.a.>")) {
        seen.push(m.seq);
        if (m.data.length === 0) markers++;
        expect(m.subject.startsWith("scan.a.")).toBe(true);
      }
      expect(seen).toEqual(matching);
      expect(markers).toBe(matching.length / 10);
      await owner.flush();
      if (batched) expect(requests).toBeLessThanOrEqual(Math.ceil(matching.length / 256) + 1);
      else expect(requests).toBe(matching.length + 1);

      const fromMiddle = matching[100]!;
      const rest: number[] = [];
      for await (const m of scanStream(member, "SCAN", "scan.a.>", { fromSeq: fromMiddle }))
        rest.push(m.seq);
      expect(rest).toEqual(matching.slice(100));

      let none = 0;
      for await (const _ of scanStream(member, "SCAN", "scan.none.>")) none++;
      expect(none).toBe(0);
    });
  }

  const newest = releases.find((r) => serverHas(r.version, "batchDirectGet"));
  it.runIf(newest)(
    "fails, naming the stream, rather than stop short when the grant lets one answer through",
    async () => {
      const read = async (streamed: boolean): Promise<unknown> => {
        server = await startNatsServer({ binary: newest!.path, config: accounts(streamed) });
        await fill(await as("owner"));
        const nc = await as("member");
        let n = 0;
        try {
          for await (const _ of scanStream(nc, "SCAN", "scan.a.>", { timeoutMs: 1_000 })) n++;
          return n;
        } catch (err) {
          return err;
        } finally {
          await Promise.all(open.splice(0).map((c) => c.close()));
          await server[Symbol.asyncDispose]();
          server = undefined;
        }
      };
      // Positive control: the streamed grant reads everything.
      expect(await read(true)).toBe(COUNT / 2);
      const err = await read(false);
      expect(err).toBeInstanceOf(TongbaoError);
      expect((err as TongbaoError).message).toMatch(/reading SCAN by direct get failed/);
    },
  );
});
