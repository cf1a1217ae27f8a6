import { parseArgs } from "node:util";
import { DEFAULT_PORTS } from "@tongbao/organisations/layout";
import { CliError, EXIT, type Command, type Output } from "../command.js";

/** Default address of the tracker's status API (services/tracker, `serveTracking`). */
const DEFAULT_URL =
  process.env["TONGBAO_TRACKER_URL"] ?? `http://127.0.0.1:${DEFAULT_PORTS.tracker}`;

/**
 * `tongbao tracking`: asks the running tracker, over its HTTP status API, for one message with
 * every recipient's state, one department's outstanding obligations, or everything overdue.
 * Talking HTTP keeps the command free of a bus connection.
 */
export const tracking: Command = {
  usage:
    "tongbao tracking (--message ID | --org ORG | --overdue) [--url http://127.0.0.1:18400] [--json]",
  example: "tongbao tracking --org nea",
  async run(argv, out) {
    const { values } = parseArgs({
      args: argv,
      options: {
        message: { type: "string" },
        org: { type: "string" },
        overdue: { type: "boolean", default: false },
        url: { type: "string", default: DEFAULT_URL },
        json: { type: "boolean", default: false },
      },
    });
    const asked = [values.message, values.org, values.overdue || undefined].filter(Boolean);
    if (asked.length !== 1) {
      throw new CliError(
        "say what to show: exactly one of --message ID, --org ORG or --overdue",
        "e.g. tongbao tracking --overdue",
        EXIT.usage,
      );
    }
    const path = values.message
      ? `/messages/${encodeURIComponent(values.message)}`
      : values.org
        ? `/obligations/${encodeURIComponent(values.org)}`
        : "/overdue";
    const body = await ask(values.url, path);
    if (values.json) out.log(JSON.stringify(body, undefined, 2));
    else print(body, out);
    return EXIT.ok;
  },
};

async function ask(base: string, path: string): Promise<Record<string, unknown>> {
  let res: Response;
  try {
    res = await fetch(new URL(path, base));
  } catch (err) {
    throw new CliError(
      `the tracker at ${base} is not reachable (${String(err)})`,
      "start the tracker, or point --url / TONGBAO_TRACKER_URL at it",
      EXIT.unavailable,
    );
  }
  const body = (await res.json()) as Record<string, unknown> & {
    error?: { code: string; message: string };
  };
  if (!res.ok)
    throw new CliError(`${body.error?.code ?? res.status}: ${body.error?.message ?? ""}`);
  return body;
}

interface Row {
  kind?: string;
  obligor?: string;
  targetId?: string;
  dueAt?: string;
  overdue?: boolean;
  org?: string;
  delivered?: boolean;
  receipted?: boolean;
  feedback?: { status: string };
  receiptOverdue?: boolean;
  feedbackOverdue?: boolean;
}

function print(body: Record<string, unknown>, out: Output): void {
  const rows = (key: string) => (Array.isArray(body[key]) ? (body[key] as Row[]) : []);
  if ("recipients" in body) {
    for (const r of rows("recipients")) {
      const late = [r.receiptOverdue && "receipt overdue", r.feedbackOverdue && "feedback overdue"];
      out.log(
        [
          (r.org ?? "").padEnd(16),
          r.delivered ? "delivered" : "not delivered",
          r.receipted ? "receipted" : "no receipt",
          r.feedback ? `feedback ${r.feedback.status}` : "no feedback",
          ...late.filter(Boolean),
        ].join("  "),
      );
    }
    return;
  }
  const list = "obligations" in body ? rows("obligations") : rows("overdue");
  if (list.length === 0) out.log("nothing outstanding");
  for (const o of list) {
    const flag = o.overdue === false ? "" : "  OVERDUE";
    out.log(
      `${(o.obligor ?? "").padEnd(16)} ${(o.kind ?? "").padEnd(15)} due ${o.dueAt ?? "?"}  ${o.targetId ?? ""}${flag}`,
    );
  }
  if ("lateInitialReports" in body) {
    for (const l of rows("lateInitialReports") as (Row & Record<string, unknown>)[]) {
      out.log(
        `late 初报: incident ${String(l["incidentId"])} by ${String(l["reporter"])}, ${String(l["lateMinutes"])} min late`,
      );
    }
  }
}
