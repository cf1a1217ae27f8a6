import type { Header, HeaderInit } from "@tongbao/contracts";
import type { PayloadProtection } from "@tongbao/bus";
import { TongbaoError } from "@tongbao/errors";
import { decryptRedPayload, encryptRedPayload, type RedKeyPair } from "./red-payload.js";
import type { RedSuiteName } from "./red-suites.js";

/** TLP:RED in tongbao.common.v1.Tlp. */
const TLP_RED = 5;

export interface RedProtectionOptions {
  /** This organisation's key pair: opens what is addressed to it. */
  own: RedKeyPair;
  /** The public encryption key of a recipient, or undefined if it has none on file. */
  recipientKey(orgId: string): Uint8Array | undefined;
  suite?: RedSuiteName;
}

/**
 * Payload protection for the bus Publisher and Consumer: TLP:RED payloads are encrypted to
 * every named recipient before signing and decrypted after verification; other markings pass
 * through. A RED message for a recipient without a key on file is refused, never sent clear.
 */
export function redPayloadProtection(opts: RedProtectionOptions): PayloadProtection {
  const enc = new TextEncoder();
  return {
    seal(payload: Uint8Array, header: Readonly<HeaderInit>): Uint8Array {
      if (header.marking?.tlp !== TLP_RED) return payload;
      const recipients = (header.recipients ?? []).map((orgId) => {
        const publicKey = opts.recipientKey(orgId);
        if (!publicKey) {
          throw new TongbaoError(
            "TB_ERR_CONFIG",
            `no RED encryption key on file for recipient ${orgId}`,
            { path: "recipients" },
          );
        }
        return { orgId, publicKey };
      });
      return encryptRedPayload(payload, recipients, enc.encode(String(header.id)), opts.suite);
    },
    open(payload: Uint8Array, header: Readonly<Header>): Uint8Array {
      if (header.marking?.tlp !== TLP_RED) return payload;
      return decryptRedPayload(payload, opts.own, enc.encode(header.id));
    },
  };
}
