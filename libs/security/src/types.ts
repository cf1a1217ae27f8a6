/** Credentials of one NATS user: the public nkey the server knows and the seed the user keeps. */
export interface UserCredentials {
  /** Org id, or "operator". */
  name: string;
  /** Public user nkey (U...). */
  publicKey: string;
  /** Seed (SU...): secret, written only to the user's own 0600 file. */
  seed: string;
}
