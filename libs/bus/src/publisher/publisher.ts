import { TongbaoError } from "@tongbao/errors";
import { pino, type Logger } from "pino";
import { messageDigestOf } from "../crypto/digest.js";
import { MAX_BATCH, type SealItem } from "../envelope/mod.js";
import { TLP_RED } from "../subject-tokens.js";
import { sealDigested } from "../envelope/seal.js";
import { signaturePrefix, trailBytes } from "../envelope/envelope-bytes.js";
import {
  Outbox,
  jetStreamPipelineSender,
  type OutboxRecord,
  type PipelineSender,
} from "../outbox/mod.js";
import { CHAIN_FIELDS_MAX_BYTES, writeChainedHeader } from "./header-bytes.js";
import { draftMessage, type MessageDraft } from "./message-draft.js";
import { ProducerChains } from "./producer-chains.js";
import type { PublishInput, PublishResult, PublisherOptions, PublisherStats } from "./types.js";

interface Waiting {
  draft: MessageDraft;
  headers: Record<string, string> | undefined;
  resolve: (result: PublishResult) => void;
  reject: (err: unknown) => void;
}

const PRODUCER_ID = /^[A-Za-z0-9._-]{1,128}$/;
const HEADER_NAME = /^[A-Za-z0-9-]{1,64}$/;
const EMPTY = new Uint8Array(0);
/** Signature bytes the room behind a payload is sized for: Ed25519 takes 64, SM2 up to 72. */
const SIGNATURE_ROOM_BYTES = 96;

/**
 * Publishes signed messages through a durable local outbox.
 *
 * publish() checks and encodes the message at once (refusing bad input before anything is
 * written), then queues it. Messages queued while the previous commit is being written are
 * committed together (group commit): each copy gets its place in its subject's producer
 * chain, the whole group is sealed under ONE signature over a Merkle root, and written to the
 * outbox in ONE append (one fdatasync). publish() resolves once its group is on disk; the
 * outbox then sends it whenever the bus is reachable and forgets it only on the stream's ack.
 */
export class Publisher {
  readonly #opts: PublisherOptions;
  readonly #outbox: Outbox;
  readonly #sender: PipelineSender;
  readonly #chains: ProducerChains;
  readonly #log: Logger;
  readonly #maxBatch: number;
  readonly #now: () => Date;
  /** Bytes of this publisher's Signature field, at most: the room left behind a payload. */
  readonly #trailRoom: number;
  #queue: Waiting[] = [];
  #committing: Promise<void> | undefined;
  #scheduled = false;
  #closed = false;
  readonly #counts = { published: 0, copies: 0, signatures: 0 };

  private constructor(
    opts: PublisherOptions,
    outbox: Outbox,
    sender: PipelineSender,
    chains: ProducerChains,
  ) {
    this.#opts = opts;
    this.#outbox = outbox;
    this.#sender = sender;
    this.#chains = chains;
    this.#log = (opts.logger ?? pino({ level: "silent" })).child({
      component: "publisher",
      producerId: opts.producerId,
    });
    this.#maxBatch = opts.maxBatch ?? 256;
    this.#now = opts.now ?? (() => new Date());
    const { signer } = opts;
    this.#trailRoom = trailBytes(
      signaturePrefix(signer.keyId, signer.suite.algorithm, new Uint8Array(SIGNATURE_ROOM_BYTES), 1)
        .bytes.length,
      Math.ceil(Math.log2(this.#maxBatch)),
    );
  }

  static async open(opts: PublisherOptions): Promise<Publisher> {
    if (!PRODUCER_ID.test(opts.producerId ?? "")) {
      throw new TongbaoError(
        "TB_ERR_CONFIG",
        `producerId "${String(opts.producerId)}" must be 1 to 128 letters, digits, ".", "-" or "_"`,
        { path: "producerId" },
      );
    }
    const maxBatch = opts.maxBatch ?? 256;
    if (!Number.isInteger(maxBatch) || maxBatch < 1 || maxBatch > MAX_BATCH) {
      throw new TongbaoError("TB_ERR_CONFIG", `maxBatch must be 1 to ${MAX_BATCH}`, {
        path: "maxBatch",
      });
    }
    // Plain publishes with PubAcks matched on one inbox: the same protocol as js.publish
    // without its per-request timer and error objects, which dominate CPU at high rates.
    const sender = jetStreamPipelineSender(opts.nc, { timeoutMs: opts.ackTimeoutMs ?? 5_000 });
    let outbox: Outbox;
    try {
      outbox = await Outbox.open({
        ...opts.outbox,
        dir: opts.outboxDir,
        send: sender,
        connection: opts.nc,
        ...(opts.logger ? { logger: opts.logger } : {}),
      });
    } catch (err) {
      sender.stop();
      throw err;
    }
    const chains = ProducerChains.restore(opts.producerId, outbox.chainState());
    return new Publisher(opts, outbox, sender, chains);
  }

  /**
   * Publishes one message (one copy per route). Resolves once it is durable in the outbox,
   * with its id and subjects; rejects with a TongbaoError (TB_ERR_SCHEMA, TB_ERR_CONTRACT,
   * TB_ERR_UNKNOWN_TYPE, TB_ERR_MARKING...) naming the field if the message is refused,
   * or TB_ERR_OUTBOX if it could not be stored.
   */
  publish(input: PublishInput): Promise<PublishResult> {
    if (this.#closed) {
      return Promise.reject(
        new TongbaoError("TB_ERR_OUTBOX", "the publisher is closed", { retryable: false }),
      );
    }
    let draft: MessageDraft;
    try {
      draft = draftMessage(
        input,
        this.#opts.signer.orgId,
        this.#opts.producerId,
        this.#now(),
        this.#opts.protection,
        this.#trailRoom,
      );
      if (input.marking.tlp === TLP_RED && !this.#opts.protection) {
        // Nothing marked RED leaves in clear: without a protection there is no key to seal it.
        throw new TongbaoError(
          "TB_ERR_MARKING",
          "a TLP:RED payload is encrypted to its recipients, and this publisher has no payload protection (open it with `protection`, e.g. redPayloadProtection from @tongbao/security)",
          { path: "marking.tlp" },
        );
      }
      checkHeaders(input.headers);
    } catch (err) {
      return Promise.reject(err);
    }
    const headers = input.headers ? { ...input.headers } : undefined;
    return new Promise<PublishResult>((resolve, reject) => {
      this.#queue.push({ draft, headers, resolve, reject });
      this.#schedule();
    });
  }

  /** The outbox backlog and the publisher's counters. */
  stats(): PublisherStats {
    return { ...this.#outbox.stats(), ...this.#counts };
  }

  /** Subscribes to outbox backlog updates (at most every 100 ms while something changes). */
  onStats(listener: (stats: PublisherStats) => void): () => void {
    return this.#outbox.on("stats", (s) => listener({ ...s, ...this.#counts }));
  }

  /** Resolves when everything published so far has been acknowledged by the stream. */
  async drain(timeoutMs = 30_000): Promise<void> {
    await this.#settle();
    await this.#outbox.drain(timeoutMs);
  }

  /**
   * Commits what is queued, then closes the outbox. Records not yet acknowledged stay on
   * disk and are sent by the next Publisher opened on the same directory.
   */
  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    await this.#settle();
    await this.#outbox.close();
    this.#sender.stop();
  }

  async [Symbol.asyncDispose](): Promise<void> {
    await this.close();
  }

  async #settle(): Promise<void> {
    while (this.#committing || this.#scheduled || this.#queue.length > 0) {
      if (!this.#committing && !this.#scheduled) this.#schedule();
      await (this.#committing ?? new Promise<void>((r) => setImmediate(r)));
    }
  }

  #schedule(): void {
    if (this.#scheduled || this.#committing) return;
    this.#scheduled = true;
    // Wait for the rest of this tick's publishes, so they share the commit.
    setImmediate(() => {
      this.#scheduled = false;
      this.#committing = this.#commitAll().finally(() => {
        this.#committing = undefined;
        if (this.#queue.length > 0) this.#schedule();
      });
    });
  }

  /**
   * Seals and writes groups until the queue is empty. The next group is sealed while the
   * previous one is being written (two writes in flight at most), so signing overlaps the
   * fdatasync instead of waiting for it.
   */
  async #commitAll(): Promise<void> {
    const writing: Promise<void>[] = [];
    while (this.#queue.length > 0) {
      const group = this.#takeGroup();
      const batch = this.#chains.begin();
      let records: OutboxRecord[];
      try {
        records = this.#seal(group);
      } catch (err) {
        this.#chains.rollback(batch);
        for (const w of group) w.reject(err);
        continue;
      }
      writing.push(this.#write(group, records, batch));
      if (writing.length >= 2) await writing.shift();
    }
    await Promise.all(writing);
  }

  /** Whole messages, up to maxBatch copies (at least one message). */
  #takeGroup(): Waiting[] {
    let copies = 0;
    let n = 0;
    for (const w of this.#queue) {
      if (n > 0 && copies + w.draft.routes.length > this.#maxBatch) break;
      copies += w.draft.routes.length;
      n++;
    }
    return this.#queue.splice(0, n);
  }

  /** Hands a sealed group to the outbox; settles its publishes when it is on disk. */
  async #write(group: Waiting[], records: OutboxRecord[], batch: number): Promise<void> {
    try {
      await this.#outbox.enqueue(records);
    } catch (err) {
      const freed = this.#chains.rollback(batch);
      this.#log.error(
        { err, messages: group.length, positionsFreed: freed },
        "outbox write failed; the messages were not accepted",
      );
      const failure =
        err instanceof TongbaoError
          ? err
          : new TongbaoError(
              "TB_ERR_OUTBOX",
              `the outbox could not store the messages: ${String(err)}`,
              { cause: err },
            );
      for (const w of group) w.reject(failure);
      return;
    }
    this.#chains.commit(batch);
    this.#counts.published += group.length;
    this.#counts.copies += records.length;
    this.#counts.signatures++;
    // The records are the group's copies in order, each message's routes together.
    let at = 0;
    for (const w of group) {
      const copies = records.slice(at, (at += w.draft.routes.length));
      w.resolve({
        id: w.draft.id,
        subjects: w.draft.routes.map((r) => r.subject),
        envelopes: copies.map((r) => r.data),
      });
    }
  }

  /** Places every copy in its chain, encodes the headers and seals the group. */
  #seal(group: Waiting[]): OutboxRecord[] {
    const chains = this.#chains;
    const items: SealItem[] = [];
    const digests: Buffer[] = [];
    // The records are made here and given their envelopes once sealed: no second pass.
    const records: OutboxRecord[] = [];
    // The copies' headers share one buffer: they are needed only until sealed.
    let room = 0;
    for (const { draft } of group) {
      room += draft.routes.length * (draft.headerBase.length + CHAIN_FIELDS_MAX_BYTES);
    }
    const headers = Buffer.allocUnsafe(room);
    let at = 0;
    for (const { draft, headers: extra } of group) {
      // The first copy may be enveloped where its payload was encoded; the others are copies.
      let frame = draft.frame;
      for (const route of draft.routes) {
        const { seq, prevDigest } = chains.next(route.subject);
        const end = writeChainedHeader(headers, at, draft.headerBase, seq, prevDigest);
        const header = headers.subarray(at, end);
        at = end;
        // The next copy on this subject links to this one, so its digest is needed now.
        const digest = messageDigestOf(header, draft.payloadSha256);
        chains.advance(route.subject, seq, digest);
        items.push(
          frame ? { header, payload: draft.payload, frame } : { header, payload: draft.payload },
        );
        frame = undefined;
        digests.push(digest);
        records.push({
          subject: route.subject,
          msgId: route.msgId,
          data: EMPTY,
          meta: chains.meta(seq, digest),
          ...(extra ? { headers: extra } : {}),
        });
      }
    }
    const { envelopes } = sealDigested(items, digests, this.#opts.signer);
    for (let i = 0; i < records.length; i++) {
      (records[i] as OutboxRecord).data = envelopes[i] as Uint8Array;
    }
    return records;
  }
}

/** Extra headers are small, plain names, and never the bus's own (`Nats-Msg-Id`...). */
function checkHeaders(headers: Readonly<Record<string, string>> | undefined): void {
  if (!headers) return;
  for (const [name, value] of Object.entries(headers)) {
    if (!HEADER_NAME.test(name) || /^nats-/i.test(name)) {
      throw new TongbaoError(
        "TB_ERR_BAD_REQUEST",
        `header "${name}" cannot be sent: names are letters, digits and "-", and "Nats-" ones are the bus's`,
        { path: `headers.${name}` },
      );
    }
    if (typeof value !== "string" || value.length > 512 || /[\r\n]/.test(value)) {
      throw new TongbaoError(
        "TB_ERR_BAD_REQUEST",
        `header "${name}" must be one line of at most 512 characters`,
        { path: `headers.${name}` },
      );
    }
  }
}
