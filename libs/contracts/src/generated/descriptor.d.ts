// Generated from schemas/proto by libs/contracts/scripts/generate.mjs. Do not edit.
import type { INamespace } from "protobufjs";
export declare const descriptor: INamespace;
