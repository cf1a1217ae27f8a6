import {
  AdminKeys,
  EnvelopeVerifier,
  decodeAuditRecord,
  openEncryptionKeyEvent,
  openKeyEvent,
  openOrganization,
  type AdminKey,
  type AuditRecord,
} from "@tongbao/bus";

/** One stored audit record, as read from TB_AUDIT, and what checking it found. */
export interface CheckedRecord {
  seq: number;
  subject: string;
  record?: AuditRecord;
  /** Why it fails, when it does. */
  problem?: string;
}

export interface AuditCheckSummary {
  records: number;
  verified: number;
  failed: number;
  /** Stream sequences missing inside the range read (records removed). */
  gaps: { after: number; missing: number }[];
  /** Replay start records with no end record (replays still running or interrupted). */
  openReplays: string[];
  /** Registry changes whose signed event could not be checked (no admin key given). */
  unchecked: number;
}

/**
 * Checks the audit trail as it is read: each record decodes and sits on the subject its
 * action and actor name; registry changes carry the admin-signed event, verified against the
 * admin keys; the stream sequence runs without holes (TB_AUDIT denies deletes, so a hole
 * means a record was removed behind the bus's back).
 */
export class AuditCheck {
  readonly #admin: EnvelopeVerifier | undefined;
  readonly #starts = new Map<string, number>();
  /** Last sequence read; undefined when holes are not judged (a filtered reading). */
  #lastSeq: number | undefined;
  readonly summary: AuditCheckSummary = {
    records: 0,
    verified: 0,
    failed: 0,
    gaps: [],
    openReplays: [],
    unchecked: 0,
  };

  /** `firstSeq`: where the unfiltered reading began; undefined to leave holes unjudged. */
  constructor(adminKeys: Record<string, AdminKey> | undefined, firstSeq: number | undefined) {
    this.#admin = adminKeys ? new EnvelopeVerifier(new AdminKeys(adminKeys)) : undefined;
    this.#lastSeq = firstSeq === undefined ? undefined : firstSeq - 1;
  }

  async check(seq: number, subject: string, data: Uint8Array): Promise<CheckedRecord> {
    this.summary.records += 1;
    if (this.#lastSeq !== undefined) {
      if (seq > this.#lastSeq + 1) {
        this.summary.gaps.push({ after: this.#lastSeq, missing: seq - this.#lastSeq - 1 });
      }
      this.#lastSeq = seq;
    }
    let record: AuditRecord;
    try {
      record = decodeAuditRecord(data);
    } catch (err) {
      return this.#fail({ seq, subject }, (err as Error).message);
    }
    const checked: CheckedRecord = { seq, subject, record };
    if (subject !== `tba.${record.action}.${record.actor}`) {
      return this.#fail(checked, `stored on ${subject}, but its action and actor say otherwise`);
    }
    const problem = await this.#checkDetail(record);
    if (problem) return this.#fail(checked, problem);
    this.summary.verified += 1;
    return checked;
  }

  /** Call once the range is read: lists replays that started and never ended. */
  finish(): AuditCheckSummary {
    this.summary.openReplays = [...this.#starts.keys()];
    return this.summary;
  }

  async #checkDetail(r: AuditRecord): Promise<string | undefined> {
    const detail = r.detail ?? {};
    if (r.action === "replay") {
      if (detail["phase"] === "start") {
        if (!r.reason?.trim()) return "a replay recorded without a reason";
        this.#starts.set(r.id, 0);
      } else if (detail["phase"] === "end") {
        this.#starts.delete(String(detail["startRecord"]));
      }
      return undefined;
    }
    const event = detail["event"];
    if (typeof event !== "string" || !/^(key|org|encryption-key)-/.test(r.action)) return undefined;
    if (!this.#admin) {
      this.summary.unchecked += 1;
      return undefined;
    }
    try {
      const bytes = Buffer.from(event, "base64");
      if (r.action === "org-register") await openOrganization(this.#admin, bytes);
      else if (r.action.startsWith("encryption-key-"))
        await openEncryptionKeyEvent(this.#admin, bytes);
      else await openKeyEvent(this.#admin, bytes);
      return undefined;
    } catch (err) {
      return `the registry event it carries does not verify: ${(err as Error).message}`;
    }
  }

  #fail(checked: CheckedRecord, problem: string): CheckedRecord {
    this.summary.failed += 1;
    return { ...checked, problem };
  }
}
