import { showServerLogsOnFailure, waitFor } from "@tongbao/testing";
import { dataLayout } from "@tongbao/organisations";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { toStixObjects } from "../src/stix/to-stix.js";
import { setTaxiiSecret } from "../src/taxii/credentials.js";
import type { Inbox } from "../src/inbox/inbox.js";
import { DepartmentCluster } from "./fixtures/department-cluster.js";
import { stixSchemaValidator } from "./fixtures/stix-schemas.js";

const TAXII = "application/taxii+json;version=2.1";
const SECRETS = { nea: "nea-taxii-secret-0123456789", miit: "miit-taxii-secret-0123456789" };
type Org = keyof typeof SECRETS;

interface Answer {
  status: number;
  headers: Headers;
  json: Record<string, unknown>;
}

function basic(user: string, secret: string): string {
  return `Basic ${Buffer.from(`${user}:${secret}`).toString("base64")}`;
}

/** A bulletin with two IP indicators: a report and two indicators in STIX. */
function bulletin(n: number) {
  return {
    type: "ThreatBulletin",
    marking: { tlp: "GREEN" },
    sectors: ["power"],
    payload: {
      kind: "BULLETIN_KIND_THREAT",
      title: `通报 ${n}`,
      summary: `第${n}号`,
      category: "INCIDENT_CATEGORY_MALWARE",
      indicators: [
        { type: "INDICATOR_TYPE_IP", value: `10.${n >> 8}.${n & 255}.1` },
        { type: "INDICATOR_TYPE_DOMAIN", value: `c2-${n}.example.net` },
      ],
    },
  };
}

/**
 * Counts the entries an inbox announces (flushed, so servable), following the inbox of each
 * new service instance after a restart (`follow()`); `after(n)` resolves once more than n
 * have been announced, or `or` settles, and fails after `timeoutMs`.
 */
function inboxAnnouncements(inbox: () => Inbox) {
  let off = () => {};
  let wake: (() => void) | undefined;
  const state = {
    count: 0,
    follow() {
      off();
      // What a restarted service finds in its journal is on disk already.
      state.count = Math.max(state.count, inbox().size);
      off = inbox().onEntry((e) => {
        state.count = Math.max(state.count, e.n);
        wake?.();
      });
    },
    async after(n: number, or: Promise<unknown> | undefined, timeoutMs: number): Promise<void> {
      let timer: NodeJS.Timeout | undefined;
      try {
        await Promise.race([
          new Promise<void>((resolve) => {
            wake = () => state.count > n && resolve();
            wake();
          }),
          ...(or ? [or] : []),
          new Promise((_, reject) => {
            timer = setTimeout(
              () => reject(new Error(`no new inbox entry at nea within ${timeoutMs} ms`)),
              timeoutMs,
            );
          }),
        ]);
      } finally {
        clearTimeout(timer);
        wake = undefined;
      }
    },
    stop() {
      off();
    },
  };
  state.follow();
  return state;
}

describe("TAXII 2.1 server of each organisation's view", () => {
  let c: DepartmentCluster;
  showServerLogsOnFailure(() => (c ? [c.server] : []));
  let published = 0;
  const publishedIds = new Set<string>();
  const allAtNea = () => {
    const have = new Set(c.inbox("nea").map((e) => e.id));
    return [...publishedIds].every((id) => have.has(id));
  };

  const taxii = async (
    org: Org,
    path: string,
    o: {
      method?: string;
      headers?: Record<string, string>;
      body?: string | Buffer;
      auth?: string | null;
    } = {},
  ): Promise<Answer> => {
    const auth = o.auth === undefined ? basic(org, SECRETS[org]) : o.auth;
    const res = await fetch(`${c.get(org).url}/taxii2${path}`, {
      method: o.method ?? "GET",
      headers: { accept: TAXII, ...(auth ? { authorization: auth } : {}), ...o.headers },
      ...(o.body !== undefined ? { body: o.body } : {}),
    });
    const text = await res.text();
    return {
      status: res.status,
      headers: res.headers,
      json: text ? (JSON.parse(text) as Record<string, unknown>) : {},
    };
  };
  const postObjects = (org: Org, collection: string, objects: unknown[]) =>
    taxii(org, `/${org}/collections/${collection}/objects/`, {
      method: "POST",
      headers: { "content-type": TAXII },
      body: JSON.stringify({ objects }),
    });

  async function publish(count: number): Promise<void> {
    const numbers = Array.from({ length: count }, () => ++published);
    for (let i = 0; i < numbers.length; i += 8) {
      const answers = await Promise.all(
        numbers.slice(i, i + 8).map((n) => c.post("miit", "/messages", bulletin(n))),
      );
      for (const a of answers) {
        expect(a.status, JSON.stringify(a.json)).toBe(202);
        publishedIds.add(a.json["id"] as string);
      }
    }
  }

  const expectedIds = () => {
    const ids = new Set<string>();
    for (const e of c.inbox("nea")) {
      if (e.type === "tongbao.bulletin.v1.ThreatBulletin" && e.status === "live") {
        for (const o of toStixObjects(e)) ids.add(o.id);
      }
    }
    return ids;
  };
  const bulletinsAtNea = () =>
    c
      .inbox("nea")
      .filter((e) => e.type === "tongbao.bulletin.v1.ThreatBulletin" && e.source === "miit").length;

  beforeAll(async () => {
    c = await DepartmentCluster.start([]);
    for (const org of ["nea", "miit"] as const) {
      await setTaxiiSecret(dataLayout(c.dir).state(org), org, SECRETS[org]);
      await c.startOne(org);
    }
    await publish(3);
    await waitFor(() => bulletinsAtNea() === 3, { name: "3 bulletins at nea", timeout: 20_000 });
  });
  afterAll(async () => {
    await c?.stop();
  });

  it("serves discovery, the API root and its collections to the organisation's own credentials only", async () => {
    const none = await taxii("nea", "/", { auth: null });
    expect(none.status).toBe(401);
    expect(none.headers.get("www-authenticate")).toMatch(/^Basic realm=/);
    expect(none.headers.get("content-type")).toBe(TAXII);
    expect(none.json).toMatchObject({ title: "Unauthorized", http_status: "401" });
    expect((await taxii("nea", "/", { auth: basic("nea", "not-the-secret-of-nea") })).status).toBe(
      401,
    );
    // miit's own secret opens miit's server, not nea's.
    expect((await taxii("nea", "/", { auth: basic("miit", SECRETS.miit) })).status).toBe(401);
    expect((await taxii("miit", "/")).status).toBe(200);

    const discovery = await taxii("nea", "/");
    expect(discovery.status).toBe(200);
    expect(discovery.headers.get("content-type")).toBe(TAXII);
    const roots = discovery.json["api_roots"] as string[];
    expect(roots).toEqual([`${c.get("nea").url}/taxii2/nea/`]);
    const root = await taxii("nea", "/nea/");
    expect(root.json).toMatchObject({ versions: [TAXII], max_content_length: 4 * 1_048_576 });
    const collections = (await taxii("nea", "/nea/collections/")).json["collections"] as {
      id: string;
      alias: string;
      can_read: boolean;
      can_write: boolean;
      media_types: string[];
    }[];
    expect(collections.map((x) => [x.alias, x.can_read, x.can_write])).toEqual([
      ["live-bulletin", true, true],
      ["live-vulnerability", true, false],
      ["live-exposure", true, false],
      ["live-incident", true, false],
      ["exercise-bulletin", true, true],
      ["exercise-vulnerability", true, false],
      ["exercise-exposure", true, false],
      ["exercise-incident", true, false],
    ]);
    expect(collections[0]!.media_types).toEqual(["application/stix+json;version=2.1"]);
    const one = await taxii("nea", `/nea/collections/${collections[0]!.id}/`);
    expect(one.json).toEqual(collections[0]);
    expect((await taxii("nea", "/nea/collections/no-such-collection/")).status).toBe(404);
  });

  it("negotiates application/taxii+json;version=2.1: 406, 415 and 413, each beside a request that passes", async () => {
    const objects = "/nea/collections/live-bulletin/objects/";
    expect((await taxii("nea", objects, { headers: { accept: "application/json" } })).status).toBe(
      406,
    );
    expect(
      (await taxii("nea", objects, { headers: { accept: "application/taxii+json;version=2.0" } }))
        .status,
    ).toBe(406);
    expect((await taxii("nea", objects, { headers: { accept: TAXII } })).status).toBe(200);
    expect(
      (await taxii("nea", objects, { headers: { accept: "application/taxii+json" } })).status,
    ).toBe(200);
    expect((await taxii("nea", objects, { headers: { accept: "*/*" } })).status).toBe(200);

    const envelope = JSON.stringify({ objects: [] });
    const wrongType = await taxii("nea", objects, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: envelope,
    });
    expect(wrongType.status).toBe(415);
    expect(wrongType.json["title"]).toBe("Unsupported media type");
    const right = await taxii("nea", objects, {
      method: "POST",
      headers: { "content-type": TAXII },
      body: envelope,
    });
    expect(right.status).toBe(202);
    const tooLarge = await taxii("nea", objects, {
      method: "POST",
      headers: { "content-type": TAXII },
      body: Buffer.alloc(4 * 1_048_576 + 1, 0x20),
    });
    expect(tooLarge.status).toBe(413);
    expect(tooLarge.json["http_status"]).toBe("413");
  });

  it("filters by match[type], match[id] and match[version], and serves the manifest, an object and its versions", async () => {
    const path = "/nea/collections/live-bulletin";
    const manifest = await taxii("nea", `${path}/manifest/`);
    const records = manifest.json["objects"] as {
      id: string;
      date_added: string;
      version: string;
      media_type: string;
    }[];
    expect(records.length).toBeGreaterThanOrEqual(11); // 3 × (report + 2 indicators), identity, marking
    expect(records[0]).toMatchObject({ media_type: "application/stix+json;version=2.1" });
    expect(manifest.headers.get("x-taxii-date-added-first")).toBe(records[0]!.date_added);
    expect(manifest.headers.get("x-taxii-date-added-last")).toBe(records.at(-1)!.date_added);
    const added = records.map((r) => r.date_added);
    expect([...added].sort()).toEqual(added);
    expect(new Set(added).size).toBe(added.length);

    const indicators = await taxii("nea", `${path}/objects/?match[type]=indicator`);
    const ind = indicators.json["objects"] as { id: string; type: string; modified: string }[];
    expect(ind.length).toBe(6);
    expect(ind.every((o) => o.type === "indicator")).toBe(true);
    const two = await taxii("nea", `${path}/objects/?match[type]=report,identity`);
    expect(new Set((two.json["objects"] as { type: string }[]).map((o) => o.type))).toEqual(
      new Set(["report", "identity"]),
    );

    const target = ind[1]!;
    const byId = await taxii("nea", `${path}/objects/?match[id]=${target.id}`);
    expect((byId.json["objects"] as { id: string }[]).map((o) => o.id)).toEqual([target.id]);
    const object = await taxii("nea", `${path}/objects/${target.id}/`);
    expect(object.json["objects"]).toEqual([target]);
    const versions = await taxii("nea", `${path}/objects/${target.id}/versions/`);
    expect(versions.json).toEqual({ more: false, versions: [target.modified] });
    for (const v of ["first", "last", "all", target.modified]) {
      const r = await taxii("nea", `${path}/objects/${target.id}/?match[version]=${v}`);
      expect(r.json["objects"], v).toEqual([target]);
    }
    const other = await taxii(
      "nea",
      `${path}/objects/${target.id}/?match[version]=2001-01-01T00:00:00.000Z`,
    );
    expect(other.json["objects"]).toBeUndefined();
    expect(
      (await taxii("nea", `${path}/objects/indicator--00000000-0000-4000-8000-000000000000/`))
        .status,
    ).toBe(404);

    // added_after is exclusive: after the 4th object's date_added come the 5th onwards.
    const after = await taxii("nea", `${path}/objects/?added_after=${records[3]!.date_added}`);
    expect((after.json["objects"] as { id: string }[]).map((o) => o.id)).toEqual(
      records.slice(4).map((r) => r.id),
    );
    const bad = await taxii("nea", `${path}/objects/?added_after=yesterday`);
    expect(bad.status).toBe(400);
    expect(bad.json["description"]).toContain("added_after");
  });

  it("takes POSTed objects with a 202 status resource: successes, failures with their reason, pendings", async () => {
    const t = "2026-11-28T09:00:00.000Z";
    const common = { spec_version: "2.1", created: t, modified: t };
    const objects = [
      {
        type: "report",
        id: "report--11111111-1111-4111-8111-111111111111",
        ...common,
        name: "Posted over TAXII",
        published: t,
        object_refs: ["indicator--22222222-2222-4222-8222-222222222222"],
      },
      {
        type: "indicator",
        id: "indicator--22222222-2222-4222-8222-222222222222",
        ...common,
        pattern: "[url:value = 'http://taxii.example/x']",
        pattern_type: "stix",
        valid_from: t,
      },
      {
        type: "indicator",
        id: "indicator--33333333-3333-4333-8333-333333333333",
        ...common,
        pattern_type: "stix",
        valid_from: t,
      },
      {
        type: "indicator",
        id: "indicator--44444444-4444-4444-8444-444444444444",
        ...common,
        pattern: "[process:name = 'x']",
        pattern_type: "stix",
        valid_from: t,
      },
      {
        type: "attack-pattern",
        id: "attack-pattern--55555555-5555-4555-8555-555555555555",
        ...common,
        name: "Phishing",
      },
      {
        type: "marking-definition",
        id: "marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb",
        spec_version: "2.1",
        created: "2022-10-01T00:00:00.000Z",
        name: "TLP:GREEN",
        extensions: {
          "extension-definition--60a3c5c5-0d10-413e-aab3-9e08dde9e88d": {
            extension_type: "property-extension",
            tlp_2_0: "green",
          },
        },
      },
    ];
    const answer = await postObjects("miit", "live-bulletin", objects);
    expect(answer.status).toBe(202);
    expect(answer.headers.get("content-type")).toBe(TAXII);
    expect(answer.json).toMatchObject({ status: "pending", total_count: 6, pending_count: 6 });
    expect((answer.json["pendings"] as { id: string }[]).map((p) => p.id)).toEqual(
      objects.map((o) => o.id),
    );
    const id = answer.json["id"] as string;
    let status: Record<string, unknown> = {};
    await waitFor(
      async () => {
        status = (await taxii("miit", `/miit/status/${id}/`)).json;
        return status["status"] === "complete";
      },
      { name: "the POST's status complete", timeout: 20_000 },
    );
    expect(status).toMatchObject({
      total_count: 6,
      success_count: 3,
      failure_count: 3,
      pending_count: 0,
      pendings: [],
    });
    const successes = status["successes"] as { id: string; message: string }[];
    expect(successes.map((s) => s.id).sort()).toEqual(
      [objects[0]!.id, objects[1]!.id, objects[5]!.id].sort(),
    );
    const messageId = /ThreatBulletin (\S+)$/.exec(
      successes.find((s) => s.id === objects[0]!.id)!.message,
    )![1]!;
    const failures = Object.fromEntries(
      (status["failures"] as { id: string; message: string }[]).map((f) => [f.id, f.message]),
    );
    expect(failures[objects[2]!.id]).toContain("pattern is required");
    expect(failures[objects[3]!.id]).toContain("process:name is not an indicator Tongbao carries");
    expect(failures[objects[4]!.id]).toContain("no STIX attack-pattern");
    await waitFor(() => c.inbox("nea").some((e) => e.id === messageId), {
      name: "the posted bulletin at nea",
      timeout: 20_000,
    });
    const entry = c.inbox("nea").find((e) => e.id === messageId)!;
    // The report names no marking: what is unmarked goes out as AMBER.
    expect(entry).toMatchObject({ source: "miit", tlp: "AMBER" });
    expect(entry.payload["indicators"]).toEqual([
      { type: "INDICATOR_TYPE_URL", value: "http://taxii.example/x" },
    ]);
    // nea receives vulnerability notices but may not publish them: the collection is read-only.
    const readOnly = await postObjects("nea", "live-vulnerability", objects);
    expect(readOnly.status).toBe(403);
    expect((await taxii("miit", "/miit/status/00000000-0000-4000-8000-000000000000/")).status).toBe(
      404,
    );
  });

  it("pages through 2,000+ objects, limit 37, while more are published and across a restart: each object exactly once", async () => {
    await publish(330);
    await waitFor(allAtNea, {
      name: "the first bulletins at nea",
      timeout: 60_000,
    });
    const path = "/nea/collections/live-bulletin/objects/";
    const seen = new Map<string, number>();
    let next: string | undefined;
    let last: string | undefined;
    let pages = 0;
    let waits = 0;
    let restarted = false;
    // nea's inbox announces an entry once its journal line is flushed, which is when TAXII
    // serves it: a client that has caught up waits for the next announcement, not a poll.
    const news = inboxAnnouncements(() => c.get("nea").service.inbox);
    const oasis = stixSchemaValidator();
    const more = publish(340);
    let publishing = true;
    const published = more.finally(() => (publishing = false));
    try {
      for (;;) {
        // Three ways clients continue: next alone (the spec), next with added_after (OpenCTI's
        // ingester, opencti#5681), added_after from X-TAXII-Date-Added-Last (opencti#4537).
        const q = new URLSearchParams({ limit: "37" });
        if (next) q.set("next", next);
        if (last && (!next || pages % 3 === 1)) q.set("added_after", last);
        const announcedBefore = news.count;
        const r = await taxii("nea", `${path}?${q}`);
        expect(r.status, JSON.stringify(r.json)).toBe(200);
        pages++;
        const objects = (r.json["objects"] as { id: string; type: string }[] | undefined) ?? [];
        expect(objects.length).toBeLessThanOrEqual(37);
        for (const o of objects) {
          seen.set(o.id, (seen.get(o.id) ?? 0) + 1);
          expect(oasis(o), o.id).toEqual([]);
        }
        if (objects.length) last = r.headers.get("x-taxii-date-added-last")!;
        next = r.json["more"] ? (r.json["next"] as string) : undefined;
        if (pages === 12 && !restarted) {
          // The service stops mid-way and starts again on the same data: the cursor stays valid.
          await c.stopOne("nea");
          await c.startOne("nea");
          news.follow();
          restarted = true;
          continue;
        }
        if (next || objects.length > 0) continue;
        // Caught up: done once everything published is in nea's inbox and has been served.
        if (!publishing && allAtNea() && [...expectedIds()].every((id) => seen.has(id))) break;
        // Otherwise the rest is still on its way: wait until nea has announced an entry
        // since this page was asked for (or publishing ends, which may bring nothing new).
        waits++;
        await news.after(announcedBefore, publishing ? published : undefined, 60_000);
      }
    } finally {
      news.stop();
    }
    await more;
    const expected = expectedIds();
    expect(restarted).toBe(true);
    expect(expected.size).toBeGreaterThanOrEqual(2000);
    const repeated = [...seen].filter(([, n]) => n !== 1);
    expect(repeated, "objects served more than once").toEqual([]);
    expect(
      [...expected].filter((id) => !seen.has(id)),
      "objects never served",
    ).toEqual([]);
    expect(seen.size).toBe(expected.size);
    // Throttled: about one page per 37 objects, plus one per wait for new ones.
    expect(pages).toBeLessThan(Math.ceil(expected.size / 37) + waits + 20);
    console.info(
      `paged ${seen.size} objects in ${pages} pages (${waits} waits for new objects) across a restart`,
    );
  }, 240_000);
});
