import type { DepartmentProfile } from "@tongbao/organisations";

/**
 * `n` department profiles made up for the benchmark, each following the power sector's
 * broadcast bulletins (and, as every profile does, what is addressed to it): many small
 * organisations, as a province's authorities and enterprises would be.
 */
export function benchProfiles(n: number): DepartmentProfile[] {
  return Array.from({ length: n }, (_, i) => {
    const id = `bench-${String(i + 1).padStart(3, "0")}`;
    return {
      id,
      nameZh: `基准单位${i + 1}`,
      nameEn: `Bench organisation ${i + 1}`,
      kind: "department",
      region: "320000",
      sectors: ["power"],
      subscribe: {
        statuses: ["live"],
        addressed: ["bulletin", "receipt"],
        broadcast: [{ families: ["bulletin"], sectors: ["power"] }],
      },
      publish: { families: ["receipt"] },
    };
  });
}
