import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import { jetstreamManager } from "@nats-io/jetstream";
import { connect } from "@nats-io/transport-node";
import {
  Publisher,
  Registry,
  STREAMS,
  generateAdminSigner,
  generateSigner,
  savePrivateKey,
} from "@tongbao/bus";
import { tongbao } from "@tongbao/contracts";
import { DEV_KEY_FILES } from "@tongbao/organisations/layout";
import { bulletinOfSize, freshBus } from "../tongbao/bench-org.js";

/** Messages handed to the publisher at once, as `tongbao publish` hands them. */
const WINDOW = 1_024;

/** A stored range the real `tongbao replay` can verify: where it is, and the command's home. */
export interface SignedRange {
  stream: string;
  firstSeq: number;
  lastSeq: number;
  /** TONGBAO_HOME for the command: it holds the registry admin's key, the root of trust. */
  home: string;
}

/**
 * A fresh TB_LIVE holding `count` signed 1 KiB ThreatBulletins from miit, published through
 * the bus's own Publisher (sealed in groups under one signature, fsync'd in its outbox, sent
 * with ids) a window at a time; the registry trusts a fresh admin key, saved where the
 * command looks for it, and holds miit's signing key.
 */
export async function storeSignedRange(
  url: string,
  workDir: string,
  count: number,
  log: (line: string) => void,
): Promise<SignedRange> {
  const home = join(workDir, "home");
  await mkdir(join(home, "keys"), { recursive: true });
  const nc = await connect({ servers: url, name: "replay-command-store" });
  try {
    await freshBus(nc);
    const admin = generateAdminSigner();
    await savePrivateKey(join(home, "keys", DEV_KEY_FILES.admin), admin.signer.privateKey);
    const registry = await Registry.open({ nc, adminKeys: admin.adminKeys });
    const miit = generateSigner("miit");
    try {
      await registry.registerOrganization(
        {
          id: "miit",
          nameZh: "工业和信息化部",
          kind: tongbao.common.v1.OrgKind.ORG_KIND_DEPARTMENT,
          region: "100000",
          sectors: [tongbao.common.v1.Sector.SECTOR_POWER],
        },
        admin.signer,
      );
      await registry.registerKey(
        { ...miit.signingKeyRecord, notBefore: new Date(Date.now() - 60_000) },
        admin.signer,
        "replay-command benchmark",
      );
    } finally {
      await registry.close();
    }
    const publisher = await Publisher.open({
      nc,
      signer: miit.signer,
      producerId: "bench-replay-command",
      outboxDir: join(workDir, "outbox"),
    });
    try {
      const bulletin = bulletinOfSize(1024);
      for (let first = 0; first < count; first += WINDOW) {
        const n = Math.min(WINDOW, count - first);
        await Promise.all(
          Array.from({ length: n }, (_, i) => publisher.publish(bulletin(first + i))),
        );
        if (first % (WINDOW * 40) === 0) log(`published ${first + n} of ${count}`);
      }
      await publisher.drain(120_000);
    } finally {
      await publisher.close();
    }
    const info = await (await jetstreamManager(nc)).streams.info(STREAMS.LIVE);
    if (info.state.messages < count)
      throw new Error(`${STREAMS.LIVE} holds ${info.state.messages} of the ${count} published`);
    return {
      stream: STREAMS.LIVE,
      firstSeq: info.state.first_seq,
      lastSeq: info.state.first_seq + count - 1,
      home,
    };
  } finally {
    await nc.close();
  }
}
