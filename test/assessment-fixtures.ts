/** Answer rows for assessment tests, built in code as the Assessment sheet reader would return them. */
import { DEFAULT_FRAMEWORK } from "../src/engine/assessment/framework";
import type { AssessmentAnswerRecord } from "../src/engine/schema";

export const CODES = DEFAULT_FRAMEWORK.indicators.map((indicator) => indicator.code);

/**
 * Builds one row per question: every indicator answers `fill` to all five questions unless
 * `overrides` gives its five answers. Rows are numbered from 2, below the header row.
 */
export function answerRows(
  fill: number | undefined,
  overrides: Record<string, (number | undefined)[]> = {},
): AssessmentAnswerRecord[] {
  const rows: AssessmentAnswerRecord[] = [];
  for (const code of CODES) {
    const answers = overrides[code] ?? [fill, fill, fill, fill, fill];
    answers.forEach((answer, index) => {
      const row: AssessmentAnswerRecord = {
        ref: { sheet: "Assessment", row: rows.length + 2 },
        indicator: code,
        questionNo: index + 1,
      };
      if (answer !== undefined) row.answer = answer;
      rows.push(row);
    });
  }
  return rows;
}

/** Answers that give each indicator the checklist level listed (whole Yes answers, then No). */
export function answersForLevels(levels: Record<string, number>): AssessmentAnswerRecord[] {
  const overrides: Record<string, number[]> = {};
  for (const [code, level] of Object.entries(levels)) {
    overrides[code] = [0, 1, 2, 3, 4].map((index) => (index < level ? 1 : 0));
  }
  return answerRows(1, overrides);
}
