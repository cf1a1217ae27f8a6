// The console's page: signs in, then shows what the server lets this user see. Every string
// comes from the catalogue; nothing is fetched from anywhere but this server.
import { CATALOGUE } from "/i18n.js";

let lang = localStorage.getItem("tb-lang") || "zh";
let me = null;
let csrf = "";
let stopFlow = null;

const t = (key) => CATALOGUE[lang][key] ?? key;
const main = document.getElementById("main");

/** Builds an element; children are nodes or text (never parsed as HTML). */
function h(tag, attrs = {}, ...children) {
  const el =
    tag === "svg" || attrs.svg
      ? document.createElementNS("http://www.w3.org/2000/svg", tag)
      : document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (k === "svg" || v === undefined || v === null || v === false) continue;
    if (k.startsWith("on")) el.addEventListener(k.slice(2), v);
    else el.setAttribute(k, String(v));
  }
  for (const c of children.flat())
    if (c !== null && c !== undefined) el.append(c instanceof Node ? c : String(c));
  return el;
}

async function api(method, path, body) {
  const res = await fetch(`/api/${path}`, {
    method,
    headers: {
      ...(body ? { "content-type": "application/json" } : {}),
      ...(method !== "GET" ? { "x-csrf-token": csrf } : {}),
    },
    body: body ? JSON.stringify(body) : undefined,
  });
  const data = await res.json().catch(() => ({}));
  if (!res.ok)
    throw Object.assign(new Error(data.message || res.statusText), {
      status: res.status,
      code: data.code,
    });
  return data;
}

function translateStatic() {
  document.documentElement.lang = lang === "zh" ? "zh-CN" : "en";
  document.getElementById("lang").textContent = lang === "zh" ? "EN" : "中文";
  for (const el of document.querySelectorAll("[data-t]")) el.textContent = t(el.dataset.t);
  for (const el of document.querySelectorAll("[data-role]"))
    el.hidden = !me || me.role !== el.dataset.role;
}

function show(...nodes) {
  if (stopFlow) stopFlow();
  stopFlow = null;
  main.replaceChildren(...nodes);
}

function tlp(v) {
  return h("span", { class: `tlp-${v}` }, `TLP:${String(v).replace("_", "+")}`);
}

function time(v) {
  return v ? new Date(v).toLocaleString(lang === "zh" ? "zh-CN" : "en-GB") : "";
}

function failure(err) {
  return h("p", { class: "error", role: "alert" }, `${t("error")}: ${err.message}`);
}

// ---- sign-in ----
function signInPage(message) {
  const name = h("input", { name: "name", autocomplete: "username", required: true });
  const password = h("input", {
    name: "password",
    type: "password",
    autocomplete: "current-password",
    required: true,
  });
  const form = h(
    "form",
    {
      class: "card signin",
      onsubmit: async (e) => {
        e.preventDefault();
        try {
          const r = await api("POST", "session", { name: name.value, password: password.value });
          me = r.user;
          csrf = r.csrf;
          signedIn();
        } catch (err) {
          signInPage(`${t("signin.failed")}: ${err.message}`);
        }
      },
    },
    h("h2", {}, t("signin.title")),
    h("label", {}, t("signin.name"), name),
    h("label", {}, t("signin.password"), password),
    h("button", { type: "submit", id: "signin" }, t("signin.submit")),
    message ? h("p", { class: "error", role: "alert" }, message) : null,
  );
  document.getElementById("nav").hidden = true;
  document.getElementById("signout").hidden = true;
  document.getElementById("who").textContent = "";
  show(form);
}

function signedIn() {
  document.getElementById("nav").hidden = false;
  document.getElementById("signout").hidden = false;
  document.getElementById("who").textContent =
    me.role === "operator" ? `${me.name} (operator)` : `${me.name} · ${me.org}`;
  translateStatic();
  route();
}

// ---- pages ----
const FAMILIES = [
  "",
  "bulletin",
  "vulnerability",
  "warning",
  "incident",
  "exposure",
  "rectification",
  "receipt",
  "feedback",
  "inspection",
  "emergency",
  "tracking",
];

function filterForm(values, onApply) {
  const family = h(
    "select",
    { name: "family" },
    FAMILIES.map((f) => h("option", { value: f, selected: f === (values.family ?? "") }, f || "—")),
  );
  const origin = h("input", { name: "origin", value: values.origin ?? "", size: 10 });
  const sector = h("input", { name: "sector", value: values.sector ?? "", size: 10 });
  const marking = h(
    "select",
    { name: "tlp" },
    ["", "CLEAR", "GREEN", "AMBER", "AMBER_STRICT", "RED"].map((v) =>
      h("option", { value: v, selected: v === (values.tlp ?? "") }, v || "—"),
    ),
  );
  const status = h(
    "select",
    { name: "status" },
    ["", "live", "exercise", "test"].map((v) =>
      h("option", { value: v, selected: v === (values.status ?? "") }, v || "—"),
    ),
  );
  return h(
    "form",
    {
      class: "inline",
      onsubmit: (e) => {
        e.preventDefault();
        onApply({
          family: family.value,
          origin: origin.value,
          sector: sector.value,
          tlp: marking.value,
          status: status.value,
        });
      },
    },
    h("label", {}, t("filter.family"), family),
    h("label", {}, t("filter.origin"), origin),
    h("label", {}, t("filter.sector"), sector),
    h("label", {}, t("filter.tlp"), marking),
    h("label", {}, t("filter.status"), status),
    h("button", { type: "submit" }, t("filter.apply")),
  );
}

function flowPage(params) {
  const body = h("tbody", { id: "flow-rows" });
  const table = h(
    "table",
    {},
    h(
      "thead",
      {},
      h(
        "tr",
        {},
        [
          "col.time",
          "col.family",
          "col.source",
          "col.title",
          "col.tlp",
          "col.recipients",
          "col.status",
        ].map((k) => h("th", {}, t(k))),
      ),
    ),
    body,
  );
  const filters = filterForm(params, (f) => {
    const q = new URLSearchParams(Object.entries(f).filter(([, v]) => v)).toString();
    location.hash = `#/flow${q ? `?${q}` : ""}`;
  });
  show(h("h2", {}, t("flow.title")), filters, table);
  const q = new URLSearchParams(Object.entries(params).filter(([, v]) => v)).toString();
  const source = new EventSource(`/api/flow${q ? `?${q}` : ""}`);
  source.addEventListener("message", (e) => {
    const m = JSON.parse(e.data);
    const row = h(
      "tr",
      { class: "row", "data-id": m.id, onclick: () => (location.hash = `#/message/${m.id}`) },
      h("td", {}, time(m.storedAt)),
      h("td", {}, m.family),
      h("td", {}, m.source),
      h("td", {}, m.sealed ? t("msg.sealed") : m.title),
      h("td", {}, tlp(m.tlp)),
      h("td", {}, m.recipients.join(", ") || m.sectors.join(", ")),
      h("td", {}, m.status),
    );
    body.prepend(row);
  });
  stopFlow = () => source.close();
}

function kv(rows) {
  return h(
    "table",
    {},
    h(
      "tbody",
      {},
      rows
        .filter(([, v]) => v !== undefined && v !== "")
        .map(([k, v]) => h("tr", {}, h("th", {}, k), h("td", {}, v))),
    ),
  );
}

async function messagePage(id) {
  show(h("h2", {}, `${t("msg.title")} ${id}`));
  let m;
  try {
    m = await api("GET", `messages/${encodeURIComponent(id)}`);
  } catch (err) {
    main.append(
      h(
        "p",
        { class: "error", role: "alert", id: "refused" },
        `${t("msg.notfound")} (${err.status})`,
      ),
    );
    return;
  }
  const item = m.item ?? {};
  const tracked = m.tracking?.message ?? {};
  main.append(
    h(
      "div",
      { class: "card" },
      h("h3", {}, t("msg.header")),
      kv([
        ["id", m.id],
        ["type", item.type ?? tracked.type],
        [t("col.source"), item.source ?? tracked.source],
        [t("col.time"), time(item.storedAt ?? tracked.storedAt)],
        [t("col.tlp"), item.tlp ? tlp(item.tlp) : ""],
        [t("col.status"), item.status],
        [t("col.recipients"), (item.recipients ?? []).join(", ")],
        ["sectors", (item.sectors ?? []).join(", ")],
        ["region", item.region],
        ["correlation", item.correlationId],
        ["causation", item.causationId],
      ]),
    ),
    h(
      "div",
      { class: "card" },
      h("h3", {}, t("msg.verification")),
      kv([
        [t("msg.verified"), item.verified ? "✓" : "—"],
        [t("msg.signer"), item.source],
        [t("msg.key"), item.keyId],
        [t("msg.stream"), item.stream ? `${item.stream} #${item.seq}` : ""],
      ]),
    ),
  );
  const recipients = m.tracking?.recipients ?? [];
  if (recipients.length > 0) {
    main.append(
      h(
        "div",
        { class: "card", id: "recipients" },
        h("h3", {}, t("msg.recipients")),
        h(
          "table",
          {},
          h(
            "thead",
            {},
            h(
              "tr",
              {},
              [
                "org",
                t("msg.delivered"),
                t("msg.receipted"),
                t("msg.feedback"),
                t("msg.overdue"),
              ].map((c) => h("th", {}, c)),
            ),
          ),
          h(
            "tbody",
            {},
            recipients.map((r) =>
              h(
                "tr",
                { "data-org": r.org },
                h("td", {}, r.org),
                h("td", {}, r.delivered ? `✓ ${time(r.deliveredAt)}` : "—"),
                h("td", { class: "receipted" }, r.receipted ? `✓ ${time(r.receiptedAt)}` : "—"),
                h("td", {}, r.feedbackGiven ? "✓" : "—"),
                h(
                  "td",
                  { class: r.receiptOverdue || r.feedbackOverdue ? "overdue" : "" },
                  r.receiptOverdue || r.feedbackOverdue ? t("msg.overdue") : "",
                ),
              ),
            ),
          ),
        ),
      ),
    );
  }
  const incident = m.tracking?.incident;
  if (incident) {
    // 初报 / 续报 / 终报 against their deadlines: the initial report's is the policy's (by grade).
    const reports = incident.reports ?? [];
    const phase = (p) => reports.find((r) => r.phase === p);
    const row = (p, key, due) => {
      const r = phase(p);
      const late =
        r && due ? Date.parse(r.time) > Date.parse(due) : !r && due && Date.now() > Date.parse(due);
      return h(
        "tr",
        { "data-phase": p },
        h("td", {}, t(key)),
        h("td", {}, due ? time(due) : "—"),
        h("td", {}, r ? `✓ ${time(r.time)}` : "—"),
        h("td", { class: late ? "overdue" : "" }, late ? t("msg.overdue") : ""),
      );
    };
    main.append(
      h(
        "div",
        { class: "card", id: "incident" },
        h("h3", {}, `${t("msg.incident")} · ${incident.incidentId} · ${incident.grade}`),
        h(
          "table",
          {},
          h(
            "thead",
            {},
            h(
              "tr",
              {},
              ["", t("ob.due"), t("msg.sent"), ""].map((c) => h("th", {}, c)),
            ),
          ),
          h(
            "tbody",
            {},
            row("initial", "phase.initial", incident.initialDueAt),
            row("update", "phase.followup"),
            row("final", "phase.final"),
            // Grade I/II: each recipient owing a forward up the chain, by when.
            Object.entries(incident.forwards ?? {}).map(([org, f]) =>
              h(
                "tr",
                { "data-forward": org },
                h("td", {}, `→ ${org}`),
                h("td", {}, time(f.dueAt)),
                h("td", {}, f.at ? `✓ ${time(f.at)}` : "—"),
                h("td", { class: !f.at && Date.now() > Date.parse(f.dueAt) ? "overdue" : "" }, ""),
              ),
            ),
          ),
        ),
      ),
    );
  }
  if ((m.related ?? []).length > 0) {
    main.append(
      h(
        "div",
        { class: "card" },
        h("h3", {}, t("msg.chain")),
        h(
          "ul",
          {},
          m.related.map((r) =>
            h(
              "li",
              {},
              h("a", { href: `#/message/${r.id}` }, `${r.family} ${r.source} ${time(r.storedAt)}`),
            ),
          ),
        ),
      ),
    );
  }
  main.append(
    h(
      "div",
      { class: "card" },
      h("h3", {}, t("msg.payload")),
      item.sealed
        ? h("p", {}, t("msg.sealed"))
        : h("pre", {}, JSON.stringify(item.payload ?? {}, null, 2)),
    ),
  );
  if (me.role === "officer" && m.item) {
    const said = h("p", { id: "action-result" });
    const act = (path, body) => async () => {
      try {
        const r = await api("POST", `messages/${encodeURIComponent(id)}/${path}`, body);
        said.textContent = `${t("msg.sent")}: ${r.id}`;
      } catch (err) {
        said.replaceChildren(failure(err));
      }
    };
    main.append(
      h(
        "div",
        { class: "card" },
        h(
          "button",
          { id: "receipt", onclick: act("receipt", { outcome: "RECEIPT_OUTCOME_ACCEPTED" }) },
          t("msg.receipt"),
        ),
        " ",
        h(
          "button",
          {
            id: "feedback",
            onclick: act("feedback", {
              status: "HANDLING_STATUS_DONE",
              actionsTaken: [{ description: "已处置 handled" }],
            }),
          },
          t("msg.feedbackDone"),
        ),
        said,
      ),
    );
  }
}

async function obligationsPage() {
  show(h("h2", {}, t("ob.title")));
  try {
    const o = await api("GET", "obligations");
    const overdue = o.overdue?.overdue ?? [];
    main.append(
      h(
        "div",
        { class: "card", id: "overdue" },
        h("h3", {}, `${t("ob.overdue")} (${overdue.length})`),
        overdue.length === 0
          ? h("p", {}, t("ob.none"))
          : h(
              "table",
              {},
              h(
                "thead",
                {},
                h(
                  "tr",
                  {},
                  [t("ob.kind"), t("ob.obligor"), "id", t("ob.due"), t("ob.minutes")].map((c) =>
                    h("th", {}, c),
                  ),
                ),
              ),
              h(
                "tbody",
                {},
                overdue.map((x) =>
                  h(
                    "tr",
                    { class: "overdue-row" },
                    h("td", {}, x.kind),
                    h("td", {}, x.obligor),
                    h("td", {}, h("a", { href: `#/message/${x.targetId}` }, x.targetId)),
                    h("td", {}, time(x.dueAt)),
                    h("td", { class: "overdue" }, x.overdueMinutes),
                  ),
                ),
              ),
            ),
      ),
    );
    const late = o.overdue?.lateInitialReports ?? [];
    if (late.length > 0)
      main.append(
        h(
          "div",
          { class: "card" },
          h("h3", {}, t("ob.late")),
          h("pre", {}, JSON.stringify(late, null, 2)),
        ),
      );
    if (o.open)
      main.append(
        h(
          "div",
          { class: "card", id: "open" },
          h("h3", {}, t("ob.open")),
          h("pre", {}, JSON.stringify(o.open, null, 2)),
        ),
      );
  } catch (err) {
    main.append(failure(err));
  }
}

async function quarantinePage() {
  show(h("h2", {}, t("q.title")));
  try {
    const list = await api("GET", "quarantine");
    if (list.length === 0) return void main.append(h("p", {}, t("q.empty")));
    main.append(
      h(
        "table",
        { id: "quarantine" },
        h(
          "thead",
          {},
          h(
            "tr",
            {},
            ["seq", t("col.time"), t("col.source"), "code", t("q.reason"), ""].map((c) =>
              h("th", {}, c),
            ),
          ),
        ),
        h(
          "tbody",
          {},
          list.map((q) => {
            const reason = h("input", {
              placeholder: t("q.releaseReason"),
              class: "release-reason",
            });
            const said = h("span", { class: "release-result" });
            return h(
              "tr",
              { "data-seq": q.seq },
              h("td", {}, q.seq),
              h("td", {}, time(q.quarantinedAt ?? q.at)),
              h("td", {}, q.origin ?? q.source ?? ""),
              h("td", {}, q.code ?? ""),
              h("td", {}, q.reason ?? q.message ?? ""),
              h(
                "td",
                {},
                reason,
                h(
                  "button",
                  {
                    class: "release",
                    onclick: async () => {
                      try {
                        await api("POST", `quarantine/${q.seq}/release`, { reason: reason.value });
                        said.textContent = t("q.released");
                      } catch (err) {
                        said.replaceChildren(failure(err));
                      }
                    },
                  },
                  t("q.release"),
                ),
                said,
              ),
            );
          }),
        ),
      ),
    );
  } catch (err) {
    main.append(failure(err));
  }
}

function replayPage() {
  const status = h(
    "select",
    { name: "status" },
    ["live", "exercise", "test"].map((v) => h("option", { value: v }, v)),
  );
  const fromSeq = h("input", { name: "fromSeq", value: "1", size: 6 });
  const toSeq = h("input", { name: "toSeq", size: 6 });
  const family = h(
    "select",
    { name: "family" },
    FAMILIES.map((f) => h("option", { value: f }, f || "—")),
  );
  const reason = h("input", { name: "reason", size: 30 });
  const out = h("div", { id: "replay-job" });
  const poll = async (id) => {
    const job = await api("GET", `replays/${id}`);
    out.replaceChildren(
      h(
        "div",
        { class: "card" },
        h("p", { id: "replay-state" }, `${t("r.progress")}: ${job.state}`),
        h("pre", {}, job.lines.join("\n")),
        job.state === "done"
          ? h("a", { id: "replay-download", href: `/api/replays/${id}/download` }, t("r.download"))
          : null,
      ),
    );
    if (job.state === "running") setTimeout(() => void poll(id), 500);
  };
  show(
    h("h2", {}, t("r.title")),
    h(
      "form",
      {
        class: "inline",
        onsubmit: async (e) => {
          e.preventDefault();
          try {
            const job = await api("POST", "replays", {
              status: status.value,
              fromSeq: fromSeq.value,
              toSeq: toSeq.value || undefined,
              family: family.value || undefined,
              reason: reason.value,
            });
            void poll(job.id);
          } catch (err) {
            out.replaceChildren(failure(err));
          }
        },
      },
      h("label", {}, t("r.status"), status),
      h("label", {}, t("r.fromSeq"), fromSeq),
      h("label", {}, t("r.toSeq"), toSeq),
      h("label", {}, t("filter.family"), family),
      h("label", {}, t("r.reason"), reason),
      h("button", { type: "submit", id: "replay-start" }, t("r.start")),
    ),
    out,
  );
}

async function registryPage() {
  show(h("h2", {}, t("k.title")));
  try {
    const r = await api("GET", "registry");
    const cols = (rows) => [...new Set(rows.flatMap((x) => Object.keys(x)))].slice(0, 8);
    const table = (rows) => {
      const c = cols(rows);
      return h(
        "table",
        {},
        h(
          "thead",
          {},
          h(
            "tr",
            {},
            c.map((k) => h("th", {}, k)),
          ),
        ),
        h(
          "tbody",
          {},
          rows.map((x) =>
            h(
              "tr",
              {},
              c.map((k) =>
                h("td", {}, typeof x[k] === "object" ? JSON.stringify(x[k]) : (x[k] ?? "")),
              ),
            ),
          ),
        ),
      );
    };
    main.append(
      h("div", { class: "card", id: "keys" }, h("h3", {}, t("k.keys")), table(r.keys)),
      h("div", { class: "card", id: "audit" }, h("h3", {}, t("k.audit")), table(r.audit)),
    );
  } catch (err) {
    main.append(failure(err));
  }
}

function bars(title, counts) {
  const entries = Object.entries(counts)
    .sort((a, b) => b[1] - a[1])
    .slice(0, 12);
  const max = Math.max(1, ...entries.map(([, v]) => v));
  const rowH = 22;
  const svg = h("svg", {
    viewBox: `0 0 320 ${Math.max(1, entries.length) * rowH}`,
    width: "100%",
    role: "img",
    "aria-label": title,
  });
  entries.forEach(([k, v], i) => {
    svg.append(
      h("text", { svg: true, x: 0, y: i * rowH + 15, "font-size": 12 }, k),
      h("rect", {
        svg: true,
        x: 110,
        y: i * rowH + 4,
        width: Math.max(1, (v / max) * 180),
        height: 14,
        fill: "#2a6fb0",
      }),
      h("text", { svg: true, x: 115 + (v / max) * 180, y: i * rowH + 15, "font-size": 12 }, v),
    );
  });
  return h("div", { class: "card" }, h("h3", {}, title), svg);
}

function timeline(title, hours, byFamily) {
  const totals = hours.map((_, i) =>
    Object.values(byFamily).reduce((s, row) => s + (row[i] ?? 0), 0),
  );
  const max = Math.max(1, ...totals);
  const svg = h("svg", {
    viewBox: `0 0 ${hours.length} 100`,
    width: "100%",
    height: 120,
    preserveAspectRatio: "none",
    role: "img",
    "aria-label": title,
  });
  totals.forEach((v, i) =>
    svg.append(
      h("rect", {
        svg: true,
        x: i,
        y: 100 - (v / max) * 100,
        width: 0.9,
        height: (v / max) * 100,
        fill: "#12355b",
      }),
    ),
  );
  return h("div", { class: "card" }, h("h3", {}, title), svg);
}

async function situationPage() {
  show(h("h2", {}, t("s.title")));
  try {
    const s = await api("GET", "situation");
    const familyTotals = Object.fromEntries(
      Object.entries(s.byFamily).map(([k, row]) => [k, row.reduce((a, b) => a + b, 0)]),
    );
    main.append(
      h("p", { id: "situation-total" }, `${t("s.total")}: ${s.total}`),
      h(
        "div",
        { class: "charts" },
        timeline(t("s.title"), s.hours, s.byFamily),
        bars(t("s.byFamily"), familyTotals),
        bars(t("s.bySector"), s.bySector),
        bars(t("s.byRegion"), s.byRegion),
        bars(t("s.byGrade"), s.byGrade),
      ),
    );
  } catch (err) {
    main.append(failure(err));
  }
}

// ---- routing ----
function route() {
  if (!me) return signInPage();
  const [path, query = ""] = location.hash.slice(1).split("?");
  const params = Object.fromEntries(new URLSearchParams(query));
  const [, page, arg] = (path || "/flow").split("/");
  for (const a of document.querySelectorAll("#nav a"))
    a.classList.toggle("active", a.getAttribute("href") === `#/${page}`);
  if (page === "message" && arg) return void messagePage(decodeURIComponent(arg));
  if (page === "obligations") return void obligationsPage();
  if (page === "situation") return void situationPage();
  if (page === "quarantine") return void quarantinePage();
  if (page === "replay") return replayPage();
  if (page === "registry") return void registryPage();
  return flowPage(params);
}

window.addEventListener("hashchange", route);
document.getElementById("lang").addEventListener("click", () => {
  lang = lang === "zh" ? "en" : "zh";
  localStorage.setItem("tb-lang", lang);
  translateStatic();
  route();
});
document.getElementById("signout").addEventListener("click", async () => {
  await api("DELETE", "session").catch(() => undefined);
  me = null;
  signInPage();
});

translateStatic();
api("GET", "session")
  .then((r) => {
    me = r.user;
    csrf = r.csrf;
    signedIn();
  })
  .catch(() => signInPage());
