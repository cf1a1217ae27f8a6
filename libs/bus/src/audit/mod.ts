// Audit: operator actions recorded in TB_AUDIT.
export { AuditLog, decodeAuditRecord } from "./audit-log.js";
export type { AuditEntry, AuditReceipt, AuditRecord } from "./audit-record.js";
