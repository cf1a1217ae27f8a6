import { TongbaoError } from "@tongbao/errors";
import { suiteNamed } from "../crypto/suites.js";
import type { Signer } from "../crypto/types.js";
import type { KeyResolver, SigningKeyInfo } from "../envelope/types.js";
import { isOrgId } from "../subjects.js";
import { isKeyId } from "./key-records.js";
import { ADMIN_ORG, type AdminKey } from "./types.js";

/** The configured admin keys, as a KeyResolver for verifying registry events. */
export class AdminKeys implements KeyResolver {
  private readonly keys = new Map<string, SigningKeyInfo>();

  constructor(config: Record<string, AdminKey>) {
    for (const [keyId, k] of Object.entries(config)) {
      const path = `adminKeys.${keyId}`;
      const suite = typeof k.suite === "string" ? suiteNamed(k.suite) : k.suite;
      const publicKey =
        typeof k.publicKey === "string" ? Buffer.from(k.publicKey, "base64") : k.publicKey;
      const orgId = k.orgId ?? ADMIN_ORG;
      if (!isKeyId(keyId))
        throw new TongbaoError("TB_ERR_CONFIG", `admin key id "${keyId}" is invalid`, { path });
      if (!isOrgId(orgId))
        throw new TongbaoError("TB_ERR_CONFIG", `admin org id "${orgId}" is invalid`, {
          path: `${path}.orgId`,
        });
      if (publicKey.length !== suite.publicKeyLength) {
        throw new TongbaoError(
          "TB_ERR_CONFIG",
          `admin key ${keyId} has ${publicKey.length} bytes; a ${suite.name} public key has ${suite.publicKeyLength}`,
          { path: `${path}.publicKey` },
        );
      }
      this.keys.set(keyId, {
        keyId,
        orgId,
        algorithm: suite.algorithm,
        publicKey,
        notBefore: new Date(0),
      });
    }
    if (this.keys.size === 0) {
      throw new TongbaoError("TB_ERR_CONFIG", "the registry needs at least one admin key", {
        path: "adminKeys",
      });
    }
  }

  key(keyId: string): Promise<SigningKeyInfo | undefined> {
    return Promise.resolve(this.keys.get(keyId));
  }

  cachedKey(keyId: string): SigningKeyInfo | undefined {
    return this.keys.get(keyId);
  }

  /** Throws TB_ERR_FORBIDDEN unless the signer is a configured admin key. */
  checkSigner(signer: Signer): void {
    const k = this.keys.get(signer.keyId);
    const publicKey = k ? signer.suite.publicKeyOf(signer.privateKey) : undefined;
    if (
      !k ||
      k.orgId !== signer.orgId ||
      k.algorithm !== signer.suite.algorithm ||
      !Buffer.from(k.publicKey).equals(publicKey ?? new Uint8Array(0))
    ) {
      throw new TongbaoError(
        "TB_ERR_FORBIDDEN",
        `key "${signer.keyId}" of "${signer.orgId}" is not a registry admin key`,
        { path: "adminSigner" },
      );
    }
  }
}
