import { execFile } from "node:child_process";
import { mkdtemp, readFile, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadTopology, multiFilterConsumers } from "@tongbao/organisations";
import { natsServerBinaries } from "@tongbao/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse, parseAllDocuments } from "yaml";
import { runCli } from "./fixtures/run-cli.js";

const releases = await natsServerBinaries();
// The national topology needs 2.10+ (nkey leaf remotes); older releases only show why.
const national = releases.filter((r) => multiFilterConsumers(r.version));
const older = releases.filter((r) => !multiFilterConsumers(r.version));

/** `nats-server -t -c <config>` in the rendered directory, as a container works in it. */
function configTest(binary: string, dir: string, config: string) {
  return new Promise<{ code: number; output: string }>((resolve) => {
    execFile(binary, ["-t", "-c", config], { cwd: dir }, (err, stdout, stderr) => {
      const code = err ? (typeof err.code === "number" ? err.code : 1) : 0;
      resolve({ code, output: stdout + stderr });
    });
  });
}

interface Manifest {
  kind: string;
  metadata: { name: string; labels?: Record<string, string> };
  spec?: { replicas?: number; template?: { spec: { containers: { args: string[] }[] } } };
  data?: Record<string, string>;
}

/**
 * The deployment files `tongbao deploy render` writes, as CI checks them: every server
 * configuration passes `nats-server -t` of every tested release that runs the national
 * topology, and the compose file and the Kubernetes manifests parse as YAML with the objects
 * the topology calls for. Nothing here starts a container: the machine has no engine.
 */
describe("tongbao deploy render", () => {
  let home: string;
  const dirs: string[] = [];
  const render = async (version: string) => {
    const out = await mkdtemp(join(tmpdir(), "tongbao-render-"));
    dirs.push(out);
    const run = await runCli(["deploy", "render", "--out", out, "--server-version", version], {
      TONGBAO_HOME: home,
    });
    return { out, run };
  };
  beforeAll(async () => {
    home = await mkdtemp(join(tmpdir(), "tongbao-render-home-"));
  });
  afterAll(async () => {
    for (const d of [home, ...dirs]) if (d) await rm(d, { recursive: true, force: true });
  });

  it("finds a nats-server release that runs the national topology", () => {
    expect(national.map((r) => r.version)).not.toEqual([]);
  });

  for (const r of national) {
    it(`renders hub and leaf configurations nats-server ${r.version} accepts, a compose file and Kubernetes manifests`, async () => {
      const topology = await loadTopology();
      const hubNames = Array.from({ length: topology.hub.nodes }, (_, i) => `hub-${i + 1}`);
      const leafNames = topology.provinces.map((p) => `leaf-${p.id}`);
      const { out, run } = await render(r.version);
      expect(run.code, run.stderr).toBe(0);
      expect(run.stdout).toContain(`rendered for nats-server ${r.version}`);

      const configs = (await readdir(join(out, "nats"))).sort();
      expect(configs).toEqual([...hubNames, ...leafNames].map((n) => `${n}.conf`).sort());
      for (const c of configs) {
        const check = await configTest(r.path, out, `nats/${c}`);
        expect(check, `${c} on ${r.version}`).toMatchObject({ code: 0 });
        expect(check.output).toContain("is valid");
      }
      // Control: -t does read what a configuration includes, so a broken one fails.
      await writeFile(join(out, "nats", "control.conf"), 'include "../security/absent.conf"\n');
      expect((await configTest(r.path, out, "nats/control.conf")).code).not.toBe(0);

      const compose = parse(await readFile(join(out, "compose.yaml"), "utf8")) as {
        services: Record<string, { command: string[]; depends_on?: string[] }>;
      };
      expect(Object.keys(compose.services)).toEqual([...hubNames, ...leafNames]);
      for (const [name, s] of Object.entries(compose.services)) {
        expect(s.command).toEqual(["-c", `nats/${name}.conf`]);
      }
      for (const leaf of leafNames) expect(compose.services[leaf]!.depends_on).toEqual(hubNames);

      const docs = parseAllDocuments(await readFile(join(out, "kubernetes/tongbao.yaml"), "utf8"));
      expect(docs.flatMap((d) => d.errors)).toEqual([]);
      const manifests = docs.map((d) => d.toJS() as Manifest);
      const sets = manifests.filter((m) => m.kind === "StatefulSet");
      expect(sets.map((m) => [m.metadata.name, m.spec?.replicas])).toEqual([
        ["hub", topology.hub.nodes],
        ...leafNames.map((n) => [n, 1]),
      ]);
      expect(sets.slice(1).map((m) => m.metadata.labels?.["province"])).toEqual(
        topology.provinces.map((p) => p.id),
      );
      const services = manifests.filter((m) => m.kind === "Service").map((m) => m.metadata.name);
      expect(services).toEqual(["hub", ...leafNames]);
      // The ConfigMap carries the very configurations checked above.
      const configMap = manifests.find((m) => m.kind === "ConfigMap")!;
      for (const c of configs.filter((c) => c !== "control.conf")) {
        expect(configMap.data?.[c]).toBe(await readFile(join(out, "nats", c), "utf8"));
      }
      expect(manifests.find((m) => m.kind === "Secret")?.metadata.name).toBe("tongbao-security");
    });
  }

  for (const r of older) {
    it(`refuses to render for nats-server ${r.version}, which refuses the leaves' nkey uplink`, async () => {
      const refused = await render(r.version);
      expect(refused.run.code).toBe(1);
      expect(refused.run.stderr).toContain("needs nats-server 2.10 or newer");
      // Why: rendered for 2.10, the hub's configurations pass on this release, the leaf's not.
      const { out, run } = await render("2.10.27");
      expect(run.code, run.stderr).toBe(0);
      expect(await configTest(r.path, out, "nats/hub-1.conf")).toMatchObject({ code: 0 });
      const leaf = (await readdir(join(out, "nats"))).find((c) => c.startsWith("leaf-"))!;
      const check = await configTest(r.path, out, `nats/${leaf}`);
      expect(check.code).not.toBe(0);
      expect(check.output).toContain('unknown field "nkey"');
    });
  }
});
