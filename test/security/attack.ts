import type { AttackerSession, Organisation } from "./attacker.js";
import type { RunningProduct } from "./product-bring-up.js";

export type AttackClass =
  | "reply injection"
  | "registry push-out"
  | "durable theft"
  | "publish as another"
  | "JetStream API"
  | "subscribe"
  | "connect"
  | "oversized"
  | "headers"
  | "forged envelope"
  | "checkpoint bucket";

/** Messages an attack may store on its own organisation's subjects, which the ledger then expects. */
export interface OwnWrite {
  stream: string;
  subject: string;
  /** How many it may store: exactly `min` unless `max` says the server may also refuse. */
  min: number;
  max: number;
}

export interface AttackContext {
  product: RunningProduct;
  session: AttackerSession;
  attacker: Organisation;
  /** Whose traffic, durables and records it goes after. */
  victim: Organisation;
  /** A third organisation, named as a forged origin or recipient. */
  third: Organisation;
  /**
   * The ack subject of a delivery another holder has and has not acknowledged yet (the
   * victim's message in flight), when the battery set one up for this attacker.
   */
  heldDelivery?: string;
  /** A token unique to this attack in the battery, for subjects it may choose freely. */
  tag: string;
  /** Resolves once every publish the battery sent at its start has been answered by the server. */
  settled: Promise<void>;
  ownWrite(write: Omit<OwnWrite, "min" | "max"> & { min?: number; max?: number }): void;
  /**
   * Runs a step that opens a connection of its own, a few at a time across the battery: the
   * server gives a TLS handshake 2 s, and two cores do not finish a hundred at once.
   */
  connecting<T>(step: () => Promise<T>): Promise<T>;
}

/** What an attack saw. `held` is false when it observably got through. */
export interface Outcome {
  held: boolean;
  stopped: string;
}

export interface Attack {
  cls: AttackClass;
  name: string;
  /** Where a ledger change would be this attack's doing: subjects and `<stream>/<durable>`. */
  aims?(c: AttackContext): string[];
  /** False for an attacker whose grant allows it (that is a control, not an attack). */
  applies?(c: AttackContext): boolean;
  run(c: AttackContext): Promise<Outcome>;
}

/** A control: the same step where it is granted, which must get through for the attack's "held" to mean anything. */
export interface Control {
  cls: AttackClass;
  name: string;
  applies?(c: AttackContext): boolean;
  /**
   * Taken once the battery's ledger is read, on a quiet bus: a pull competing with the
   * durable's own service during the storm may be kept waiting behind it.
   */
  afterwards?: boolean;
  /** Resolves with what it observed; throws or returns `ok: false` when it did not get through. */
  run(c: AttackContext): Promise<{ ok: boolean; saw: string }>;
}

export const held = (stopped: string): Outcome => ({ held: true, stopped });
export const breached = (stopped: string): Outcome => ({ held: false, stopped });

export const isTracker = (o: Organisation) => o.id === "tongbao-tracker";
