import { TongbaoError } from "@tongbao/errors";
import { ED25519 } from "./ed25519.js";
import { SM2_SM3 } from "./sm2.js";
import type { CryptoSuite, SignatureAlgorithm, SuiteName } from "./types.js";

export const SUITES: readonly CryptoSuite[] = [ED25519, SM2_SM3];

/** The suite of a wire algorithm value; throws TB_ERR_SIGNATURE for an unknown one. */
export function suiteFor(algorithm: SignatureAlgorithm): CryptoSuite {
  const suite = SUITES.find((s) => s.algorithm === algorithm);
  if (!suite) {
    throw new TongbaoError(
      "TB_ERR_SIGNATURE",
      `signature algorithm ${algorithm} is not supported`,
      {
        path: "signatures[0].algorithm",
      },
    );
  }
  return suite;
}

/** The suite of a configured name ("ed25519" or "sm2-sm3"). */
export function suiteNamed(name: SuiteName | string): CryptoSuite {
  const suite = SUITES.find((s) => s.name === name);
  if (!suite) {
    throw new TongbaoError(
      "TB_ERR_CONFIG",
      `unknown signature suite "${name}" (ed25519 or sm2-sm3)`,
      {
        path: "suite",
      },
    );
  }
  return suite;
}
