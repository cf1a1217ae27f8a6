/**
 * TLP 2.0 as STIX 2.1 marks it: the marking-definition objects OASIS publishes with the TLP 2.0
 * extension (cti-stix-common-objects, extension-definition-specifications/tlp-2.0). Their ids
 * and content are fixed by that publication, so platforms recognise them by id; nothing here
 * may be derived or changed.
 */
export const TLP_EXTENSION_DEFINITION =
  "extension-definition--60a3c5c5-0d10-413e-aab3-9e08dde9e88d";

/** Tongbao's marking name (the contracts' Tlp without its prefix) → the OASIS object. */
const TLP_2_0 = {
  CLEAR: { id: "marking-definition--94868c89-83c2-464b-929b-a1a8aa3c8487", level: "clear" },
  GREEN: { id: "marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb", level: "green" },
  AMBER: { id: "marking-definition--55d920b0-5e8b-4f79-9ee9-91f868d9b421", level: "amber" },
  AMBER_STRICT: {
    id: "marking-definition--939a9414-2ddd-4d32-a0cd-375ea402b003",
    level: "amber+strict",
  },
  RED: { id: "marking-definition--e828b379-4e03-4974-9ac4-e53a884c97c1", level: "red" },
} as const;

export type TlpName = keyof typeof TLP_2_0;
export const TLP_ORDER: readonly TlpName[] = ["CLEAR", "GREEN", "AMBER", "AMBER_STRICT", "RED"];

/**
 * TLP 1.0 definitions STIX 2.1 predefines (section 7.2.1.4), accepted on input: MISP and older
 * OpenCTI exports still mark with them. WHITE is CLEAR's older name.
 */
const TLP_1_0: Record<string, TlpName> = {
  "marking-definition--613f2e26-407d-48c7-9eca-b8e91df99dc9": "CLEAR",
  "marking-definition--34098fce-860f-48ae-8e50-ebd3cc5e41da": "GREEN",
  "marking-definition--f88d31f6-486f-44da-b317-01333bde0b82": "AMBER",
  "marking-definition--5e57c739-391a-4eb3-b6be-7d15ca92d5ed": "RED",
};

export interface MarkingDefinition {
  type: "marking-definition";
  spec_version: "2.1";
  id: string;
  created: string;
  name: string;
  extensions: Record<string, { extension_type: "property-extension"; tlp_2_0: string }>;
  [property: string]: unknown;
}

export function tlpMarkingId(tlp: TlpName): string {
  return TLP_2_0[tlp].id;
}

/** The OASIS TLP 2.0 marking-definition object, exactly as published. */
export function tlpMarkingDefinition(tlp: TlpName): MarkingDefinition {
  const { id, level } = TLP_2_0[tlp];
  return {
    type: "marking-definition",
    spec_version: "2.1",
    id,
    created: "2022-10-01T00:00:00.000Z",
    name: `TLP:${level.toUpperCase()}`,
    extensions: {
      [TLP_EXTENSION_DEFINITION]: { extension_type: "property-extension", tlp_2_0: level },
    },
  };
}

/** The TLP a marking-definition id stands for (2.0, or the 1.0 ones STIX predefines). */
export function tlpOfMarking(id: string): TlpName | undefined {
  for (const [name, m] of Object.entries(TLP_2_0)) if (m.id === id) return name as TlpName;
  return TLP_1_0[id];
}

/** The stricter of two markings. */
export function stricterTlp(a: TlpName, b: TlpName): TlpName {
  return TLP_ORDER.indexOf(a) >= TLP_ORDER.indexOf(b) ? a : b;
}
