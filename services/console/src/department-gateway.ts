import { TongbaoError } from "@tongbao/errors";
import { fromInbox, type FlowItem } from "./flow.js";

/**
 * A duty officer's view goes through their own organisation's department service, which runs
 * under that organisation's bus credentials: the console shows an officer only what the broker
 * let that service receive, and acts only as that service may act.
 */
export class DepartmentGateway {
  constructor(private readonly urls: ReadonlyMap<string, string>) {}

  has(org: string): boolean {
    return this.urls.has(org);
  }

  #url(org: string): string {
    const url = this.urls.get(org);
    if (!url) {
      throw new TongbaoError(
        "TB_ERR_UNAVAILABLE",
        `no department service of ${org} is known to the console`,
      );
    }
    return url;
  }

  async get(org: string, path: string): Promise<{ status: number; body: unknown }> {
    const res = await fetch(`${this.#url(org)}${path}`).catch((err: unknown) => {
      throw new TongbaoError("TB_ERR_UNAVAILABLE", `${org}'s service: ${(err as Error).message}`);
    });
    return { status: res.status, body: await res.json() };
  }

  async post(org: string, path: string, body: unknown): Promise<{ status: number; body: unknown }> {
    const res = await fetch(`${this.#url(org)}${path}`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body),
    }).catch((err: unknown) => {
      throw new TongbaoError("TB_ERR_UNAVAILABLE", `${org}'s service: ${(err as Error).message}`);
    });
    return { status: res.status, body: await res.json() };
  }

  /** The inbox entry of a message, or undefined when the organisation did not receive it. */
  async entry(org: string, id: string): Promise<FlowItem | undefined> {
    const r = await this.get(org, `/inbox/${encodeURIComponent(id)}`);
    return r.status === 200 ? fromInbox(r.body as Record<string, unknown>) : undefined;
  }

  /** What the organisation sent, with its recipients' receipts, or undefined. */
  async sent(org: string, id: string): Promise<Record<string, unknown> | undefined> {
    const r = await this.get(org, `/messages/${encodeURIComponent(id)}`);
    return r.status === 200 ? (r.body as Record<string, unknown>) : undefined;
  }

  /**
   * The inbox as it stands (`backlog`) and then each new entry, from the service's SSE
   * stream; returns the function that stops following.
   */
  follow(
    org: string,
    on: { backlog(items: FlowItem[]): void; item(item: FlowItem): void; error(err: Error): void },
  ): () => void {
    const abort = new AbortController();
    void (async () => {
      const res = await fetch(`${this.#url(org)}/inbox`, { signal: abort.signal });
      if (!res.ok || !res.body) throw new Error(`${org}'s inbox answered ${res.status}`);
      const decoder = new TextDecoder();
      let buffer = "";
      let backlog: FlowItem[] | undefined = [];
      for await (const chunk of res.body) {
        buffer += decoder.decode(chunk as Uint8Array, { stream: true });
        let end: number;
        while ((end = buffer.indexOf("\n\n")) >= 0) {
          const event = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          if (event.startsWith(": caught up")) {
            on.backlog(backlog ?? []);
            backlog = undefined;
            continue;
          }
          const data = event.split("\n").find((l) => l.startsWith("data: "));
          if (!data) continue;
          const item = fromInbox(JSON.parse(data.slice(6)) as Record<string, unknown>);
          if (backlog) backlog.push(item);
          else on.item(item);
        }
      }
    })().catch((err: unknown) => {
      if (!abort.signal.aborted) on.error(err as Error);
    });
    return () => abort.abort();
  }

  /** The inbox as it stands now. */
  backlog(org: string): Promise<FlowItem[]> {
    return new Promise((resolve, reject) => {
      const stop = this.follow(org, {
        backlog: (items) => {
          stop();
          resolve(items);
        },
        item: () => {},
        error: reject,
      });
    });
  }
}

/** The tracker's status API (GET /messages/:id, /obligations/:org, /overdue). */
export class TrackerClient {
  constructor(private readonly url: string | undefined) {}

  async get(path: string): Promise<unknown> {
    if (!this.url) throw new TongbaoError("TB_ERR_UNAVAILABLE", "the console knows no tracker");
    const res = await fetch(`${this.url}${path}`).catch((err: unknown) => {
      throw new TongbaoError("TB_ERR_UNAVAILABLE", `the tracker: ${(err as Error).message}`);
    });
    if (res.status === 404) return undefined;
    if (!res.ok) throw new TongbaoError("TB_ERR_UNAVAILABLE", `the tracker answered ${res.status}`);
    return res.json();
  }
}
