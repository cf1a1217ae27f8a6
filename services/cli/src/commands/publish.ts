import { join } from "node:path";
import { parseArgs } from "node:util";
import { Publisher, keyIdFor, loadPrivateKey, type Registry, type Signer } from "@tongbao/bus";
import { tongbao } from "@tongbao/contracts";
import { isTongbaoError } from "@tongbao/errors";
import { CliError, EXIT, type Command } from "../command.js";
import { CONNECTION_OPTIONS, CONNECTION_USAGE, closeQuietly, connectBus } from "../connection.js";
import { DEV_KEY_FILES } from "@tongbao/organisations/layout";
import { tongbaoHome } from "../home.js";
import { readMessages } from "../publish-input.js";
import { redPayloadProtection } from "@tongbao/security";
import { TRUST_OPTIONS, TRUST_USAGE, openVerifier } from "../trust.js";

/** Messages handed to the publisher at once (sealed and fsync'd together, in its batches). */
const PUBLISH_WINDOW = 1_024;

const env = (name: string): string | undefined => process.env[name] || undefined;

export const publish: Command = {
  usage:
    "tongbao publish FILE --org ORG --key FILE [--outbox DIR] [--dry-run] " +
    `${TRUST_USAGE} ${CONNECTION_USAGE}`,
  example: "tongbao publish bulletin.json --org miit --key .tongbao/keys/miit.key",
  async run(argv, out) {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        ...CONNECTION_OPTIONS,
        ...TRUST_OPTIONS,
        org: { type: "string" },
        key: { type: "string" },
        outbox: { type: "string" },
        "dry-run": { type: "boolean", default: false },
      },
    });
    const file = positionals[0];
    if (!file)
      throw new CliError(
        "publish needs a JSON file",
        "e.g. tongbao publish bulletin.json --org miit --key miit.key",
        EXIT.usage,
      );
    const org = values.org ?? env("TONGBAO_ORG");
    if (!org)
      throw new CliError(
        "--org is required: the organisation that signs",
        "e.g. --org miit (or TONGBAO_ORG)",
        EXIT.usage,
      );
    const inputs = await readMessages(file, org);
    if (values["dry-run"]) {
      out.log(
        values.json
          ? JSON.stringify({ valid: inputs.length })
          : `${inputs.length} messages valid; nothing published (--dry-run)`,
      );
      return EXIT.ok;
    }
    const signer = await signerOf(
      org,
      values.key ?? env("TONGBAO_KEY") ?? join(tongbaoHome(), "keys", DEV_KEY_FILES.signer(org)),
    );
    const nc = await connectBus(values);
    // TLP:RED is encrypted to each recipient's current key, which the registry holds.
    let registry: Registry | undefined;
    try {
      if (inputs.some((i) => i.marking.tlp === tongbao.common.v1.Tlp.TLP_RED))
        ({ registry } = await openVerifier(nc, values));
      const publisher = await Publisher.open({
        nc,
        signer,
        producerId: `cli-${org}`,
        outboxDir: values.outbox ?? join(tongbaoHome(), "outbox", `cli-${org}`),
        ...(registry ? { protection: redPayloadProtection({ keys: registry }) } : {}),
      });
      try {
        const results = [];
        // A window of publishes handed over in one tick: the publisher seals them under one
        // signature and commits them with one fdatasync, where awaiting each in turn paid a
        // signature and an fsync per message. The window bounds what is held in memory.
        for (let first = 0; first < inputs.length; first += PUBLISH_WINDOW) {
          const window = inputs.slice(first, first + PUBLISH_WINDOW);
          const settled = await Promise.allSettled(window.map((i) => publisher.publish(i)));
          for (const [k, r] of settled.entries()) {
            if (r.status === "fulfilled") {
              results.push(r.value);
              continue;
            }
            const err: unknown = r.reason;
            if (!isTongbaoError(err)) throw err;
            throw new CliError(
              `message ${first + k + 1} of ${file}: ${err.message} (${err.code})`,
              err.code === "TB_ERR_MARKING" && err.path?.startsWith("recipients")
                ? "a TLP:RED recipient needs a current encryption key in the registry"
                : "fix the message and run again",
              EXIT.usage,
            );
          }
        }
        await publisher.drain(30_000).catch((err: unknown) => {
          throw new CliError(
            `the bus did not acknowledge every message: ${(err as Error).message}`,
            "they are kept in the outbox and sent by the next `tongbao publish` with the same --outbox",
          );
        });
        for (const r of results)
          out.log(
            values.json ? JSON.stringify(r) : `published ${r.id} to ${r.subjects.join(", ")}`,
          );
        return EXIT.ok;
      } finally {
        await publisher.close();
      }
    } finally {
      await registry?.close();
      await closeQuietly(nc);
    }
  },
};

async function signerOf(org: string, path: string): Promise<Signer> {
  try {
    const { privateKey, suite } = await loadPrivateKey(path);
    return { orgId: org, keyId: keyIdFor(org, suite.publicKeyOf(privateKey)), suite, privateKey };
  } catch (err) {
    if (!isTongbaoError(err)) throw err;
    throw new CliError(
      err.message,
      `pass the organisation's signing key (PKCS#8 PEM, mode 0600) with --key or TONGBAO_KEY`,
      EXIT.usage,
    );
  }
}
