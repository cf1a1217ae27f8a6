import { natsServerBinaries, showServerLogsOnFailure, waitFor } from "@tongbao/testing";
import { afterEach, describe, expect, it } from "vitest";
import { plcVulnerabilityNotice } from "../src/demo/demo-messages.js";
import { DepartmentCluster } from "./fixtures/department-cluster.js";

const RECEIPT = "tongbao.receipt.v1.Receipt";
const releases = await natsServerBinaries();

/**
 * The account model end to end on every nats-server release here (2.9 takes one filter per
 * durable, 2.10+ several): services under their own credentials deliver and receipt.
 */
describe("departments under their own accounts, on each nats-server release", () => {
  let c: DepartmentCluster | undefined;
  showServerLogsOnFailure(() => (c ? [c.server] : []));
  afterEach(async () => {
    await c?.stop();
    c = undefined;
    delete process.env["TONGBAO_NATS_SERVER"];
  });

  it("finds at least one release", () => {
    expect(releases.length).toBeGreaterThan(0);
  });

  for (const r of releases) {
    it(`delivers an addressed notice and its receipt on nats-server ${r.version}`, async () => {
      process.env["TONGBAO_NATS_SERVER"] = r.path;
      c = await DepartmentCluster.start(["miit", "nea"]);
      expect(await c.server.version()).toBe(r.version);
      const { status, json } = await c.post(
        "miit",
        "/messages",
        plcVulnerabilityNotice("v", ["nea"]),
      );
      expect(status).toBe(202);
      await waitFor(
        () =>
          c!.inbox("miit").some((e) => e.type === RECEIPT && e.payload["messageId"] === json["id"]),
        { name: `nea's receipt on ${r.version}`, timeout: 20_000 },
      );
    });
  }
});
