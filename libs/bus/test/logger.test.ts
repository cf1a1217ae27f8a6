import { generateKeyPairSync } from "node:crypto";
import { TongbaoError } from "@tongbao/errors";
import { describe, expect, it } from "vitest";
import { createLogger, REDACTED } from "../src/logger.js";

function capture() {
  const lines: Record<string, unknown>[] = [];
  const destination = {
    write: (s: string) => void lines.push(JSON.parse(s) as Record<string, unknown>),
  };
  return { lines, logger: createLogger({ name: "test", destination, base: { org: "miit" } }) };
}

describe("createLogger", () => {
  const { privateKey } = generateKeyPairSync("ed25519");
  const pem = privateKey.export({ type: "pkcs8", format: "pem" }) as string;

  it("writes JSON lines with level names, ISO time, name and base fields", () => {
    const { lines, logger } = capture();
    logger.info({ stream: "TB_LIVE" }, "provisioned");
    expect(lines[0]).toMatchObject({
      level: "info",
      name: "test",
      org: "miit",
      stream: "TB_LIVE",
      msg: "provisioned",
    });
    expect(String(lines[0]?.["time"])).toMatch(/^\d{4}-\d\d-\d\dT/);
  });

  it("redacts secrets by field name at any depth, PEM private keys and KeyObjects", () => {
    const { lines, logger } = capture();
    logger.warn(
      {
        signer: {
          keyId: "miit_1",
          privateKey,
          nested: { deeper: { password: "hunter2", seed: "SUAB" } },
        },
        config: { nats: { token: "s3cr3t", user: "miit" }, keyFile: "/etc/tongbao/miit.pem" },
        dump: `here it is: ${pem}`,
        list: [{ secret: "x" }, "fine"],
        publicKey: "MCowBQYDK2VwAyEA",
      },
      "signer loaded",
    );
    const text = JSON.stringify(lines[0]);
    expect(text).not.toContain("hunter2");
    expect(text).not.toContain("s3cr3t");
    expect(text).not.toContain("PRIVATE KEY");
    expect(text).not.toContain("SUAB");
    expect(lines[0]).toMatchObject({
      signer: {
        keyId: "miit_1",
        privateKey: REDACTED,
        nested: { deeper: { password: REDACTED, seed: REDACTED } },
      },
      config: { nats: { token: REDACTED, user: "miit" }, keyFile: "/etc/tongbao/miit.pem" },
      dump: REDACTED,
      list: [{ secret: REDACTED }, "fine"],
      publicKey: "MCowBQYDK2VwAyEA",
    });
  });

  it("redacts secrets carried by logged errors but keeps their code and message", () => {
    const { lines, logger } = capture();
    const err = new TongbaoError("TB_ERR_CONFIG", "bad key file", {
      path: "keyFile",
      details: { password: "hunter2", file: "/k.pem" },
    });
    logger.error({ err }, "cannot start");
    const text = JSON.stringify(lines[0]);
    expect(text).not.toContain("hunter2");
    expect(lines[0]?.["err"]).toMatchObject({
      code: "TB_ERR_CONFIG",
      message: "bad key file",
      details: { file: "/k.pem" },
    });
  });

  it("leaves the caller's object untouched", () => {
    const { logger } = capture();
    const config = { token: "s3cr3t" };
    logger.info({ config }, "x");
    expect(config.token).toBe("s3cr3t");
  });
});
