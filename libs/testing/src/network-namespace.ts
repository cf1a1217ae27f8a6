import { execFile } from "node:child_process";
import { randomBytes } from "node:crypto";
import { promisify } from "node:util";

const run = promisify(execFile);

async function ip(...args: string[]): Promise<string> {
  try {
    return (await run("ip", args, { timeout: 10_000 })).stdout;
  } catch (err) {
    const e = err as Error & { stderr?: string };
    throw new Error(`ip ${args.join(" ")}: ${(e.stderr ?? e.message).trim()}`, { cause: err });
  }
}

/** One veth pair between the host and a namespace, each end with its /30 address. */
export interface VethLink {
  /** The host's end (the interface `down`/`up` act on). */
  hostVeth: string;
  nsVeth: string;
  hostAddress: string;
  nsAddress: string;
}

/**
 * Why network namespaces cannot be used here, or undefined when they can: they need root
 * and iproute2 (CI has both). Tried for real: a namespace made and removed.
 */
export async function networkNamespacesUnavailable(): Promise<string | undefined> {
  if (process.getuid?.() !== 0) return "not running as root (ip netns needs it)";
  const probe = `tbprobe-${randomBytes(3).toString("hex")}`;
  try {
    await ip("netns", "add", probe);
    await ip("netns", "del", probe);
    return undefined;
  } catch (err) {
    return `ip netns does not work here: ${(err as Error).message}`;
  }
}

/**
 * A network namespace of a test's own, joined to the host by veth pairs on addresses of its
 * own (10.213.x.y/30, none already on the host), for faults no loopback can give: a link
 * taken down with `ip link set down` is a cut cable, noticed only by missed pings. A server
 * runs inside through {@link runUnder}. {@link remove} takes the namespace and its links
 * away (each veth pair goes with its end inside); call it in afterAll.
 */
export class NetworkNamespace {
  readonly links: VethLink[] = [];
  #removed = false;

  private constructor(readonly name: string) {}

  static async create(): Promise<NetworkNamespace> {
    const ns = new NetworkNamespace(`tb-${process.pid}-${randomBytes(2).toString("hex")}`);
    await ip("netns", "add", ns.name);
    try {
      await ip("-n", ns.name, "link", "set", "lo", "up");
    } catch (err) {
      await ns.remove();
      throw err;
    }
    return ns;
  }

  /** The command prefix that runs a program inside (`ip netns exec` execs it: same pid). */
  get runUnder(): string[] {
    return ["ip", "netns", "exec", this.name];
  }

  /** Adds a veth pair between host and namespace, both ends up, each with its address. */
  async link(): Promise<VethLink> {
    const taken = await ip("-4", "-o", "addr", "show");
    let subnet: string;
    do {
      const b = randomBytes(2);
      subnet = `10.213.${b[0]!}.${b[1]! & 0xfc}`;
    } while (taken.includes(subnet.replace(/\d+$/, "")));
    const base = subnet.split(".").map(Number);
    const addr = (n: number) => `${base[0]}.${base[1]}.${base[2]}.${base[3]! + n}`;
    const id = `${process.pid % 10_000}${this.links.length}${randomBytes(1).toString("hex")}`;
    const l: VethLink = {
      hostVeth: `tbh${id}`,
      nsVeth: `tbn${id}`,
      hostAddress: addr(1),
      nsAddress: addr(2),
    };
    await ip("link", "add", l.hostVeth, "type", "veth", "peer", "name", l.nsVeth);
    this.links.push(l);
    await ip("link", "set", l.nsVeth, "netns", this.name);
    await ip("addr", "add", `${l.hostAddress}/30`, "dev", l.hostVeth);
    await ip("-n", this.name, "addr", "add", `${l.nsAddress}/30`, "dev", l.nsVeth);
    await ip("link", "set", l.hostVeth, "up");
    await ip("-n", this.name, "link", "set", l.nsVeth, "up");
    return l;
  }

  /** `ip link set <host end> down`: nothing crosses the pair, and neither side is told. */
  async cut(l: VethLink): Promise<void> {
    await ip("link", "set", l.hostVeth, "down");
  }

  async heal(l: VethLink): Promise<void> {
    await ip("link", "set", l.hostVeth, "up");
  }

  /** Removes the namespace and every link made; safe to call twice or after a failed create. */
  async remove(): Promise<void> {
    if (this.#removed) return;
    this.#removed = true;
    // A veth pair is deleted with either end; the ends inside go with the namespace too.
    for (const l of this.links) await ip("link", "del", l.hostVeth).catch(() => undefined);
    await ip("netns", "del", this.name).catch(() => undefined);
  }
}
