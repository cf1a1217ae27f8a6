import { Parser } from "@asyncapi/parser";
import { ProtoBuffSchemaParser } from "@asyncapi/protobuf-schema-parser";
import { readFileSync } from "node:fs";
const p = new Parser();
p.registerSchemaParser(ProtoBuffSchemaParser());
const r = await p.parse(readFileSync("../schemas/asyncapi.json", "utf8"));
console.log(r.diagnostics.filter(d=>d.severity<2).map(d => [d.severity, d.code, d.message.slice(0,300), d.path?.join(".")]).slice(0,10));
console.log(r.document?.channels().length, r.document?.messages().length);
