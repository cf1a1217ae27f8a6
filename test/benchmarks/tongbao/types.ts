import type { LatencyFigures } from "../raw/raw-latency.js";
import type { SideContext } from "../types.js";

// What each Tongbao side of a comparison offers; ./slots.ts loads the implementations.

/** The Tongbao side of the publish comparisons. */
export interface TongbaoPublishSide {
  /** Publishes `count` messages of about `payloadBytes` through the outbox; returns msg/s. */
  publish(ctx: SideContext, count: number, payloadBytes: number): Promise<number>;
}

/** The Tongbao side of the end-to-end latency comparison. */
export interface TongbaoLatencySide {
  latency(ctx: SideContext, rate: number, count: number): Promise<LatencyFigures>;
}

/** What a replayer needs to find and verify stored messages; JSON, so a child process can get it. */
export type ReplaySource = Record<string, string>;

/** The Tongbao side of the replay comparisons. */
export interface TongbaoReplaySide {
  /** Stores `count` signed messages of about `payloadBytes`, as the publisher writes them. */
  store(
    url: string,
    count: number,
    payloadBytes: number,
    log: (line: string) => void,
  ): Promise<ReplaySource>;
  /**
   * Verified replay of the first `count` stored messages; returns msg/s. `hashingThread`
   * forces the replay's hashing thread on or off (default: the bus's own choice).
   */
  replay(
    url: string,
    source: ReplaySource,
    count: number,
    onProgress?: (delivered: number) => void,
    hashingThread?: boolean,
  ): Promise<number>;
  clear(url: string, source: ReplaySource): Promise<void>;
}

/**
 * How a per-message-signed range is verified: every signature on the replay's thread, in a
 * pool of one worker, in the pool of one worker per core, or by the range's checkpoints.
 */
export type PerMessageReplayMode = "onethread" | "oneworker" | "pool" | "checkpoint";

/** The Tongbao side of the per-message-signature replay comparison. */
export interface TongbaoPerMessageSide {
  /** Stores `count` messages each under its own signature, and seals them into checkpoints. */
  store(
    url: string,
    count: number,
    payloadBytes: number,
    log: (line: string) => void,
  ): Promise<ReplaySource>;
  /** Verified replay of the first `count` stored messages; returns msg/s. */
  replay(
    url: string,
    source: ReplaySource,
    count: number,
    mode: PerMessageReplayMode,
  ): Promise<number>;
  clear(url: string, source: ReplaySource): Promise<void>;
}

/** The Tongbao side of the department-services growth: N Consumers over one broadcast stream. */
export interface TongbaoDepartmentSide {
  /** Stores `count` signed broadcast bulletins in a fresh TB_LIVE; returns the key to verify them (JSON). */
  store(url: string, count: number, run: number): Promise<Record<string, string>>;
  /**
   * `services` department Consumers each receive the same `count` messages; returns
   * deliveries/s. With `profiles`, each service is a generated organisation profile reading
   * its own subscription filters (one durable per filter).
   */
  fanOut(
    url: string,
    key: Record<string, string>,
    services: number,
    count: number,
    run: number,
    profiles?: boolean,
  ): Promise<number>;
  clear(url: string): Promise<void>;
}

/** The NestJS JetStream transport (@tongbao/nest) side of the handler-throughput comparison. */
export interface NestJetStreamSide {
  /** Handles a backlog of `count` signed messages in an @EventPattern handler; returns msg/s. */
  handle(ctx: SideContext, count: number, payloadBytes: number): Promise<number>;
}
