import { createReadStream } from "node:fs";
import { readFile } from "node:fs/promises";
import { createInterface } from "node:readline";
import type { Readable } from "node:stream";
import { draftMessage, sectorValue, type PublishInput } from "@tongbao/bus";
import { tongbao } from "@tongbao/contracts";
import { TongbaoError, isTongbaoError } from "@tongbao/errors";
import { CliError, EXIT } from "./command.js";

const { Status } = tongbao.envelope.v1;
const { Sector, Tlp, DataLevel } = tongbao.common.v1;

/**
 * One message as an operator writes it in a JSON file: the proto3 JSON mapping for the
 * payload, and readable names for the header facts:
 *   { "type": "tongbao.bulletin.v1.ThreatBulletin", "status": "live",
 *     "marking": { "tlp": "TLP_GREEN", "dataLevel": "DATA_LEVEL_GENERAL" },
 *     "sectors": ["power"], "recipients": [], "payload": { ... } }
 * A JSON file holds one such object or an array of them; a JSON Lines file (.jsonl, .ndjson)
 * or stdin ("-") one object per line.
 */
interface MessageFile {
  type?: unknown;
  status?: unknown;
  marking?: unknown;
  sectors?: unknown;
  recipients?: unknown;
  region?: unknown;
  correlationId?: unknown;
  causationId?: unknown;
  expires?: unknown;
  payload?: unknown;
}

const bad = (path: string, message: string) => new TongbaoError("TB_ERR_SCHEMA", message, { path });

/** True when `path` is read as JSON Lines: "-" (stdin), or a .jsonl / .ndjson file. */
export function isJsonLines(path: string): boolean {
  return path === "-" || /\.(jsonl|ndjson)$/i.test(path);
}

/** Reads and validates every message of the file; refuses the whole file on the first fault. */
export async function readMessages(path: string, source: string): Promise<PublishInput[]> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(await readFile(path, "utf8"));
  } catch (err) {
    throw new CliError(
      `cannot read ${path} as JSON: ${(err as Error).message}`,
      "the file holds one message object or an array of them (JSON Lines: name it .jsonl); see `tongbao publish --help`",
      EXIT.usage,
    );
  }
  const list = Array.isArray(parsed) ? parsed : [parsed];
  const out: PublishInput[] = [];
  for (const [i, item] of list.entries()) {
    const at = Array.isArray(parsed) ? `[${i}]` : "";
    try {
      out.push(validated(item, source));
    } catch (err) {
      if (!isTongbaoError(err)) throw err;
      const where = `${at}${err.path ? `${at ? "." : ""}${err.path}` : ""}`;
      throw new CliError(
        `${path}${where ? ` at ${where}` : ""}: ${err.message} (${err.code})`,
        "fix the message and run again; nothing was published",
        EXIT.usage,
      );
    }
  }
  return out;
}

/** One valid message of a JSON Lines input and the line it came from (1-based). */
export interface MessageLine {
  line: number;
  input: PublishInput;
}

/**
 * A bad line of a JSON Lines input: its number and the field at fault ("" for the line as a
 * whole). The command decides what to tell, since it knows what it already published.
 */
export class BadLine extends Error {
  override name = "BadLine";
  constructor(
    readonly line: number,
    readonly field: string,
    readonly reason: string,
  ) {
    super(`line ${line}${field ? `, field ${field}` : ""}: ${reason}`);
  }
}

/**
 * Reads a JSON Lines input ("-" for stdin) as it arrives, one message per line, each validated
 * as `readMessages` validates (blank lines are skipped), so a long input is never held whole.
 * Throws BadLine at the first line that is not a valid message.
 */
export async function* readMessageLines(
  path: string,
  source: string,
  stdin: Readable = process.stdin,
): AsyncGenerator<MessageLine> {
  const input = path === "-" ? stdin : createReadStream(path, { encoding: "utf8" });
  const opened = new Promise<void>((resolve, reject) => {
    if (path === "-") resolve();
    input.once("open", () => resolve());
    input.once("error", (err: Error) =>
      reject(
        new CliError(
          `cannot read ${path}: ${err.message}`,
          "name a readable .jsonl file, or - for stdin",
          EXIT.usage,
        ),
      ),
    );
  });
  await opened;
  const lines = createInterface({ input, crlfDelay: Infinity });
  let line = 0;
  try {
    for await (const text of lines) {
      line++;
      if (text.trim() === "") continue;
      let item: unknown;
      try {
        item = JSON.parse(text);
      } catch (err) {
        throw new BadLine(line, "", `not JSON: ${(err as Error).message}`);
      }
      let message: PublishInput;
      try {
        message = validated(item, source);
      } catch (err) {
        if (!isTongbaoError(err)) throw err;
        throw new BadLine(line, err.path ?? "", `${err.message} (${err.code})`);
      }
      yield { line, input: message };
    }
  } finally {
    lines.close();
    if (path !== "-") input.destroy();
  }
}

/** The message an operator wrote, checked as the Publisher checks it. */
function validated(item: unknown, source: string): PublishInput {
  const input = toInput(item as MessageFile);
  // The same checks the Publisher makes: contract, schema, marking, routes.
  draftMessage(input, source, "validation", new Date());
  return input;
}

function toInput(m: MessageFile): PublishInput {
  if (m === null || typeof m !== "object") throw bad("", "a message is a JSON object");
  if (typeof m.type !== "string") throw bad("type", "type names the message type");
  if (m.payload === null || typeof m.payload !== "object") {
    throw bad("payload", "payload is the message in the proto3 JSON mapping");
  }
  const input: PublishInput = {
    type: m.type,
    payload: m.payload,
    status: statusOf(m.status),
    marking: markingOf(m.marking),
  };
  if (m.sectors !== undefined) input.sectors = stringList(m.sectors, "sectors").map(sectorOf);
  if (m.recipients !== undefined) input.recipients = stringList(m.recipients, "recipients");
  if (typeof m.region === "string") input.region = m.region;
  if (typeof m.correlationId === "string") input.correlationId = m.correlationId;
  if (typeof m.causationId === "string") input.causationId = m.causationId;
  if (m.expires !== undefined) {
    const t = new Date(String(m.expires));
    if (Number.isNaN(t.getTime())) throw bad("expires", "expires is an RFC 3339 time");
    input.expires = t;
  }
  return input;
}

function statusOf(value: unknown): number {
  const name = String(value ?? "").toUpperCase();
  const n = (Status as unknown as Record<string, number>)[
    name.startsWith("STATUS_") ? name : `STATUS_${name}`
  ];
  if (n === undefined || n === Status.STATUS_UNSPECIFIED) {
    throw bad("status", `status "${String(value)}" is not live, exercise or test`);
  }
  return n;
}

function markingOf(value: unknown): PublishInput["marking"] {
  if (value === null || typeof value !== "object") {
    throw bad("marking", 'marking is { "tlp": "TLP_GREEN", "dataLevel": "DATA_LEVEL_GENERAL" }');
  }
  const m = value as { tlp?: unknown; dataLevel?: unknown };
  const tlp = enumValue(Tlp, "TLP_", m.tlp, "marking.tlp");
  const dataLevel =
    m.dataLevel === undefined
      ? undefined
      : enumValue(DataLevel, "DATA_LEVEL_", m.dataLevel, "marking.dataLevel");
  return { tlp, ...(dataLevel === undefined ? {} : { dataLevel }) };
}

/** An enum value from its proto name, with or without the prefix ("TLP_GREEN", "green"). */
function enumValue(values: object, prefix: string, given: unknown, path: string): number {
  const name = String(given ?? "")
    .toUpperCase()
    .replace(/[+-]/g, "_");
  const n = (values as Record<string, number>)[name.startsWith(prefix) ? name : prefix + name];
  if (n === undefined || n === 0) throw bad(path, `${path} "${String(given)}" is not known`);
  return n;
}

function sectorOf(token: string): number {
  const byName = (Sector as unknown as Record<string, number>)[token];
  if (byName !== undefined) return byName;
  const n = sectorValue(token.toLowerCase());
  if (n === undefined) throw bad("sectors", `"${token}" names no sector`);
  return n;
}

function stringList(value: unknown, path: string): string[] {
  if (!Array.isArray(value) || value.some((v) => typeof v !== "string")) {
    throw bad(path, `${path} is a list of strings`);
  }
  return value as string[];
}
