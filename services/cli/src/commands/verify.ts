import { readFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import { parseCloudEvent, verifyCloudEvent, type CloudEventVerdict } from "@tongbao/department";
import { isTongbaoError } from "@tongbao/errors";
import { CliError, EXIT, type Command, type Output } from "../command.js";
import { CONNECTION_OPTIONS, CONNECTION_USAGE, closeQuietly, connectBus } from "../connection.js";
import { TRUST_OPTIONS, TRUST_USAGE, openVerifier } from "../trust.js";

/**
 * `tongbao verify --cloudevent FILE`: checks CloudEvents that left Tongbao (a department's
 * HTTP API, SSE inbox or re-publisher) against the registry: the SignedEnvelope they carry
 * verifies, and their attributes and data say what it signed. A file holds one structured
 * CloudEvent, a batch (JSON array) or JSON Lines.
 */
export const verify: Command = {
  usage: `tongbao verify --cloudevent FILE ${CONNECTION_USAGE} ${TRUST_USAGE}`,
  example: "tongbao verify --cloudevent warning.json",
  async run(argv, out) {
    const { values } = parseArgs({
      args: argv,
      options: {
        cloudevent: { type: "string" },
        ...CONNECTION_OPTIONS,
        ...TRUST_OPTIONS,
      },
    });
    if (!values.cloudevent) {
      throw new CliError(
        "--cloudevent FILE is required",
        "e.g. tongbao verify --cloudevent e.json",
        EXIT.usage,
      );
    }
    const events = await readEvents(values.cloudevent);
    const nc = await connectBus(values);
    try {
      const { registry, verifier } = await openVerifier(nc, values);
      try {
        const verdicts: CloudEventVerdict[] = [];
        for (const e of events) verdicts.push(await verifyCloudEvent(e, verifier));
        for (const v of verdicts) print(v, out, values.json);
        return verdicts.every((v) => v.ok) ? EXIT.ok : EXIT.verification;
      } finally {
        await registry.close();
      }
    } finally {
      await closeQuietly(nc);
    }
  },
};

async function readEvents(file: string): Promise<ReturnType<typeof parseCloudEvent>[]> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (err) {
    throw new CliError(`cannot read ${file}: ${(err as Error).message}`, undefined, EXIT.usage);
  }
  let items: unknown[];
  try {
    const trimmed = text.trim();
    items = trimmed.startsWith("[")
      ? (JSON.parse(trimmed) as unknown[])
      : trimmed
          .split("\n")
          .filter(Boolean)
          .map((l) => JSON.parse(l) as unknown);
  } catch (err) {
    throw new CliError(`${file} is not JSON: ${(err as Error).message}`, undefined, EXIT.usage);
  }
  return items.map((item, i) => {
    try {
      return parseCloudEvent(item);
    } catch (err) {
      if (!isTongbaoError(err)) throw err;
      const at = items.length > 1 ? `event ${i + 1}: ` : "";
      throw new CliError(
        `${file}: ${at}${err.message} (field: ${err.path})`,
        undefined,
        EXIT.usage,
      );
    }
  });
}

function print(v: CloudEventVerdict, out: Output, json: boolean): void {
  if (json) {
    out.log(JSON.stringify(v));
    return;
  }
  if (v.error) {
    out.log(`✗ ${v.id}: ${v.error.code}: ${v.error.message}`);
    return;
  }
  const wrong = v.attributes.filter((a) => !a.ok);
  const head = `${v.ok ? "✓" : "✗"} ${v.id}: signed by ${v.signer} (${v.keyId}), data ${v.data}`;
  out.log(head);
  for (const a of wrong) {
    out.log(
      `  ${a.attribute}: the event says ${JSON.stringify(a.event)}, the envelope ${JSON.stringify(a.signed)}`,
    );
  }
}
