/** The whole framework and the cross-checks between its parts (weights, codes, bands, gate). */
import { z } from "zod";

import { gateSchema, gradeBandSchema, groupSchema, indicatorSchema } from "./schema";

/** Weights are compared with a tolerance, because a user may enter decimal weights. */
const WEIGHT_TOLERANCE = 1e-9;

function sum(values: number[]): number {
  return values.reduce((total, value) => total + value, 0);
}

function duplicates(values: string[]): string[] {
  return values.filter((value, index) => values.indexOf(value) !== index);
}

export const frameworkSchema = z
  .object({
    groups: z.array(groupSchema).min(1),
    indicators: z.array(indicatorSchema).min(1),
    gradeBands: z.array(gradeBandSchema).min(1),
    gate: gateSchema,
  })
  .superRefine((framework, context) => {
    const fail = (message: string) => context.addIssue({ code: "custom", message });
    const groupCodes = framework.groups.map((group) => group.code);
    const codes = framework.indicators.map((indicator) => indicator.code);

    for (const code of duplicates(codes)) fail(`indicator ${code} is defined twice`);
    for (const code of duplicates(groupCodes)) fail(`group ${code} is defined twice`);

    const total = sum(framework.groups.map((group) => group.weight));
    if (Math.abs(total - 100) > WEIGHT_TOLERANCE) fail(`group weights add to ${total}, not 100`);

    for (const group of framework.groups) {
      const members = framework.indicators.filter((indicator) => indicator.group === group.code);
      const weight = sum(members.map((indicator) => indicator.weight));
      if (Math.abs(weight - group.weight) > WEIGHT_TOLERANCE) {
        fail(`indicators of group ${group.code} weigh ${weight}, not ${group.weight}`);
      }
    }

    for (const indicator of framework.indicators) {
      if (!groupCodes.includes(indicator.group)) {
        fail(`indicator ${indicator.code} names unknown group ${indicator.group}`);
      }
      if (!indicator.code.startsWith(indicator.group)) {
        fail(`indicator ${indicator.code} does not start with its group letter ${indicator.group}`);
      }
      for (const id of duplicates(indicator.actions.map((action) => action.id))) {
        fail(`indicator ${indicator.code} has action ${id} twice`);
      }
    }

    const metricKeys = framework.indicators.flatMap((item) => item.metrics.map((m) => m.key));
    for (const key of duplicates(metricKeys)) fail(`metric ${key} belongs to two indicators`);

    for (const code of framework.gate.indicators) {
      if (!codes.includes(code)) fail(`gate names unknown indicator ${code}`);
    }

    const bands = framework.gradeBands;
    if (!bands.some((band) => band.minScore === 0)) fail("no grade band starts at score 0");
    for (const code of duplicates(bands.map((band) => band.code))) fail(`grade ${code} twice`);
    if (!bands.some((band) => band.code === framework.gate.grade)) {
      fail(`gate grade ${framework.gate.grade} is not a grade band`);
    }
  });

export type FrameworkInput = z.input<typeof frameworkSchema>;
export type AssessmentFramework = z.output<typeof frameworkSchema>;

/**
 * Validates a framework and returns it with its grade bands sorted from the highest minimum score.
 * Throws a ZodError listing every problem, because a broken framework is a programming error.
 */
export function loadFramework(input: FrameworkInput): AssessmentFramework {
  const framework = frameworkSchema.parse(input);
  const gradeBands = [...framework.gradeBands].sort((a, b) => b.minScore - a.minScore);
  return { ...framework, gradeBands };
}
