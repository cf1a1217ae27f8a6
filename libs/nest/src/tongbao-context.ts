import type { DeliveredMessage } from "@tongbao/bus";
import type { Header } from "@tongbao/contracts";
import { BaseRpcContext } from "@nestjs/microservices";

/**
 * The RPC context of a Tongbao message (`@Ctx() ctx: TongbaoContext`): the signed header and
 * where and how often the stream delivered it. The payload itself comes through `@Payload()`.
 */
export class TongbaoContext extends BaseRpcContext<[DeliveredMessage]> {
  constructor(message: DeliveredMessage) {
    super([message]);
  }

  /** The whole delivered message: header, payload, payload bytes, digest, key, stream facts. */
  getMessage(): DeliveredMessage {
    return this.args[0];
  }

  /** The signed header, decoded. */
  getHeader(): Header {
    return this.args[0].header;
  }

  /** Header.id, the same for every fan-out copy. */
  getId(): string {
    return this.args[0].id;
  }

  /** Header.type, e.g. "tongbao.bulletin.v1.ThreatBulletin". */
  getType(): string {
    return this.args[0].type;
  }

  /** The organisation that signed the message. */
  getSource(): string {
    return this.args[0].source;
  }

  /** The key id that signed it. */
  getKeyId(): string {
    return this.args[0].keyId;
  }

  /** The NATS subject the copy was stored under. */
  getSubject(): string {
    return this.args[0].subject;
  }

  getStream(): string {
    return this.args[0].stream;
  }

  /** Sequence of this copy in its stream. */
  getStreamSeq(): number {
    return this.args[0].streamSeq;
  }

  /** When the stream stored it. */
  getStoredAt(): Date {
    return this.args[0].storedAt;
  }

  /** 1 on the first delivery. */
  getDeliveryCount(): number {
    return this.args[0].deliveryCount;
  }

  /** Whether an earlier delivery failed or was not acknowledged. */
  isRedelivered(): boolean {
    return this.args[0].deliveryCount > 1;
  }
}
