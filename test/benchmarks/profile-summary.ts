// Summarises V8 CPU profiles (`node --cpu-prof`): where the samples fell, by function and by
// package, so a note on a missed target can say what holds it back.
//
//   node --import tsx/esm test/benchmarks/profile-summary.ts <file.cpuprofile | dir> [top]
import { readdir, readFile, stat } from "node:fs/promises";
import { join } from "node:path";

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
  children?: number[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
}

const [target, topText] = process.argv.slice(2);
if (!target) throw new Error("usage: profile-summary <file.cpuprofile | dir> [top]");
const top = Number(topText ?? 25);
const files = (await stat(target)).isDirectory()
  ? (await readdir(target)).filter((f) => f.endsWith(".cpuprofile")).map((f) => join(target, f))
  : [target];

for (const file of files) {
  const profile = JSON.parse(await readFile(file, "utf8")) as CpuProfile;
  const total = profile.nodes.reduce((sum, n) => sum + (n.hitCount ?? 0), 0);
  const byFunction = new Map<string, number>();
  const byPlace = new Map<string, number>();
  for (const node of profile.nodes) {
    const hits = node.hitCount ?? 0;
    if (hits === 0) continue;
    const { functionName, url, lineNumber } = node.callFrame;
    const name = `${functionName || "(anonymous)"} ${shortUrl(url)}${url ? `:${lineNumber + 1}` : ""}`;
    byFunction.set(name, (byFunction.get(name) ?? 0) + hits);
    const place = placeOf(functionName, url);
    byPlace.set(place, (byPlace.get(place) ?? 0) + hits);
  }
  const seconds = (profile.endTime - profile.startTime) / 1e6;
  console.log(`\n${file}: ${seconds.toFixed(1)} s, ${total} samples`);
  console.log("  self time by place:");
  for (const [place, hits] of sorted(byPlace).slice(0, 15))
    console.log(`    ${pct(hits, total)}  ${place}`);
  console.log(`  self time by function (top ${top}):`);
  for (const [name, hits] of sorted(byFunction).slice(0, top))
    console.log(`    ${pct(hits, total)}  ${name}`);
}

function sorted(map: Map<string, number>): [string, number][] {
  return [...map].sort((a, b) => b[1] - a[1]);
}

function pct(hits: number, total: number): string {
  return `${((hits / total) * 100).toFixed(1).padStart(5)} %`;
}

function shortUrl(url: string): string {
  const i = url.lastIndexOf("node_modules/");
  if (i >= 0) return url.slice(i + "node_modules/".length);
  const w = url.indexOf("/work/main/");
  return w >= 0 ? url.slice(w + "/work/main/".length) : url.replace(/^file:\/\//, "");
}

/** Package or area a sample belongs to: a dependency, a workspace folder, or V8/Node itself. */
function placeOf(functionName: string, url: string): string {
  if (!url) return functionName.startsWith("(") ? functionName : "(native)";
  const modules = url.lastIndexOf("node_modules/");
  if (modules >= 0) {
    const rest = url.slice(modules + "node_modules/".length).split("/");
    return rest[0]?.startsWith("@") ? `${rest[0]}/${rest[1]}` : (rest[0] ?? url);
  }
  if (url.startsWith("node:")) return "node internals";
  const parts = shortUrl(url).split("/");
  return parts.slice(0, parts[0] === "libs" || parts[0] === "test" ? 4 : 2).join("/");
}
