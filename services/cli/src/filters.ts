import { STREAMS, isFamily, streamForStatus, type ReplayFilter } from "@tongbao/bus/read";
import { CONTRACTS, tongbao } from "@tongbao/contracts";
import { CliError, EXIT } from "./command.js";

const { Tlp } = tongbao.common.v1;

/** Message filters shared by `replay` and `tail` (parseArgs shape). */
export const FILTER_OPTIONS = {
  stream: { type: "string" },
  status: { type: "string" },
  subject: { type: "string" },
  family: { type: "string", multiple: true },
  type: { type: "string", multiple: true },
  origin: { type: "string", multiple: true },
  recipient: { type: "string" },
  marking: { type: "string", multiple: true },
} as const;

export const FILTER_USAGE =
  "[--status live|exercise|test | --stream NAME] [--subject S] [--family F]... [--type T]... " +
  "[--origin ORG]... [--recipient ORG] [--marking clear|green|amber|amber-strict|red]...";

export interface FilterValues {
  stream?: string | undefined;
  status?: string | undefined;
  subject?: string | undefined;
  family?: string[] | undefined;
  type?: string[] | undefined;
  origin?: string[] | undefined;
  recipient?: string | undefined;
  marking?: string[] | undefined;
}

const MARKINGS: Record<string, number> = {
  clear: Tlp.TLP_CLEAR,
  white: Tlp.TLP_CLEAR,
  green: Tlp.TLP_GREEN,
  amber: Tlp.TLP_AMBER,
  "amber-strict": Tlp.TLP_AMBER_STRICT,
  "amber+strict": Tlp.TLP_AMBER_STRICT,
  red: Tlp.TLP_RED,
};

const usage = (message: string, hint: string) => new CliError(message, hint, EXIT.usage);

/** The stream to read: --stream, else the stream of --status (live by default). */
export function streamOf(values: FilterValues): string {
  if (values.stream) return values.stream;
  const status = values.status ?? "live";
  if (!["live", "exercise", "test"].includes(status)) {
    throw usage(`--status "${status}" is not a status`, "use live, exercise or test");
  }
  return status === "live" ? STREAMS.LIVE : streamForStatus(status as "exercise" | "test");
}

/** Turns the filter flags into the bus's ReplayFilter. */
export function filterOf(values: FilterValues): ReplayFilter {
  const filter: ReplayFilter = {};
  if (values.subject) filter.subject = values.subject;
  const types = new Set(values.type ?? []);
  for (const family of values.family ?? []) {
    if (!isFamily(family)) {
      const known = [...new Set(CONTRACTS.map((c) => c.family))].join(", ");
      throw usage(`--family "${family}" is not a message family`, `use one of: ${known}`);
    }
    for (const c of CONTRACTS) if (c.family === family) types.add(c.typeName);
  }
  if (types.size > 0) filter.type = [...types];
  if (values.origin?.length) filter.origin = values.origin;
  if (values.recipient) filter.recipient = values.recipient;
  if (values.marking?.length) {
    filter.marking = values.marking.map((m) => {
      const tlp = MARKINGS[m.toLowerCase().replace(/^tlp[:_-]?/, "")];
      if (tlp === undefined) {
        throw usage(
          `--marking "${m}" is not a TLP marking`,
          "use clear, green, amber, amber-strict or red",
        );
      }
      return tlp;
    });
  }
  return filter;
}

/** Parses a time flag (RFC 3339, or a date); refuses anything else with the flag's name. */
export function timeOf(flag: string, value: string): Date {
  const t = new Date(value);
  if (Number.isNaN(t.getTime())) {
    throw usage(
      `${flag} "${value}" is not a time`,
      `use RFC 3339, e.g. ${flag} 2025-06-01T08:00:00Z`,
    );
  }
  return t;
}

/** Parses a positive integer flag. */
export function countOf(flag: string, value: string): number {
  const n = Number(value);
  if (!Number.isSafeInteger(n) || n < 1) {
    throw usage(`${flag} must be a whole number of 1 or more, not "${value}"`, `e.g. ${flag} 1000`);
  }
  return n;
}
