/**
 * Engine-side assessment texts in English and Chinese: findings for the improvement plan, metric
 * gaps, cap reasons and action statuses. Placeholders are written `{name}`.
 */
import { z } from "zod";

import { localizedTextSchema } from "./schema";
import type { LocalizedText } from "./types";

const PLACEHOLDER = /\{([a-zA-Z]+)\}/g;

function placeholders(template: string): string[] {
  return [...template.matchAll(PLACEHOLDER)].map((match) => match[1]!).sort();
}

/** A text pair whose two languages use the same placeholders. */
const templateSchema = localizedTextSchema.refine(
  (text) => placeholders(text.en).join() === placeholders(text.zh).join(),
  { message: "English and Chinese texts must use the same placeholders" },
);

const FINDING_TEXTS = z
  .object({
    level: templateSchema,
    unanswered: templateSchema,
    belowMinimum: templateSchema,
    aboveMaximum: templateSchema,
    notMeasured: templateSchema,
    cappedByMetric: templateSchema,
    cappedByChecklist: templateSchema,
  })
  .parse({
    level: {
      en: "Level {level} of 5; the checklist sums to {sum} of 5.",
      zh: "当前等级 {level}/5；检查表合计 {sum}/5。",
    },
    unanswered: {
      en: "{count} of 5 questions unanswered, counted as No.",
      zh: "5 个问题中有 {count} 个未回答，按“否”计。",
    },
    belowMinimum: {
      en: "{metric} is {value}, below the level-3 threshold of {threshold}.",
      zh: "{metric}为 {value}，低于 3 级标准 {threshold}。",
    },
    aboveMaximum: {
      en: "{metric} is {value}, above the level-3 limit of {threshold}.",
      zh: "{metric}为 {value}，高于 3 级上限 {threshold}。",
    },
    notMeasured: {
      en: "{metric} could not be measured from the workbook, so the checklist level stands.",
      zh: "{metric}无法根据工作簿计算，因此采用检查表等级。",
    },
    cappedByMetric: {
      en: "Capped by the metric (checklist level {checklist})",
      zh: "受指标值限制（检查表等级 {checklist}）",
    },
    cappedByChecklist: {
      en: "Capped by the checklist (metric level {metric})",
      zh: "受检查表限制（指标等级 {metric}）",
    },
  });
export type FindingTextKey = keyof typeof FINDING_TEXTS;

export const ACTION_STATUSES = ["open", "in-progress", "done", "dropped"] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

export const STATUS_LABELS: Readonly<Record<ActionStatus, LocalizedText>> = z
  .record(z.enum(ACTION_STATUSES), localizedTextSchema)
  .parse({
    open: { en: "Open", zh: "未开始" },
    "in-progress": { en: "In progress", zh: "进行中" },
    done: { en: "Done", zh: "已完成" },
    dropped: { en: "Dropped", zh: "已取消" },
  });

/** Fills `{name}` placeholders. A placeholder without a value is left as written. */
export function fillTemplate(template: string, values: Record<string, string | number>): string {
  return template.replace(PLACEHOLDER, (whole, name: string) =>
    values[name] === undefined ? whole : String(values[name]),
  );
}

/** Renders an engine text in both languages. */
export function findingText(
  key: FindingTextKey,
  values: Record<string, string | number>,
  localizedValues: Partial<Record<string, LocalizedText>> = {},
): LocalizedText {
  const pick = (language: keyof LocalizedText) => {
    const filled: Record<string, string | number> = { ...values };
    for (const [name, text] of Object.entries(localizedValues)) {
      if (text) filled[name] = text[language];
    }
    return fillTemplate(FINDING_TEXTS[key][language], filled);
  };
  return { en: pick("en"), zh: pick("zh") };
}

/** Formats a ratio as a percentage with one decimal, e.g. 0.283 as `28.3%`. */
export function formatPercent(ratio: number): string {
  return `${(Math.round(ratio * 1000) / 10).toFixed(1)}%`;
}

/** Reads a status typed as its code or its label in either language, ignoring case. */
export function parseStatus(text: string): ActionStatus | undefined {
  const key = text.trim().toLowerCase();
  return ACTION_STATUSES.find((status) => {
    const label = STATUS_LABELS[status];
    return key === status || key === label.en.toLowerCase() || key === label.zh;
  });
}

/** All engine texts, for tests that check both languages are present. */
export const ENGINE_TEXTS: Readonly<Record<string, LocalizedText>> = {
  ...FINDING_TEXTS,
  ...Object.fromEntries(
    ACTION_STATUSES.map((status) => [`status.${status}`, STATUS_LABELS[status]]),
  ),
};
