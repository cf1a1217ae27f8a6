// The part of sm-crypto (an independent pure-JS SM2/SM3) the cross-checks use.
declare module "sm-crypto" {
  interface SignatureOptions {
    der?: boolean;
    hash?: boolean;
    userId?: string;
    publicKey?: string;
  }
  export const sm2: {
    generateKeyPairHex(): { privateKey: string; publicKey: string };
    doSignature(msg: number[] | string, privateKey: string, opts?: SignatureOptions): string;
    doVerifySignature(
      msg: number[] | string,
      signature: string,
      publicKey: string,
      opts?: SignatureOptions,
    ): boolean;
  };
  export function sm3(msg: number[] | string): string;
}
