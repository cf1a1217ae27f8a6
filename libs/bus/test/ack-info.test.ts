import { describe, expect, it } from "vitest";
import { ackInfo } from "../src/replay/ack-info.js";

describe("ackInfo", () => {
  it("reads the reply subjects of servers before 2.10", () => {
    expect(ackInfo("$JS.ACK.TB_LIVE.tb_replay_x.1.4711.12.1764048000123456789.99")).toEqual({
      delivered: 1,
      seq: 4711,
      delivery: 12,
      timeMs: 1764048000123,
      pending: 99,
    });
  });

  it("reads the reply subjects with domain, account hash and a trailing token", () => {
    expect(
      ackInfo("$JS.ACK.hub.ACCHASH.TB_LIVE.tb_replay_x.2.4711.12.1764048000123456789.0.abcd"),
    ).toEqual({ delivered: 2, seq: 4711, delivery: 12, timeMs: 1764048000123, pending: 0 });
  });

  it("refuses what is not a JetStream reply", () => {
    for (const reply of [
      "_INBOX.abc.def",
      "$JS.ACK.TB_LIVE.c.1.2.3",
      "$JS.ACK.TB_LIVE.c.1.x.12.1764048000123456789.0",
      "$JS.ACK.TB_LIVE.c.1.2.3.123.4",
      "$JS.ACK.TB_LIVE.c.1..3.1764048000123456789.4",
    ]) {
      expect(ackInfo(reply), reply).toBeUndefined();
    }
  });
});
