import { headers, type Match, type MsgHdrs } from "@nats-io/transport-node";

/** An id nats.js would write unchanged: printable ASCII, no spaces (it trims values). */
const PLAIN_ID = /^[!-~]+$/;
const PREFIX = "NATS/1.0\r\nNats-Msg-Id: ";
const SUFFIX = "\r\n\r\n";

/** What nats.js calls to put a header block on the wire (every MsgHdrs it makes has it). */
interface Encodable {
  encode(): Uint8Array;
}

/**
 * The headers of a publish that carries nothing but its `Nats-Msg-Id`, as the outbox sends
 * every record of the publisher. nats.js's general headers() object validates and
 * canonicalises the key, keeps a Map of arrays and builds a string to encode on every
 * publish; here the block is written from the id alone. The bytes are those of
 * `headers().set("Nats-Msg-Id", id)` (a test compares them); anything else a caller asks of
 * these headers is answered by that general object, made on first use.
 */
export class MsgIdHeaders implements MsgHdrs, Encodable {
  readonly #msgId: string;
  #general: MsgHdrs | undefined;

  private constructor(msgId: string) {
    this.#msgId = msgId;
  }

  /** Headers for this id, or undefined when the id needs nats.js's general handling. */
  static for(msgId: string): MsgIdHeaders | undefined {
    return PLAIN_ID.test(msgId) ? new MsgIdHeaders(msgId) : undefined;
  }

  encode(): Uint8Array {
    if (this.#general) return (this.#general as unknown as Encodable).encode();
    return Buffer.from(PREFIX + this.#msgId + SUFFIX, "latin1");
  }

  #headers(): MsgHdrs {
    if (!this.#general) {
      this.#general = headers();
      this.#general.set("Nats-Msg-Id", this.#msgId);
    }
    return this.#general;
  }

  get hasError(): boolean {
    return false;
  }
  get status(): string {
    return this.#headers().status;
  }
  get code(): number {
    return 0;
  }
  get description(): string {
    return "";
  }
  get(k: string, match?: Match): string {
    return this.#headers().get(k, match);
  }
  set(k: string, v: string, match?: Match): void {
    this.#headers().set(k, v, match);
  }
  append(k: string, v: string, match?: Match): void {
    this.#headers().append(k, v, match);
  }
  has(k: string, match?: Match): boolean {
    return this.#headers().has(k, match);
  }
  keys(): string[] {
    return this.#headers().keys();
  }
  values(k: string, match?: Match): string[] {
    return this.#headers().values(k, match);
  }
  delete(k: string, match?: Match): void {
    this.#headers().delete(k, match);
  }
  last(k: string, match?: Match): string {
    return this.#headers().last(k, match);
  }
  [Symbol.iterator](): Iterator<[string, string[]]> {
    return this.#headers()[Symbol.iterator]();
  }
}
