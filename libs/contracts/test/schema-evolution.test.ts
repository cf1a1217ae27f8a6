import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { REPO, SCHEMAS, buf, editedSchemas, type SchemaEdit } from "./support/buf.js";

const RELEASED = join(SCHEMAS, "released.binpb");
const RECEIPT = "tongbao/receipt/v1/receipt.proto";

const BREAKING: Record<string, SchemaEdit> = {
  "a renumbered field": {
    file: RECEIPT,
    from: "string message_id = 1;",
    to: "string message_id = 21;",
  },
  "a renamed field (the JSON name changes)": {
    file: RECEIPT,
    from: "string message_id = 1;",
    to: "string acknowledged_id = 1;",
  },
  "a changed field type": {
    file: RECEIPT,
    from: "bool automatic = 6;",
    to: "string automatic = 6;",
  },
  "a removed enum value": {
    file: RECEIPT,
    from: "  RECEIPT_OUTCOME_REJECTED = 2;\n",
    to: "",
  },
};

describe("schema lint and evolution (buf)", () => {
  it("lints clean under the STANDARD rules", () => {
    const res = buf(["lint", "schemas"]);
    expect(res.output).toBe("");
    expect(res.status).toBe(0);
  });

  it("fails lint for an enum whose zero value is not *_UNSPECIFIED", () => {
    using edited = editedSchemas({
      file: RECEIPT,
      from: "RECEIPT_OUTCOME_UNSPECIFIED = 0;",
      to: "RECEIPT_OUTCOME_NONE = 0;",
    });
    const res = buf(["lint", edited.dir]);
    expect(res.status).not.toBe(0);
    expect(res.output).toContain("RECEIPT_OUTCOME_NONE");
  });

  it("makes no breaking change against the released schemas", () => {
    const res = buf(["breaking", "schemas", "--against", RELEASED]);
    expect(res.output).toBe("");
    expect(res.status).toBe(0);
  });

  it.each(Object.entries(BREAKING))("rejects %s against the released schemas", (_name, edit) => {
    using edited = editedSchemas(edit);
    const res = buf(["breaking", edited.dir, "--against", RELEASED]);
    expect(res.status).not.toBe(0);
    expect(res.output).toContain("receipt.proto");
  });

  it("accepts a new field as a compatible change", () => {
    using edited = editedSchemas({
      file: RECEIPT,
      from: "  string suggested_org_id = 9;\n}",
      to: "  string suggested_org_id = 9;\n  // Duty desk that signed.\n  string duty_desk_id = 10;\n}",
    });
    const res = buf(["breaking", edited.dir, "--against", RELEASED]);
    expect(res.output).toBe("");
    expect(res.status).toBe(0);
  });

  // In a working copy this catches a breaking edit before it is committed; in CI's fresh
  // clone the tree equals HEAD and the released image above is the guard.
  it("makes no breaking change against the last commit", () => {
    const head = spawnSync("git", ["rev-parse", "--verify", "HEAD:schemas/buf.yaml"], {
      cwd: REPO,
    });
    if (!existsSync(join(REPO, ".git")) || head.status !== 0) return;
    const res = buf(["breaking", "schemas", "--against", ".git#ref=HEAD,subdir=schemas"]);
    expect(res.output).toBe("");
    expect(res.status).toBe(0);
  });
});
