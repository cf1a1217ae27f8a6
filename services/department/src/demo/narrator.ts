import type { InboxEntry, SentMessage } from "../inbox/types.js";
import type { DepartmentService } from "../service/department-service.js";

/** Short names people read: "tongbao.vulnerability.v1.VulnerabilityNotice" → "VulnerabilityNotice". */
export function shortType(type: string): string {
  return type.split(".").pop() ?? type;
}

function title(e: InboxEntry): string {
  const t = e.payload["title"];
  return typeof t === "string" ? ` "${t}"` : "";
}

function marking(tlp: string): string {
  return `TLP:${tlp.replace("_", "+")}`;
}

/**
 * Writes one line per thing that happens on the departments given: what each one sends, what
 * arrives where (with its marking), receipts coming back, and what behaviours decide.
 * Returns a function that stops the narration.
 */
export function narrate(
  services: readonly DepartmentService[],
  write: (line: string) => void,
): () => void {
  const offs: (() => void)[] = [];
  for (const s of services) {
    const org = s.profile.id;
    const onPublished = (m: SentMessage) => {
      if (m.type.endsWith(".Receipt")) return;
      const to =
        m.recipients.length > 0
          ? `to ${m.recipients.join(", ")}`
          : `broadcast to sectors ${m.sectors.join(", ") || "all"}`;
      write(
        `  ${org.padEnd(8)} sends    ${shortType(m.type)} ${marking(m.tlp)} ${to}${m.behaviour ? ` (behaviour ${m.behaviour})` : ""}`,
      );
    };
    const onDelivered = (e: InboxEntry) => {
      if (e.type.endsWith(".Receipt")) {
        write(
          `  ${org.padEnd(8)} ✓ receipt from ${e.source} for ${String(e.payload["messageId"]).slice(-12)}`,
        );
        return;
      }
      write(
        `  ${org.padEnd(8)} receives ${shortType(e.type)} from ${e.source}${title(e)} ${e.addressed ? "(addressed, verified)" : "(broadcast, verified)"}`,
      );
    };
    const onBehaviour = (n: { behaviour: string; message: string }) =>
      write(`  ${org.padEnd(8)} ⚙ ${n.message}`);
    s.on("published", onPublished);
    s.on("delivered", onDelivered);
    s.on("behaviour", onBehaviour);
    offs.push(() => {
      s.off("published", onPublished);
      s.off("delivered", onDelivered);
      s.off("behaviour", onBehaviour);
    });
  }
  return () => offs.forEach((off) => off());
}
