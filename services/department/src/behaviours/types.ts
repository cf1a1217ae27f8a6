import type { DeliveredMessage, PublishInput } from "@tongbao/bus";
import type { DepartmentProfile } from "@tongbao/organisations";

/** What a behaviour may do: publish as the department, and look organisations up. */
export interface BehaviourContext {
  profile: DepartmentProfile;
  /** Publishes as the department (profile rules apply); resolves with the message id. */
  publish(input: PublishInput, behaviour: string): Promise<string>;
  /** Registry ids of departments supervising a sector (谁主管谁负责). */
  supervisorsOf(sector: string): string[];
  /** Notes something the behaviour decided, for the department's log and narration. */
  note(event: BehaviourNote): void;
}

export interface BehaviourNote {
  behaviour: string;
  message: string;
  messageId?: string;
  about?: string;
}

/** A behaviour reacting to verified deliveries, and/or adjusting what the department sends. */
export interface DepartmentBehaviour {
  readonly kind: string;
  /** Acts on a delivery; returns the id of the message it sent, if any. */
  onDelivery?(msg: DeliveredMessage, ctx: BehaviourContext): Promise<string | undefined>;
  /** Adjusts a message before it is published (e.g. adds recipients by routing rules). */
  beforePublish?(input: PublishInput, ctx: BehaviourContext): PublishInput;
  /** What the behaviour keeps, for GET /behaviours. */
  state?(): unknown;
}
