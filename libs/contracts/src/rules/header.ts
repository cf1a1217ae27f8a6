import { tongbao } from "../codegen.js";
import { RuleKit } from "./kit.js";

const { Status, ReferenceKind } = tongbao.envelope.v1;
const { Tlp, DataLevel, Sector } = tongbao.common.v1;

const kit = new RuleKit("tongbao.envelope.v1.Header");
const markingKit = kit.nested("marking");

/**
 * What every header must say. Not run by decodeHeader (the bus's hot path decides when);
 * the bus calls it on headers it receives and builds. Plain loops and kits made once: it
 * runs for every message published and received.
 */
export function headerRules(m: tongbao.envelope.v1.Header.$Properties): void {
  kit.text("id", m.id);
  kit.text("type", m.type);
  kit.orgId("source", m.source);
  kit.time("time", m.time);
  kit.known("status", m.status, Status);
  const marking = kit.present("marking", m.marking);
  markingKit.known("tlp", marking.tlp, Tlp);
  markingKit.knownOrUnset("dataLevel", marking.dataLevel, DataLevel);
  const recipients = m.recipients ?? [];
  for (let i = 0; i < recipients.length; i++) kit.orgId(`recipients[${i}]`, recipients[i]);
  if (marking.tlp === Tlp.TLP_RED && !m.recipients?.length) {
    kit.fail("recipients", "needs at least one entry: TLP:RED goes to named recipients only");
  }
  const sectors = m.sectors ?? [];
  for (let i = 0; i < sectors.length; i++) kit.knownOrUnset(`sectors[${i}]`, sectors[i], Sector);
  kit.region("region", m.region);
  const references = m.references ?? [];
  for (let i = 0; i < references.length; i++) {
    const r = references[i] as tongbao.envelope.v1.Reference.$Properties;
    const at = kit.nested(`references[${i}]`);
    at.text("id", r.id);
    at.known("kind", r.kind, ReferenceKind);
    at.bytes("digest", r.digest, 32, true);
  }
  kit.bytes("payloadSha256", m.payloadSha256, 32, false);
  kit.text("producerId", m.producerId);
  const seq = Number(m.producerSeq ?? 0);
  if (!Number.isSafeInteger(seq) || seq < 1) kit.fail("producerSeq", "must be 1 or more");
  if (seq === 1) kit.bytes("prevDigest", m.prevDigest, 0, true);
  else kit.bytes("prevDigest", m.prevDigest, 32, false);
}
