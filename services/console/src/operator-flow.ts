import type { ChildProcess } from "node:child_process";
import type { Logger } from "pino";
import { fromTail, STREAM_OF_STATUS, type FlowItem } from "./flow.js";
import type { OperatorCommands } from "./operator-commands.js";

const KEEP = 20_000;

/**
 * Everything on the traffic streams, as the operator reads it: one verified `tongbao tail`
 * per stream from its first message on, so the console's flow, message pages and situation
 * charts rest on the same verification as the command. An addressed message stored once per
 * recipient is one item here. A tail that ends (the bus restarted) is started again after
 * the last sequence it showed.
 */
export class OperatorFlow {
  readonly #items = new Map<string, FlowItem>();
  readonly #listeners = new Set<(item: FlowItem) => void>();
  readonly #children = new Set<ChildProcess>();
  #stopped = false;

  constructor(
    private readonly commands: OperatorCommands,
    private readonly log?: Logger,
  ) {}

  start(statuses: (keyof typeof STREAM_OF_STATUS)[] = ["live", "exercise", "test"]): void {
    for (const status of statuses) this.#follow(status, 1, 500);
  }

  #follow(status: keyof typeof STREAM_OF_STATUS, fromSeq: number, backoffMs: number): void {
    if (this.#stopped) return;
    let next = fromSeq;
    const stream = STREAM_OF_STATUS[status];
    const child = this.commands.spawn(
      ["tail", "--status", status, "--from-seq", String(fromSeq), "--json"],
      "console",
      {
        stdout: (line) => {
          if (!line.startsWith("{")) return;
          const item = fromTail(stream, JSON.parse(line) as Record<string, unknown>);
          if (!item) return;
          next = Math.max(next, item.seq + 1);
          this.#add(item);
        },
        stderr: (line) => this.log?.warn({ stream, line }, "tail said"),
        exit: (code) => {
          this.#children.delete(child);
          if (this.#stopped) return;
          this.log?.warn({ stream, code }, "tail ended; following again");
          setTimeout(
            () => this.#follow(status, next, Math.min(backoffMs * 2, 10_000)),
            backoffMs,
          ).unref();
        },
      },
    );
    this.#children.add(child);
  }

  #add(item: FlowItem): void {
    const known = this.#items.get(item.id);
    if (known) {
      // Another recipient's copy of the same message.
      for (const r of item.recipients) if (!known.recipients.includes(r)) known.recipients.push(r);
      return;
    }
    this.#items.set(item.id, item);
    if (this.#items.size > KEEP) this.#items.delete(this.#items.keys().next().value!);
    for (const l of this.#listeners) l(item);
  }

  items(): FlowItem[] {
    return [...this.#items.values()];
  }

  get(id: string): FlowItem | undefined {
    return this.#items.get(id);
  }

  /** Messages that name `id` as their cause or in their references (updates, cancels, answers). */
  related(id: string): FlowItem[] {
    return this.items().filter(
      (m) =>
        m.id !== id &&
        (m.causationId === id || m.references.includes(id) || m.correlationId === id),
    );
  }

  onItem(listener: (item: FlowItem) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  stop(): void {
    this.#stopped = true;
    for (const c of this.#children) c.kill("SIGTERM");
    this.#children.clear();
  }
}
