import { connect } from "@nats-io/transport-node";
import { describe, expect, it } from "vitest";
import { startNats } from "../src/mod.js";

describe("startNats", () => {
  it("gives a JetStream-enabled server, wherever it comes from", async () => {
    await using nats = await startNats();
    expect(await nats.version()).toMatch(/^\d+\.\d+\.\d+|^nats:/);
    const nc = await connect({ servers: nats.url });
    const info = await nc.request("$JS.API.INFO");
    expect(JSON.parse(info.string())).toHaveProperty(
      "type",
      "io.nats.jetstream.api.v1.account_info_response",
    );
    await nc.close();
  });

  it("uses TONGBAO_TEST_NATS_URL when it is set, and never stops a server it did not start", async () => {
    await using own = await startNats();
    process.env["TONGBAO_TEST_NATS_URL"] = own.url;
    try {
      const external = await startNats();
      expect(external.url).toBe(own.url);
      expect(external.controllable).toBe(false);
      await external[Symbol.asyncDispose]();
      const nc = await connect({ servers: own.url });
      await nc.flush();
      await nc.close();
    } finally {
      delete process.env["TONGBAO_TEST_NATS_URL"];
    }
  });
});
