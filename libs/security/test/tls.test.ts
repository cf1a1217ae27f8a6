import { mkdtemp, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { createConnection } from "node:net";
import { join } from "node:path";
import { connect, nkeyAuthenticator } from "@nats-io/transport-node";
import { freePort, mergeConf, waitFor } from "@tongbao/nats-server";
import { startNatsServer } from "@tongbao/testing";
import { afterAll, beforeAll, expect, test } from "vitest";
import {
  generateDevCertificates,
  tlsClusterConfig,
  tlsServerConfig,
  type DevCertificates,
} from "../src/dev-certificates.js";
import { createUser } from "@nats-io/nkeys";

let dir: string;
let certs: DevCertificates;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "tongbao-security-tls-"));
  certs = await generateDevCertificates({ dir, clients: ["nea"] });
});
afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

test("private keys are written readable by their owner only", async () => {
  for (const f of [certs.keyFile, certs.clients.get("nea")!.keyFile, join(dir, "ca-key.pem")]) {
    expect((await stat(f)).mode & 0o777).toBe(0o600);
  }
});

test("a TLS server accepts a client that trusts the CA and refuses plaintext and untrusting clients", async () => {
  const user = createUser();
  await using server = await startNatsServer({
    config: mergeConf(
      { accounts: { NEA: { users: [{ nkey: user.getPublicKey() }] } } },
      tlsServerConfig(certs, { verify: true }),
    ),
  });
  const seed = user.getSeed();
  const client = certs.clients.get("nea")!;
  const tls = { caFile: certs.caFile, certFile: client.certFile, keyFile: client.keyFile };
  const nc = await connect({ servers: server.url, tls, authenticator: nkeyAuthenticator(seed) });
  await nc.flush();
  expect(nc.info?.tls_required).toBe(true);
  await nc.close();

  // A plaintext client is told TLS is required and gets no further.
  const plain = await plaintextSession(server.url, 'CONNECT {"verbose":true}\r\nPING\r\n');
  expect(plain.info).toMatchObject({ tls_required: true });
  expect(plain.rest).not.toMatch(/PONG|\+OK/);
  const untrusting = connect({
    servers: server.url,
    tls: {},
    authenticator: nkeyAuthenticator(seed),
    maxReconnectAttempts: 0,
    timeout: 5_000,
  });
  await expect(untrusting).rejects.toThrow(/certificate/);
  // Mutual TLS: the nkey alone is not enough without a client certificate.
  const noCert = connect({
    servers: server.url,
    tls: { caFile: certs.caFile },
    authenticator: nkeyAuthenticator(seed),
    maxReconnectAttempts: 0,
    timeout: 3_000,
  });
  await expect(noCert).rejects.toThrow();
});

test("a 3-node cluster forms over TLS routes, and a plaintext route is refused", async () => {
  const ports = [await freePort(), await freePort(), await freePort()];
  const routes = ports.map((p) => `nats-route://127.0.0.1:${p}`);
  const nodes = await Promise.all(
    ports.map((port, i) =>
      startNatsServer({
        config: {
          server_name: `tls-node-${i}`,
          cluster: mergeConf(
            {
              name: "tongbao-tls",
              listen: `127.0.0.1:${port}`,
              routes: routes.filter((_, j) => j !== i),
            },
            tlsClusterConfig(certs),
          ),
        },
      }),
    ),
  );
  try {
    await waitFor(
      async () => {
        // Peers, not connections: from 2.10 a server keeps several routes to each peer.
        const peers = await Promise.all(
          nodes.map(async (n) => {
            const r = (await (await fetch(`${n.monitorUrl}/routez`)).json()) as {
              routes?: { remote_id: string }[];
            };
            return new Set((r.routes ?? []).map((x) => x.remote_id)).size;
          }),
        );
        return peers.every((c) => c === 2);
      },
      { timeout: 20_000, name: "every node routed to both others over TLS" },
    );
    // A peer that does not speak TLS never gets a protocol answer.
    const route = await plaintextSession(
      `nats://127.0.0.1:${ports[0]}`,
      "CONNECT {}\r\nPING\r\n",
      true,
    );
    expect(route.rest).not.toMatch(/PONG|\+OK/);
  } finally {
    await Promise.all(nodes.map((n) => n[Symbol.asyncDispose]()));
  }
});

/** Opens a raw TCP connection, reads the server's INFO, sends `send` (at once if `sendFirst`), and collects what comes
 * back until the server closes the connection or a second passes. */
async function plaintextSession(
  url: string,
  send: string,
  sendFirst = false,
): Promise<{ info: Record<string, unknown>; rest: string }> {
  const { hostname, port } = new URL(url);
  const socket = createConnection({ host: hostname, port: Number(port) });
  let text = "";
  let sent = false;
  if (sendFirst) {
    sent = true;
    socket.write(send);
  }
  await new Promise<void>((resolve) => {
    const done = () => resolve();
    const timer = setTimeout(() => socket.destroy(), 1_000);
    socket.on("data", (chunk) => {
      text += chunk.toString();
      if (!sent && text.includes("\r\n")) {
        sent = true;
        if (send) socket.write(send);
      }
    });
    socket.on("close", () => {
      clearTimeout(timer);
      done();
    });
    socket.on("error", () => undefined);
  });
  const [first = "", ...rest] = text.split("\r\n");
  const info = first.startsWith("INFO ")
    ? (JSON.parse(first.slice(5)) as Record<string, unknown>)
    : {};
  return { info, rest: rest.join("\n") };
}
