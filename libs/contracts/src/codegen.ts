/**
 * The one door to the generated code in src/generated/ (a .js file with its .d.ts beside
 * it, made by scripts/generate.mjs). The specifiers go through "../src/generated/" on
 * purpose: that path resolves to the same files from src/ (tests run the sources) and from
 * dist/ (built code), so the build needs no copy step for files tsc does not emit.
 */
export { google, tongbao } from "../src/generated/tongbao.js";
export { descriptor } from "../src/generated/descriptor.js";
export { jsonSchemas } from "../src/generated/json-schemas.js";
