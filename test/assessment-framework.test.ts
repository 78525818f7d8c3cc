import { DEFAULT_FRAMEWORK, DEFAULT_FRAMEWORK_INPUT } from "../src/engine/assessment/framework";
import { loadFramework, type FrameworkInput } from "../src/engine/assessment/framework-schema";
import { ENGINE_TEXTS } from "../src/engine/assessment/strings";
import type { LocalizedText } from "../src/engine/assessment/types";

const CJK = /[\u4e00-\u9fff]/;

/** Collects every text pair in the framework with a path naming where it sits. */
function frameworkTexts(): [string, LocalizedText][] {
  const texts: [string, LocalizedText][] = [];
  for (const group of DEFAULT_FRAMEWORK.groups) texts.push([`group ${group.code}`, group.name]);
  for (const band of DEFAULT_FRAMEWORK.gradeBands) texts.push([`grade ${band.code}`, band.label]);
  for (const indicator of DEFAULT_FRAMEWORK.indicators) {
    texts.push([`${indicator.code} name`, indicator.name]);
    texts.push([`${indicator.code} description`, indicator.description]);
    indicator.questions.forEach((q, i) => texts.push([`${indicator.code} question ${i + 1}`, q]));
    for (const metric of indicator.metrics)
      texts.push([`${indicator.code} ${metric.key}`, metric.name]);
    for (const action of indicator.actions)
      texts.push([`${indicator.code} ${action.id}`, action.text]);
  }
  for (const [key, text] of Object.entries(ENGINE_TEXTS)) texts.push([key, text]);
  return texts;
}

function copy(): FrameworkInput {
  return structuredClone(DEFAULT_FRAMEWORK_INPUT);
}

describe("assessment framework", () => {
  it("has the eleven indicators in order with their weights", () => {
    expect(DEFAULT_FRAMEWORK.indicators.map((i) => [i.code, i.weight])).toEqual([
      ["A1", 8],
      ["A2", 8],
      ["A3", 9],
      ["A4", 7],
      ["A5", 8],
      ["B1", 9],
      ["B2", 9],
      ["B3", 7],
      ["B4", 12],
      ["B5", 13],
      ["B6", 10],
    ]);
  });

  it("weights add to 100 and each group to its weight", () => {
    const weights = DEFAULT_FRAMEWORK.indicators.map((indicator) => indicator.weight);
    expect(weights.reduce((a, b) => a + b, 0)).toBe(100);
    const groupA = DEFAULT_FRAMEWORK.indicators.filter((indicator) => indicator.group === "A");
    const groupB = DEFAULT_FRAMEWORK.indicators.filter((indicator) => indicator.group === "B");
    expect(groupA.reduce((sum, indicator) => sum + indicator.weight, 0)).toBe(40);
    expect(groupB.reduce((sum, indicator) => sum + indicator.weight, 0)).toBe(60);
    expect(DEFAULT_FRAMEWORK.groups.map((group) => [group.code, group.weight])).toEqual([
      ["A", 40],
      ["B", 60],
    ]);
  });

  it("gives five questions and two or three actions to every indicator", () => {
    for (const indicator of DEFAULT_FRAMEWORK.indicators) {
      expect(indicator.questions).toHaveLength(5);
      expect(indicator.actions.length).toBeGreaterThanOrEqual(2);
      expect(indicator.actions.length).toBeLessThanOrEqual(3);
    }
  });

  it("measures exactly A5, B1, B2, B3, B4 and B5", () => {
    const measured = DEFAULT_FRAMEWORK.indicators.filter((i) => i.metrics.length > 0);
    expect(measured.map((indicator) => indicator.code)).toEqual([
      "A5",
      "B1",
      "B2",
      "B3",
      "B4",
      "B5",
    ]);
  });

  it("has every text in English and Chinese", () => {
    const texts = frameworkTexts();
    expect(texts.length).toBeGreaterThan(11 * 8);
    for (const [where, text] of texts) {
      expect([where, text.en.trim().length > 0]).toEqual([where, true]);
      expect([where, CJK.test(text.en)]).toEqual([where, false]);
      expect([where, CJK.test(text.zh)]).toEqual([where, true]);
    }
  });

  it("rejects weights that do not add to 100", () => {
    const input = copy();
    input.indicators[0] = { ...input.indicators[0]!, weight: 9 };
    expect(() => loadFramework(input)).toThrow(/group A weigh 41, not 40/);
  });

  it("rejects a duplicate indicator code", () => {
    const input = copy();
    input.indicators[1] = { ...input.indicators[1]!, code: "A1" };
    expect(() => loadFramework(input)).toThrow(/indicator A1 is defined twice/);
  });

  it("rejects thresholds that loosen toward level 5", () => {
    const input = copy();
    const a5 = input.indicators[4]!;
    const metric = { ...a5.metrics![0]!, thresholds: [0.9, 0.95, 0.8, 0.6] as const };
    input.indicators[4] = { ...a5, metrics: [{ ...metric, thresholds: [...metric.thresholds] }] };
    expect(() => loadFramework(input)).toThrow(/stricter/);
  });

  it("rejects an indicator with four questions", () => {
    const input = copy();
    const a1 = input.indicators[0]!;
    input.indicators[0] = { ...a1, questions: a1.questions.slice(0, 4) };
    expect(() => loadFramework(input)).toThrow();
  });

  it("accepts a twelfth indicator added to its group with the weights rebalanced", () => {
    const input = copy();
    const b6 = input.indicators[10]!;
    input.indicators[10] = { ...b6, weight: 5 };
    input.indicators.push({ ...b6, code: "B7", weight: 5 });
    const framework = loadFramework(input);
    expect(framework.indicators.map((indicator) => indicator.code)).toContain("B7");
  });

  it("sorts grade bands from the highest minimum score", () => {
    const input = copy();
    input.gradeBands = [...input.gradeBands].reverse();
    expect(loadFramework(input).gradeBands.map((band) => band.minScore)).toEqual([85, 70, 55, 0]);
  });
});
