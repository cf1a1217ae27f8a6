import { TongbaoError } from "@tongbao/errors";

/** Throws TB_ERR_CONTRACT naming the message type, the field path and the broken rule. */
export function violation(typeName: string, path: string, rule: string): never {
  throw new TongbaoError("TB_ERR_CONTRACT", `${typeName}: ${path} ${rule}`, {
    path,
    details: { type: typeName, rule },
  });
}
