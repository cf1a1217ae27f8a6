import { timestampMs, type PayloadProtection } from "@tongbao/bus";
import type { Header, HeaderInit } from "@tongbao/contracts";
import { TongbaoError } from "@tongbao/errors";
import type { RedKeyPair, RedRecipient } from "./red-keys.js";
import { decryptRedPayload, encryptRedPayload } from "./red-payload.js";
import type { RedSuiteName } from "./red-suites.js";

/** TLP:RED in tongbao.common.v1.Tlp. */
const TLP_RED = 5;

/** Where recipients' encryption keys are found: the bus Registry is one. */
export interface RedKeyDirectory {
  /** The key to encrypt to for an organisation at a time, or undefined if it has none then. */
  currentEncryptionKey(orgId: string, at?: Date): RedRecipient | undefined;
}

export interface RedProtectionOptions {
  /**
   * This organisation's encryption keys, current and retired: they open what is addressed to
   * it. A sender that takes no RED traffic may leave it out.
   */
  own?: RedKeyPair | readonly RedKeyPair[];
  /** Where each recipient's current encryption key is looked up (the Registry). */
  keys: RedKeyDirectory;
  suite?: RedSuiteName;
}

/**
 * Payload protection for the bus Publisher and Consumer: TLP:RED payloads are encrypted to
 * every named recipient's current registry key before signing, and decrypted after
 * verification; other markings pass through. A RED message to a recipient without a current
 * encryption key is refused with TB_ERR_MARKING naming it, never sent in clear.
 */
export function redPayloadProtection(opts: RedProtectionOptions): PayloadProtection {
  const enc = new TextEncoder();
  const own: readonly RedKeyPair[] =
    opts.own === undefined ? [] : Array.isArray(opts.own) ? opts.own : [opts.own as RedKeyPair];
  return {
    seal(payload: Uint8Array, header: Readonly<HeaderInit>): Uint8Array {
      if (header.marking?.tlp !== TLP_RED) return payload;
      // Without recipients there is no one to encrypt to: the header check refuses it next.
      if (!header.recipients?.length) return payload;
      const at = new Date(timestampMs(header.time) || Date.now());
      const recipients = (header.recipients ?? []).map((orgId, i) => {
        const key = opts.keys.currentEncryptionKey(orgId, at);
        if (!key) {
          throw new TongbaoError(
            "TB_ERR_MARKING",
            `TLP:RED message refused: recipient ${orgId} has no current encryption key in the registry, so it cannot be encrypted to ${orgId}`,
            { path: `recipients[${i}]` },
          );
        }
        return { orgId, keyId: key.keyId, publicKey: key.publicKey };
      });
      return encryptRedPayload(payload, recipients, enc.encode(String(header.id)), opts.suite);
    },
    open(payload: Uint8Array, header: Readonly<Header>): Uint8Array {
      if (header.marking?.tlp !== TLP_RED) return payload;
      if (own.length === 0) {
        throw new TongbaoError(
          "TB_ERR_CONFIG",
          `message ${header.id} is TLP:RED and this service holds no encryption key to open it`,
          { path: "own" },
        );
      }
      return decryptRedPayload(payload, own, enc.encode(header.id));
    },
  };
}

/**
 * For readers that follow TLP:RED traffic by its signed headers without being a recipient
 * (the tracker, operator tools): RED payloads are left sealed (delivered with `sealed: true`
 * and no payload), other markings pass through. Such a reader sends nothing RED.
 */
export function redPayloadsSealed(): PayloadProtection {
  return {
    seal(payload: Uint8Array, header: Readonly<HeaderInit>): Uint8Array {
      if (header.marking?.tlp !== TLP_RED) return payload;
      throw new TongbaoError(
        "TB_ERR_MARKING",
        "this service follows TLP:RED traffic by its headers and sends none",
        { path: "marking.tlp" },
      );
    },
    open(payload: Uint8Array, header: Readonly<Header>): Uint8Array | undefined {
      return header.marking?.tlp === TLP_RED ? undefined : payload;
    },
  };
}
