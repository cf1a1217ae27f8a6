import type { ConnectionOptions, NatsConnection } from "@nats-io/transport-node";
import type { ConsumerOptions, FilterProfile, KeyResolver, MessageVerifier } from "@tongbao/bus";
import type { Logger } from "pino";
import type { UnhandledPolicy } from "./transport.js";

/** Delivery settings passed on to the bus Consumer. */
export type ServerConsumerOptions = Pick<
  ConsumerOptions,
  | "stream"
  | "maxDeliver"
  | "backoff"
  | "ackWaitMs"
  | "maxAckPending"
  | "quarantine"
  | "seen"
  | "onChainBreak"
  | "now"
  | "protection"
  | "acceptance"
  | "verifyAhead"
  | "inFlight"
>;

export interface TongbaoServerOptions {
  /**
   * A connection to use. The server does not own it: close() stops the consumers and flushes
   * their acks, but leaves the connection open.
   */
  nc?: NatsConnection | undefined;
  /** Or where to connect (the server then owns the connection and drains it on close). */
  servers?: string | string[];
  /** Further options for a connection the server makes itself. */
  connection?: Omit<ConnectionOptions, "servers">;
  /**
   * Verifies each envelope; or give `keys` (the registry) and one is made; or neither when
   * `consumer.acceptance` brings its own.
   */
  verifier?: MessageVerifier;
  keys?: KeyResolver;
  /** Durable name prefix; the bus makes one JetStream durable per filter subject. */
  durable?: string;
  /**
   * Or durables the operator created for this organisation (`durablesOf()` in
   * @tongbao/organisations), read as they are under the organisation's own grant. One with
   * `replicas: 1` may be away at start, with its node (see the bus Consumer's `durables`).
   */
  durables?: readonly {
    name: string;
    filters: readonly string[];
    domain?: string | undefined;
    replicas?: number | undefined;
  }[];
  /** Subjects to receive; or `profile` to derive them with filterSubjects(). */
  filterSubjects?: readonly string[] | undefined;
  profile?: FilterProfile | undefined;
  /**
   * Redelivery, ack wait, quarantine and idempotency settings of the bus Consumer, and its
   * payload protection (how TLP:RED payloads addressed here are opened).
   */
  consumer?: ServerConsumerOptions;
  /**
   * A verified message of a type no handler is bound to: "quarantine" (default: kept in
   * TB_QUARANTINE as TB_ERR_NO_HANDLER, with the type in its reason), or "ack" (counted in
   * `stats().unhandled` and logged at debug; for a service that means to drop such types).
   */
  unhandled?: UnhandledPolicy;
  logger?: Logger;
}
