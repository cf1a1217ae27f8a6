import { EventEmitter } from "node:events";
import { join } from "node:path";
import type { SeenIds } from "@tongbao/bus";
import { JsonLinesFile } from "./journal-file.js";
import type { InboxEntry, JournalLine, SentMessage } from "./types.js";

/**
 * The department's durable memory of traffic: every verified delivery (the inbox its systems
 * read as Server-Sent Events), the receipts and behaviour actions done for each, and the
 * messages it sent. A message id is "handled" once everything for it is on disk; the consumer
 * asks `seen` before handling, so a redelivery after a restart is neither shown twice nor
 * receipted twice, and one cut short half-way resumes with the steps still missing.
 */
export class Inbox {
  readonly #journal: JsonLinesFile<JournalLine>;
  readonly #sentFile: JsonLinesFile<SentMessage>;
  readonly #entries: InboxEntry[] = [];
  readonly #byId = new Map<string, InboxEntry>();
  readonly #receipted = new Map<string, string>();
  readonly #acted = new Set<string>();
  readonly #handled = new Set<string>();
  readonly #sent = new Map<string, SentMessage>();
  readonly #events = new EventEmitter();

  private constructor(journal: JsonLinesFile<JournalLine>, sent: JsonLinesFile<SentMessage>) {
    this.#journal = journal;
    this.#sentFile = sent;
    this.#events.setMaxListeners(0);
  }

  static async open(dir: string): Promise<Inbox> {
    const j = await JsonLinesFile.open<JournalLine>(join(dir, "inbox.jsonl"));
    const s = await JsonLinesFile.open<SentMessage>(join(dir, "sent.jsonl"));
    const inbox = new Inbox(j.file, s.file);
    for (const line of j.lines) inbox.#apply(line);
    for (const m of s.lines) inbox.#sent.set(m.id, m);
    return inbox;
  }

  /** For the consumer: ids fully handled (in memory only for ids it skips on purpose). */
  readonly seen: SeenIds = {
    has: (id) => this.#handled.has(id),
    add: (id) => void this.#handled.add(id),
  };

  entry(id: string): InboxEntry | undefined {
    return this.#byId.get(id);
  }

  receiptFor(id: string): string | undefined {
    return this.#receipted.get(id);
  }

  hasActed(id: string, behaviour: string): boolean {
    return this.#acted.has(`${behaviour}\u0000${id}`);
  }

  get size(): number {
    return this.#entries.length;
  }

  /**
   * Records a verified delivery; returns its inbox entry (with its position `n`). With
   * `handled`, when nothing else is to be done for it, the delivery is marked handled in the
   * same write and flush.
   */
  async deliver(
    entry: Omit<InboxEntry, "n">,
    opts: { handled?: boolean } = {},
  ): Promise<InboxEntry> {
    const existing = this.#byId.get(entry.id);
    if (existing) {
      if (opts.handled) await this.markHandled(entry.id);
      return existing;
    }
    const line: JournalLine = { kind: "delivered", n: this.#entries.length + 1, ...entry };
    this.#apply(line);
    const written = [this.#journal.append(line)];
    if (opts.handled) written.push(this.#journal.append({ kind: "handled", id: entry.id }));
    await Promise.all(written);
    if (opts.handled) this.#apply({ kind: "handled", id: entry.id });
    const stored = this.#byId.get(entry.id)!;
    this.#events.emit("entry", stored);
    return stored;
  }

  async markReceipted(id: string, receiptId: string): Promise<void> {
    const line: JournalLine = { kind: "receipted", id, receiptId };
    this.#apply(line);
    await this.#journal.append(line);
  }

  async markActed(id: string, behaviour: string, messageId: string): Promise<void> {
    const line: JournalLine = { kind: "acted", id, behaviour, messageId };
    this.#apply(line);
    await this.#journal.append(line);
  }

  async markHandled(id: string): Promise<void> {
    const line: JournalLine = { kind: "handled", id };
    await this.#journal.append(line);
    this.#apply(line);
  }

  async recordSent(message: SentMessage): Promise<void> {
    this.#sent.set(message.id, message);
    await this.#sentFile.append(message);
  }

  sentMessage(id: string): SentMessage | undefined {
    return this.#sent.get(id);
  }

  sentMessages(): SentMessage[] {
    return [...this.#sent.values()];
  }

  /** Entries after position `after`, in order. */
  entriesAfter(after: number): InboxEntry[] {
    return this.#entries.slice(Math.max(0, after));
  }

  entries(): readonly InboxEntry[] {
    return this.#entries;
  }

  /** Calls `listener` for each new entry; returns the unsubscribe function. */
  onEntry(listener: (entry: InboxEntry) => void): () => void {
    this.#events.on("entry", listener);
    return () => this.#events.off("entry", listener);
  }

  async close(): Promise<void> {
    await this.#journal.close();
    await this.#sentFile.close();
  }

  #apply(line: JournalLine): void {
    switch (line.kind) {
      case "delivered": {
        if (this.#byId.has(line.id)) return;
        const { kind: _kind, ...entry } = line;
        this.#entries.push(entry);
        this.#byId.set(entry.id, entry);
        return;
      }
      case "receipted":
        this.#receipted.set(line.id, line.receiptId);
        return;
      case "acted":
        this.#acted.add(`${line.behaviour}\u0000${line.id}`);
        return;
      case "handled":
        // Only after its delivery: were a flush to keep a later line and lose an earlier
        // one, the message must be handled again, not taken as done.
        if (this.#byId.has(line.id)) this.#handled.add(line.id);
        return;
    }
  }
}
