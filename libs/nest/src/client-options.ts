import type { ConnectionOptions, NatsConnection } from "@nats-io/transport-node";
import type { PayloadProtection, PublishInput, PublisherOptions, Signer } from "@tongbao/bus";
import type { tongbao } from "@tongbao/contracts";
import type { Logger } from "pino";

type Status = tongbao.envelope.v1.Status;

export interface TongbaoClientOptions {
  /** A connection to use (not closed by close()); or `servers` to make one. */
  nc?: NatsConnection | undefined;
  servers?: string | string[];
  connection?: Omit<ConnectionOptions, "servers">;
  /** The organisation's signing key. */
  signer: Signer;
  /** Id of this producing instance; one producer id per outbox directory. */
  producerId: string;
  /** Directory of the durable outbox. */
  outboxDir: string;
  /** Header status of what this client emits unless a message says otherwise. */
  status?: Status | undefined;
  /**
   * When emit() completes: "outbox" (default) once the message is durable in the local
   * outbox (fsync'ed; sent whenever the bus is reachable), "stream" once the stream has
   * acknowledged everything published so far.
   */
  confirm?: "outbox" | "stream";
  /**
   * Encrypts TLP:RED payloads to their recipients before signing, e.g.
   * `redPayloadProtection({ keys: registry })` from @tongbao/security (each recipient's current
   * encryption key from the registry). Without one, emitting a RED message fails with
   * TB_ERR_MARKING: nothing RED leaves in clear.
   */
  protection?: PayloadProtection;
  /** Passed on to the Publisher (batch size, outbox retry settings, PubAck timeout). */
  publisher?: Pick<PublisherOptions, "maxBatch" | "outbox" | "ackTimeoutMs" | "now">;
  logger?: Logger;
}

/** What emit() takes besides the type: the payload and the header facts of PublishInput. */
export type EmitInput = Omit<PublishInput, "type" | "status"> & { status?: Status };
