import {
  INVALID_ANSWER,
  checklistLevel,
  collectAnswers,
  parseAnswer,
  questionNumber,
} from "../src/engine/assessment/answers";
import { DEFAULT_FRAMEWORK } from "../src/engine/assessment/framework";

describe("parseAnswer", () => {
  it.each([
    ["Yes", 1],
    ["yes", 1],
    [" Y ", 1],
    ["1", 1],
    ["是", 1],
    ["Partly", 0.5],
    ["PARTLY", 0.5],
    ["0.5", 0.5],
    ["0,5", 0.5],
    ["部分", 0.5],
    [" 部 分 ", 0.5],
    ["No", 0],
    ["n", 0],
    ["0", 0],
    ["否", 0],
    ["\u00a0No\u3000", 0],
  ])("reads %j as %p", (text, expected) => {
    expect(parseAnswer(text)).toBe(expected);
  });

  it.each([[""], ["   "], ["\u3000"], [null], [undefined]])("treats %j as unanswered", (text) => {
    expect(parseAnswer(text)).toBeUndefined();
  });

  it.each([["maybe"], ["2"], ["0.7"], ["yes!"], ["不知道"]])("marks %j invalid", (text) => {
    expect(parseAnswer(text)).toBe(INVALID_ANSWER);
  });

  it("reads numeric and boolean cells", () => {
    expect(parseAnswer(1)).toBe(1);
    expect(parseAnswer(0.5)).toBe(0.5);
    expect(parseAnswer(0)).toBe(0);
    expect(parseAnswer(true)).toBe(1);
    expect(parseAnswer(false)).toBe(0);
    expect(parseAnswer(0.25)).toBe(INVALID_ANSWER);
  });
});

describe("checklistLevel", () => {
  it("rounds half up", () => {
    expect(checklistLevel([1, 1, 0.5, 0, 0])).toEqual({ sum: 2.5, level: 3 });
    expect(checklistLevel([0.5, 0, 0, 0, 0])).toEqual({ sum: 0.5, level: 1 });
    expect(checklistLevel([1, 1, 1, 1, 0.5])).toEqual({ sum: 4.5, level: 5 });
  });

  it("counts unanswered questions as No", () => {
    expect(checklistLevel([1, undefined, 1, undefined, 0.5])).toEqual({ sum: 2.5, level: 3 });
    expect(checklistLevel([undefined, undefined, undefined, undefined, undefined]).level).toBe(0);
  });

  it("keeps whole sums as they are", () => {
    expect(checklistLevel([1, 1, 1, 1, 1]).level).toBe(5);
    expect(checklistLevel([1, 0.5, 0.5, 0, 0]).level).toBe(2);
  });
});

describe("collectAnswers", () => {
  const ref = (row: number) => ({ sheet: "Assessment", row });

  it("matches indicator codes ignoring case and spaces", () => {
    const collected = collectAnswers(
      [{ ref: ref(2), indicator: " a1 ", questionNo: 2, answer: 1 }],
      DEFAULT_FRAMEWORK,
    );
    expect(collected.byIndicator.get("A1")?.answers).toEqual([
      undefined,
      1,
      undefined,
      undefined,
      undefined,
    ]);
  });

  it("lists rows with unknown indicators or question numbers", () => {
    const collected = collectAnswers(
      [
        { ref: ref(2), indicator: "C1", questionNo: 1, answer: 1 },
        { ref: ref(3), indicator: "A1", questionNo: 6, answer: 1 },
        { ref: ref(4), indicator: "A1", answer: 1 },
      ],
      DEFAULT_FRAMEWORK,
    );
    expect(collected.unknown).toEqual([ref(2), ref(3), ref(4)]);
  });

  it("uses the last of duplicate answers and lists it", () => {
    const collected = collectAnswers(
      [
        { ref: ref(2), indicator: "B2", questionNo: 1, answer: 1 },
        { ref: ref(9), indicator: "B2", questionNo: 1, answer: 0 },
      ],
      DEFAULT_FRAMEWORK,
    );
    expect(collected.byIndicator.get("B2")?.answers[0]).toBe(0);
    expect(collected.duplicates).toEqual([ref(9)]);
  });
});

describe("questionNumber", () => {
  it.each([
    [3, 3],
    ["3", 3],
    ["Q4", 4],
    ["a1.5", 5],
    ["A1-2", 2],
    ["Is there a written credit policy approved by management or the board?", 1],
    ["  is there a written credit policy approved by management or the BOARD? ", 1],
    ["政策是否规定了信用额度的设定、审批和调整方式？", 3],
  ])("reads %j for A1 as question %p", (cell, expected) => {
    expect(questionNumber("A1", cell, DEFAULT_FRAMEWORK)).toBe(expected);
  });

  it.each([[0], [6], ["Q9"], ["2.5"], ["some other question"]])("rejects %j", (cell) => {
    expect(questionNumber("A1", cell, DEFAULT_FRAMEWORK)).toBeUndefined();
  });

  it("rejects an unknown indicator", () => {
    expect(questionNumber("C1", 1, DEFAULT_FRAMEWORK)).toBeUndefined();
  });
});
