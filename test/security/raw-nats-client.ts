import { readFileSync } from "node:fs";
import { connect as tcpConnect, type Socket } from "node:net";
import { connect as tlsConnect, type TLSSocket } from "node:tls";
import { fromSeed, encode as encodeSignature } from "@nats-io/nkeys";

/**
 * A NATS client written by hand from the protocol, the way an attacker's own tooling would
 * speak it: no client library between the test and the server, so nothing on the client side
 * checks a subject, a reply, a header or a size. Plain TCP until the server's INFO, then TLS
 * (the server requires it), then CONNECT signed with an nkey seed (or with whatever the
 * attack supplies).
 */
export interface RawLogin {
  /** nkey user seed (SU...) the nonce is signed with. */
  seed?: string;
  /** Public nkey claimed in CONNECT (default: the seed's own). */
  claim?: string;
  /** Extra CONNECT fields (user/pass, token...). */
  connect?: Record<string, unknown>;
  /** Upgrade to TLS after INFO (default true). */
  tls?: boolean;
  /** CA file the server certificate is checked against. */
  caFile: string;
}

/** What the server said back: its error lines and the messages it delivered. */
export interface RawTranscript {
  errors: string[];
  messages: { subject: string; reply: string | undefined; data: Buffer }[];
  /** True once the socket is closed (by the server or by us). */
  closed: boolean;
}

const CRLF = "\r\n";

export class RawNatsClient {
  readonly transcript: RawTranscript = { errors: [], messages: [], closed: false };
  #socket: Socket | TLSSocket;
  #buffer = Buffer.alloc(0);
  #pongs: (() => void)[] = [];
  #onMessage: (() => void)[] = [];
  #closed: Promise<void>;

  private constructor(socket: Socket | TLSSocket) {
    this.#socket = socket;
    this.#closed = new Promise((resolve) =>
      socket.once("close", () => {
        this.transcript.closed = true;
        for (const p of this.#pongs.splice(0)) p();
        resolve();
      }),
    );
    socket.on("error", () => undefined);
    socket.on("data", (chunk: Buffer) => this.#read(chunk));
  }

  /**
   * Connects and logs in; resolves once the server answered the first PING (logged in) or
   * closed the connection (refused: see `transcript.errors`).
   */
  static async login(url: string, login: RawLogin): Promise<RawNatsClient> {
    const { hostname, port } = new URL(url.replace(/^tls:/, "nats:"));
    const tcp = tcpConnect({ host: hostname, port: Number(port) });
    tcp.on("error", () => undefined);
    const info = await firstLine(tcp);
    const nonce = (JSON.parse(info.slice(5)) as { nonce?: string }).nonce ?? "";
    const socket =
      login.tls === false
        ? tcp
        : await new Promise<TLSSocket>((resolve, reject) => {
            const s = tlsConnect(
              { socket: tcp, ca: readFileSync(login.caFile), servername: hostname },
              () => resolve(s),
            );
            s.once("error", reject);
          });
    const client = new RawNatsClient(socket);
    const fields: Record<string, unknown> = {
      verbose: false,
      pedantic: false,
      protocol: 1,
      headers: true,
      no_responders: true,
      name: "hand-written",
      ...login.connect,
    };
    if (login.seed) {
      const kp = fromSeed(new TextEncoder().encode(login.seed));
      fields["nkey"] = login.claim ?? kp.getPublicKey();
      fields["sig"] = encodeSignature(kp.sign(new TextEncoder().encode(nonce)));
    }
    client.#write(`CONNECT ${JSON.stringify(fields)}${CRLF}`);
    await client.ping();
    return client;
  }

  get loggedIn(): boolean {
    return !this.transcript.closed && !this.transcript.errors.some((e) => /violation/i.test(e));
  }

  /** PUB (or HPUB with headers) exactly as given: any subject, any reply, any size. */
  publish(
    subject: string,
    payload: string | Buffer = "",
    opts: { reply?: string; headers?: Record<string, string>; announcedSize?: number } = {},
  ): void {
    const body = Buffer.isBuffer(payload) ? payload : Buffer.from(payload);
    const reply = opts.reply ? ` ${opts.reply}` : "";
    if (opts.headers) {
      const head = Buffer.from(
        `NATS/1.0${CRLF}${Object.entries(opts.headers)
          .map(([k, v]) => `${k}: ${v}${CRLF}`)
          .join("")}${CRLF}`,
      );
      const total = opts.announcedSize ?? head.length + body.length;
      this.#write(`HPUB ${subject}${reply} ${head.length} ${total}${CRLF}`);
      if (opts.announcedSize === undefined)
        this.#write(Buffer.concat([head, body, Buffer.from(CRLF)]));
      return;
    }
    const size = opts.announcedSize ?? body.length;
    this.#write(`PUB ${subject}${reply} ${size}${CRLF}`);
    // A size the server refuses from the PUB line alone is sent without its body (the server
    // resets the connection; sending the body would race that).
    if (opts.announcedSize === undefined) this.#write(Buffer.concat([body, Buffer.from(CRLF)]));
  }

  subscribe(subject: string, sid: number, queue?: string): void {
    this.#write(`SUB ${subject}${queue ? ` ${queue}` : ""} ${sid}${CRLF}`);
  }

  /** Round trip: every line sent before it has been processed by the server when it resolves. */
  ping(): Promise<void> {
    if (this.transcript.closed) return Promise.resolve();
    return new Promise((resolve) => {
      this.#pongs.push(resolve);
      this.#write(`PING${CRLF}`);
    });
  }

  /** Resolves true once `count` messages have arrived, false if `timeoutMs` passes first. */
  messages(count: number, timeoutMs: number): Promise<boolean> {
    return new Promise((resolve) => {
      const timer = setTimeout(() => resolve(false), timeoutMs);
      const check = () => {
        if (this.transcript.messages.length >= count) {
          clearTimeout(timer);
          resolve(true);
        } else if (this.transcript.closed) {
          clearTimeout(timer);
          resolve(false);
        } else this.#onMessage.push(check);
      };
      check();
    });
  }

  async close(): Promise<void> {
    this.#socket.end();
    this.#socket.destroy();
    await this.#closed;
  }

  #write(data: string | Buffer): void {
    if (!this.transcript.closed) this.#socket.write(data);
  }

  #read(chunk: Buffer): void {
    this.#buffer = Buffer.concat([this.#buffer, chunk]);
    for (;;) {
      const end = this.#buffer.indexOf(CRLF);
      if (end < 0) return;
      const line = this.#buffer.subarray(0, end).toString();
      const op = line.split(" ", 1)[0]!.toUpperCase();
      if (op === "MSG" || op === "HMSG") {
        const parts = line.split(" ");
        const size = Number(parts[parts.length - 1]);
        if (this.#buffer.length < end + 2 + size + 2) return;
        const data = this.#buffer.subarray(end + 2, end + 2 + size);
        const reply = parts.length === (op === "MSG" ? 5 : 6) ? parts[3] : undefined;
        this.transcript.messages.push({ subject: parts[1]!, reply, data: Buffer.from(data) });
        for (const f of this.#onMessage.splice(0)) f();
        this.#buffer = this.#buffer.subarray(end + 2 + size + 2);
        continue;
      }
      this.#buffer = this.#buffer.subarray(end + 2);
      if (op === "PING") this.#write(`PONG${CRLF}`);
      else if (op === "PONG") this.#pongs.shift()?.();
      else if (op === "-ERR") this.transcript.errors.push(line.slice(5));
    }
  }
}

function firstLine(socket: Socket): Promise<string> {
  return new Promise((resolve, reject) => {
    let text = "";
    const onData = (chunk: Buffer) => {
      text += chunk.toString();
      const end = text.indexOf(CRLF);
      if (end < 0) return;
      socket.off("data", onData);
      resolve(text.slice(0, end));
    };
    socket.on("data", onData);
    socket.once("close", () => reject(new Error(`closed before INFO: ${text}`)));
  });
}
