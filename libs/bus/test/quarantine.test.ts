import { jetstream, type JetStreamClient } from "@nats-io/jetstream";
import { connect, headers, type NatsConnection } from "@nats-io/transport-node";
import { decodeEnvelope, encodeEnvelope, tongbao } from "@tongbao/contracts";
import { TongbaoError, type ErrorCode } from "@tongbao/errors";
import {
  showServerLogsOnFailure,
  startNatsServer,
  waitFor,
  type NatsServer,
} from "@tongbao/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Consumer } from "../src/consumer/consumer.js";
import { readQuarantineRecord, type QuarantineRecord } from "../src/consumer/quarantine.js";
import { EnvelopeVerifier, toTimestamp } from "../src/envelope/mod.js";
import { Status } from "./fixtures/bulletins.js";
import { createBusStreams, readStream } from "./fixtures/bus-streams.js";
import { bulletinBytes, forgeEnvelope } from "./fixtures/forged-envelopes.js";
import { KeyRing, orgKey } from "./fixtures/signing-keys.js";

const miit = orgKey("miit");
const rogue = orgKey("miit", "miit-unregistered");
const revoked = orgKey("miit", "miit-old", { revokedTime: new Date(Date.now() - 3600_000) });
const SUBJECT = "tb.live.bulletin.power.miit";
const ALWAYS_FAILS = "this bulletin's handler always fails";

/** One kind of bad input: the bytes, where they are published, and the code expected. */
interface BadInput {
  name: string;
  code: ErrorCode;
  origin: string;
  subject: string;
  data: Uint8Array;
}

function flipPayloadByte(envelope: Uint8Array): Uint8Array {
  const e = decodeEnvelope(envelope);
  const payload = Uint8Array.from(e.payload);
  payload[payload.length - 1] = (payload[payload.length - 1] ?? 0) ^ 0x01;
  return encodeEnvelope({ header: e.header, payload, signatures: e.signatures });
}

const badInputs: BadInput[] = [
  {
    name: "a payload byte flipped after signing",
    code: "TB_ERR_SIGNATURE",
    origin: "miit",
    subject: SUBJECT,
    data: flipPayloadByte(forgeEnvelope(miit.signer, bulletinBytes())),
  },
  {
    name: "a signature by a key the registry does not know",
    code: "TB_ERR_UNKNOWN_KEY",
    origin: "miit",
    subject: SUBJECT,
    data: forgeEnvelope(rogue.signer, bulletinBytes()),
  },
  {
    name: "a signature made after the key was revoked",
    code: "TB_ERR_KEY_REVOKED",
    origin: "miit",
    subject: SUBJECT,
    data: forgeEnvelope(revoked.signer, bulletinBytes()),
  },
  {
    name: "a signed payload that breaks the contract (empty title)",
    code: "TB_ERR_CONTRACT",
    origin: "miit",
    subject: SUBJECT,
    data: forgeEnvelope(
      miit.signer,
      tongbao.bulletin.v1.ThreatBulletin.encode({
        kind: 1,
        title: "",
        summary: "s",
        category: 1,
      }).finish(),
    ),
  },
  {
    name: "a signed payload that is not a ThreatBulletin at all",
    code: "TB_ERR_DECODE",
    origin: "miit",
    subject: SUBJECT,
    data: forgeEnvelope(miit.signer, Uint8Array.from([0xff, 0xff, 0xff, 0xff, 0x0f])),
  },
  {
    name: "a signed message of a type the bus does not know",
    code: "TB_ERR_UNKNOWN_TYPE",
    origin: "miit",
    subject: SUBJECT,
    data: forgeEnvelope(miit.signer, bulletinBytes(), { type: "tongbao.bulletin.v1.Hoax" }),
  },
  {
    name: "miit's genuine bulletin published under nea's origin",
    code: "TB_ERR_ORIGIN_MISMATCH",
    origin: "nea",
    subject: "tb.live.bulletin.power.nea",
    data: forgeEnvelope(miit.signer, bulletinBytes()),
  },
  {
    name: "a drill (EXERCISE) bulletin on a live subject",
    code: "TB_ERR_STATUS_MISMATCH",
    origin: "miit",
    subject: SUBJECT,
    data: forgeEnvelope(miit.signer, bulletinBytes(), { status: Status.STATUS_EXERCISE }),
  },
  {
    name: "a bulletin that expired a minute ago",
    code: "TB_ERR_EXPIRED",
    origin: "miit",
    subject: SUBJECT,
    data: forgeEnvelope(miit.signer, bulletinBytes(), {
      expires: toTimestamp(new Date(Date.now() - 60_000)),
    }),
  },
  {
    name: "bytes that are not an envelope",
    code: "TB_ERR_DECODE",
    origin: "miit",
    subject: SUBJECT,
    data: new TextEncoder().encode("<html>not protobuf</html>"),
  },
  {
    name: "a valid bulletin whose handler fails on every delivery",
    code: "TB_ERR_MAX_DELIVERIES",
    origin: "miit",
    subject: SUBJECT,
    data: forgeEnvelope(miit.signer, bulletinBytes(ALWAYS_FAILS)),
  },
];

describe("QUARANTINE: bad input is set aside with its reason while valid traffic flows", () => {
  let server: NatsServer;
  let nc: NatsConnection;
  let js: JetStreamClient;
  let consumer: Consumer;
  const handled: string[] = [];
  const validTitles: string[] = [];
  /** Stream sequence of each bad input in TB_LIVE. */
  const seqOf = new Map<BadInput, number>();
  let records: (QuarantineRecord & { quarantineSubject: string })[] = [];
  showServerLogsOnFailure(() => [server]);

  beforeAll(async () => {
    server = await startNatsServer();
    nc = await connect({ servers: server.url });
    js = jetstream(nc);
    await createBusStreams(nc);
    // Valid bulletins before, between and after every bad input.
    for (const [i, bad] of badInputs.entries()) {
      const title = `valid ${i}`;
      validTitles.push(title);
      await js.publish(SUBJECT, forgeEnvelope(miit.signer, bulletinBytes(title)));
      const h = headers();
      h.set("Nats-Msg-Id", `bad-${i}`);
      seqOf.set(bad, (await js.publish(bad.subject, bad.data, { headers: h })).seq);
    }
    validTitles.push("valid last");
    await js.publish(SUBJECT, forgeEnvelope(miit.signer, bulletinBytes("valid last")));
    consumer = await Consumer.start({
      nc,
      verifier: new EnvelopeVerifier(new KeyRing(miit, revoked)),
      durable: "nea",
      filterSubjects: ["tb.live.bulletin.power.*"],
      maxDeliver: 3,
      backoff: [20],
      handler: async (m) => {
        const title = (m.payload as tongbao.bulletin.v1.ThreatBulletin).title;
        if (title === ALWAYS_FAILS) throw new TongbaoError("TB_ERR_HANDLER", "the archive is down");
        handled.push(title);
      },
    });
    await waitFor(() => consumer.stats().quarantined === badInputs.length, {
      name: "every bad input quarantined",
      timeout: 20_000,
    });
    records = (await readStream(js, "TB_QUARANTINE")).map((m) => ({
      ...readQuarantineRecord(m),
      quarantineSubject: m.subject,
    }));
  });
  afterAll(async () => {
    await consumer?.stop();
    await nc?.close();
    await server?.[Symbol.asyncDispose]();
  });

  it("delivers every valid bulletin, in order, around the bad ones", () => {
    expect(handled).toEqual(validTitles);
  });

  it.each(badInputs.map((b) => [b.name, b] as const))("quarantines %s", (_name, bad) => {
    const seq = seqOf.get(bad);
    const record = records.find((r) => r.streamSeq === seq);
    expect(record).toBeDefined();
    expect(record).toMatchObject({
      code: bad.code,
      originalSubject: bad.subject,
      stream: "TB_LIVE",
      consumer: expect.stringMatching(/^nea-[0-9a-f]{8}$/),
      quarantineSubject: `tbq.${bad.origin}.${bad.code.toLowerCase()}`,
    });
    expect(record!.reason.length).toBeGreaterThan(0);
    expect(Buffer.from(record!.data)).toEqual(Buffer.from(bad.data));
    expect(record!.originalHeaders["Nats-Msg-Id"]).toBe(`bad-${badInputs.indexOf(bad)}`);
  });

  it("terminates quarantined messages instead of redelivering them", () => {
    const stats = consumer.stats();
    expect(stats.quarantined).toBe(badInputs.length);
    expect(records).toHaveLength(badInputs.length);
    // Only the always-failing bulletin was retried: twice, before its third and last delivery.
    expect(stats.retried).toBe(2);
    const maxed = records.find((r) => r.code === "TB_ERR_MAX_DELIVERIES");
    expect(maxed?.deliveryCount).toBe(3);
    expect(maxed?.reason).toMatch(/TB_ERR_HANDLER: the archive is down/);
  });

  it("names the field at fault where there is one", () => {
    const contract = records.find((r) => r.code === "TB_ERR_CONTRACT");
    expect(contract?.path).toBe("title");
    const origin = records.find((r) => r.code === "TB_ERR_ORIGIN_MISMATCH");
    expect(origin?.path).toBe("header.source");
  });
});
