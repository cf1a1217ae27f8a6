import { showServerLogsOnFailure, waitFor } from "@tongbao/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { plcVulnerabilityNotice } from "../src/demo/demo-messages.js";
import { DepartmentCluster } from "./fixtures/department-cluster.js";

/**
 * The bus goes away for longer than nats.js's default reconnect budget (10 tries): the
 * services say so (/ready 503), keep accepting publishes into their outboxes, and pick up by
 * themselves when it is back.
 */
describe("a department service when the bus goes away", () => {
  let c: DepartmentCluster;
  showServerLogsOnFailure(() => (c ? [c.server] : []));
  beforeAll(async () => {
    c = await DepartmentCluster.start(["miit", "mem"]);
  });
  afterAll(async () => {
    await c?.stop();
  });

  it("answers /ready 503 while disconnected, keeps what is published, and reconnects after more than ten failed tries", async () => {
    const miit = c.get("miit");
    let attempts = 0;
    void (async () => {
      for await (const s of miit.service.connection.status()) {
        if (s.type === "reconnecting") attempts++;
      }
    })();
    expect((await fetch(`${miit.url}/ready`)).status).toBe(200);
    await c.server.stop();
    await waitFor(async () => (await fetch(`${miit.url}/ready`)).status === 503, {
      name: "miit not ready while the bus is away",
      timeout: 10_000,
    });
    const { status, json } = await c.post(
      "miit",
      "/messages",
      plcVulnerabilityNotice("o1", ["mem"]),
    );
    expect(status).toBe(202);
    await waitFor(() => attempts > 10, { name: "more than ten reconnect tries", timeout: 40_000 });
    await c.server.restart();
    await waitFor(async () => (await fetch(`${miit.url}/ready`)).status === 200, {
      name: "miit ready again",
      timeout: 30_000,
    });
    // What waited in the outbox reaches MEM, and MEM's receipt comes back.
    await waitFor(
      () =>
        c
          .inbox("miit")
          .some(
            (e) => e.type === "tongbao.receipt.v1.Receipt" && e.payload["messageId"] === json["id"],
          ),
      { name: "MEM's receipt after the outage", timeout: 30_000 },
    );
  });
});
