import {
  randomBytes,
  scrypt,
  timingSafeEqual,
  type BinaryLike,
  type ScryptOptions,
} from "node:crypto";
import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import { dirname } from "node:path";
import { TongbaoError } from "@tongbao/errors";
import { randomSecret } from "@tongbao/organisations";

/** Who may sign in to the console: an operator sees everything, a duty officer one organisation. */
export type ConsoleUser =
  { name: string; role: "operator" } | { name: string; role: "officer"; org: string };

interface StoredUser {
  name: string;
  role: "operator" | "officer";
  org?: string;
  /** scrypt parameters are stored with each hash, so they can be raised for new passwords. */
  scrypt: { N: number; r: number; p: number; salt: string };
  hash: string;
}

const SCRYPT = { N: 2 ** 15, r: 8, p: 1, keyLength: 32 } as const;
const NAME = /^[a-z0-9][a-z0-9_.-]{0,63}$/;

function derive(password: string, salt: Buffer, o: { N: number; r: number; p: number }) {
  return new Promise<Buffer>((resolve, reject) => {
    const opts: ScryptOptions = { N: o.N, r: o.r, p: o.p, maxmem: 128 * o.N * o.r * 2 };
    scrypt(password as BinaryLike, salt, SCRYPT.keyLength, opts, (err, key) =>
      err ? reject(err) : resolve(key),
    );
  });
}

/**
 * The console's users, in one JSON file of the data directory (mode 0600): names, roles and
 * salted scrypt hashes, never a password. Checking a wrong name costs the same as a wrong
 * password, so sign-in does not tell which names exist.
 */
export class UserStore {
  private constructor(
    private readonly file: string,
    private users: StoredUser[],
  ) {}

  static async open(file: string): Promise<UserStore> {
    return new UserStore(file, await readUsers(file));
  }

  get size(): number {
    return this.users.length;
  }

  list(): ConsoleUser[] {
    return this.users.map(publicUser);
  }

  get(name: string): ConsoleUser | undefined {
    const user = this.users.find((u) => u.name === name);
    return user ? publicUser(user) : undefined;
  }

  /** Removes a user; false if there was none of that name. */
  async remove(name: string): Promise<boolean> {
    const kept = this.users.filter((u) => u.name !== name);
    if (kept.length === this.users.length) return false;
    this.users = kept;
    await this.save();
    return true;
  }

  /** Adds or replaces a user; the password is hashed here and forgotten. */
  async set(user: ConsoleUser, password: string): Promise<void> {
    if (!NAME.test(user.name)) {
      throw new TongbaoError("TB_ERR_BAD_REQUEST", `"${user.name}" is not a user name`, {
        path: "name",
      });
    }
    if (password.length < 12) {
      throw new TongbaoError(
        "TB_ERR_BAD_REQUEST",
        "a console password has at least 12 characters",
        {
          path: "password",
        },
      );
    }
    const salt = randomBytes(16);
    const hash = await derive(password, salt, SCRYPT);
    const stored: StoredUser = {
      name: user.name,
      role: user.role,
      ...(user.role === "officer" ? { org: user.org } : {}),
      scrypt: { N: SCRYPT.N, r: SCRYPT.r, p: SCRYPT.p, salt: salt.toString("base64") },
      hash: hash.toString("base64"),
    };
    this.users = [...this.users.filter((u) => u.name !== user.name), stored];
    await this.save();
  }

  /** The user whose password this is, or undefined; constant time in the password. */
  async check(name: string, password: string): Promise<ConsoleUser | undefined> {
    // Read afresh: `tongbao console user` changes the file while the console runs, and a
    // sign-in costs far more in scrypt than in reading it.
    this.users = await readUsers(this.file);
    const user = this.users.find((u) => u.name === name);
    const params = user?.scrypt ?? { ...SCRYPT, salt: DUMMY_SALT };
    const key = await derive(password, Buffer.from(params.salt, "base64"), params);
    const expected = user ? Buffer.from(user.hash, "base64") : Buffer.alloc(key.length);
    const same = expected.length === key.length && timingSafeEqual(expected, key);
    return user && same ? publicUser(user) : undefined;
  }

  private async save(): Promise<void> {
    await mkdir(dirname(this.file), { recursive: true, mode: 0o700 });
    const tmp = `${this.file}.tmp`;
    await writeFile(tmp, JSON.stringify({ users: this.users }, null, 2) + "\n", { mode: 0o600 });
    await rename(tmp, this.file);
  }
}

async function readUsers(file: string): Promise<StoredUser[]> {
  try {
    return (JSON.parse(await readFile(file, "utf8")) as { users: StoredUser[] }).users;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === "ENOENT") return [];
    throw new TongbaoError(
      "TB_ERR_CONFIG",
      `console users file ${file}: ${(err as Error).message}`,
    );
  }
}

const DUMMY_SALT = randomBytes(16).toString("base64");

function publicUser(u: StoredUser): ConsoleUser {
  return u.role === "officer" && u.org
    ? { name: u.name, role: "officer", org: u.org }
    : { name: u.name, role: "operator" };
}

/** A random password for a development user: 20 characters, about 119 bits. */
export function randomPassword(): string {
  return randomSecret(15);
}
