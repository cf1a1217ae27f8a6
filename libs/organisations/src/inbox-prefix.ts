/** Prefix of an organisation's reply subjects: its connections use it, its users read under it. */
export function inboxPrefixFor(orgId: string): string {
  return `_INBOX.${orgId}`;
}
