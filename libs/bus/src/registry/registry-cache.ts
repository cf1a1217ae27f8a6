import type { KvEntry } from "@nats-io/kv";
import { isTongbaoError, TongbaoError } from "@tongbao/errors";
import type { Logger } from "pino";
import type { EnvelopeVerifier } from "../envelope/verifier.js";
import type { SigningKeyInfo } from "../envelope/types.js";
import { mergeKey, toEncryptionKeyInfo, toKeyInfo } from "./key-records.js";
import { openEncryptionKeyEvent, openKeyEvent, openOrganization } from "./registry-events.js";
import type { EncryptionKeyInfo, Organization, RegistryStats } from "./types.js";

/**
 * What this process believes the registry says: every bucket value is verified against the
 * admin keys before it counts, and key records are merged so that windows only close and
 * revocations only move earlier (see mergeKey). Deletes are ignored: forgetting a key would
 * make the messages it signed unverifiable, and a delete carries no admin signature.
 */
export class RegistryCache {
  readonly orgs = new Map<string, Organization>();
  readonly keys = new Map<string, SigningKeyInfo>();
  readonly encryptionKeys = new Map<string, EncryptionKeyInfo>();
  readonly stats: RegistryStats = { accepted: 0, rejected: 0 };

  constructor(
    private readonly admin: EnvelopeVerifier,
    private readonly log: Logger | undefined,
  ) {}

  /** Applies one bucket entry; a value that does not verify is counted and logged, never thrown. */
  async apply(entry: Pick<KvEntry, "key" | "value" | "operation" | "revision">): Promise<void> {
    if (entry.operation !== "PUT") {
      this.log?.warn(
        { entry: entry.key, operation: entry.operation },
        "registry entry removal ignored",
      );
      return;
    }
    try {
      await this.applyValue(entry.key, entry.value);
      this.stats.accepted++;
    } catch (err) {
      this.stats.rejected++;
      this.log?.warn(
        {
          entry: entry.key,
          revision: entry.revision,
          code: isTongbaoError(err) ? err.code : undefined,
          err,
        },
        "registry entry rejected",
      );
    }
  }

  /** Verifies and applies a value; throws a TongbaoError saying why it was refused. */
  async applyValue(entryKey: string, value: Uint8Array): Promise<void> {
    const dot = entryKey.indexOf(".");
    const kind = entryKey.slice(0, dot);
    const id = entryKey.slice(dot + 1);
    if (kind === "org") {
      const org = await openOrganization(this.admin, value);
      if (org.id !== id) throw conflict(`value for ${entryKey} describes organisation "${org.id}"`);
      this.orgs.set(id, org);
      return;
    }
    if (kind === "key") {
      const event = await openKeyEvent(this.admin, value);
      const seen = toKeyInfo(event.key ?? {});
      if (seen.keyId !== id) throw conflict(`value for ${entryKey} describes key "${seen.keyId}"`);
      const merged = mergeKey(this.keys.get(id), seen);
      if (!merged)
        throw conflict(
          `value for ${entryKey} changes the key's owner, algorithm, public key or start`,
        );
      this.keys.set(id, merged);
      return;
    }
    if (kind === "enc") {
      const event = await openEncryptionKeyEvent(this.admin, value);
      const seen = toEncryptionKeyInfo(event.key ?? {});
      if (seen.keyId !== id) throw conflict(`value for ${entryKey} describes key "${seen.keyId}"`);
      const merged = mergeKey(this.encryptionKeys.get(id), seen);
      if (!merged)
        throw conflict(
          `value for ${entryKey} changes the key's owner, algorithm, public key or start`,
        );
      this.encryptionKeys.set(id, merged);
      return;
    }
    throw conflict(`"${entryKey}" is not an org.<id>, key.<keyId> or enc.<keyId> entry`);
  }
}

function conflict(message: string): TongbaoError {
  return new TongbaoError("TB_ERR_CONTRACT", message, { path: "registry" });
}
