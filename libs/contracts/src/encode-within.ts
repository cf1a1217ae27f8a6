import { TongbaoError } from "@tongbao/errors";

/**
 * Encodes with `write` and enforces the size limit of `typeName`: every encoder of the
 * package fails the same way, with TB_ERR_SCHEMA naming the type, when bytes cannot be made
 * or are too many.
 */
export function encodeWithin(typeName: string, limit: number, write: () => Uint8Array): Uint8Array {
  let bytes: Uint8Array;
  try {
    bytes = write();
  } catch (err) {
    throw new TongbaoError("TB_ERR_SCHEMA", `cannot encode ${typeName}: ${String(err)}`, {
      path: "",
      cause: err,
    });
  }
  if (bytes.length > limit) {
    throw new TongbaoError(
      "TB_ERR_SCHEMA",
      `${typeName} of ${bytes.length} bytes exceeds the ${limit}-byte limit`,
      { path: "" },
    );
  }
  return bytes;
}
