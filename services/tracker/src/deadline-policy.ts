import { readFile } from "node:fs/promises";
import { TongbaoError } from "@tongbao/errors";
import { Ajv2020, type ErrorObject } from "ajv/dist/2020.js";

/** Incident grades as the policy names them (GB/T 20986-2023 I–IV, plus not yet graded). */
export type GradeName = "I" | "II" | "III" | "IV" | "UNGRADED";

/** Who reports an incident, which decides the 初报 deadline (国家网络安全事件报告管理办法). */
export type ReporterKind = "critical-infrastructure" | "central-organ" | "other";

/** When a reminder and then an escalation go out, in minutes after the obligation fell due. */
export interface FollowUp {
  remindAfterMinutes: number;
  escalateAfterMinutes: number;
}

export interface InitialReportRule {
  reporter: ReporterKind;
  /** Grades the rule applies to; a report of another grade falls through to the next rule. */
  grades: GradeName[];
  withinMinutes: number;
}

export interface DeadlinePolicy {
  /** Every recipient of an addressed message owes a receipt within this time of its signing. */
  receipt: FollowUp & { withinMinutes: number };
  /** Feedback is owed by the message's own deadline (rectification deadline, required measures). */
  feedback: FollowUp;
  incident: {
    /** First matching rule gives the 初报 deadline, counted from discovery (or occurrence). */
    initialReport: InitialReportRule[];
    /** Organisations that count as central state organs when they report. */
    centralOrgans: string[];
    /** Recipients of a report of these grades forward it on within `forwardWithinMinutes`. */
    forwardGrades: GradeName[];
    forwardWithinMinutes: number;
    /** Reports of these grades go to `escalationOrg` at once; if not addressed to it, the tracker does. */
    escalateAtOnceGrades: GradeName[];
    escalationOrg: string;
    followUp: FollowUp;
  };
}

const GRADES = ["I", "II", "III", "IV", "UNGRADED"];
const minutes = { type: "number", minimum: 0 };
const followUp = {
  remindAfterMinutes: minutes,
  escalateAfterMinutes: minutes,
};
const orgId = { type: "string", pattern: "^[a-z0-9]+(-[a-z0-9]+)*$" };

const SCHEMA = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  type: "object",
  additionalProperties: false,
  required: ["receipt", "feedback", "incident"],
  properties: {
    $schema: { type: "string" },
    receipt: {
      type: "object",
      additionalProperties: false,
      required: ["withinMinutes", "remindAfterMinutes", "escalateAfterMinutes"],
      properties: { withinMinutes: minutes, ...followUp },
    },
    feedback: {
      type: "object",
      additionalProperties: false,
      required: ["remindAfterMinutes", "escalateAfterMinutes"],
      properties: followUp,
    },
    incident: {
      type: "object",
      additionalProperties: false,
      required: [
        "initialReport",
        "centralOrgans",
        "forwardGrades",
        "forwardWithinMinutes",
        "escalateAtOnceGrades",
        "escalationOrg",
        "followUp",
      ],
      properties: {
        initialReport: {
          type: "array",
          minItems: 1,
          items: {
            type: "object",
            additionalProperties: false,
            required: ["reporter", "grades", "withinMinutes"],
            properties: {
              reporter: { enum: ["critical-infrastructure", "central-organ", "other"] },
              grades: { type: "array", minItems: 1, items: { enum: GRADES }, uniqueItems: true },
              withinMinutes: minutes,
            },
          },
        },
        centralOrgans: { type: "array", items: orgId, uniqueItems: true },
        forwardGrades: { type: "array", items: { enum: GRADES }, uniqueItems: true },
        forwardWithinMinutes: minutes,
        escalateAtOnceGrades: { type: "array", items: { enum: GRADES }, uniqueItems: true },
        escalationOrg: orgId,
        followUp: {
          type: "object",
          additionalProperties: false,
          required: ["remindAfterMinutes", "escalateAfterMinutes"],
          properties: followUp,
        },
      },
    },
  },
} as const;

const validate = new Ajv2020({ allErrors: true, strict: true }).compile(SCHEMA);

/** Checks a policy object; TB_ERR_CONFIG naming the first wrong field. */
export function deadlinePolicy(input: unknown): DeadlinePolicy {
  if (!validate(input)) {
    const err = (validate.errors ?? [])[0] as ErrorObject;
    const path = fieldPath(err);
    throw new TongbaoError("TB_ERR_CONFIG", `deadline policy: ${path} ${err.message ?? ""}`, {
      path,
    });
  }
  const policy = input as unknown as DeadlinePolicy;
  for (const [name, f] of [
    ["receipt", policy.receipt],
    ["feedback", policy.feedback],
    ["incident.followUp", policy.incident.followUp],
  ] as const) {
    if (f.escalateAfterMinutes < f.remindAfterMinutes) {
      throw new TongbaoError(
        "TB_ERR_CONFIG",
        `deadline policy: ${name}.escalateAfterMinutes must not come before remindAfterMinutes`,
        { path: `${name}.escalateAfterMinutes` },
      );
    }
  }
  return policy;
}

/** Reads and checks a policy file (JSON). */
export async function loadDeadlinePolicy(path: string): Promise<DeadlinePolicy> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (err) {
    throw new TongbaoError("TB_ERR_CONFIG", `cannot read deadline policy ${path}: ${String(err)}`, {
      cause: err,
    });
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    throw new TongbaoError("TB_ERR_CONFIG", `deadline policy ${path} is not JSON: ${String(err)}`, {
      cause: err,
    });
  }
  return deadlinePolicy(json);
}

function fieldPath(err: ErrorObject): string {
  const base = err.instancePath.replace(/^\//, "").replace(/\//g, ".");
  const extra =
    err.keyword === "required"
      ? (err.params as { missingProperty: string }).missingProperty
      : err.keyword === "additionalProperties"
        ? (err.params as { additionalProperty: string }).additionalProperty
        : "";
  const path = [base, extra].filter(Boolean).join(".");
  return path || "(root)";
}
