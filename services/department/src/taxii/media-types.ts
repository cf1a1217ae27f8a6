/** The one media type of TAXII 2.1 (section 1.6.8). */
export const TAXII_MEDIA_TYPE = "application/taxii+json;version=2.1";

interface MediaRange {
  type: string;
  params: Record<string, string>;
  q: number;
}

function parseRanges(header: string): MediaRange[] {
  return header.split(",").map((part) => {
    const [type = "", ...params] = part.split(";").map((s) => s.trim());
    const p = Object.fromEntries(
      params.map((kv) => {
        const [k = "", v = ""] = kv.split("=").map((s) => s.trim());
        return [k.toLowerCase(), v.replace(/^"|"$/g, "")];
      }),
    );
    return { type: type.toLowerCase(), params: p, q: p["q"] === undefined ? 1 : Number(p["q"]) };
  });
}

/**
 * Whether an Accept header admits TAXII 2.1: `application/taxii+json` with version 2.1 or no
 * version (the latest, which is 2.1), or a wildcard. Anything else gets 406.
 */
export function acceptsTaxii(accept: string | undefined): boolean {
  if (!accept) return true;
  return parseRanges(accept).some(
    (r) =>
      r.q > 0 &&
      (r.type === "*/*" ||
        r.type === "application/*" ||
        (r.type === "application/taxii+json" &&
          (r.params["version"] === undefined || r.params["version"] === "2.1"))),
  );
}

/** Whether a request body is declared as TAXII 2.1 (415 otherwise). */
export function isTaxiiContent(contentType: string | undefined): boolean {
  if (!contentType) return false;
  const [r] = parseRanges(contentType);
  return (
    r !== undefined &&
    r.type === "application/taxii+json" &&
    (r.params["version"] === undefined || r.params["version"] === "2.1")
  );
}
