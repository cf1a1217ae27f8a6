import { readFileSync } from "node:fs";
import { createUser, encode as encodeSignature, fromSeed } from "@nats-io/nkeys";
import { connect, type ConnectionOptions } from "@nats-io/transport-node";
import { MAX_PAYLOAD } from "@tongbao/organisations";
import { breached, held, type Attack, type AttackContext } from "./attack.js";
import { RawNatsClient, type RawLogin } from "./raw-nats-client.js";

/**
 * Getting in as someone else, or not at all: no credentials, an unknown nkey, another
 * organisation's or the operator's public nkey signed with its own seed, no TLS, passwords
 * and tokens. And messages larger than the broker takes, which a hand-written client sends
 * regardless of the size the server announced.
 */

const enc = new TextEncoder();

function natsJsLogin(c: AttackContext, extra: Partial<ConnectionOptions>) {
  return c.connecting(() => natsJsLoginNow(c, extra));
}

async function natsJsLoginNow(c: AttackContext, extra: Partial<ConnectionOptions>) {
  try {
    const nc = await connect({
      servers: c.product.url,
      tls: { caFile: c.product.layout.caFile },
      maxReconnectAttempts: 0,
      timeout: 5_000,
      ...extra,
    });
    await nc.close();
    return breached("connected");
  } catch (err) {
    return /Authorization Violation/i.test(String(err))
      ? held("refused: authorization violation")
      : breached(`failed otherwise: ${String(err).slice(0, 80)}`);
  }
}

function rawLogin(c: AttackContext, login: Omit<RawLogin, "caFile">) {
  return c.connecting(() => rawLoginNow(c, login));
}

async function rawLoginNow(c: AttackContext, login: Omit<RawLogin, "caFile">) {
  const client = await RawNatsClient.login(c.product.url, {
    caFile: c.product.layout.caFile,
    ...login,
  }).catch((err: unknown) => err as Error);
  if (client instanceof Error) return held(`refused before login: ${client.message.slice(0, 60)}`);
  await client.close();
  const t = client.transcript;
  if (t.errors.some((e) => /Authorization Violation/i.test(e)))
    return held("refused: authorization violation");
  if (t.errors.some((e) => /TLS|Secure/i.test(e)) || (login.tls === false && t.closed)) {
    return held("refused: TLS required");
  }
  return breached(`logged in (${t.errors.join("; ") || "no error"})`);
}

const publicKeyOf = (c: AttackContext, orgId: string) =>
  fromSeed(
    enc.encode(readFileSync(c.product.layout.nkeyFile(orgId), "utf8").trim()),
  ).getPublicKey();

export const CONNECT_ATTACKS: Attack[] = [
  { cls: "connect", name: "no credentials", run: (c) => natsJsLogin(c, {}) },
  {
    cls: "connect",
    name: "an unregistered nkey",
    run: (c) => {
      const kp = createUser();
      return natsJsLogin(c, {
        authenticator: (nonce?: string) => ({
          nkey: kp.getPublicKey(),
          sig: encodeSignature(kp.sign(enc.encode(nonce ?? ""))),
        }),
      });
    },
  },
  {
    cls: "connect",
    name: "the victim's public nkey, signed with its own seed",
    run: (c) => rawLogin(c, { seed: c.attacker.seed, claim: c.victim.publicKey }),
  },
  {
    cls: "connect",
    name: "the operator's public nkey, signed with its own seed",
    run: (c) => rawLogin(c, { seed: c.attacker.seed, claim: publicKeyOf(c, "operator") }),
  },
  {
    cls: "connect",
    name: "the victim's public nkey with no signature",
    run: (c) => rawLogin(c, { connect: { nkey: c.victim.publicKey } }),
  },
  {
    cls: "connect",
    name: "its own seed without TLS",
    run: (c) => rawLogin(c, { seed: c.attacker.seed, tls: false }),
  },
  {
    cls: "connect",
    name: "a user name and password",
    run: (c) => natsJsLogin(c, { user: c.attacker.id, pass: "password" }),
  },
  { cls: "connect", name: "a token", run: (c) => natsJsLogin(c, { token: c.attacker.id }) },
  {
    cls: "connect",
    name: "the operator's name as user (raw protocol)",
    run: (c) => rawLogin(c, { connect: { user: "operator", pass: "" } }),
  },
];

export const OVERSIZED_ATTACKS: Attack[] = [
  {
    cls: "oversized",
    name: "a message over max_payload through nats.js",
    async run(c) {
      try {
        c.session.nc.publish(
          `tb.live.to.attack-sink.receipt.${c.attacker.id}`,
          new Uint8Array(MAX_PAYLOAD + 1),
        );
        return breached("the client sent it");
      } catch (err) {
        return c.session.nc.info?.max_payload === MAX_PAYLOAD && /payload/i.test(String(err))
          ? held(`refused: over the ${MAX_PAYLOAD} bytes the server announced`)
          : breached(`failed otherwise: ${String(err)}`);
      }
    },
  },
  ...(
    [
      ["a PUB over max_payload (raw protocol)", undefined],
      ["an HPUB over max_payload (raw protocol)", { "Nats-Msg-Id": "big" }],
    ] as const
  ).map(([name, headers]): Attack => ({
    cls: "oversized",
    name,
    async run(c) {
      const raw = await c.connecting(async () => {
        const r = await RawNatsClient.login(c.product.url, {
          seed: c.attacker.seed,
          caFile: c.product.layout.caFile,
        });
        r.publish(`tb.live.to.attack-sink.receipt.${c.attacker.id}`, "", {
          announcedSize: MAX_PAYLOAD + 1,
          ...(headers ? { headers } : {}),
        });
        await r.ping();
        await r.close();
        return r;
      });
      return raw.transcript.errors.some((e) => /Maximum Payload Violation/i.test(e))
        ? held("refused: maximum payload violation, connection closed")
        : breached(`accepted (${raw.transcript.errors.join("; ")})`);
    },
  })),
];
