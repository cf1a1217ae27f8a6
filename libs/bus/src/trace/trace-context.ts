import { randomBytes } from "node:crypto";
import {
  ROOT_CONTEXT,
  TraceFlags,
  defaultTextMapGetter,
  defaultTextMapSetter,
  isSpanContextValid,
  trace,
  type SpanContext,
} from "@opentelemetry/api";
import { W3CTraceContextPropagator } from "@opentelemetry/core";

/**
 * W3C trace context (`traceparent`, `tracestate`) carried beside a message: in the HTTP
 * request that publishes it, then as NATS headers of every copy, to each recipient's handler
 * and its log lines. The headers are not part of the signed envelope (the wire and the
 * signatures stay as they are); a trace id says which requests and deliveries belong
 * together, it proves nothing. No SDK or collector is needed: spans here are only contexts,
 * made and propagated through OpenTelemetry's API and its W3C propagator.
 */

/** The header names, as HTTP and NATS headers. */
export const TRACE_HEADERS = { parent: "traceparent", state: "tracestate" } as const;

/** What travels: `traceparent` and, when there is one, `tracestate`. */
export type TraceCarrier = Partial<
  Record<(typeof TRACE_HEADERS)[keyof typeof TRACE_HEADERS], string>
>;

/** One unit of work in a trace: its own span id and the span it continues. */
export interface TraceSpan {
  context: SpanContext;
  /** The span this one continues; absent when it started a new trace. */
  parentSpanId?: string;
}

const propagator = new W3CTraceContextPropagator();

/**
 * A span continuing the trace in `carrier` (an HTTP request's or a message's headers), or
 * starting a new trace when there is none or it is malformed.
 */
export function continueTrace(carrier?: TraceCarrier | undefined): TraceSpan {
  const parent = carrier
    ? trace.getSpanContext(propagator.extract(ROOT_CONTEXT, carrier, defaultTextMapGetter))
    : undefined;
  if (parent && isSpanContextValid(parent)) {
    return {
      context: {
        traceId: parent.traceId,
        spanId: newId(8),
        traceFlags: parent.traceFlags,
        ...(parent.traceState ? { traceState: parent.traceState } : {}),
      },
      parentSpanId: parent.spanId,
    };
  }
  return { context: { traceId: newId(16), spanId: newId(8), traceFlags: TraceFlags.SAMPLED } };
}

/** The headers that carry a span on to the next hop. */
export function traceHeaders(span: TraceSpan): Record<string, string> {
  const carrier: Record<string, string> = {};
  propagator.inject(
    trace.setSpanContext(ROOT_CONTEXT, span.context),
    carrier,
    defaultTextMapSetter,
  );
  return carrier;
}

/** Fields for a log line, as the OpenTelemetry log data model names them. */
export function traceLogFields(span: TraceSpan): Record<string, string> {
  return {
    trace_id: span.context.traceId,
    span_id: span.context.spanId,
    ...(span.parentSpanId ? { parent_span_id: span.parentSpanId } : {}),
  };
}

/** The trace headers of a NATS message, if it has any. */
export function traceCarrierOf(
  headers: { get(k: string): string } | undefined,
): TraceCarrier | undefined {
  const parent = headers?.get(TRACE_HEADERS.parent);
  if (!parent) return undefined;
  const state = headers?.get(TRACE_HEADERS.state);
  return { traceparent: parent, ...(state ? { tracestate: state } : {}) };
}

function newId(bytes: number): string {
  for (;;) {
    const id = randomBytes(bytes).toString("hex");
    // All zeros is the W3C "invalid" id.
    if (!/^0+$/.test(id)) return id;
  }
}
