/**
 * Identifies the Tongbao transport. Handlers bound with this symbol (what `@OnMessage` does)
 * are registered only on a TongbaoServer; other transports of a hybrid application ignore them.
 */
export const TONGBAO_TRANSPORT: unique symbol = Symbol.for("tongbao.transport");

/**
 * Status of a server or client, emitted through `status`: the connection's (as Nest's NATS
 * transport reports it), plus `draining` while close() lets work in hand finish.
 */
export type TongbaoStatus = "connected" | "disconnected" | "reconnecting" | "draining" | "closed";

/** Events of the underlying NATS connection, for `on(event, callback)`. */
export type TongbaoEvents = {
  /** Lost the connection to a server (its address). */
  disconnect: (server: string) => void;
  /** Connected again (the server's address). */
  reconnect: (server: string) => void;
  /** Cluster membership changed. */
  update: (change: { added?: string[]; deleted?: string[] }) => void;
  /** The NATS client reported an asynchronous error. */
  error: (err: Error) => void;
};

/** What a server does with a verified message whose type has no handler ("quarantine" by default). */
export type UnhandledPolicy = "ack" | "quarantine";
