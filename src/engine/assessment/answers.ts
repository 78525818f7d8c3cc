/** Reading checklist answers and turning five answers into a checklist level. */
import type { SourceRef } from "../issues";
import type { AssessmentAnswerRecord } from "../schema";
import type { AssessmentFramework } from "./framework-schema";
import type { UnansweredQuestion } from "./types";

/** What `parseAnswer` returns for text that is neither blank nor a known answer. */
export const INVALID_ANSWER = "invalid";
export type ParsedAnswer = 1 | 0.5 | 0 | undefined | typeof INVALID_ANSWER;

/** Accepted answers after lower-casing and removing every space, in English and Chinese. */
const ANSWER_WORDS: Readonly<Record<string, 1 | 0.5 | 0>> = {
  yes: 1,
  y: 1,
  "1": 1,
  true: 1,
  是: 1,
  partly: 0.5,
  partial: 0.5,
  partially: 0.5,
  p: 0.5,
  "0.5": 0.5,
  "0,5": 0.5,
  ".5": 0.5,
  部分: 0.5,
  部分是: 0.5,
  no: 0,
  n: 0,
  "0": 0,
  false: 0,
  否: 0,
};

/** Lower-cases text and removes every space, including non-breaking and full-width ones. */
function compactText(text: string): string {
  return text.replace(/[\s\u00a0\u3000]+/g, "").toLowerCase();
}

/**
 * Parses a checklist answer: Yes/Partly/No, Y/P/N, 1/0.5/0 or 是/部分/否, ignoring case and
 * spaces (also non-breaking and full-width ones). Returns undefined for a blank cell and
 * `INVALID_ANSWER` for anything else, so the reader can raise a `bad-answer` issue.
 */
export function parseAnswer(input: string | number | boolean | null | undefined): ParsedAnswer {
  if (input === null || input === undefined) return undefined;
  if (typeof input === "boolean") return input ? 1 : 0;
  if (typeof input === "number") {
    return input === 1 || input === 0.5 || input === 0 ? input : INVALID_ANSWER;
  }

  const key = compactText(input);
  if (key === "") return undefined;
  return ANSWER_WORDS[key] ?? INVALID_ANSWER;
}

/**
 * Finds the question number (1-5) from a Question cell: a number, `Q3`, `A1.3`, or the question
 * text in either language, ignoring case and spaces. Returns undefined when nothing matches.
 */
export function questionNumber(
  indicator: string,
  question: string | number,
  framework: AssessmentFramework,
): number | undefined {
  const definition = framework.indicators.find((item) => item.code === normaliseCode(indicator));
  if (!definition) return undefined;
  const count = definition.questions.length;
  const inRange = (value: number) =>
    Number.isInteger(value) && value >= 1 && value <= count ? value : undefined;
  if (typeof question === "number") return inRange(question);

  const key = compactText(question);
  const numbered = /^(?:[a-z][0-9]+[.\-/]|q)?([0-9]+)$/.exec(key);
  if (numbered) return inRange(Number(numbered[1]));

  const index = definition.questions.findIndex(
    (text) => compactText(text.en) === key || compactText(text.zh) === key,
  );
  return index === -1 ? undefined : index + 1;
}

/** The answers to one indicator's questions in question order, with undefined for unanswered. */
export interface ChecklistAnswers {
  answers: (number | undefined)[];
  /** Sheet rows of the answers, same order, when a row exists. */
  refs: (SourceRef | undefined)[];
}

export interface CollectedAnswers {
  byIndicator: Map<string, ChecklistAnswers>;
  unknown: SourceRef[];
  duplicates: SourceRef[];
}

function normaliseCode(code: string): string {
  return code.replace(/\s+/g, "").toUpperCase();
}

/** Sorts answer rows into the framework's indicators. A later row for the same question wins. */
export function collectAnswers(
  records: readonly AssessmentAnswerRecord[],
  framework: AssessmentFramework,
): CollectedAnswers {
  const byIndicator = new Map<string, ChecklistAnswers>();
  for (const indicator of framework.indicators) {
    const count = indicator.questions.length;
    byIndicator.set(indicator.code, { answers: Array(count).fill(undefined), refs: Array(count) });
  }

  const unknown: SourceRef[] = [];
  const duplicates: SourceRef[] = [];
  for (const record of records) {
    const checklist = byIndicator.get(normaliseCode(record.indicator));
    const index = (record.questionNo ?? 0) - 1;
    if (!checklist || !Number.isInteger(index) || index < 0 || index >= checklist.refs.length) {
      unknown.push(record.ref);
      continue;
    }
    if (checklist.refs[index]) duplicates.push(record.ref);
    checklist.answers[index] = validAnswer(record.answer);
    checklist.refs[index] = record.ref;
  }
  return { byIndicator, unknown, duplicates };
}

/** Keeps 1, 0.5 and 0. Any other number counts as unanswered, because the reader rejected it. */
function validAnswer(answer: number | undefined): number | undefined {
  return answer === 1 || answer === 0.5 || answer === 0 ? answer : undefined;
}

/** Lists the unanswered questions of one indicator, which count as No. */
export function unansweredQuestions(
  code: string,
  checklist: ChecklistAnswers,
): UnansweredQuestion[] {
  const missing: UnansweredQuestion[] = [];
  checklist.answers.forEach((answer, index) => {
    if (answer !== undefined) return;
    const ref = checklist.refs[index];
    missing.push(ref ? { code, questionNo: index + 1, ref } : { code, questionNo: index + 1 });
  });
  return missing;
}

/**
 * Sums the answers (unanswered counts as 0) and rounds half up: 2.5 is level 3. The sum is kept
 * in half points so that the rounding never meets a binary fraction.
 */
export function checklistLevel(answers: readonly (number | undefined)[]): {
  sum: number;
  level: number;
} {
  const halves = answers.reduce<number>(
    (total, answer) => total + Math.round((answer ?? 0) * 2),
    0,
  );
  return { sum: halves / 2, level: Math.floor((halves + 1) / 2) };
}
