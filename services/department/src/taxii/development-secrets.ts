import { dataLayout, randomSecret, recordDevelopmentSecret } from "@tongbao/organisations";
import { TaxiiCredentials, setTaxiiSecret } from "./credentials.js";

/** A random TAXII secret: 32 characters of base64url (192 bits). */
export function randomTaxiiSecret(): string {
  return randomSecret(24);
}

/**
 * TAXII secrets of a development bus: each organisation without one gets a random secret,
 * its hash in the organisation's state directory and the secret itself appended to
 * `dataLayout(home).taxiiDevSecrets` (mode 0600), like the console's development passwords.
 * A secret set with `tongbao taxii secret` is kept.
 */
export async function ensureDevelopmentTaxiiSecrets(
  home: string,
  orgIds: readonly string[],
): Promise<{ created: string[]; secretsFile: string }> {
  const layout = dataLayout(home);
  const secretsFile = layout.taxiiDevSecrets;
  const created: string[] = [];
  for (const org of orgIds) {
    const stateDir = layout.state(org);
    if ((await TaxiiCredentials.load(stateDir)).configured) continue;
    const secret = randomTaxiiSecret();
    await setTaxiiSecret(stateDir, org, secret);
    await recordDevelopmentSecret(secretsFile, org, secret);
    created.push(org);
  }
  return { created, secretsFile };
}
