import { createConnection } from "node:net";
import { connect, type Authenticator, type NatsConnection } from "@nats-io/transport-node";
import { isTongbaoError } from "@tongbao/errors";
import { SECRET } from "./attack-range.js";

/** What one attack observed. `denied` is the broker's or verification's refusal; `leaked` any
 * planted secret that reached the attacker. */
export interface Observation {
  observed: string;
  denied: boolean;
  leaked: boolean;
}

const VIOLATION = /Permissions Violation/i;
const dec = new TextDecoder();

/** How long an attack waits for a refusal that should come at once (the server answers -ERR
 * within a round trip; the bound only matters if it never does). */
export const REFUSAL_WAIT_MS = 2_000;

/** A core subscription: denied when the server closes it with a permissions violation. */
export async function subscribeProbe(nc: NatsConnection, subject: string): Promise<Observation> {
  let leaked = false;
  let received = 0;
  const sub = nc.subscribe(subject, {
    callback: (err, m) => {
      if (err) return;
      received++;
      if (dec.decode(m.data).includes(SECRET)) leaked = true;
    },
  });
  const closed = await Promise.race([sub.closed, wait(REFUSAL_WAIT_MS).then(() => "open")]);
  if (closed === "open") sub.unsubscribe();
  const denied = closed instanceof Error && VIOLATION.test(closed.message);
  const observed = denied
    ? "denied: subscription permissions violation"
    : `subscription stayed open (${received} messages)`;
  return { observed, denied, leaked };
}

/**
 * A request (JetStream API call, or a publish that a stream would acknowledge): denied when
 * the server refuses the publish; any reply at all means it got through.
 */
export async function requestProbe(
  nc: NatsConnection,
  subject: string,
  body: string | Uint8Array = "",
): Promise<Observation> {
  try {
    const reply = await nc.request(subject, body, { timeout: REFUSAL_WAIT_MS });
    const text = dec.decode(reply.data);
    return {
      observed: `answered: ${text.slice(0, 60)}`,
      denied: false,
      leaked: revealsSecret(text),
    };
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    const denied = VIOLATION.test(message);
    return {
      observed: denied
        ? "denied: publish permissions violation"
        : `failed: ${message.slice(0, 60)}`,
      denied,
      leaked: false,
    };
  }
}

/** A connection attempt: denied when the server refuses the credentials. */
export async function connectProbe(
  url: string,
  how: { authenticator?: Authenticator; user?: string; pass?: string; token?: string },
): Promise<Observation> {
  try {
    const nc = await connect({ servers: url, maxReconnectAttempts: 0, ...how });
    await nc.close();
    return { observed: "connected", denied: false, leaked: false };
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    const denied = /Authorization Violation/i.test(message);
    return {
      observed: denied ? "denied: authorization violation" : `failed: ${message}`,
      denied,
      leaked: false,
    };
  }
}

/** Runs a check that must throw a TongbaoError: denied when it does, with its code. */
export async function rejectionProbe(
  check: () => Promise<unknown> | unknown,
): Promise<Observation> {
  try {
    await check();
    return { observed: "accepted", denied: false, leaked: false };
  } catch (err) {
    if (isTongbaoError(err))
      return { observed: `rejected: ${err.code}`, denied: true, leaked: false };
    const message = err instanceof Error ? err.message : String(err);
    return { observed: `failed: ${message.slice(0, 80)}`, denied: false, leaked: false };
  }
}

/** True when a reply carries a planted secret, in clear or as the base64 `data` of a stored
 * message (how the JetStream API returns one). */
function revealsSecret(text: string): boolean {
  if (text.includes(SECRET)) return true;
  try {
    const data = (JSON.parse(text) as { message?: { data?: string } }).message?.data;
    return data !== undefined && Buffer.from(data, "base64").toString().includes(SECRET);
  } catch {
    return false;
  }
}

function wait(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms).unref());
}

/**
 * A hand-written client that logs in with an nkey seed and sends one PUB of `size` bytes,
 * ignoring the max_payload the server announced: denied when the server closes the
 * connection (with a maximum payload violation, if the report arrives before the reset).
 */
export async function rawOversizedPublish(
  url: string,
  seed: string,
  subject: string,
  size: number,
): Promise<Observation> {
  const { fromSeed, encode } = await import("@nats-io/nkeys");
  const kp = fromSeed(new TextEncoder().encode(seed));
  const { hostname, port } = new URL(url);
  const socket = createConnection({ host: hostname, port: Number(port) });
  let text = "";
  let sent = false;
  let timedOut = false;
  const closed = new Promise<void>((resolve) => {
    const timer = setTimeout(() => {
      timedOut = true;
      socket.destroy();
    }, 5_000);
    socket.on("close", () => {
      clearTimeout(timer);
      resolve();
    });
    socket.on("error", () => undefined);
  });
  let pubSent = false;
  socket.on("data", (chunk: Buffer) => {
    text += chunk.toString();
    if (!sent && text.includes("\r\n")) {
      sent = true;
      const info = JSON.parse(text.slice(5, text.indexOf("\r\n"))) as { nonce: string };
      const sig = encode(kp.sign(new TextEncoder().encode(info.nonce)));
      const connectOp = {
        verbose: false,
        pedantic: false,
        protocol: 1,
        nkey: kp.getPublicKey(),
        sig,
      };
      socket.write(`CONNECT ${JSON.stringify(connectOp)}\r\nPING\r\n`);
    } else if (!pubSent && text.includes("PONG")) {
      // Logged in. The server judges the size from the PUB line; the body need not follow
      // (sending it would race the server's reset of the connection).
      pubSent = true;
      socket.write(`PUB ${subject} ${size}\r\n`);
    }
  });
  await closed;
  const denied = pubSent && /Maximum Payload Violation/i.test(text) && !timedOut;
  const observed = denied
    ? "denied: maximum payload violation, connection closed"
    : `${timedOut ? "still open" : "closed"}: ${text.slice(-60)}`;
  return { observed, denied, leaked: false };
}
