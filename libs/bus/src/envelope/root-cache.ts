/**
 * Batch roots whose signature has verified, bounded and least-recently-used first out. An
 * entry records only the cryptographic fact "this key signed this root with these bytes";
 * key windows and revocation are checked on every message, so a revocation takes effect at
 * once even for cached roots.
 */
export class RootCache {
  private readonly entries = new Map<string, { keyId: string; signature: Uint8Array }>();

  constructor(private readonly capacity: number) {}

  has(root: Uint8Array, keyId: string, signature: Uint8Array): boolean {
    const id = rootId(root);
    const hit = this.entries.get(id);
    if (!hit || hit.keyId !== keyId || !sameBytes(hit.signature, signature)) return false;
    this.entries.delete(id);
    this.entries.set(id, hit);
    return true;
  }

  add(root: Uint8Array, keyId: string, signature: Uint8Array): void {
    if (this.capacity <= 0) return;
    const id = rootId(root);
    this.entries.delete(id);
    if (this.entries.size >= this.capacity) {
      const oldest = this.entries.keys().next();
      if (!oldest.done) this.entries.delete(oldest.value);
    }
    this.entries.set(id, { keyId, signature: Uint8Array.from(signature) });
  }

  get size(): number {
    return this.entries.size;
  }
}

function rootId(root: Uint8Array): string {
  return Buffer.from(root.buffer, root.byteOffset, root.byteLength).toString("latin1");
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return Buffer.from(a.buffer, a.byteOffset, a.byteLength).equals(b);
}
