import { describe, expect, it } from "vitest";
import { waitFor, WaitForTimeoutError } from "../src/mod.js";

describe("waitFor", () => {
  it("resolves with the first truthy value of the condition", async () => {
    let calls = 0;
    const value = await waitFor(() => (++calls >= 3 ? `ready after ${calls}` : undefined), {
      interval: 1,
    });
    expect(value).toBe("ready after 3");
  });

  it("treats a throwing condition as not yet, and names the thing and last error on timeout", async () => {
    const err = await waitFor(
      () => {
        throw new Error("connection refused");
      },
      { timeout: 50, interval: 5, name: "the broker" },
    ).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(WaitForTimeoutError);
    expect((err as Error).message).toMatch(
      /waiting for the broker; last error: connection refused/,
    );
  });

  it("stops at once when its signal aborts", async () => {
    const abort = new AbortController();
    abort.abort(new Error("server died"));
    await expect(waitFor(() => false, { signal: abort.signal })).rejects.toThrow("server died");
  });
});
