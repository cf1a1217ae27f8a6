import { writeFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import { asyncApiDocument, asyncApiMarkdown } from "@tongbao/department";
import { loadProfiles } from "@tongbao/organisations";
import { CliError, EXIT, type Command } from "../command.js";

/**
 * `tongbao asyncapi`: the AsyncAPI 3.0 document of the bus (or of one organisation's own
 * channels), generated from the contracts and the subject scheme; `--markdown` also writes
 * its rendering for the docs. schemas/asyncapi.json and schemas/asyncapi.md are its output.
 */
export const asyncapi: Command = {
  usage: "tongbao asyncapi [--org ID] [--output FILE] [--markdown FILE]",
  example: "tongbao asyncapi --output schemas/asyncapi.json --markdown schemas/asyncapi.md",
  async run(argv, out) {
    const { values } = parseArgs({
      args: argv,
      options: {
        org: { type: "string" },
        output: { type: "string" },
        markdown: { type: "string" },
      },
    });
    let profile;
    if (values.org) {
      profile = (await loadProfiles()).find((p) => p.id === values.org);
      if (!profile) {
        throw new CliError(
          `no profile for organisation "${values.org}"`,
          "see deploy/departments/",
          EXIT.usage,
        );
      }
    }
    const doc = asyncApiDocument(profile ? { profile } : {});
    const text = `${JSON.stringify(doc, undefined, 2)}\n`;
    if (values.output) await writeFile(values.output, text);
    else out.log(text.trimEnd());
    if (values.markdown) await writeFile(values.markdown, asyncApiMarkdown(doc));
    return EXIT.ok;
  },
};
