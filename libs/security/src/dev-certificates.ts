import { execFile } from "node:child_process";
import { randomBytes } from "node:crypto";
import { chmod, mkdir, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { promisify } from "node:util";
import { TongbaoError } from "@tongbao/errors";
import type { ConfObject } from "@tongbao/nats-server";

const run = promisify(execFile);

export interface DevCertificateOptions {
  /** Directory to write into (created 0700). */
  dir: string;
  /** Names the server certificate is valid for (DNS names or IP addresses). */
  hosts?: readonly string[];
  /** Client certificates to issue, by name (CN), e.g. org ids. */
  clients?: readonly string[];
  /** Validity in days (825, the longest most TLS clients accept). */
  days?: number;
}

export interface DevCertificates {
  caFile: string;
  /** Server certificate, also used by cluster routes (server and client auth). */
  certFile: string;
  keyFile: string;
  /** Client certificate and key files by name. */
  clients: Map<string, { certFile: string; keyFile: string }>;
}

/**
 * Issues development TLS material with the openssl command: a CA, a server certificate for
 * `hosts` (127.0.0.1 and localhost by default) and any client certificates. Keys are P-256
 * and written 0600. For development only: production certificates come from the operator's
 * own CA.
 */
export async function generateDevCertificates(
  opts: DevCertificateOptions,
): Promise<DevCertificates> {
  const { dir } = opts;
  const days = String(opts.days ?? 825);
  const hosts = opts.hosts?.length ? opts.hosts : ["127.0.0.1", "localhost", "::1"];
  await mkdir(dir, { recursive: true, mode: 0o700 });
  const caFile = join(dir, "ca.pem");
  const caKey = join(dir, "ca-key.pem");
  await openssl([
    "req",
    "-x509",
    "-newkey",
    "ec",
    "-pkeyopt",
    "ec_paramgen_curve:prime256v1",
    "-nodes",
    "-keyout",
    caKey,
    "-out",
    caFile,
    "-days",
    days,
    "-subj",
    "/O=Tongbao/CN=Tongbao development CA",
    "-addext",
    "basicConstraints=critical,CA:TRUE",
    "-addext",
    "keyUsage=critical,keyCertSign,cRLSign",
  ]);
  await chmod(caKey, 0o600);
  const san = hosts.map((h) => (/^[\d.]+$|:/.test(h) ? `IP:${h}` : `DNS:${h}`)).join(",");
  const server = await issue(dir, "server", caFile, caKey, days, [
    `subjectAltName=${san}`,
    "extendedKeyUsage=serverAuth,clientAuth",
  ]);
  const clients = new Map<string, { certFile: string; keyFile: string }>();
  for (const name of opts.clients ?? []) {
    if (!/^[a-z0-9][a-z0-9-]{0,63}$/.test(name)) {
      throw new TongbaoError("TB_ERR_BAD_REQUEST", `"${name}" is not a certificate name`, {
        path: "clients",
      });
    }
    clients.set(
      name,
      await issue(
        dir,
        `client-${name}`,
        caFile,
        caKey,
        days,
        ["extendedKeyUsage=clientAuth"],
        name,
      ),
    );
  }
  return { caFile, certFile: server.certFile, keyFile: server.keyFile, clients };
}

/**
 * Seconds a client has for its TLS handshake and login. nats-server's default (2 s) drops
 * connections when hundreds of organisations connect at once on a busy node (every service
 * reconnecting after a restart): measured with 80 organisations on one loaded node.
 */
export const CLIENT_TLS_TIMEOUT_S = 5;

/**
 * The server configuration for TLS on client connections and cluster routes. `verify`
 * requires client certificates too (mutual TLS) on top of the nkey login.
 */
export function tlsServerConfig(
  certs: DevCertificates,
  opts: { verify?: boolean } = {},
): ConfObject {
  const tls: ConfObject = {
    cert_file: certs.certFile,
    key_file: certs.keyFile,
    ca_file: certs.caFile,
    verify: opts.verify ?? false,
    timeout: CLIENT_TLS_TIMEOUT_S,
  };
  return { tls };
}

/** TLS block for `cluster { ... }`: routes always verify each other's certificates. */
export function tlsClusterConfig(certs: DevCertificates): ConfObject {
  return {
    tls: {
      cert_file: certs.certFile,
      key_file: certs.keyFile,
      ca_file: certs.caFile,
      verify: true,
      timeout: 2,
    },
  };
}

async function issue(
  dir: string,
  base: string,
  caFile: string,
  caKey: string,
  days: string,
  extensions: string[],
  cn = base,
): Promise<{ certFile: string; keyFile: string }> {
  const keyFile = join(dir, `${base}-key.pem`);
  const certFile = join(dir, `${base}.pem`);
  const csr = join(dir, `${base}.csr`);
  const ext = join(dir, `${base}.ext`);
  await openssl([
    "req",
    "-newkey",
    "ec",
    "-pkeyopt",
    "ec_paramgen_curve:prime256v1",
    "-nodes",
    "-keyout",
    keyFile,
    "-out",
    csr,
    "-subj",
    `/O=Tongbao/CN=${cn}`,
  ]);
  await chmod(keyFile, 0o600);
  await writeFile(
    ext,
    ["basicConstraints=CA:FALSE", "keyUsage=critical,digitalSignature", ...extensions].join("\n") +
      "\n",
  );
  await openssl([
    "x509",
    "-req",
    "-in",
    csr,
    "-CA",
    caFile,
    "-CAkey",
    caKey,
    "-out",
    certFile,
    "-days",
    days,
    "-set_serial",
    `0x${randomBytes(16).toString("hex")}`,
    "-extfile",
    ext,
  ]);
  await rm(csr);
  await rm(ext);
  return { certFile, keyFile };
}

async function openssl(args: string[]): Promise<void> {
  try {
    await run("openssl", args);
  } catch (err) {
    const e = err as NodeJS.ErrnoException & { stderr?: string };
    const why =
      e.code === "ENOENT" ? "the openssl command is not installed" : (e.stderr ?? e.message).trim();
    throw new TongbaoError("TB_ERR_CONFIG", `openssl ${args[0] ?? ""} failed: ${why}`, {
      path: "openssl",
    });
  }
}
