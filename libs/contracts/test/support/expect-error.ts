import { TongbaoError, type ErrorCode } from "@tongbao/errors";
import { expect } from "vitest";

/** Runs fn, expects a TongbaoError with this code and path, and returns it. */
export function expectTongbaoError(
  fn: () => unknown,
  code: ErrorCode,
  path?: string,
): TongbaoError {
  let caught: unknown;
  try {
    fn();
  } catch (err) {
    caught = err;
  }
  expect(caught, "expected a TongbaoError").toBeInstanceOf(TongbaoError);
  const error = caught as TongbaoError;
  expect({ code: error.code, path: error.path }).toEqual({
    code,
    path: path === undefined ? error.path : path,
  });
  return error;
}
