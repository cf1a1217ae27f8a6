// Generated from schemas/proto by libs/contracts/scripts/generate.mjs. Do not edit.
export declare const jsonSchemas: Readonly<Record<string, Readonly<Record<string, unknown>>>>;
