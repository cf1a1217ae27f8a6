import type {
  NestJetStreamSide,
  TongbaoDepartmentSide,
  TongbaoLatencySide,
  TongbaoPerMessageSide,
  TongbaoPublishSide,
  TongbaoReplaySide,
} from "./types.js";

/**
 * The Tongbao sides of the comparisons, one slot each: tongbao-publish, tongbao-replay,
 * tongbao-e2e (latency), the department fan-out, and nest-jetstream. A slot is either an
 * implementation over @tongbao/bus or @tongbao/nest, or the reason it cannot be measured; a
 * missing side prints "not yet available" with that reason, never a number. Implementations
 * are imported only when asked for, so the raw baselines still run while a package is broken
 * or unfinished.
 */
export type Slot<T> = { available: true; side: T } | { available: false; reason: string };

export function tongbaoPublishSide(): Promise<Slot<TongbaoPublishSide>> {
  return load(async () => (await import("./publish-side.js")).publishSide());
}

export function tongbaoReplaySide(): Promise<Slot<TongbaoReplaySide>> {
  return load(async () => (await import("./replay-side.js")).replaySide());
}

export function tongbaoPerMessageSide(): Promise<Slot<TongbaoPerMessageSide>> {
  return load(async () => (await import("./checkpoint-side.js")).perMessageSide());
}

export function tongbaoLatencySide(): Promise<Slot<TongbaoLatencySide>> {
  return load(async () => (await import("./latency-side.js")).latencySide());
}

export function tongbaoDepartmentSide(): Promise<Slot<TongbaoDepartmentSide>> {
  return load(async () => (await import("./department-side.js")).departmentSide());
}

/** Our NestJS transport (@tongbao/nest) with a handler draining a backlog. */
export function nestJetStreamSide(): Promise<Slot<NestJetStreamSide>> {
  return load(async () => (await import("./nest-side.js")).nestSide());
}

async function load<T>(implementation: () => Promise<T>): Promise<Slot<T>> {
  try {
    return { available: true, side: await implementation() };
  } catch (err) {
    const why = err instanceof Error ? err.message.split("\n")[0] : String(err);
    return { available: false, reason: `the Tongbao side failed to load: ${why}` };
  }
}
