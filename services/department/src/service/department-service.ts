import { EventEmitter } from "node:events";
import {
  Acceptance,
  EnvelopeVerifier,
  Publisher,
  Registry,
  continueTrace,
  familyOf,
  parseSubject,
  sectorToken,
  statusToken,
  traceHeaders,
  traceLogFields,
  type AdminKey,
  type DeliveredMessage,
  type PayloadProtection,
  type PublishInput,
  type Signer,
  type TraceCarrier,
} from "@tongbao/bus";
import { contractFor, tongbao } from "@tongbao/contracts";
import { TongbaoError } from "@tongbao/errors";
import { ServiceMetrics } from "@tongbao/metrics";
import { redPayloadProtection, type RedKeyPair } from "@tongbao/security";
import type { NatsConnection } from "@nats-io/transport-node";
import { pino, type Logger } from "pino";
import {
  behavioursOf,
  type BehaviourContext,
  type BehaviourNote,
  type DepartmentBehaviour,
} from "../behaviours/mod.js";
import { Inbox } from "../inbox/inbox.js";
import type { InboxEntry, SentMessage } from "../inbox/types.js";
import type { DepartmentProfile } from "@tongbao/organisations";
import { parsePublishRequest, tlpName, tlpValue } from "./publish-request.js";
import { messageStatus, type MessageStatus } from "./message-status.js";

const RECEIPT = "tongbao.receipt.v1.Receipt";

/** The clear payload of a RED message as the sender keeps it (its envelope is ciphertext). */
function redPayloadJson(input: PublishInput): Record<string, unknown> {
  const contract = contractFor(input.type);
  if (!contract) return {};
  const p = input.payload;
  // Bytes, a plain object in the JSON mapping, or an instance of the generated class.
  const message =
    p instanceof Uint8Array
      ? contract.decode(p)
      : Object.getPrototypeOf(p) === Object.prototype
        ? contract.fromJson(p)
        : p;
  return contract.toJson(message as never) as Record<string, unknown>;
}
const FEEDBACK = "tongbao.feedback.v1.HandlingFeedback";
const { ReceiptOutcome } = tongbao.receipt.v1;

export interface DepartmentServiceOptions {
  profile: DepartmentProfile;
  nc: NatsConnection;
  signer: Signer;
  /**
   * The organisation's TLP:RED encryption keys, current first, then retired ones: they open
   * what is addressed to it. What it sends RED is encrypted to the recipients' registry keys.
   */
  redKeys: readonly RedKeyPair[];
  adminKeys: Record<string, AdminKey>;
  /** The publisher's durable outbox (one per department instance). */
  outboxDir: string;
  /** Inbox journal and sent messages. */
  stateDir: string;
  logger?: Logger;
}

/** What the service reports as it works: the bring-up narrates from these. */
export interface DepartmentEvents {
  delivered: [entry: InboxEntry];
  published: [message: SentMessage];
  receipted: [entry: InboxEntry, receiptId: string];
  behaviour: [note: BehaviourNote & { org: string }];
}

/**
 * One department on the bus: consumes what its profile subscribes to, keeps the inbox,
 * receipts every addressed message, runs its behaviours, and publishes for its own systems
 * within what its profile allows.
 */
export class DepartmentService extends EventEmitter<DepartmentEvents> {
  readonly profile: DepartmentProfile;
  /** What GET /metrics serves: this department's own counts, in a registry of its own. */
  readonly metrics: ServiceMetrics;
  readonly #o: DepartmentServiceOptions;
  readonly #log: Logger;
  readonly #behaviours: DepartmentBehaviour[];
  #registry: Registry | undefined;
  #publisher: Publisher | undefined;
  #inbox: Inbox | undefined;
  #verifier: EnvelopeVerifier | undefined;
  #protection: PayloadProtection | undefined;
  #acceptance: Acceptance | undefined;
  #ready = false;
  #connected = true;
  readonly #inFlight = new Map<string, Promise<void>>();

  constructor(o: DepartmentServiceOptions) {
    super();
    this.#o = o;
    this.profile = o.profile;
    this.#log = (o.logger ?? pino({ level: "silent" })).child({ org: o.profile.id });
    this.#behaviours = behavioursOf(o.profile);
    this.metrics = new ServiceMetrics({ service: "department", org: o.profile.id });
    const foreign = o.redKeys.find((k) => k.orgId !== o.profile.id);
    if (foreign) {
      throw new TongbaoError(
        "TB_ERR_CONFIG",
        `the encryption key ${foreign.keyId} belongs to ${foreign.orgId}, not ${o.profile.id}`,
        { path: "redKeys" },
      );
    }
    if (o.signer.orgId !== o.profile.id) {
      throw new TongbaoError(
        "TB_ERR_CONFIG",
        `the signing key belongs to ${o.signer.orgId}, not ${o.profile.id}`,
        {
          path: "signer.orgId",
        },
      );
    }
  }

  /** Consuming, and connected to the bus: what GET /ready answers 200 for. */
  get ready(): boolean {
    return this.#ready && this.#connected;
  }

  get inbox(): Inbox {
    if (!this.#inbox)
      throw new TongbaoError("TB_ERR_UNAVAILABLE", "the department service is not started");
    return this.#inbox;
  }

  /**
   * Opens the registry, the outbox and the inbox. Deliveries come in through handleDelivery,
   * called by the NestJS Tongbao transport (see createDepartmentApp).
   */
  async start(): Promise<void> {
    const o = this.#o;
    this.#registry = await Registry.open({
      nc: o.nc,
      adminKeys: o.adminKeys,
      // Read under the organisation's own grant: direct get and the registry's writes.
      member: true,
      logger: this.#log,
    });
    this.#inbox = await Inbox.open(o.stateDir);
    // RED goes out encrypted to each recipient's current registry key and is opened with the
    // organisation's own keys after verification.
    this.#protection = redPayloadProtection({ own: o.redKeys, keys: this.#registry });
    this.#publisher = await Publisher.open({
      nc: o.nc,
      signer: o.signer,
      producerId: `${o.profile.id}-service`,
      outboxDir: o.outboxDir,
      logger: this.#log,
      protection: this.#protection,
    });
    this.#verifier = new EnvelopeVerifier(this.#registry);
    // One acceptance step for the live consumers and the operator's re-deliveries: one
    // verifier cache, one view of the producers' chains, one set of handled ids.
    this.#acceptance = new Acceptance({
      verifier: this.#verifier,
      protection: this.#protection,
      seen: this.#inbox.seen,
    });
    this.metrics.watchConnection(o.nc);
    this.metrics.readOutbox(() => this.#publisher?.stats());
    void this.#watchConnection();
  }

  /**
   * Logs every disconnect and reconnect with the outbox backlog, and keeps `ready` false
   * while the bus is away (publishes are still accepted: they wait in the outbox).
   */
  async #watchConnection(): Promise<void> {
    for await (const s of this.#o.nc.status()) {
      const backlog = this.#publisher?.stats();
      const outbox = backlog
        ? { pending: backlog.pending, oldestAgeMs: backlog.oldestAgeMs }
        : undefined;
      if (s.type === "disconnect") {
        this.#connected = false;
        this.#log.warn({ server: s.server, outbox }, "disconnected from the bus; reconnecting");
      } else if (s.type === "reconnect") {
        this.#connected = true;
        this.#log.info({ server: s.server, outbox }, "reconnected to the bus");
      } else if (s.type === "error" || s.type === "staleConnection") {
        this.#log.warn({ status: s }, "bus connection trouble");
      }
    }
  }

  /** Called once the transport consumes: GET /ready answers 200 from then on. */
  markReady(): void {
    this.#ready = true;
  }

  get connection(): NatsConnection {
    return this.#o.nc;
  }

  get logger(): Logger | undefined {
    return this.#o.logger;
  }

  /** Verifies deliveries against the registry the service opened. */
  get verifier(): EnvelopeVerifier {
    if (!this.#verifier)
      throw new TongbaoError("TB_ERR_UNAVAILABLE", "the department service is not started");
    return this.#verifier;
  }

  /** How every delivery is taken in: verified, chain-tracked, opened, decoded, de-duplicated. */
  get acceptance(): Acceptance {
    if (!this.#acceptance)
      throw new TongbaoError("TB_ERR_UNAVAILABLE", "the department service is not started");
    return this.#acceptance;
  }

  /** The registry the service opened: organisations, signing and encryption keys. */
  get registry(): Registry {
    if (!this.#registry)
      throw new TongbaoError("TB_ERR_UNAVAILABLE", "the department service is not started");
    return this.#registry;
  }

  /** Seals TLP:RED payloads for their recipients and opens those addressed here. */
  get protection(): PayloadProtection {
    if (!this.#protection)
      throw new TongbaoError("TB_ERR_UNAVAILABLE", "the department service is not started");
    return this.#protection;
  }

  /** Closes the outbox (what is not yet acknowledged stays on disk), the inbox and the registry. */
  async stop(): Promise<void> {
    this.#ready = false;
    const backlog = this.#publisher?.stats();
    if (backlog?.pending) {
      this.#log.warn({ pending: backlog.pending }, "stopping with messages still in the outbox");
    }
    await this.#publisher?.close();
    await this.#inbox?.close();
    await this.#registry?.close();
  }

  /**
   * One verified delivery: into the inbox, a receipt back to the sender if it was addressed
   * here, then the behaviours. Each step is journalled, so a redelivery after a crash does only
   * the steps still missing, and a handled message is acknowledged without doing anything.
   */
  async handleDelivery(m: DeliveredMessage, opts: { replay?: boolean } = {}): Promise<void> {
    // The live consumer and an operator's replay may hold the same id at once: the second
    // waits for the first, so nothing is receipted or acted on twice.
    const running = this.#inFlight.get(m.id);
    if (running) return running;
    const work = this.#handle(m, opts.replay === true).finally(() => this.#inFlight.delete(m.id));
    this.#inFlight.set(m.id, work);
    return work;
  }

  async #handle(m: DeliveredMessage, replay: boolean): Promise<void> {
    const inbox = this.inbox;
    const parsed = parseSubject(m.subject);
    const addressed = parsed.kind === "addressed";
    if (m.source === this.profile.id && !addressed) {
      inbox.seen.add(m.id);
      return;
    }
    const contract = contractFor(m.type);
    const isNew = !inbox.entry(m.id);
    const receiptDue = addressed && m.type !== RECEIPT && !inbox.receiptFor(m.id);
    const actionsDue = this.#behaviours.some((b) => b.onDelivery && !inbox.hasActed(m.id, b.kind));
    // With nothing to do after it, the delivery and its "handled" share one flush.
    const handledAtOnce = !receiptDue && !actionsDue;
    const entry = await inbox.deliver(
      {
        id: m.id,
        type: m.type,
        source: m.source,
        subject: m.subject,
        addressed,
        stream: m.stream,
        streamSeq: m.streamSeq,
        storedAt: m.storedAt.toISOString(),
        status: parsed.status,
        tlp: tlpName(m.header.marking?.tlp ?? 0),
        recipients: [...m.header.recipients],
        sectors: m.header.sectors.map((s) => sectorToken(s)),
        correlationId: m.header.correlationId,
        causationId: m.header.causationId,
        keyId: m.keyId,
        digest: Buffer.from(m.digest).toString("base64"),
        region: m.header.region,
        payload: contract ? contract.toJson(m.payload as never) : {},
        ...(m.envelope ? { envelope: Buffer.from(m.envelope).toString("base64") } : {}),
        ...(replay ? { replay: true as const } : {}),
      },
      { handled: handledAtOnce },
    );
    if (isNew) {
      this.metrics.countDelivered(familyOf(m.type));
      // The trace the sender's request started, so one search finds both ends.
      this.#log.info(
        { id: m.id, type: m.type, source: m.source, ...traceLogFields(continueTrace(m.trace)) },
        "delivered",
      );
      this.emit("delivered", entry);
    }
    if (handledAtOnce) return;
    if (receiptDue) {
      const receiptId = await this.#sendReceipt(m);
      await inbox.markReceipted(m.id, receiptId);
      this.emit("receipted", entry, receiptId);
    }
    for (const b of this.#behaviours) {
      if (!b.onDelivery || inbox.hasActed(m.id, b.kind)) continue;
      const sent = await b.onDelivery(m, this.#behaviourContext());
      await inbox.markActed(m.id, b.kind, sent ?? "");
    }
    await inbox.markHandled(m.id);
  }

  /**
   * Publishes a message for the department's systems (the body of POST /messages). The
   * request's W3C trace context is continued (a new trace when it has none) and rides with
   * every copy as NATS headers; the span is returned for the reply's `traceparent`.
   */
  async publishRequest(
    body: unknown,
    trace?: TraceCarrier,
  ): Promise<SentMessage & { traceparent: string }> {
    const { input } = parsePublishRequest(body);
    const span = continueTrace(trace);
    const headers = traceHeaders(span);
    const sent = await this.publish({ ...input, headers });
    this.#log.info(
      { id: sent.id, type: sent.type, recipients: sent.recipients, ...traceLogFields(span) },
      "published",
    );
    return { ...sent, traceparent: headers["traceparent"] ?? "" };
  }

  /** Publishes within the profile: its families, its lowest marking; behaviours may route it. */
  async publish(input: PublishInput, behaviour?: string): Promise<SentMessage> {
    const family = input.type.split(".")[1] ?? "";
    if (!(this.profile.publish.families as string[]).includes(family)) {
      throw new TongbaoError(
        "TB_ERR_FORBIDDEN",
        `${this.profile.id} may not publish ${family} messages (profile publish.families)`,
        { path: "type" },
      );
    }
    const minTlp = this.profile.publish.minTlp;
    if (minTlp && (input.marking.tlp ?? 0) < tlpValue(minTlp)) {
      throw new TongbaoError(
        "TB_ERR_MARKING",
        `${this.profile.id} sends nothing marked below TLP:${minTlp.replace("_", "+")}`,
        { path: "marking.tlp" },
      );
    }
    let routed = input;
    const ctx = this.#behaviourContext();
    for (const b of this.#behaviours) if (b.beforePublish) routed = b.beforePublish(routed, ctx);
    const publisher = this.#publisher;
    if (!publisher)
      throw new TongbaoError("TB_ERR_UNAVAILABLE", "the department service is not started");
    const result = await publisher.publish(routed);
    this.metrics.countPublished(family);
    const sent: SentMessage = {
      id: result.id,
      type: routed.type,
      status: statusToken(routed.status),
      tlp: tlpName(routed.marking.tlp ?? 0),
      recipients: [...(routed.recipients ?? [])],
      sectors: (routed.sectors ?? []).map((s) => sectorToken(s)),
      subjects: result.subjects,
      causationId: routed.causationId ?? "",
      publishedAt: new Date().toISOString(),
      ...(behaviour ? { behaviour } : {}),
      ...(result.envelopes[0]
        ? { envelope: Buffer.from(result.envelopes[0]).toString("base64") }
        : {}),
      ...(routed.marking.tlp === tongbao.common.v1.Tlp.TLP_RED
        ? { payload: redPayloadJson(routed) }
        : {}),
    };
    await this.inbox.recordSent(sent);
    this.emit("published", sent);
    return sent;
  }

  /** Sends HandlingFeedback on a message in the inbox, addressed to its sender. */
  async sendFeedback(messageId: string, body: unknown): Promise<SentMessage> {
    const original = this.inbox.entry(messageId);
    if (!original) {
      throw new TongbaoError(
        "TB_ERR_NOT_FOUND",
        `no message ${messageId} in ${this.profile.id}'s inbox`,
        {
          path: "id",
        },
      );
    }
    const payload = typeof body === "object" && body !== null && !Array.isArray(body) ? body : {};
    return this.publishRequest({
      type: FEEDBACK,
      payload: { ...payload, messageId },
      status: original.status,
      marking: { tlp: this.#atLeastMin(original.tlp) },
      recipients: [original.source],
      causationId: messageId,
      ...(original.correlationId ? { correlationId: original.correlationId } : {}),
    });
  }

  /**
   * A receipt signed for by a person (a duty officer, `automatic: false`): accepted (已签收) or
   * rejected (拒收) with a reason, on any message in the inbox, broadcasts included.
   */
  async signForReceipt(messageId: string, body: unknown): Promise<SentMessage> {
    const original = this.inbox.entry(messageId);
    if (!original) {
      throw new TongbaoError(
        "TB_ERR_NOT_FOUND",
        `no message ${messageId} in ${this.profile.id}'s inbox`,
        {
          path: "id",
        },
      );
    }
    const b = (typeof body === "object" && body !== null ? body : {}) as Record<string, unknown>;
    const outcome = b["outcome"] ?? "RECEIPT_OUTCOME_ACCEPTED";
    if (outcome !== "RECEIPT_OUTCOME_ACCEPTED" && outcome !== "RECEIPT_OUTCOME_REJECTED") {
      throw new TongbaoError(
        "TB_ERR_BAD_REQUEST",
        "outcome must be RECEIPT_OUTCOME_ACCEPTED or RECEIPT_OUTCOME_REJECTED",
        { path: "outcome" },
      );
    }
    return this.publishRequest({
      type: RECEIPT,
      payload: {
        ...b,
        messageId,
        outcome,
        // The signed digest of the version received: entries journalled before digests were
        // kept cannot be signed for.
        messageDigest: original.digest ?? "",
        receivedTime: original.storedAt,
        automatic: false,
      },
      status: original.status,
      marking: { tlp: this.#atLeastMin(original.tlp) },
      recipients: [original.source],
      causationId: messageId,
      correlationId: original.correlationId || messageId,
    });
  }

  /** Delivery, receipts and feedback per recipient of a message this department sent. */
  messageStatus(id: string): MessageStatus {
    const sent = this.inbox.sentMessage(id);
    if (!sent) {
      throw new TongbaoError("TB_ERR_NOT_FOUND", `${this.profile.id} sent no message ${id}`, {
        path: "id",
      });
    }
    return messageStatus(sent, this.inbox.entries());
  }

  /** Receipts received for this department's messages, and those it sent. */
  receipts(): { received: InboxEntry[]; sent: { messageId: string; receiptId: string }[] } {
    const entries = this.inbox.entries();
    return {
      received: entries.filter((e) => e.type === RECEIPT),
      sent: entries
        .filter((e) => e.addressed && e.type !== RECEIPT)
        .flatMap((e) => {
          const receiptId = this.inbox.receiptFor(e.id);
          return receiptId ? [{ messageId: e.id, receiptId }] : [];
        }),
    };
  }

  behaviourStates(): Record<string, unknown> {
    return Object.fromEntries(this.#behaviours.map((b) => [b.kind, b.state?.() ?? {}]));
  }

  async #sendReceipt(m: DeliveredMessage): Promise<string> {
    const sent = await this.publish({
      type: RECEIPT,
      payload: tongbao.receipt.v1.Receipt.create({
        messageId: m.id,
        messageDigest: m.digest,
        receivedTime: { seconds: Math.floor(m.storedAt.getTime() / 1000), nanos: 0 },
        outcome: ReceiptOutcome.RECEIPT_OUTCOME_ACCEPTED,
        automatic: true,
      }),
      status: m.header.status,
      marking: { tlp: tlpValue(this.#atLeastMin(tlpName(m.header.marking?.tlp ?? 0))) },
      recipients: [m.source],
      causationId: m.id,
      correlationId: m.header.correlationId || m.id,
      // The receipt belongs to the trace of what it answers.
      headers: traceHeaders(continueTrace(m.trace)),
    });
    return sent.id;
  }

  /** A marking no lower than the profile's minimum (SASTIND's traffic stays restricted). */
  #atLeastMin(tlp: string): string {
    const min = this.profile.publish.minTlp;
    const value = tlpValue(tlp) || tlpValue("GREEN");
    return min && value < tlpValue(min) ? min : tlpName(value);
  }

  #behaviourContext(): BehaviourContext {
    return {
      profile: this.profile,
      publish: async (input, behaviour) => (await this.publish(input, behaviour)).id,
      supervisorsOf: (sector) =>
        (this.#registry?.organizations() ?? [])
          .filter(
            (o) =>
              o.kind === tongbao.common.v1.OrgKind.ORG_KIND_DEPARTMENT &&
              o.sectors.some((s) => sectorToken(s) === sector),
          )
          .map((o) => o.id),
      note: (note) => {
        this.#log.info(note, "behaviour");
        this.emit("behaviour", { ...note, org: this.profile.id });
      },
    };
  }
}
