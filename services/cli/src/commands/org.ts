import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { jetstreamManager } from "@nats-io/jetstream";
import { BUCKETS, STREAMS, bucketStream } from "@tongbao/bus";
import { isTongbaoError } from "@tongbao/errors";
import {
  busProfiles,
  connectAs,
  isDurableOf,
  dataLayout,
  loadProfile,
  type DataLayout,
  type DepartmentProfile,
} from "@tongbao/organisations";
import { CONNECTION_OPTIONS, CONNECTION_USAGE, closeQuietly, connectBus } from "../connection.js";
import { CliError, EXIT, type Command, type Output } from "../command.js";
import { tongbaoHome } from "../home.js";
import { runningServer, provisionBus, secureBusFiles } from "../secure-bus.js";

/**
 * `tongbao org add|update|remove`: onboards, changes or removes an organisation while the bus
 * runs. The profile is checked first (a bad one changes nothing and names the field); then
 * its credentials and account are generated, the server reloads its configuration (no
 * restart, nobody disconnected), and as the operator its registry entry, signing key and
 * durables are made.
 */
export const org: Command = {
  usage: `tongbao org add|update PROFILE.json | remove ID [--data-dir DIR] [--profiles DIR] ${CONNECTION_USAGE}`,
  example: "tongbao org add deploy/examples/js-nj-iit.json",
  async run(argv, out) {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        ...CONNECTION_OPTIONS,
        "data-dir": { type: "string", default: tongbaoHome() },
        profiles: { type: "string" },
      },
    });
    const [action, target] = positionals;
    if ((action !== "add" && action !== "update" && action !== "remove") || !target) {
      throw new CliError(
        "say what to do: add PROFILE, update PROFILE or remove ID",
        this.usage,
        EXIT.usage,
      );
    }
    const layout = dataLayout(values["data-dir"]);
    const current = await busProfiles(layout.profiles, values.profiles);
    let next: DepartmentProfile[];
    let changed: DepartmentProfile | undefined;
    if (action === "remove") {
      if (!current.some((p) => p.id === target)) {
        throw new CliError(`no organisation ${target} on this bus`, undefined, EXIT.usage);
      }
      if (!existsSync(join(layout.profiles, `${target}.json`))) {
        throw new CliError(
          `${target} is one of the bus's own profiles (deploy/departments), not an onboarded one`,
          "remove its file from the profiles directory and run `tongbao provision`",
          EXIT.usage,
        );
      }
      next = current.filter((p) => p.id !== target);
    } else {
      changed = await loadProfile(target).catch((err: unknown) => {
        throw new CliError(
          (err as Error).message,
          "fix the profile (see deploy/departments/profile.schema.json); nothing was changed",
          EXIT.usage,
        );
      });
      const exists = current.some((p) => p.id === changed!.id);
      if (action === "add" && exists) {
        throw new CliError(
          `organisation ${changed.id} is already on this bus`,
          "use `tongbao org update`",
          EXIT.usage,
        );
      }
      if (action === "update" && !exists) {
        throw new CliError(
          `organisation ${changed.id} is not on this bus`,
          "use `tongbao org add`",
          EXIT.usage,
        );
      }
      if (action === "update" && !existsSync(join(layout.profiles, `${changed.id}.json`))) {
        throw new CliError(
          `${changed.id} is one of the bus's own profiles (deploy/departments), not an onboarded one`,
          "edit it there and run `tongbao provision`",
          EXIT.usage,
        );
      }
      next = [...current.filter((p) => p.id !== changed!.id), changed];
    }

    const nc = await connectBus(values, layout.home);
    try {
      const version = nc.info?.version ?? "";
      // The profile goes where the bus keeps onboarded organisations, then the configuration.
      if (changed) {
        await mkdir(layout.profiles, { recursive: true });
        await writeFile(join(layout.profiles, `${changed.id}.json`), await readFile(target));
      }
      // A removed organisation's durables go while the server's configuration is steady.
      const removed = changed ? 0 : await removeDurables(nc, target);
      if (!changed) await rm(join(layout.profiles, `${target}.json`));
      await secureBusFiles(layout, next, version);
      await reloadServer(layout, out);
      if (changed) {
        await waitForAccount(layout, changed.id, nc.getServer());
        const r = await afterReload(() => provisionBus(nc, layout, next));
        out.log(
          `${action === "add" ? "added" : "updated"} ${changed.id}: account and credentials ${layout.nkeyFile(changed.id)} ` +
            `(hand it to the organisation with the CA ${layout.caFile}); ` +
            `registry ${r.registeredOrgs.includes(changed.id) ? "entry and " : ""}${r.registeredKeys.length ? "signing key registered" : "entries in place"}; ` +
            `durables ${r.durables.created.length} created, ${r.durables.updated.length} updated`,
        );
      } else {
        await rm(layout.nkeyFile(target), { force: true });
        out.log(
          `removed ${target}: account and credentials gone, ${removed} durables deleted; its registry entry and keys stay (revoke them with \`tongbao keys revoke\`)`,
        );
      }
      return EXIT.ok;
    } finally {
      await closeQuietly(nc);
    }
  },
};

/**
 * Runs the operator's JetStream work after a reload: for a moment the server can answer the
 * owner account's API with "no responders" while it rewires the accounts, so that is retried.
 */
async function afterReload<T>(work: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await work();
    } catch (err) {
      if (attempt >= 10 || !/no responders|not enabled/i.test(String(err))) throw err;
      await new Promise((r) => setTimeout(r, 500));
    }
  }
}

/** Has the bus's server re-read its configuration (SIGHUP), or says how to. */
async function reloadServer(layout: DataLayout, out: Output): Promise<void> {
  const pid = await runningServer(layout);
  if (!pid) {
    out.log(
      "no local nats-server for this data directory: reload yours with `nats-server --signal reload`",
    );
    return;
  }
  process.kill(pid, "SIGHUP");
}

/**
 * Waits until the reloaded server lets the organisation in under its new credentials and its
 * grant answers (a registry read through its import). nats-server (2.9 to 2.15, measured)
 * wires the service imports of an account that a reload creates only on the next reload, so
 * the configuration is reloaded again until the grant answers.
 */
async function waitForAccount(layout: DataLayout, orgId: string, server: string): Promise<void> {
  const deadline = Date.now() + 15_000;
  let last: unknown;
  while (Date.now() < deadline) {
    try {
      const nc = await connectAs({
        url: `tls://${server}`,
        nkey: layout.nkeyFile(orgId),
        tlsCa: layout.caFile,
        orgId,
        name: `tongbao-org-check`,
        maxReconnectAttempts: 0,
      });
      try {
        await nc.request(
          `$JS.API.DIRECT.GET.${bucketStream(BUCKETS.REGISTRY)}`,
          JSON.stringify({ seq: 1, next_by_subj: `$KV.${BUCKETS.REGISTRY}.>` }),
          { timeout: 2_000 },
        );
        return;
      } finally {
        await nc.close();
      }
    } catch (err) {
      last = err;
      const pid = await runningServer(layout);
      if (pid && /no responders/i.test(String(err))) process.kill(pid, "SIGHUP");
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  throw new CliError(
    `the server does not accept ${orgId}'s new credentials and grant: ${isTongbaoError(last) ? last.message : String(last)}`,
    "check the server log; reload it with `nats-server --signal reload`",
  );
}

async function removeDurables(
  nc: Parameters<typeof jetstreamManager>[0],
  orgId: string,
): Promise<number> {
  // A loaded server can take more than the default 5 s to answer a consumer listing.
  const jsm = await jetstreamManager(nc, { timeout: 15_000 });
  let n = 0;
  for (const stream of [STREAMS.LIVE, STREAMS.EXERCISE, STREAMS.TEST]) {
    for await (const c of jsm.consumers.list(stream)) {
      if (!isDurableOf(orgId, c.name)) continue;
      await jsm.consumers.delete(stream, c.name);
      n++;
    }
  }
  return n;
}
