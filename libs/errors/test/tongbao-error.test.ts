import { describe, expect, it } from "vitest";
import { ERROR_CODES, TongbaoError, isTongbaoError, toTongbaoError } from "../src/mod.js";

describe("TongbaoError", () => {
  it("takes its retryability from the code table, and names the field in its JSON", () => {
    const err = new TongbaoError("TB_ERR_CONTRACT", "an incident report needs a grade", {
      path: "grade",
    });
    expect(err.retryable).toBe(false);
    expect(JSON.parse(JSON.stringify(err))).toEqual({
      code: "TB_ERR_CONTRACT",
      message: "an incident report needs a grade",
      path: "grade",
      retryable: false,
    });
    expect(new TongbaoError("TB_ERR_UNAVAILABLE", "no route").retryable).toBe(true);
  });

  it("treats unknown handler failures as retryable, so a glitch never quarantines a valid message", () => {
    const wrapped = toTongbaoError(new Error("ECONNRESET"));
    expect(wrapped.code).toBe("TB_ERR_HANDLER");
    expect(wrapped.retryable).toBe(true);
    expect(isTongbaoError(wrapped, "TB_ERR_HANDLER")).toBe(true);
    expect(toTongbaoError(wrapped)).toBe(wrapped);
  });

  it("has only codes named TB_ERR_*", () => {
    for (const code of Object.keys(ERROR_CODES)) expect(code).toMatch(/^TB_ERR_[A-Z_]+$/);
  });
});
