import { parseArgs } from "node:util";
import { randomTaxiiSecret, setTaxiiSecret, TAXII_SECRET_MIN_LENGTH } from "@tongbao/department";
import { busProfiles, dataLayout } from "@tongbao/organisations";
import { CliError, EXIT, type Command } from "../command.js";
import { tongbaoHome } from "../home.js";
import { profileError } from "./bring-up-parts.js";

/** Reads all of stdin; the secret is its first line (a trailing newline is not part of it). */
async function readSecretFromStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks)
    .toString("utf8")
    .replace(/\r?\n$/, "");
}

/**
 * `tongbao taxii secret ORG`: sets the password a TAXII client of ORG (MISP, OpenCTI)
 * authenticates with, HTTP Basic with the organisation id as user name. Only its scrypt hash
 * is written, to the organisation's state directory; the department service sees the new
 * secret on the next request, and the old one stops working. Without `--stdin` a random
 * secret is made and printed once.
 */
export const taxii: Command = {
  usage: "tongbao taxii secret ORG [--stdin] [--data-dir DIR] [--profiles DIR]",
  example: "tongbao taxii secret miit --stdin < misp-taxii-secret.txt",
  async run(argv, out) {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        stdin: { type: "boolean", default: false },
        "data-dir": { type: "string", default: tongbaoHome() },
        profiles: { type: "string" },
      },
    });
    const [action, org, ...extra] = positionals;
    if (action !== "secret" || !org || extra.length > 0) {
      throw new CliError("say which organisation: secret ORG", this.usage, EXIT.usage);
    }
    const layout = dataLayout(values["data-dir"]);
    const profiles = await busProfiles(layout.profiles, values.profiles).catch(profileError);
    if (!profiles.some((p) => p.id === org)) {
      throw new CliError(
        `no organisation "${org}" on this bus`,
        "organisations are the profiles in deploy/departments and those added with `tongbao org add`",
        EXIT.usage,
      );
    }
    const secret = values.stdin ? await readSecretFromStdin() : randomTaxiiSecret();
    if (secret.length < TAXII_SECRET_MIN_LENGTH || /[\r\n]/.test(secret)) {
      throw new CliError(
        `the secret on stdin must be one line of at least ${TAXII_SECRET_MIN_LENGTH} characters (it has ${secret.length})`,
        "nothing was changed",
        EXIT.usage,
      );
    }
    const stateDir = layout.state(org);
    await setTaxiiSecret(stateDir, org, secret);
    out.log(`TAXII secret of ${org} set (scrypt hash in ${stateDir}, mode 0600)`);
    if (!values.stdin) out.log(`  user ${org}  password ${secret}  (shown once)`);
    return EXIT.ok;
  },
};
