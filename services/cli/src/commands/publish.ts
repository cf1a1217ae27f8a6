import { join } from "node:path";
import { parseArgs } from "node:util";
import {
  Publisher,
  keyIdFor,
  loadPrivateKey,
  type PublishInput,
  type PublishResult,
  type Registry,
  type Signer,
} from "@tongbao/bus";
import { tongbao } from "@tongbao/contracts";
import { isTongbaoError } from "@tongbao/errors";
import { DEV_KEY_FILES } from "@tongbao/organisations/layout";
import { redPayloadProtection, type RedKeyDirectory } from "@tongbao/security";
import { CliError, EXIT, type Command, type Output } from "../command.js";
import { CONNECTION_OPTIONS, CONNECTION_USAGE, closeQuietly, connectBus } from "../connection.js";
import { tongbaoHome } from "../home.js";
import { BadLine, isJsonLines, readMessageLines, readMessages } from "../publish-input.js";
import { TRUST_OPTIONS, TRUST_USAGE, openVerifier } from "../trust.js";

/** Messages handed to the publisher at once (sealed and fsync'd together, in its batches). */
const PUBLISH_WINDOW = 1_024;

const env = (name: string): string | undefined => process.env[name] || undefined;

/** One message to publish and where the operator wrote it ("message 3", "line 7"). */
interface Placed {
  at: string;
  /** The input line, for JSON Lines. */
  line?: number;
  input: PublishInput;
}

export const publish: Command = {
  usage:
    "tongbao publish FILE|- --org ORG --key FILE [--outbox DIR] [--dry-run] " +
    `${TRUST_USAGE} ${CONNECTION_USAGE}`,
  example:
    "tongbao publish bulletin.json --org miit --key .tongbao/keys/miit.key\n" +
    "  tongbao publish notices.jsonl --org miit   # JSON Lines: one message per line (also .ndjson, or - for stdin)",
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
        "publish needs a JSON or JSON Lines file, or - for JSON Lines on stdin",
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
    const name = file === "-" ? "stdin" : file;
    // A JSON file is validated whole before anything is sent; JSON Lines are read as they
    // come, a window at a time, so a long input (or a pipe) is never held in memory.
    const messages: AsyncIterable<Placed> = isJsonLines(file)
      ? placedLines(readMessageLines(file, org))
      : placedMessages(await readMessages(file, org));

    if (values["dry-run"]) {
      let valid = 0;
      try {
        for await (const _ of messages) valid++;
      } catch (err) {
        throw err instanceof BadLine ? badLineError(name, err, 0, err.line) : err;
      }
      out.log(
        values.json
          ? JSON.stringify({ valid })
          : `${valid} messages valid; nothing published (--dry-run)`,
      );
      return EXIT.ok;
    }
    const signer = await signerOf(
      org,
      values.key ?? env("TONGBAO_KEY") ?? join(tongbaoHome(), "keys", DEV_KEY_FILES.signer(org)),
    );
    const nc = await connectBus(values);
    // TLP:RED is encrypted to each recipient's current key, which the registry holds: it is
    // opened before the first window that holds a RED message, and not at all without one.
    let registry: Registry | undefined;
    const keys: RedKeyDirectory = {
      currentEncryptionKey: (orgId, at) => registry?.currentEncryptionKey(orgId, at),
    };
    try {
      const publisher = await Publisher.open({
        nc,
        signer,
        producerId: `cli-${org}`,
        outboxDir: values.outbox ?? join(tongbaoHome(), "outbox", `cli-${org}`),
        protection: redPayloadProtection({ keys }),
      });
      let published = 0;
      try {
        const send = async (window: Placed[]): Promise<void> => {
          if (
            !registry &&
            window.some((m) => m.input.marking.tlp === tongbao.common.v1.Tlp.TLP_RED)
          )
            ({ registry } = await openVerifier(nc, values));
          published += await publishWindow(publisher, window, name, values.json, out, published);
        };
        let window: Placed[] = [];
        try {
          for await (const m of messages) {
            window.push(m);
            if (window.length === PUBLISH_WINDOW) {
              await send(window);
              window = [];
            }
          }
        } catch (err) {
          if (!(err instanceof BadLine)) throw err;
          // The window the bad line is in is not published: say what was, and where to resume.
          throw badLineError(name, err, published, window[0]?.line ?? err.line);
        }
        if (window.length > 0) await send(window);
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

/**
 * Hands one window to the publisher in one tick: it seals the window under few signatures and
 * commits it with one fdatasync, where awaiting each message in turn paid a signature and an
 * fsync per message. Once the bus has acknowledged the window, each message is printed as
 * published. A message the publisher refuses stops the command with where it was written;
 * the others of its window are still sent and printed. Returns how many were published.
 */
async function publishWindow(
  publisher: Publisher,
  window: readonly Placed[],
  name: string,
  json: boolean,
  out: Output,
  before: number,
): Promise<number> {
  const settled = await Promise.allSettled(window.map((m) => publisher.publish(m.input)));
  await publisher.drain(30_000).catch((err: unknown) => {
    throw new CliError(
      `the bus did not acknowledge every message: ${(err as Error).message}`,
      "they are kept in the outbox and sent by the next `tongbao publish` with the same --outbox",
    );
  });
  const results: PublishResult[] = [];
  for (const r of settled) if (r.status === "fulfilled") results.push(r.value);
  for (const r of results)
    out.log(json ? JSON.stringify(r) : `published ${r.id} to ${r.subjects.join(", ")}`);
  const refused = settled.findIndex((r) => r.status === "rejected");
  if (refused >= 0) {
    const err: unknown = (settled[refused] as PromiseRejectedResult).reason;
    if (!isTongbaoError(err)) throw err;
    const total = before + results.length;
    throw new CliError(
      `${window[refused]!.at} of ${name}: ${err.message} (${err.code})`,
      (err.code === "TB_ERR_MARKING" && err.path?.startsWith("recipients")
        ? "a TLP:RED recipient needs a current encryption key in the registry"
        : "fix the message and run again") +
        (total > 0 ? `; ${total} other messages were published (printed above)` : ""),
      EXIT.usage,
    );
  }
  return results.length;
}

function badLineError(name: string, err: BadLine, published: number, resumeAt: number): CliError {
  return new CliError(
    `${name} ${err.message}`,
    published === 0
      ? "fix the line and run again; nothing was published"
      : `${published} messages before line ${resumeAt} were published (printed above); nothing ` +
          `from line ${resumeAt} on was — fix line ${err.line} and publish from line ${resumeAt}`,
    EXIT.usage,
  );
}

async function* placedMessages(inputs: readonly PublishInput[]): AsyncGenerator<Placed> {
  for (const [i, input] of inputs.entries()) yield { at: `message ${i + 1}`, input };
}

async function* placedLines(
  lines: AsyncIterable<{ line: number; input: PublishInput }>,
): AsyncGenerator<Placed> {
  for await (const { line, input } of lines) yield { at: `line ${line}`, line, input };
}

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
