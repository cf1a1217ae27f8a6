import { parseSubject, routesFor, type RouteHeader } from "../subjects.js";

/** Where a message's copies go: their subjects, and the token that tells each copy apart. */
export interface Routing {
  subjects: readonly string[];
  /** Recipient (addressed) or sector (broadcast) of each subject; used for fanned-out ids. */
  tokens: readonly string[];
}

interface Remembered {
  type: string;
  source: string;
  status: number;
  tlp: number | null | undefined;
  recipients: readonly string[];
  sectors: readonly number[];
  routing: Routing;
}

/**
 * routesFor, remembered for the last header asked about. A publisher mostly sends runs of
 * messages that go to the same subjects, and working them out again (splitting the type,
 * checking every token, building the subject strings) shows at publish rates. The answer
 * depends only on the fields compared here, so a hit is exactly what routesFor would say;
 * a header it refuses is never remembered.
 */
export class RouteMemo {
  #last: Remembered | undefined;

  routing(h: RouteHeader): Routing {
    const last = this.#last;
    const tlp = h.marking?.tlp;
    const recipients = h.recipients ?? [];
    const sectors = h.sectors ?? [];
    if (
      last &&
      last.type === h.type &&
      last.source === h.source &&
      last.status === h.status &&
      last.tlp === tlp &&
      sameList(last.recipients, recipients) &&
      sameList(last.sectors, sectors)
    ) {
      return last.routing;
    }
    const subjects = routesFor(h);
    const routing: Routing = { subjects, tokens: subjects.map(routeToken) };
    this.#last = {
      type: h.type,
      source: h.source,
      status: h.status,
      tlp,
      recipients: [...recipients],
      sectors: [...sectors],
      routing,
    };
    return routing;
  }
}

function sameList<T>(a: readonly T[], b: readonly T[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** The recipient (addressed) or sector (broadcast) that tells one copy from another. */
function routeToken(subject: string): string {
  const parsed = parseSubject(subject);
  return parsed.kind === "addressed" ? (parsed.recipient as string) : (parsed.sector as string);
}
