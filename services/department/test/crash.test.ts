import { spawn } from "node:child_process";
import { freePort, showServerLogsOnFailure, waitFor } from "@tongbao/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { plcVulnerabilityNotice } from "../src/demo/demo-messages.js";
import type { InboxEntry } from "../src/inbox/types.js";
import { DepartmentCluster } from "./fixtures/department-cluster.js";

const MAIN = new URL("../src/main.ts", import.meta.url).pathname;
const TSCONFIG = new URL("../../../tsconfig.tests.json", import.meta.url).pathname;
const MESSAGES = 40;

/** MEM as its own process (the production shape), killed with SIGKILL while it works. */
function startMem(c: DepartmentCluster, port: number) {
  const proc = spawn(
    process.execPath,
    [
      ...["--conditions=source", "--import", "tsx/esm", MAIN],
      ...["--profile", "deploy/departments/mem.json"],
      ...c.processFlags("mem"),
      ...["--port", String(port)],
      // Redeliver what the killed process held after 2 s rather than the default 30 s.
      ...["--ack-wait-ms", "2000"],
    ],
    {
      cwd: new URL("../../../", import.meta.url).pathname,
      env: { ...process.env, TSX_TSCONFIG_PATH: TSCONFIG },
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  let output = "";
  proc.stdout.on("data", (b: Buffer) => (output += b.toString()));
  proc.stderr.on("data", (b: Buffer) => (output += b.toString()));
  const exited = new Promise<void>((resolve) => proc.once("exit", () => resolve()));
  return { proc, exited, output: () => output };
}

async function inboxOf(url: string): Promise<InboxEntry[]> {
  const res = await fetch(`${url}/inbox`);
  const reader = res.body!.getReader();
  let text = "";
  while (!text.includes(": caught up")) {
    const { value, done } = await reader.read();
    if (done) break;
    text += new TextDecoder().decode(value);
  }
  await reader.cancel();
  return [...text.matchAll(/^data: (.*)$/gm)].map((m) => JSON.parse(m[1]!) as InboxEntry);
}

describe("a department process killed while it handles deliveries", () => {
  let c: DepartmentCluster;
  showServerLogsOnFailure(() => (c ? [c.server] : []));
  beforeAll(async () => {
    c = await DepartmentCluster.start(["miit"]);
  });
  afterAll(async () => {
    await c?.stop();
  });

  it("resumes after SIGKILL with every message in its inbox once and every message receipted", async () => {
    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    const first = startMem(c, port);
    await waitFor(() => first.output().includes("ready at"), { name: "mem up", timeout: 30_000 });
    const ids: string[] = [];
    for (let i = 0; i < MESSAGES; i++) {
      const { json } = await c.post("miit", "/messages", plcVulnerabilityNotice(`k${i}`, ["mem"]));
      ids.push(json["id"] as string);
    }
    await waitFor(
      async () => {
        const r = (await (await fetch(`${url}/ready`)).json()) as { inbox: number };
        return r.inbox >= 3;
      },
      { name: "mem to be handling", timeout: 30_000 },
    );
    first.proc.kill("SIGKILL");
    await first.exited;

    const second = startMem(c, port);
    try {
      await waitFor(() => second.output().includes("ready at"), {
        name: "mem up again",
        timeout: 30_000,
      });
      await waitFor(async () => (await inboxOf(url)).length >= MESSAGES, {
        // What the killed process's pull requests held waits for their expiry (about 30 s).
        name: "mem to catch up",
        timeout: 60_000,
      });
      const inbox = await inboxOf(url);
      for (const id of ids) expect(inbox.filter((e) => e.id === id)).toHaveLength(1);
      expect(inbox.map((e) => e.n)).toEqual(inbox.map((_, i) => i + 1));
      await waitFor(
        () =>
          ids.every((id) =>
            c.inbox("miit").some((e) => e.source === "mem" && e.payload["messageId"] === id),
          ),
        { name: "a receipt for every message", timeout: 30_000 },
      );
    } finally {
      second.proc.kill("SIGINT");
      await second.exited;
    }
  }, 120_000);
});
