import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { TongbaoError } from "@tongbao/errors";
import { validateXML } from "xmllint-wasm";
import type { SentMessage } from "../inbox/types.js";
import type { DepartmentService } from "../service/department-service.js";
import { readCapAlert } from "./cap.js";

/** The OASIS CAP 1.2 schema the served alerts are valid against, and posted ones checked by. */
export const CAP_XSD_FILE = fileURLToPath(
  new URL("../../../../schemas/cap/CAP-v1.2.xsd", import.meta.url),
);
let xsd: Promise<string> | undefined;

const RECEIPT = "tongbao.receipt.v1.Receipt";

/** Payload fields → the CAP element they were read from, for error paths. */
const ELEMENT_OF: Record<string, string> = {
  action: "msgType",
  level: "info.severity",
  category: "info.eventCode",
  title: "info.headline",
  alertItems: "info.description",
  situation: "info.description",
  requiredMeasures: "info.instruction",
  requirements: "info.instruction",
  startTime: "info.effective",
  effectiveTime: "info.effective",
  validity: "info.expires",
  issuingUnit: "info.senderName",
  commandBody: "info.senderName",
  possibleScope: "info.area",
  scope: "info.area",
  incidentId: "incidents",
};

function bad(path: string, message: string, code: "TB_ERR_BAD_REQUEST" | "TB_ERR_SCHEMA") {
  return new TongbaoError(code, message, { path });
}

/** Checks an alert against the CAP 1.2 XSD; TB_ERR_SCHEMA names the first element at fault. */
export async function checkCapAlert(text: string): Promise<void> {
  xsd ??= readFile(CAP_XSD_FILE, "utf8");
  const result = await validateXML({
    xml: [{ fileName: "alert.xml", contents: text }],
    schema: [{ fileName: "CAP-v1.2.xsd", contents: await xsd }],
  });
  if (result.valid) return;
  const first = result.errors[0];
  const message = first?.message ?? result.rawOutput.trim();
  const element = /Element '(?:\{[^}]*\})?([\w:.-]+)'/.exec(message)?.[1] ?? "alert";
  throw bad(element, `the CAP alert is not valid CAP 1.2: ${message.trim()}`, "TB_ERR_SCHEMA");
}

const elementText = (xml: string, name: string): string | undefined =>
  new RegExp(`<(?:\\w+:)?${name}>\\s*([^<]*?)\\s*</(?:\\w+:)?${name}>`).exec(xml)?.[1];

/**
 * A CAP 1.2 alert from the organisation's alerting system as an EarlyWarning or
 * EmergencyResponse, published signed: XSD-valid first, then read (`readCapAlert`; an alert
 * with no `tongbao:` eventCodes is a warning, action from msgType, level from severity).
 * Addressed to the alert's `addresses` (Private) or `recipients`, else broadcast to
 * `sectors`; marked by its `TLP:` code, else CLEAR when Public and AMBER otherwise.
 */
export async function publishCapAlert(
  dept: DepartmentService,
  body: unknown,
  routing: { recipients?: string[]; sectors?: string[] },
): Promise<SentMessage> {
  if (typeof body !== "string" || body.trim() === "") {
    throw bad(
      "content-type",
      "a CAP alert is XML: send it as application/cap+xml (or application/xml)",
      "TB_ERR_BAD_REQUEST",
    );
  }
  await checkCapAlert(body);
  const status = elementText(body, "status");
  if (status === "System" || status === "Draft") {
    throw bad(
      "status",
      `a ${status} alert is not sent on the bus (Actual, Exercise or Test)`,
      "TB_ERR_BAD_REQUEST",
    );
  }
  const reading = readCapAlert(body);
  if (reading.type === RECEIPT) {
    throw bad(
      "msgType",
      `msgType ${elementText(body, "msgType")}: acknowledgements are sent with POST /messages/:id/receipt`,
      "TB_ERR_BAD_REQUEST",
    );
  }
  const coded = /<code>\s*TLP:/.test(body);
  const tlp = coded ? reading.tlp : elementText(body, "scope") === "Public" ? "CLEAR" : "AMBER";
  const recipients = reading.recipients.length ? reading.recipients : (routing.recipients ?? []);
  try {
    return await dept.publishRequest({
      type: reading.type,
      payload: reading.payload,
      status: reading.status,
      marking: { tlp },
      ...(recipients.length ? { recipients } : { sectors: routing.sectors ?? [] }),
    });
  } catch (err) {
    // Contract rules name the payload field, with or without the "payload." of the request.
    if (!(err instanceof TongbaoError) || !err.path) throw err;
    const field = err.path.replace(/^payload\./, "").split(/[.[]/)[0]!;
    if (!(field in ELEMENT_OF) && !err.path.startsWith("payload.")) throw err;
    throw new TongbaoError(err.code, `${err.message} (read from the CAP alert)`, {
      path: ELEMENT_OF[field] ?? "info",
      cause: err,
    });
  }
}
