/** Sheet names, headings and labels of the assessment, improvement and history sheets. */
import { DEFAULT_FRAMEWORK } from "../engine/assessment/framework";
import type { AssessmentFramework } from "../engine/assessment/framework-schema";
import { localize, type AssessmentLocale, type GradeCode } from "../engine/assessment/types";

export interface AssessmentReportStrings {
  sheets: { assessment: string; improvement: string; history: string };
  assessment: {
    title: string;
    asOf: (date: string) => string;
    banner: (grade: string, score: string) => string;
    gate: (codes: string, grade: string) => string;
    unanswered: (count: number) => string;
    headers: string[];
    subtotal: (group: string) => string;
    total: string;
    chartHeaders: [string, string, string];
    chartTitle: string;
    notMeasured: (metric: string) => string;
    measurement: (metric: string, value: string, level: number) => string;
  };
  comparison: {
    title: (date: string | undefined) => string;
    headers: string[];
    score: string;
    grade: string;
  };
  improvement: {
    title: string;
    subtitle: (date: string, maxLevel: number) => string;
    editNote: string;
    headers: string[];
    empty: string;
  };
  history: {
    title: string;
    subtitle: string;
    headers: [string, string, string];
    empty: string;
  };
}

const EN: AssessmentReportStrings = {
  sheets: { assessment: "CD Assessment", improvement: "CD Improvement", history: "CD History" },
  assessment: {
    title: "Credit-management self-assessment",
    asOf: (date) => `As of ${date}. Level 0-5 per indicator; points = level ÷ 5 × weight.`,
    banner: (grade, score) => `Grade: ${grade} (${score} of 100 points)`,
    gate: (codes, grade) =>
      `The grade is capped at ${grade} because ${codes} is at level 1 or below: lenders do not finance receivables that cannot be evidenced.`,
    unanswered: (count) => `${count} questions are unanswered and counted as No.`,
    headers: [
      "Code",
      "Indicator",
      "Weight",
      "Checklist Level",
      "Metric",
      "Metric Level",
      "Level",
      "Points",
      "Note",
    ],
    subtotal: (group) => `Subtotal ${group}`,
    total: "Total score",
    chartHeaders: ["Code", "Level", "Maximum"],
    chartTitle: "Level per indicator against the maximum of 5",
    notMeasured: (metric) => `${metric}: not measured`,
    measurement: (metric, value, level) => `${metric} ${value} (level ${level})`,
  },
  comparison: {
    title: (date) =>
      date === undefined ? "Change since the previous run" : `Change since the run of ${date}`,
    headers: [
      "Code",
      "Indicator",
      "Level Before",
      "Level After",
      "Level Change",
      "Points Before",
      "Points After",
      "Points Change",
    ],
    score: "Total score",
    grade: "Grade",
  },
  improvement: {
    title: "Credit-management improvement plan",
    subtitle: (date, maxLevel) =>
      `As of ${date}. Actions for each indicator at level ${maxLevel} or below and each metric below its level-3 threshold.`,
    editNote: "Owner, due date and status are yours to fill in; a re-run keeps what you type.",
    headers: [
      "Indicator/Action ID",
      "Indicator",
      "Finding",
      "Action",
      "Owner",
      "Due Date",
      "Status",
      "Current Level",
      "Target Level",
    ],
    empty:
      "No actions are needed: every indicator is above level 2 and every metric meets its level-3 threshold.",
  },
  history: {
    title: "Self-assessment history",
    subtitle: "One row per as-of date; a re-run on the same date replaces its row.",
    headers: ["As Of", "Score", "Grade"],
    empty: "No runs recorded yet.",
  },
};

const ZH: AssessmentReportStrings = {
  sheets: { assessment: "CD 自评", improvement: "CD 改进计划", history: "CD 历史" },
  assessment: {
    title: "信用管理自评",
    asOf: (date) => `截至 ${date}。各指标等级为 0-5；得分 = 等级 ÷ 5 × 权重。`,
    banner: (grade, score) => `评级：${grade}（${score} 分，满分 100）`,
    gate: (codes, grade) =>
      `由于 ${codes} 的等级不高于 1，评级最高为“${grade}”：融资方不会为无法举证的应收账款融资。`,
    unanswered: (count) => `有 ${count} 个问题未回答，按“否”计。`,
    headers: ["代码", "指标", "权重", "检查表等级", "指标值", "指标值等级", "等级", "得分", "说明"],
    subtotal: (group) => `${group} 小计`,
    total: "总分",
    chartHeaders: ["代码", "等级", "满级"],
    chartTitle: "各指标等级与满级 5 级对比",
    notMeasured: (metric) => `${metric}：未计量`,
    measurement: (metric, value, level) => `${metric} ${value}（${level} 级）`,
  },
  comparison: {
    title: (date) => (date === undefined ? "与上次自评相比的变化" : `与 ${date} 自评相比的变化`),
    headers: ["代码", "指标", "原等级", "现等级", "等级变化", "原得分", "现得分", "得分变化"],
    score: "总分",
    grade: "评级",
  },
  improvement: {
    title: "信用管理改进计划",
    subtitle: (date, maxLevel) =>
      `截至 ${date}。针对等级不高于 ${maxLevel} 的指标以及低于 3 级标准的指标值提出的改进措施。`,
    editNote: "负责人、完成期限和状态由您填写；重新运行时会保留您填写的内容。",
    headers: [
      "指标/措施编号",
      "指标",
      "发现的问题",
      "改进措施",
      "负责人",
      "完成期限",
      "状态",
      "当前等级",
      "目标等级",
    ],
    empty: "无需改进措施：所有指标均高于 2 级，所有指标值均达到 3 级标准。",
  },
  history: {
    title: "自评历史",
    subtitle: "每个基准日一行；同一基准日重新运行时替换该行。",
    headers: ["基准日", "总分", "评级"],
    empty: "尚无自评记录。",
  },
};

export function assessmentReportStrings(locale: AssessmentLocale): AssessmentReportStrings {
  return locale === "zh-CN" ? ZH : EN;
}

/** Returns the grade label in the sheet's language. */
export function gradeLabel(
  grade: GradeCode,
  locale: AssessmentLocale,
  framework: AssessmentFramework = DEFAULT_FRAMEWORK,
): string {
  const band = framework.gradeBands.find((candidate) => candidate.code === grade);
  return band ? localize(band.label, locale) : grade;
}
