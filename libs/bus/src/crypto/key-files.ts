import { createPrivateKey, randomBytes, type KeyObject } from "node:crypto";
import { chmod, open, readFile, rename, stat, unlink } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { TongbaoError } from "@tongbao/errors";
import { SUITES } from "./suites.js";
import type { CryptoSuite } from "./types.js";

/**
 * Private keys on disk: unencrypted PKCS#8 PEM, readable by the owner only (mode 0600), the
 * way ssh treats identity files. A key file that others can read is refused, because the key
 * must then be assumed copied.
 */

/** Writes a private key as PKCS#8 PEM with mode 0600, atomically (temp file + rename). */
export async function savePrivateKey(path: string, privateKey: KeyObject): Promise<void> {
  if (privateKey.type !== "private") {
    throw new TongbaoError("TB_ERR_CONFIG", "only a private key can be saved as a key file", {
      path: "privateKey",
    });
  }
  const pem = privateKey.export({ type: "pkcs8", format: "pem" });
  const tmp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString("hex")}.tmp`);
  const file = await open(tmp, "wx", 0o600);
  try {
    await file.writeFile(pem);
    await file.sync();
  } catch (err) {
    await file.close();
    await unlink(tmp).catch(() => undefined);
    throw err;
  }
  await file.close();
  // The umask may have narrowed the mode further, never widened it; make it exact.
  await chmod(tmp, 0o600);
  await rename(tmp, path);
}

/** Reads a PKCS#8 PEM key file and tells which suite it belongs to. */
export async function loadPrivateKey(
  path: string,
): Promise<{ privateKey: KeyObject; suite: CryptoSuite }> {
  return importPrivateKey(await readPrivateKeyFile(path));
}

/**
 * Reads a PKCS#8 PEM private key of any kind (signing or encryption), refusing a file that
 * group or others can read.
 */
export async function readPrivateKeyFile(path: string): Promise<KeyObject> {
  const info = await stat(path).catch((err: unknown) => {
    throw new TongbaoError("TB_ERR_CONFIG", `cannot read key file ${path}`, {
      path: "keyFile",
      cause: err,
    });
  });
  if (process.platform !== "win32" && (info.mode & 0o077) !== 0) {
    throw new TongbaoError(
      "TB_ERR_CONFIG",
      `key file ${path} is accessible to group or others (mode ${(info.mode & 0o777).toString(8)}); it must be 0600`,
      { path: "keyFile" },
    );
  }
  let key: KeyObject;
  try {
    key = createPrivateKey(await readFile(path));
  } catch (err) {
    throw new TongbaoError("TB_ERR_CONFIG", `key file ${path} does not hold a PEM private key`, {
      path: "keyFile",
      cause: err,
    });
  }
  return key;
}

/** Finds the suite of a private key and puts the key in that suite's usable form. */
export function importPrivateKey(key: KeyObject): { privateKey: KeyObject; suite: CryptoSuite } {
  for (const suite of SUITES) {
    try {
      return { privateKey: suite.importPrivateKey(key), suite };
    } catch {
      // not this suite's key; try the next
    }
  }
  throw new TongbaoError("TB_ERR_CONFIG", "the private key is neither Ed25519 nor SM2", {
    path: "privateKey",
  });
}
