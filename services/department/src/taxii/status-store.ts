import { randomUUID } from "node:crypto";
import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import { join } from "node:path";

export interface StatusDetail {
  id: string;
  version?: string;
  message?: string;
}

/** The TAXII 2.1 status resource of one POST of objects. */
export interface TaxiiStatus {
  id: string;
  status: "pending" | "complete";
  request_timestamp: string;
  total_count: number;
  success_count: number;
  successes: StatusDetail[];
  failure_count: number;
  failures: StatusDetail[];
  pending_count: number;
  pendings: StatusDetail[];
}

/**
 * Status resources, each written to `<state>/taxii-status/<id>.json` whenever it changes, so a
 * client polling /status/{id} gets its answer after a restart too.
 */
export class StatusStore {
  readonly #dir: string;
  readonly #live = new Map<string, TaxiiStatus>();

  constructor(stateDir: string) {
    this.#dir = join(stateDir, "taxii-status");
  }

  async create(objects: StatusDetail[]): Promise<TaxiiStatus> {
    const s: TaxiiStatus = {
      id: randomUUID(),
      status: objects.length ? "pending" : "complete",
      request_timestamp: new Date().toISOString(),
      total_count: objects.length,
      success_count: 0,
      successes: [],
      failure_count: 0,
      failures: [],
      pending_count: objects.length,
      pendings: [...objects],
    };
    this.#live.set(s.id, s);
    await this.#write(s);
    return s;
  }

  /** Moves objects from pending to success or failure (by id and version). */
  async settle(
    s: TaxiiStatus,
    outcome: "success" | "failure",
    details: StatusDetail[],
  ): Promise<void> {
    for (const d of details) {
      const i = s.pendings.findIndex(
        (p) => p.id === d.id && (d.version === undefined || p.version === d.version),
      );
      if (i < 0) continue;
      const [pending] = s.pendings.splice(i, 1);
      const entry = { ...pending!, ...(d.message ? { message: d.message } : {}) };
      if (outcome === "success") s.successes.push(entry);
      else s.failures.push(entry);
    }
    s.success_count = s.successes.length;
    s.failure_count = s.failures.length;
    s.pending_count = s.pendings.length;
    if (s.pending_count === 0) s.status = "complete";
    await this.#write(s);
  }

  async get(id: string): Promise<TaxiiStatus | undefined> {
    const live = this.#live.get(id);
    if (live) return live;
    if (!/^[0-9a-f-]{36}$/.test(id)) return undefined;
    try {
      return JSON.parse(await readFile(join(this.#dir, `${id}.json`), "utf8")) as TaxiiStatus;
    } catch {
      return undefined;
    }
  }

  async #write(s: TaxiiStatus): Promise<void> {
    await mkdir(this.#dir, { recursive: true });
    const path = join(this.#dir, `${s.id}.json`);
    await writeFile(`${path}.tmp`, JSON.stringify(s));
    await rename(`${path}.tmp`, path);
  }
}
