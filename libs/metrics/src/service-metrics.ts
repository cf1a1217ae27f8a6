import { Counter, Gauge, Registry } from "prom-client";
import {
  METRICS,
  SERVICE_METRICS,
  type MetricDefinition,
  type MetricKey,
  type ServiceKind,
} from "./metric-names.js";
import { VERIFICATION_CODES } from "./verification-codes.js";
import { TongbaoError, type ErrorCode } from "@tongbao/errors";

/** What a consumer reports (the bus ConsumerStats, structurally). */
export interface ConsumerCounts {
  quarantinedByCode: Partial<Record<ErrorCode, number>>;
  pendingByDurable: Record<string, number>;
}

/** What an outbox reports (the bus PublisherStats, structurally). */
export interface OutboxCounts {
  pending: number;
  oldestAgeMs: number;
}

/** What the tracker owes-and-overdue view reports at scrape time. */
export interface ObligationCounts {
  receiptsOutstanding: Record<string, number>;
  overdue: { kind: string; grade: string; count: number }[];
}

/** The part of a NATS connection the connection metrics follow. */
export interface WatchedConnection {
  status(): AsyncIterable<{ type: string }>;
  isClosed(): boolean;
}

type Metric = Counter | Gauge;

/**
 * One service's metrics in a registry of its own (several services may share a process).
 * Counts the service makes itself (published, delivered, sign-ins) are incremented as they
 * happen; what another component already counts (the consumer's quarantines and lag, the
 * outbox backlog, the tracker's obligations) is read from it at each scrape, so there is one
 * count and no second bookkeeping to drift from it.
 */
export class ServiceMetrics {
  readonly registry = new Registry();
  readonly service: ServiceKind;
  readonly #metrics = new Map<MetricKey, Metric>();
  #consumers: () => readonly ConsumerCounts[] = () => [];
  #outbox: (() => OutboxCounts | undefined) | undefined;
  #obligations: (() => ObligationCounts) | undefined;
  #connected = 1;
  #reconnects = 0;
  #disconnects = 0;

  constructor(o: { service: ServiceKind; org: string }) {
    this.service = o.service;
    this.registry.setDefaultLabels({ service: o.service, org: o.org });
    for (const key of SERVICE_METRICS[o.service]) {
      this.#metrics.set(key, this.#make(key, METRICS[key]));
    }
  }

  /** A message accepted by the publisher. */
  countPublished(family: string): void {
    this.#counter("published").inc({ family });
  }

  /** A verified message handled for the first time. */
  countDelivered(family: string): void {
    this.#counter("delivered").inc({ family });
  }

  countSignIn(outcome: "ok" | "refused" | "limited"): void {
    this.#counter("consoleSignIns").inc({ outcome });
  }

  /** The consumers whose quarantines, verification failures and lag are reported. */
  readConsumers(read: () => readonly ConsumerCounts[]): void {
    this.#consumers = read;
  }

  readOutbox(read: () => OutboxCounts | undefined): void {
    this.#outbox = read;
  }

  readObligations(read: () => ObligationCounts): void {
    this.#obligations = read;
  }

  /** Follows the connection's status events until it closes. */
  watchConnection(nc: WatchedConnection): void {
    this.#connected = nc.isClosed() ? 0 : 1;
    void (async () => {
      for await (const s of nc.status()) {
        if (s.type === "disconnect") {
          this.#connected = 0;
          this.#disconnects++;
        } else if (s.type === "reconnect") {
          this.#connected = 1;
          this.#reconnects++;
        }
      }
      this.#connected = 0;
    })().catch(() => {
      this.#connected = 0;
    });
  }

  /** The Prometheus text exposition and its content type, for GET /metrics. */
  async exposition(): Promise<{ contentType: string; text: string }> {
    return { contentType: this.registry.contentType, text: await this.registry.metrics() };
  }

  #counter(key: MetricKey): Counter {
    const m = this.#metrics.get(key);
    if (!(m instanceof Counter)) {
      // A service counting what its kind does not expose is a bug, not bad input.
      throw new TongbaoError(
        "TB_ERR_INTERNAL",
        `${METRICS[key].name} is not a metric of the ${this.service}`,
      );
    }
    return m;
  }

  #make(key: MetricKey, d: MetricDefinition): Metric {
    const base = {
      name: d.name,
      help: d.help,
      labelNames: [...d.labels],
      registers: [this.registry],
    };
    const collect = this.#collector(key);
    // prom-client calls `collect` with the metric as `this` before each scrape reads it.
    if (d.type === "counter") {
      return new Counter({
        ...base,
        ...(collect
          ? {
              collect(this: Counter) {
                collect(this);
              },
            }
          : {}),
      });
    }
    return new Gauge({
      ...base,
      ...(collect
        ? {
            collect(this: Gauge) {
              collect(this);
            },
          }
        : {}),
    });
  }

  /** For metrics read from another component: how to fill them at scrape time. */
  #collector(key: MetricKey): ((m: Metric) => void) | undefined {
    switch (key) {
      case "quarantined":
        return (m) =>
          mirror(
            m,
            sumBy(this.#consumers(), (c) => c.quarantinedByCode),
            "code",
          );
      case "verificationFailures":
        return (m) =>
          mirror(
            m,
            sumBy(this.#consumers(), (c) => c.quarantinedByCode, VERIFICATION_CODES),
            "code",
          );
      case "consumerPending":
        return (m) =>
          mirror(
            m,
            sumBy(this.#consumers(), (c) => c.pendingByDurable),
            "durable",
          );
      case "outboxPending":
        return (m) => setOne(m, this.#outbox?.()?.pending ?? 0);
      case "outboxOldestAge":
        return (m) => setOne(m, (this.#outbox?.()?.oldestAgeMs ?? 0) / 1000);
      case "busConnected":
        return (m) => setOne(m, this.#connected);
      case "busReconnects":
        return (m) => setOne(m, this.#reconnects);
      case "busDisconnects":
        return (m) => setOne(m, this.#disconnects);
      case "receiptsOutstanding":
        return (m) => mirror(m, this.#obligations?.().receiptsOutstanding ?? {}, "grade");
      case "deadlinesOverdue":
        return (m) => {
          m.reset();
          for (const o of this.#obligations?.().overdue ?? []) {
            set(m, { kind: o.kind, grade: o.grade }, o.count);
          }
        };
      default:
        return undefined;
    }
  }
}

/** Sums per-label counts over several sources (one consumer per traffic status). */
function sumBy<K extends string>(
  sources: readonly ConsumerCounts[],
  pick: (c: ConsumerCounts) => Partial<Record<K, number>>,
  only?: ReadonlySet<string>,
): Record<string, number> {
  const out: Record<string, number> = {};
  for (const c of sources) {
    for (const [k, v] of Object.entries(pick(c)) as [string, number | undefined][]) {
      if (v === undefined || (only && !only.has(k))) continue;
      out[k] = (out[k] ?? 0) + v;
    }
  }
  return out;
}

function mirror(m: Metric, values: Record<string, number>, label: string): void {
  m.reset();
  for (const [k, v] of Object.entries(values)) set(m, { [label]: k }, v);
}

function setOne(m: Metric, value: number): void {
  m.reset();
  set(m, {}, value);
}

/** Counters only go up through inc(); a mirrored one is reset and raised to the source's count. */
function set(m: Metric, labels: Record<string, string>, value: number): void {
  if (m instanceof Gauge) m.set(labels, value);
  else if (value > 0) m.inc(labels, value);
}
