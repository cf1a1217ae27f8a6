import { existsSync } from "node:fs";
import { parseArgs } from "node:util";
import type { NatsConnection } from "@nats-io/transport-node";
import {
  ALGORITHM_SM2_SM3,
  Registry,
  generateSigner,
  savePrivateKey,
  type NewSigningKey,
  type SigningKeyInfo,
  type SuiteName,
} from "@tongbao/bus";
import { isTongbaoError } from "@tongbao/errors";
import { CliError, EXIT, type Command, type Output } from "../command.js";
import {
  CONNECTION_OPTIONS,
  CONNECTION_USAGE,
  actorOf,
  closeQuietly,
  connectBus,
} from "../connection.js";
import { timeOf } from "../filters.js";
import { TRUST_OPTIONS, TRUST_USAGE, adminKeyPath, adminKeys, loadAdminSigner } from "../trust.js";

const SUITES: readonly string[] = ["ed25519", "sm2-sm3"];

export const keys: Command = {
  usage:
    "tongbao keys generate --org ORG --out FILE [--suite ed25519|sm2-sm3] [--register --reason TEXT] | " +
    "rotate KEYID --out FILE --reason TEXT [--suite S] | revoke KEYID --reason TEXT [--at TIME] | " +
    `list [--org ORG] ${TRUST_USAGE} ${CONNECTION_USAGE}`,
  example:
    'tongbao keys revoke miit_3f9a0c1d2e4b5a69 --at 2025-06-01T08:00:00Z --reason "laptop stolen"',
  async run(argv, out) {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        ...CONNECTION_OPTIONS,
        ...TRUST_OPTIONS,
        org: { type: "string" },
        out: { type: "string" },
        suite: { type: "string", default: "ed25519" },
        register: { type: "boolean", default: false },
        reason: { type: "string" },
        at: { type: "string" },
      },
    });
    const [action, keyId] = positionals;
    if (!["generate", "rotate", "revoke", "list"].includes(action ?? "")) {
      throw usage(
        `keys needs generate, rotate, revoke or list${action ? `, not "${action}"` : ""}`,
        "e.g. `tongbao keys list`",
      );
    }
    const suite = values.suite;
    if (!SUITES.includes(suite))
      throw usage(`--suite "${suite}" is not known`, "use ed25519 or sm2-sm3");
    const reason = values.reason?.trim();
    const writes = action === "rotate" || action === "revoke" || values.register;
    if (writes && !reason) {
      throw usage(
        "--reason is required: every key change is recorded in the audit trail",
        'e.g. --reason "scheduled rotation"',
      );
    }
    if ((action === "rotate" || action === "revoke") && !keyId)
      throw usage(`keys ${action} needs the key id`, "`tongbao keys list` shows them");
    if (action === "generate" && !values.org)
      throw usage("keys generate needs --org", "e.g. --org miit");
    if ((action === "generate" || action === "rotate") && !values.out) {
      throw usage(
        `keys ${action} needs --out FILE for the new private key`,
        "e.g. --out miit.pem (written with mode 0600)",
      );
    }
    if (values.out && existsSync(values.out)) {
      throw usage(
        `${values.out} exists; a private key is never overwritten`,
        "choose another --out path",
      );
    }
    const at = values.at === undefined ? undefined : timeOf("--at", values.at);

    if (action === "generate" && !values.register) {
      const record = await generate(values.org ?? "", suite as SuiteName, values.out ?? "");
      out.log(JSON.stringify(publicRecord(record), null, values.json ? undefined : 2));
      return EXIT.ok;
    }
    const actor = actorOf(values.actor);
    const nc = await connectBus(values);
    try {
      const registry = await openRegistry(nc, values, writes);
      try {
        if (action === "list") {
          list(registry, values.org, values.json, out);
          return EXIT.ok;
        }
        const admin = await loadAdminSigner(adminKeyPath(values));
        const opts = { actor };
        let result: Record<string, unknown>;
        if (action === "generate") {
          const record = await generate(values.org ?? "", suite as SuiteName, values.out ?? "");
          result = {
            registered: describe(
              await write(() => registry.registerKey(record, admin, reason ?? "", opts)),
            ),
          };
        } else if (action === "rotate") {
          const old = await registry.key(keyId ?? "");
          if (!old)
            throw new CliError(`no key ${keyId} in the registry`, "`tongbao keys list` shows them");
          const record = await generate(old.orgId, suite as SuiteName, values.out ?? "");
          const r = await write(() =>
            registry.rotateKey(keyId ?? "", record, admin, reason ?? "", {
              ...opts,
              ...(at ? { at } : {}),
            }),
          );
          result = { retired: describe(r.retired), current: describe(r.current) };
        } else {
          result = {
            revoked: describe(
              await write(() =>
                registry.revokeKey(keyId ?? "", at ?? new Date(), admin, reason ?? "", opts),
              ),
            ),
          };
        }
        out.log(JSON.stringify(result, null, values.json ? undefined : 2));
        return EXIT.ok;
      } finally {
        await registry.close();
      }
    } finally {
      await closeQuietly(nc);
    }
  },
};

const usage = (message: string, hint: string) => new CliError(message, hint, EXIT.usage);

async function generate(org: string, suite: SuiteName, path: string): Promise<NewSigningKey> {
  let made: ReturnType<typeof generateSigner>;
  try {
    made = generateSigner(org, suite);
  } catch (err) {
    throw usage((err as Error).message, "org ids are lower-case letters, digits and inner hyphens");
  }
  const { signer, signingKeyRecord } = made;
  await savePrivateKey(path, signer.privateKey);
  return signingKeyRecord;
}

async function openRegistry(
  nc: NatsConnection,
  values: Record<string, unknown>,
  writes: boolean,
): Promise<Registry> {
  const trust = await adminKeys(values);
  // Writes are audited by the registry itself in TB_AUDIT; reads need no audit.
  return Registry.open({ nc, adminKeys: trust, ...(writes ? {} : { audit: false }) }).catch(
    (err: unknown) => {
      throw new CliError(
        `cannot open the key registry: ${(err as Error).message}`,
        "check --admin-pub / --admin-key and that the bus is provisioned",
      );
    },
  );
}

async function write<T>(change: () => Promise<T>): Promise<T> {
  try {
    return await change();
  } catch (err) {
    if (!isTongbaoError(err)) throw err;
    throw new CliError(
      `the registry refused the change: ${err.message} (${err.code})`,
      err.code === "TB_ERR_FORBIDDEN"
        ? "the admin key (--admin-key) is not one the registry trusts"
        : "check the key id and the organisation (`tongbao keys list`)",
    );
  }
}

function publicRecord(k: NewSigningKey): Record<string, unknown> {
  return {
    keyId: k.keyId,
    orgId: k.orgId,
    algorithm: k.algorithm,
    publicKey: Buffer.from(k.publicKey).toString("base64"),
  };
}

function describe(k: SigningKeyInfo): Record<string, unknown> {
  return {
    keyId: k.keyId,
    orgId: k.orgId,
    algorithm: k.algorithm === ALGORITHM_SM2_SM3 ? "sm2-sm3" : "ed25519",
    notBefore: k.notBefore.toISOString(),
    ...(k.notAfter ? { notAfter: k.notAfter.toISOString() } : {}),
    ...(k.revokedTime ? { revokedTime: k.revokedTime.toISOString() } : {}),
  };
}

function list(registry: Registry, org: string | undefined, json: boolean, out: Output): void {
  const orgs = registry
    .organizations()
    .map((o) => o.id)
    .filter((id) => !org || id === org);
  const rows = orgs.flatMap((id) => registry.keysOf(id).map(describe));
  if (json) {
    out.log(JSON.stringify(rows));
    return;
  }
  if (rows.length === 0) out.log(org ? `no keys registered for ${org}` : "no keys registered");
  for (const r of rows) {
    const state = r["revokedTime"]
      ? `revoked ${String(r["revokedTime"])}`
      : r["notAfter"]
        ? `until ${String(r["notAfter"])}`
        : "current";
    out.log(
      `${String(r["keyId"]).padEnd(34)} ${String(r["algorithm"]).padEnd(8)} from ${String(r["notBefore"])} ${state}`,
    );
  }
}
