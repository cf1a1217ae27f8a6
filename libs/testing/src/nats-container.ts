import type { TestNats } from "./nats-source.js";

/** The image used when nats-server runs in Docker: a current release, unlike Debian's 2.9. */
export const NATS_IMAGE = "nats:2.12-alpine";

/** True when a Docker (or compatible) engine answers. */
export async function dockerAvailable(): Promise<boolean> {
  try {
    const { getContainerRuntimeClient } = await import("testcontainers");
    await getContainerRuntimeClient();
    return true;
  } catch {
    return false;
  }
}

/** A JetStream server in a container. Only start and stop: fault tests need a process. */
export async function startNatsContainer(): Promise<TestNats> {
  const { NatsContainer } = await import("@testcontainers/nats");
  const container = await new NatsContainer(NATS_IMAGE).withJetStream().start();
  const { servers, user, pass } = container.getConnectionOptions();
  const first = Array.isArray(servers) ? servers[0] : servers;
  const url = new URL(first?.includes("://") ? first : `nats://${first}`);
  if (user) url.username = user;
  if (pass) url.password = pass;
  return {
    url: url.toString(),
    controllable: false,
    version: async () => NATS_IMAGE,
    [Symbol.asyncDispose]: async () => {
      await container.stop();
    },
  };
}
