import type { Header, HeaderInit } from "@tongbao/contracts";

/**
 * Encrypts the payloads a marking requires to be (TLP:RED), around signing: the publisher
 * seals the contract-checked payload before it is hashed and signed, the consumer opens it
 * after verification and before contract decoding. The marking stays in the signed header, so
 * what a relay sees is signed ciphertext. Implemented in @tongbao/security.
 */
export interface PayloadProtection {
  /** The bytes to sign and send in place of `payload` (the payload itself when no marking asks). */
  seal(payload: Uint8Array, header: Readonly<HeaderInit>): Uint8Array;
  /**
   * The clear payload of a verified message; throws a TongbaoError when it cannot open it.
   * `undefined` leaves the payload sealed: the reader takes the message by its signed header
   * alone (a tracker or operator tool that is no recipient), and the consumer delivers it
   * with `sealed: true` and no payload.
   */
  open(payload: Uint8Array, header: Readonly<Header>): Uint8Array | undefined;
}
