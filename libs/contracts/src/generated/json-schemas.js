// Generated from schemas/proto by libs/contracts/scripts/generate.mjs. Do not edit.
export const jsonSchemas = {};
