import { contracts, tongbao } from "@tongbao/contracts";
import { TongbaoError } from "@tongbao/errors";
import type { Signer } from "../crypto/types.js";
import { encodeHeaderFor, toTimestamp } from "../envelope/header-fields.js";
import { sealBatch } from "../envelope/seal.js";
import type { EnvelopeVerifier } from "../envelope/verifier.js";
import { uuidv7 } from "../publisher/message-id.js";
import type { EncryptionKeyEvent, KeyEvent, Organization, OrganizationInit } from "./types.js";

/**
 * Registry values are SignedEnvelopes of registry messages, signed by an admin key exactly as
 * traffic is signed by its source: anyone holding the admin public keys can re-verify every
 * organisation and key record, wherever it was copied.
 */

export const ORGANIZATION_TYPE = "tongbao.registry.v1.Organization";
export const KEY_EVENT_TYPE = "tongbao.registry.v1.KeyEvent";
export const ENCRYPTION_KEY_EVENT_TYPE = "tongbao.registry.v1.EncryptionKeyEvent";

/** KV keys of the registry bucket. */
export const orgEntry = (id: string): string => `org.${id}`;
export const keyEntry = (keyId: string): string => `key.${keyId}`;
export const encryptionKeyEntry = (keyId: string): string => `enc.${keyId}`;

function seal(type: string, payload: Uint8Array, admin: Signer, at: Date): Uint8Array {
  const header = encodeHeaderFor(
    {
      id: uuidv7(at.getTime()),
      type,
      source: admin.orgId,
      time: toTimestamp(at),
      status: tongbao.envelope.v1.Status.STATUS_LIVE,
      marking: { tlp: tongbao.common.v1.Tlp.TLP_GREEN },
      region: "100000",
      producerId: "registry",
      producerSeq: 1,
    },
    payload,
  );
  const [envelope] = sealBatch([{ header, payload }], admin);
  if (!envelope)
    throw new TongbaoError("TB_ERR_INTERNAL", "sealing a registry event gave no envelope");
  return envelope;
}

export function sealOrganization(org: OrganizationInit, admin: Signer, at: Date): Uint8Array {
  return seal(ORGANIZATION_TYPE, contracts.organization.encode(org), admin, at);
}

/** @param signedAt when the admin signs (the event's own time says when the change takes effect) */
export function sealKeyEvent(
  event: tongbao.registry.v1.KeyEvent.$Properties,
  admin: Signer,
  signedAt: Date,
): Uint8Array {
  return seal(KEY_EVENT_TYPE, contracts.keyEvent.encode(event), admin, signedAt);
}

/** @param signedAt when the admin signs (the event's own time says when the change takes effect) */
export function sealEncryptionKeyEvent(
  event: tongbao.registry.v1.EncryptionKeyEvent.$Properties,
  admin: Signer,
  signedAt: Date,
): Uint8Array {
  return seal(
    ENCRYPTION_KEY_EVENT_TYPE,
    contracts.encryptionKeyEvent.encode(event),
    admin,
    signedAt,
  );
}

/** Verifies a registry value against the admin keys and decodes it; throws when it is not one. */
export async function openOrganization(
  admin: EnvelopeVerifier,
  bytes: Uint8Array,
): Promise<Organization> {
  const v = await admin.verify(bytes);
  expectType(v.header.type, ORGANIZATION_TYPE);
  return contracts.organization.decode(v.payloadBytes);
}

export async function openKeyEvent(admin: EnvelopeVerifier, bytes: Uint8Array): Promise<KeyEvent> {
  const v = await admin.verify(bytes);
  expectType(v.header.type, KEY_EVENT_TYPE);
  return contracts.keyEvent.decode(v.payloadBytes);
}

export async function openEncryptionKeyEvent(
  admin: EnvelopeVerifier,
  bytes: Uint8Array,
): Promise<EncryptionKeyEvent> {
  const v = await admin.verify(bytes);
  expectType(v.header.type, ENCRYPTION_KEY_EVENT_TYPE);
  return contracts.encryptionKeyEvent.decode(v.payloadBytes);
}

function expectType(actual: string, wanted: string): void {
  if (actual !== wanted) {
    throw new TongbaoError(
      "TB_ERR_UNKNOWN_TYPE",
      `registry value holds a ${actual}, not a ${wanted}`,
      {
        path: "header.type",
      },
    );
  }
}
