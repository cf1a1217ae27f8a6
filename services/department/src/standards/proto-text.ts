import { reflectedType, type Protobuf } from "@tongbao/contracts";

/**
 * One self-contained proto3 file for a message type: the type and everything it uses,
 * transitively, in one package, so a reader that cannot follow imports (an AsyncAPI
 * protobuf schema) still gets the whole wire format. Types from other packages keep their
 * simple names (Tongbao's names are unique across packages); field numbers, labels, oneofs
 * and enum values are those of schemas/proto.
 */
export function bundledProto(typeName: string): string {
  const root = reflectedType(typeName);
  const pkg = typeName.slice(0, typeName.lastIndexOf("."));
  const seen = new Map<string, Protobuf.Type | Protobuf.Enum>();
  const order: string[] = [];
  const visit = (t: Protobuf.Type | Protobuf.Enum): void => {
    const full = t.fullName.replace(/^\./, "");
    if (seen.has(full)) return;
    seen.set(full, t);
    order.push(full);
    if ("fieldsArray" in t) {
      for (const f of t.fieldsArray) if (f.resolvedType) visit(f.resolvedType);
    }
  };
  visit(root);
  const out = [`syntax = "proto3";`, "", `package ${pkg};`, ""];
  for (const full of order) {
    const t = seen.get(full)!;
    out.push("fieldsArray" in t ? messageText(t) : enumText(t), "");
  }
  return `${out.join("\n").trimEnd()}\n`;
}

function simpleName(f: Protobuf.Field): string {
  return f.resolvedType ? f.resolvedType.name : f.type;
}

function messageText(t: Protobuf.Type): string {
  const lines = [`message ${t.name} {`];
  const inOneof = new Set<string>();
  for (const o of t.oneofsArray) {
    // proto3 `optional` is a synthetic oneof of one field: written as `optional`, not a oneof.
    const synthetic = o.fieldsArray.length === 1 && o.fieldsArray[0]?.options?.["proto3_optional"];
    if (synthetic) continue;
    lines.push(`  oneof ${o.name} {`);
    for (const f of o.fieldsArray) {
      inOneof.add(f.name);
      lines.push(`    ${simpleName(f)} ${protoName(f)} = ${f.id};`);
    }
    lines.push("  }");
  }
  for (const f of t.fieldsArray) {
    if (inOneof.has(f.name)) continue;
    const label = f.repeated ? "repeated " : f.options?.["proto3_optional"] ? "optional " : "";
    const keyType = (f as unknown as { keyType?: string }).keyType;
    const type = keyType ? `map<${keyType}, ${simpleName(f)}>` : simpleName(f);
    lines.push(`  ${label}${type} ${protoName(f)} = ${f.id};`);
  }
  lines.push("}");
  return lines.join("\n");
}

/** The field's name as schemas/proto spells it (protobufjs keeps it in `protoName`). */
function protoName(f: Protobuf.Field): string {
  const p = (f as unknown as { options?: Record<string, unknown> }).options?.["protoName"];
  if (typeof p === "string") return p;
  return f.name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
}

function enumText(e: Protobuf.Enum): string {
  const lines = [`enum ${e.name} {`];
  for (const [name, value] of Object.entries(e.values)) lines.push(`  ${name} = ${value};`);
  lines.push("}");
  return lines.join("\n");
}
