/**
 * The department services' HTTP API as an organisation's own systems use it
 * (services/department/README.md): readiness, publishing, the inbox as Server-Sent Events,
 * and the status of a sent message.
 */

export interface Readiness {
  status: number;
  ready: boolean;
  inbox: number;
}

export async function readiness(base: string): Promise<Readiness> {
  const res = await fetch(`${base}/ready`);
  const body = (await res.json().catch(() => ({}))) as { ready?: boolean; inbox?: number };
  return { status: res.status, ready: body.ready === true, inbox: body.inbox ?? 0 };
}

export interface Published {
  id: string;
  recipients: string[];
  subjects: string[];
}

export async function publishThrough(base: string, body: unknown): Promise<Published> {
  const res = await fetch(`${base}/messages`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  const text = await res.text();
  if (res.status !== 202) throw new Error(`POST ${base}/messages answered ${res.status}: ${text}`);
  return JSON.parse(text) as Published;
}

export interface InboxEntry {
  id: string;
  type: string;
  source: string;
  subject: string;
  keyId?: string;
  payload?: unknown;
}

/** The inbox entries after position `after`, read from the SSE stream up to its `: caught up`. */
export async function inboxAfter(base: string, after = 0): Promise<InboxEntry[]> {
  const controller = new AbortController();
  const res = await fetch(`${base}/inbox?after=${after}`, { signal: controller.signal });
  if (!res.ok || !res.body) throw new Error(`GET ${base}/inbox answered ${res.status}`);
  const entries: InboxEntry[] = [];
  const decoder = new TextDecoder();
  let text = "";
  try {
    for await (const chunk of res.body) {
      text += decoder.decode(chunk as Uint8Array, { stream: true });
      let end: number;
      while ((end = text.indexOf("\n\n")) >= 0) {
        const event = text.slice(0, end);
        text = text.slice(end + 2);
        if (event.startsWith(": caught up")) return entries;
        const data = event
          .split("\n")
          .filter((l) => l.startsWith("data:"))
          .map((l) => l.slice(5).trim())
          .join("\n");
        if (data) entries.push(JSON.parse(data) as InboxEntry);
      }
    }
  } finally {
    controller.abort();
  }
  return entries;
}
