/**
 * Reads the Parameters sheet (name, value rows) into parameter overrides. Names are matched
 * ignoring case, spaces and punctuation; an unknown name or an invalid value becomes a warning
 * and the default stays.
 */
import type { Issue } from "./issues";
import { toMinor } from "./money";
import type { ParameterRecord } from "./schema";

export interface ParameterMessages {
  badParameter(name: string, value: string, expected: string): string;
}

type Parser = (value: string | number | boolean) => unknown;

interface ParameterEntry {
  /** Dotted path in the overrides object, e.g. `aging.baseCurrency`. */
  path: string;
  names: string[];
  expected: string;
  parse: Parser;
}

const integer: Parser = (value) => {
  const number = typeof value === "number" ? value : Number(String(value).trim());
  return Number.isInteger(number) && number >= 0 ? number : undefined;
};

const money: Parser = (value) => {
  const number = typeof value === "number" ? value : Number(String(value).replace(/[,\s]/g, ""));
  return Number.isFinite(number) ? toMinor(number) : undefined;
};

const text: Parser = (value) => String(value).trim() || undefined;

const currency: Parser = (value) => {
  const code = String(value).trim().toUpperCase();
  return /^[A-Z]{3}$/.test(code) ? code : undefined;
};

const limits: Parser = (value) => {
  const parts = String(value)
    .split(/[,;\s]+/)
    .filter(Boolean)
    .map(Number);
  const valid =
    parts.length > 0 &&
    parts.every(
      (n, i) => Number.isInteger(n) && n > 0 && (i === 0 || n > (parts[i - 1] as number)),
    );
  return valid ? parts : undefined;
};

const oneOf =
  (...choices: string[]): Parser =>
  (value) => {
    const choice = String(value).trim().toLowerCase();
    return choices.includes(choice) ? choice : undefined;
  };

export const PARAMETER_ENTRIES: ParameterEntry[] = [
  {
    path: "aging.baseCurrency",
    names: ["base currency", "本位币"],
    expected: "a currency code such as USD",
    parse: currency,
  },
  {
    path: "aging.buckets",
    names: ["buckets", "bucket limits", "aging buckets", "账龄区间"],
    expected: "increasing day limits such as 30,60,90",
    parse: limits,
  },
  {
    path: "aging.basis",
    names: ["basis", "aging basis", "账龄基准"],
    expected: "due or invoice",
    parse: oneOf("due", "invoice"),
  },
  {
    path: "aging.allocateUnapplied",
    names: ["allocate unapplied", "未核销分配"],
    expected: "none or oldest-first",
    parse: oneOf("none", "oldest-first"),
  },
  {
    path: "aging.defaultTermsDays",
    names: ["default terms days", "default terms", "默认账期"],
    expected: "a number of days",
    parse: integer,
  },
  {
    path: "aging.controlTotal",
    names: ["control total", "ledger balance", "控制总额"],
    expected: "an amount",
    parse: money,
  },
  {
    path: "kpis.periodDays",
    names: ["kpi period days", "dso period days", "dso period", "周转天数期间"],
    expected: "a number of days",
    parse: integer,
  },
  {
    path: "kpis.ceiMonths",
    names: ["cei months", "回款效率月数"],
    expected: "a number of months",
    parse: integer,
  },
  {
    path: "kpis.dilutionMonths",
    names: ["dilution months", "稀释月数"],
    expected: "a number of months",
    parse: integer,
  },
  {
    path: "company.name",
    names: ["company name", "company", "公司名称"],
    expected: "text",
    parse: text,
  },
  {
    path: "company.homeCountry",
    names: ["home country", "本国"],
    expected: "a country code",
    parse: text,
  },
];

const normalise = (name: string): string => name.toLowerCase().replace(/[\s_.\-:]+/g, "");

export type ParameterOverrides = Record<string, Record<string, unknown>>;

/** Collects overrides from the Parameters sheet; rows with other names are left for other modules. */
export function readParameterSheet(
  records: readonly ParameterRecord[],
  messages: ParameterMessages,
  entries: readonly ParameterEntry[] = PARAMETER_ENTRIES,
): { overrides: ParameterOverrides; issues: Issue[]; unknown: ParameterRecord[] } {
  const overrides: ParameterOverrides = {};
  const issues: Issue[] = [];
  const unknown: ParameterRecord[] = [];
  for (const record of records) {
    const key = normalise(record.name);
    const entry = entries.find(
      (candidate) =>
        candidate.names.some((name) => normalise(name) === key) ||
        normalise(candidate.path.split(".")[1] as string) === key,
    );
    if (!entry) {
      if (!setDottedPath(overrides, record)) unknown.push(record);
      continue;
    }
    const value = entry.parse(record.value);
    if (value === undefined) {
      issues.push({
        severity: "warning",
        code: "bad-parameter",
        sheet: record.ref.sheet,
        row: record.ref.row,
        column: "Value",
        message: messages.badParameter(record.name, String(record.value), entry.expected),
      });
      continue;
    }
    const [group, field] = entry.path.split(".") as [string, string];
    overrides[group] = { ...overrides[group], [field]: value };
  }
  return { overrides, issues, unknown };
}

/** Parameter groups that a dotted name such as `customers.limits.step` may address. */
export const PARAMETER_GROUPS = ["aging", "kpis", "customers", "lender", "company"] as const;

/** Reads a cell as a number, yes/no, a list of numbers (`30,60,90`) or text. */
function looseValue(value: string | number | boolean): unknown {
  if (typeof value !== "string") return value;
  const text = value.trim();
  if (/^-?\d+(\.\d+)?$/.test(text)) return Number(text);
  if (/^(yes|true|是)$/i.test(text)) return true;
  if (/^(no|false|否)$/i.test(text)) return false;
  if (/^-?\d+(\.\d+)?(\s*[,;]\s*-?\d+(\.\d+)?)+$/.test(text)) return text.split(/[,;]/).map(Number);
  return text;
}

/**
 * Sets any parameter by its dotted path, e.g. `lender.financing.advanceRate` = 0.75; the groups'
 * schemas validate the value later. Returns false when the name is not such a path.
 */
function setDottedPath(overrides: ParameterOverrides, record: ParameterRecord): boolean {
  const parts = record.name.trim().split(".");
  const group = parts[0] as (typeof PARAMETER_GROUPS)[number];
  if (
    parts.length < 2 ||
    !PARAMETER_GROUPS.includes(group) ||
    parts.some((part) => !/^[A-Za-z0-9-]+$/.test(part))
  ) {
    return false;
  }
  let node: Record<string, unknown> = (overrides[group] ??= {});
  for (const part of parts.slice(1, -1)) {
    const next = node[part];
    node =
      next !== null && typeof next === "object"
        ? (next as Record<string, unknown>)
        : (node[part] = {});
  }
  node[parts[parts.length - 1] as string] = looseValue(record.value);
  return true;
}

/**
 * Lists the dotted paths given in `input` that the validated `output` does not have: names the
 * schema does not know, which it would otherwise drop without a word.
 */
export function unknownKeys(input: unknown, output: unknown, prefix: string): string[] {
  if (input === null || typeof input !== "object" || Array.isArray(input)) return [];
  const known =
    output !== null && typeof output === "object" ? (output as Record<string, unknown>) : {};
  const paths: string[] = [];
  for (const [key, value] of Object.entries(input as Record<string, unknown>)) {
    const path = `${prefix}.${key}`;
    if (!(key in known)) paths.push(path);
    else paths.push(...unknownKeys(value, known[key], path));
  }
  return paths;
}
