import type { NatsConnection } from "@nats-io/transport-node";
import { AdminKeys, CheckpointLog } from "@tongbao/bus/read";
import { isTongbaoError } from "@tongbao/errors";
import { CliError, EXIT } from "./command.js";
import { adminKeys, type TrustValues } from "./trust.js";

/**
 * A stream's checkpoints, checked against the registry admin keys (the root of trust the
 * verifier uses): undefined when the bus has no checkpoint bucket (a bus provisioned before
 * checkpoints: every message is then checked by its own signature). A log that does not
 * verify stops the command: a replay must not lean on it, and `--full` does without it.
 */
export async function openCheckpointLog(
  nc: NatsConnection,
  stream: string,
  values: TrustValues,
): Promise<CheckpointLog | undefined> {
  const admins = new AdminKeys(await adminKeys(values));
  try {
    return await CheckpointLog.open({ nc, stream, admins });
  } catch (err) {
    if (isTongbaoError(err) && err.code === "TB_ERR_NOT_FOUND") return undefined;
    if (isTongbaoError(err) && err.code === "TB_ERR_CHECKPOINT") {
      throw new CliError(
        `the checkpoints of ${stream} do not verify: ${err.message}`,
        "replay with --full to check every message by its own signature, and tell the operator",
        EXIT.verification,
      );
    }
    throw err;
  }
}
