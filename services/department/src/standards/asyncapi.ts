import { ALL_SECTORS, FAMILIES, SECTOR_TOKENS, type Family } from "@tongbao/bus";
import { CONTRACTS, type Contract } from "@tongbao/contracts";
import type { DepartmentProfile } from "@tongbao/organisations";
import { bundledProto } from "./proto-text.js";

/** AsyncAPI 3.0: the media types of the two schema forms each message is given in. */
export const PROTOBUF_SCHEMA_FORMAT = "application/vnd.google.protobuf;version=3";
export const JSON_SCHEMA_FORMAT = "application/schema+json;version=draft-07";

const STATUSES = ["live", "exercise", "test"] as const;
const ORG_ID_PATTERN = "^[a-z][a-z0-9-]{0,62}[a-z0-9]$";

type Doc = Record<string, unknown>;

function familyContracts(families: readonly string[]): Contract[] {
  return CONTRACTS.filter((c) => families.includes(c.family));
}

/** `ThreatBulletin` of `tongbao.bulletin.v1.ThreatBulletin`. */
const shortName = (c: Contract): string => c.typeName.slice(c.typeName.lastIndexOf(".") + 1);

function message(c: Contract): Doc {
  return {
    name: shortName(c),
    title: c.typeName,
    summary: `A ${shortName(c)} (family ${c.family}) in a signed tongbao.envelope.v1.SignedEnvelope`,
    contentType: "application/x-protobuf",
    description:
      "On the wire each message is a SignedEnvelope: the exact header bytes, the payload bytes " +
      "(this type, or a SealedPayload for TLP:RED) and the signatures. The payload schema is the " +
      "proto3 definition bundled with everything it uses; its proto3 JSON form (the HTTP API, " +
      "CloudEvents data) is given by the JSON Schema in x-json-schema.",
    headers: {
      type: "object",
      properties: {
        "Nats-Msg-Id": {
          type: "string",
          description: "the message id, or <id>:<recipient|sector> for each fan-out copy",
        },
      },
    },
    payload: { schemaFormat: PROTOBUF_SCHEMA_FORMAT, schema: bundledProto(c.typeName) },
    "x-json-schema": { $ref: `#/components/schemas/${shortName(c)}` },
  };
}

/** AsyncAPI 3 parameters have no pattern: an org id's form is stated, with examples. */
function orgParameter(what: string): Doc {
  return { description: `${what} (${ORG_ID_PATTERN})`, examples: ["miit", "js-iit"] };
}

function parameter(description: string, values?: readonly string[]): Doc {
  return values ? { description, enum: [...values] } : { description };
}

/** Families and sectors a profile's broadcast subscriptions follow. */
function followed(profile: DepartmentProfile): {
  families: Family[];
  sectors: string[] | undefined;
} {
  const families = new Set<Family>();
  const sectors = new Set<string>();
  let any = false;
  for (const b of profile.subscribe.broadcast) {
    for (const f of b.families) families.add(f);
    for (const s of b.sectors) {
      if (s === "*") any = true;
      else sectors.add(s);
    }
  }
  return { families: [...families], sectors: any ? undefined : [...sectors] };
}

export interface AsyncApiOptions {
  /** The whole bus (the docs), or one organisation's own channels (its service). */
  profile?: DepartmentProfile;
  /** Where the bus listens, e.g. `127.0.0.1:14222`. */
  host?: string;
}

/**
 * The AsyncAPI 3.0 document of the bus, generated from the contracts and the subject scheme:
 * one channel per subject form with its parameters, one message per family with its bundled
 * protobuf schema and its JSON Schema, the NKey-over-TLS security scheme. For an organisation
 * the channels are narrowed to what it may publish and what its profile receives.
 */
export function asyncApiDocument(o: AsyncApiOptions = {}): Doc {
  const p = o.profile;
  const statuses = p ? p.subscribe.statuses : STATUSES;
  const sectors = SECTOR_TOKENS;
  const families = FAMILIES as readonly string[];
  const channels: Doc = {};
  const operations: Doc = {};
  const refs = (list: readonly string[]) =>
    Object.fromEntries(
      familyContracts(list).map((c) => [
        shortName(c),
        { $ref: `#/components/messages/${shortName(c)}` },
      ]),
    );
  const status = parameter(
    "traffic status: its own stream (TB_LIVE, TB_EXERCISE, TB_TEST)",
    statuses,
  );
  const sector = parameter(
    `sector token (the Sector enum name lower-cased without its prefix); "${ALL_SECTORS}" for a broadcast naming none`,
    sectors,
  );
  const origin = orgParameter("organisation id of the signer");
  if (!p) {
    channels["broadcast"] = {
      address: "tb.{status}.{family}.{sector}.{origin}",
      title: "Broadcast",
      description: "One copy per sector the header names; never TLP:RED or AMBER+STRICT.",
      parameters: { status, family: parameter("message family", families), sector, origin },
      messages: refs(families),
    };
    channels["addressed"] = {
      address: "tb.{status}.to.{recipient}.{family}.{origin}",
      title: "Addressed",
      description: "One copy per named recipient; always for TLP:RED and AMBER+STRICT.",
      parameters: {
        status,
        recipient: orgParameter("organisation id of the recipient"),
        family: parameter("message family", families),
        origin,
      },
      messages: refs(families),
    };
    for (const name of ["broadcast", "addressed"]) {
      operations[`publish-${name}`] = {
        action: "send",
        channel: { $ref: `#/channels/${name}` },
        summary: `A department publishes on its own ${name} subjects (origin = itself).`,
        security: [{ $ref: "#/components/securitySchemes/nkey" }],
      };
      operations[`consume-${name}`] = {
        action: "receive",
        channel: { $ref: `#/channels/${name}` },
        summary: `A department reads ${name} traffic through the durables the operator provisioned for it.`,
        security: [{ $ref: "#/components/securitySchemes/nkey" }],
      };
    }
  } else {
    const publishes = p.publish.families as string[];
    const follows = followed(p);
    const addressedIn = [...new Set([...p.subscribe.addressed, "receipt", "feedback"])];
    channels["own-broadcast"] = {
      address: `tb.{status}.{family}.{sector}.${p.id}`,
      title: `${p.id} broadcasts`,
      parameters: { status, family: parameter("message family", publishes), sector },
      messages: refs(publishes),
    };
    channels["own-addressed"] = {
      address: `tb.{status}.to.{recipient}.{family}.${p.id}`,
      title: `${p.id} addressed`,
      parameters: {
        status,
        recipient: orgParameter("organisation id of the recipient"),
        family: parameter("message family", publishes),
      },
      messages: refs(publishes),
    };
    channels["inbox"] = {
      address: `tb.{status}.to.${p.id}.{family}.{origin}`,
      title: `addressed to ${p.id}`,
      parameters: { status, family: parameter("message family", addressedIn), origin },
      messages: refs(addressedIn),
    };
    if (follows.families.length > 0) {
      channels["followed-broadcasts"] = {
        address: "tb.{status}.{family}.{sector}.{origin}",
        title: `broadcasts ${p.id} follows`,
        parameters: {
          status,
          family: parameter("message family", follows.families),
          sector: follows.sectors
            ? parameter(sector["description"] as string, follows.sectors)
            : sector,
          origin,
        },
        messages: refs(follows.families),
      };
    }
    for (const name of ["own-broadcast", "own-addressed"]) {
      operations[`publish-${name}`] = {
        action: "send",
        channel: { $ref: `#/channels/${name}` },
        security: [{ $ref: "#/components/securitySchemes/nkey" }],
      };
    }
    for (const name of ["inbox", "followed-broadcasts"]) {
      if (!channels[name]) continue;
      operations[`consume-${name}`] = {
        action: "receive",
        channel: { $ref: `#/channels/${name}` },
        security: [{ $ref: "#/components/securitySchemes/nkey" }],
      };
    }
  }
  const used = p
    ? [
        ...new Set([
          ...(p.publish.families as string[]),
          ...p.subscribe.addressed,
          "receipt",
          "feedback",
          ...followed(p).families,
        ]),
      ]
    : families;
  const contracts = familyContracts(used);
  return {
    asyncapi: "3.0.0",
    info: {
      title: p ? `Tongbao bus: ${p.id} (${p.nameEn})` : "Tongbao bus",
      version: "1.0.0",
      description:
        "The information-sharing bus of the industrial internet security system: signed messages " +
        "on NATS JetStream. Generated from the contracts (schemas/proto) and the subject scheme " +
        "(@tongbao/bus subjects.ts); do not edit.",
    },
    defaultContentType: "application/x-protobuf",
    servers: {
      bus: {
        host: o.host ?? "127.0.0.1:14222",
        protocol: "nats",
        description: "nats-server with TLS; every organisation connects as its own NKey user.",
        security: [{ $ref: "#/components/securitySchemes/nkey" }],
      },
    },
    channels,
    operations,
    components: {
      messages: Object.fromEntries(contracts.map((c) => [shortName(c), message(c)])),
      schemas: Object.fromEntries(
        contracts.map((c) => [
          shortName(c),
          { schemaFormat: JSON_SCHEMA_FORMAT, schema: jsonSchemaOf(c) },
        ]),
      ),
      securitySchemes: {
        nkey: {
          type: "asymmetricEncryption",
          description:
            "NATS NKey authentication over TLS: the client signs the server's nonce with the " +
            "organisation's Ed25519 NKey seed (tongbao certs / tongbao org add make them); the " +
            "server's certificate is checked against the bus CA. One account per organisation.",
        },
      },
    },
  };
}

/**
 * The contract's JSON Schema as an AsyncAPI schema: without its 2020-12 `$schema` and `$id`
 * (AsyncAPI reads schemas as draft-07, whose keywords these schemas keep to), and with its
 * `#/$defs/...` references pointing into the document, where the schema now sits.
 */
function jsonSchemaOf(c: Contract): Doc {
  const { $schema: _schema, $id: _id, ...rest } = c.jsonSchema as Doc;
  const here = `#/components/schemas/${shortName(c)}/schema/$defs/`;
  return JSON.parse(JSON.stringify(rest).replaceAll('"#/$defs/', `"${here}`)) as Doc;
}

/** A Markdown rendering of the document for the docs: channels, parameters, messages. */
export function asyncApiMarkdown(doc: Doc): string {
  const info = doc["info"] as Doc;
  const out = [
    `# ${info["title"] as string} — AsyncAPI ${doc["asyncapi"] as string}`,
    "",
    "Generated by `tongbao asyncapi` from the contracts and the subject scheme (the document:",
    "`schemas/asyncapi.json`); a test regenerates both and fails on any difference.",
    "",
    "## Channels",
    "",
  ];
  for (const [name, ch] of Object.entries(doc["channels"] as Record<string, Doc>)) {
    out.push(`### ${name}: \`${ch["address"] as string}\``, "");
    if (ch["description"]) out.push(ch["description"] as string, "");
    out.push("| parameter | values |", "| --- | --- |");
    for (const [p, def] of Object.entries(ch["parameters"] as Record<string, Doc>)) {
      const values = def["enum"]
        ? (def["enum"] as string[]).map((v) => `\`${v}\``).join(" ")
        : (def["description"] as string);
      out.push(`| \`${p}\` | ${values} |`);
    }
    out.push("", `Messages: ${Object.keys(ch["messages"] as Doc).join(", ")}.`, "");
  }
  out.push("## Messages", "", "| message | type | family |", "| --- | --- | --- |");
  for (const [name, m] of Object.entries(
    (doc["components"] as Doc)["messages"] as Record<string, Doc>,
  )) {
    const family = (m["title"] as string).split(".")[1] ?? "";
    out.push(`| ${name} | \`${m["title"] as string}\` | \`${family}\` |`);
  }
  out.push(
    "",
    "Each message's payload is given twice: the proto3 definition (schemaFormat",
    `\`${PROTOBUF_SCHEMA_FORMAT}\`, bundled with every type it uses) and the JSON Schema of its`,
    "proto3 JSON form (`x-json-schema`, from `schemas/jsonschema`).",
    "",
    "## Security",
    "",
    (((doc["components"] as Doc)["securitySchemes"] as Doc)["nkey"] as Doc)[
      "description"
    ] as string,
    "",
  );
  return out.join("\n");
}
