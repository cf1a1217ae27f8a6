import { isIP } from "node:net";
import { violation } from "./violation.js";

/** A Timestamp as the generated code holds it. */
export interface Time {
  seconds?: number | null;
  nanos?: number | null;
}

type Enum = Readonly<Record<string, string | number>>;

/** Registry ids are NATS subject tokens: lower-case letters, digits and inner hyphens. */
const ORG_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
/** GB/T 2260 administrative division code ("100000" meaning the whole country). */
const REGION = /^[1-9][0-9]{5}$/;

/**
 * The checks contract rules are made of. Each throws TB_ERR_CONTRACT naming the message
 * type, the field path (JSON names) and the rule; `at` prefixes paths for nested messages.
 */
export class RuleKit {
  constructor(
    readonly typeName: string,
    private readonly at = "",
  ) {}

  /** The same checks for a nested message at `path`. */
  nested(path: string): RuleKit {
    return new RuleKit(this.typeName, this.path(path));
  }

  path(name: string): string {
    return this.at === "" ? name : `${this.at}.${name}`;
  }

  fail(name: string, rule: string): never {
    violation(this.typeName, this.path(name), rule);
  }

  /** A non-empty text. */
  text(name: string, value: string | null | undefined): void {
    if (value === null || value === undefined || value.trim() === "")
      this.fail(name, "is required");
  }

  /** Empty, as for a field that only another action or outcome may set. */
  empty(name: string, value: string | null | undefined, when: string): void {
    if (value) this.fail(name, `must be empty ${when}`);
  }

  /** A set enum value the schema knows: not *_UNSPECIFIED, not an unknown number. */
  known<E extends Enum>(name: string, value: number | null | undefined, enumType: E): void {
    if (!value) this.fail(name, "is required");
    if (typeof enumType[value] !== "string") this.fail(name, `has unknown value ${value}`);
  }

  /** An enum value the schema knows, or unset. */
  knownOrUnset<E extends Enum>(name: string, value: number | null | undefined, enumType: E): void {
    if (value && typeof enumType[value] !== "string") this.fail(name, `has unknown value ${value}`);
  }

  /** A set timestamp. */
  time(name: string, value: Time | null | undefined): void {
    if (value === null || value === undefined) this.fail(name, "is required");
  }

  /** `later` is not before `earlier`, when both are set. */
  notBefore(
    name: string,
    later: Time | null | undefined,
    earlier: Time | null | undefined,
    what: string,
  ): void {
    if (!later || !earlier) return;
    const a = Number(later.seconds ?? 0) * 1e9 + Number(later.nanos ?? 0);
    const b = Number(earlier.seconds ?? 0) * 1e9 + Number(earlier.nanos ?? 0);
    if (a < b) this.fail(name, `must not be before ${what}`);
  }

  /** Present, as a nested message; returns it. */
  present<M>(name: string, value: M | null | undefined): M {
    if (value === null || value === undefined) this.fail(name, "is required");
    return value;
  }

  /** At least one entry. */
  some(name: string, values: readonly unknown[] | null | undefined): void {
    if (!values || values.length === 0) this.fail(name, "needs at least one entry");
  }

  /** Exactly `length` bytes, or none when `optional`. */
  bytes(
    name: string,
    value: Uint8Array | null | undefined,
    length: number,
    optional: boolean,
  ): void {
    const size = value?.length ?? 0;
    if (size === 0 && optional) return;
    if (size !== length) this.fail(name, `must be ${length} bytes, not ${size}`);
  }

  /** A registry id (a NATS subject token). */
  orgId(name: string, value: string | null | undefined): void {
    this.text(name, value);
    if (!ORG_ID.test(value ?? ""))
      this.fail(name, "must be lower-case letters, digits and hyphens");
  }

  /** A GB/T 2260 region code, or empty. */
  region(name: string, value: string | null | undefined): void {
    if (value && !REGION.test(value)) this.fail(name, "must be a six-digit GB/T 2260 code");
  }

  /** An IPv4 or IPv6 address. */
  ip(name: string, value: string | null | undefined): void {
    if (!value || isIP(value) === 0) this.fail(name, "must be an IPv4 or IPv6 address");
  }

  /** A finite number within [min, max]. */
  range(name: string, value: number | null | undefined, min: number, max: number): void {
    if (value === null || value === undefined) return;
    if (!Number.isFinite(value) || value < min || value > max) {
      this.fail(name, `must be between ${min} and ${max}`);
    }
  }
}
