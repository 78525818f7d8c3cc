/**
 * Parameters of an analysis: the Parameters sheet merged with the caller's values, which win,
 * validated by each group's schema. Invalid values and unknown names warn and keep the defaults.
 */
import { z } from "zod";

import type { AnalysisOptions, CompanyInfo, EngineMessages } from "./analyze";
import { customerParamsSchema, type CustomerParams } from "./customer-params";
import type { Issue } from "./issues";
import { lenderParamsSchema, type LenderParams } from "./lender-params";
import { agingParamsSchema, kpiParamsSchema, type AgingParams, type KpiParams } from "./parameters";
import { readParameterSheet, unknownKeys, type ParameterOverrides } from "./parameter-sheet";
import type { InputRecords, ParameterRecord } from "./schema";

function merge(
  sheet: ParameterOverrides,
  caller: ParameterOverrides | undefined,
  group: string,
): Record<string, unknown> {
  return { ...sheet[group], ...caller?.[group] };
}

export interface ResolvedParameters {
  aging: AgingParams;
  kpis: KpiParams;
  customers: CustomerParams;
  lender: LenderParams;
  company: CompanyInfo;
  issues: Issue[];
}

/**
 * Returns the one currency every document shares, so a one-currency export needs no base currency
 * and no exchange rates. Returns undefined when currencies differ or a document gives none.
 */
function singleCurrency(records: InputRecords): string | undefined {
  const customerCurrency = new Map(
    records.customers.map((customer) => [customer.id, customer.currency]),
  );
  let only: string | undefined;
  for (const invoice of records.invoices) {
    const currency = invoice.currency ?? customerCurrency.get(invoice.customerId);
    if (currency === undefined) return undefined;
    if (only !== undefined && currency !== only) return undefined;
    only = currency;
  }
  return only;
}

/**
 * Validates one parameter group. A value the schema rejects is dropped with a warning naming its
 * path, so the default applies, and the rest of the group is kept.
 */
function parseGroup<T>(
  name: string,
  schema: z.ZodType<T>,
  values: Record<string, unknown>,
  issues: Issue[],
  messages: EngineMessages,
  records: InputRecords,
): T {
  const result = schema.safeParse(values);
  if (result.success) {
    for (const path of unknownKeys(values, result.data, name)) {
      issues.push({
        severity: "warning",
        code: "bad-parameter",
        sheet: records.parameters[0]?.ref.sheet ?? "",
        row: 0,
        column: "",
        message: messages.unknownParameter(path),
      });
    }
    return result.data;
  }
  const copy = structuredClone(values);
  for (const problem of result.error.issues) {
    const path = [name, ...problem.path.map(String)].join(".");
    const value = problem.path.reduce<unknown>(
      (node, key) =>
        node !== null && typeof node === "object"
          ? (node as Record<string, unknown>)[String(key)]
          : undefined,
      values,
    );
    removePath(copy, problem.path.map(String));
    issues.push({
      severity: "warning",
      code: "bad-parameter",
      sheet: records.parameters[0]?.ref.sheet ?? "",
      row: 0,
      column: "",
      message: messages.badParameter(
        path,
        String(value ?? ""),
        problem.message.replace(/^Invalid input: expected /i, ""),
      ),
    });
  }
  const retry = schema.safeParse(copy);
  return retry.success ? retry.data : schema.parse({});
}

function unknownParameter(record: ParameterRecord, messages: EngineMessages): Issue {
  return {
    severity: "warning",
    code: "bad-parameter",
    sheet: record.ref.sheet,
    row: record.ref.row,
    column: "",
    message: messages.unknownParameter(record.name),
  };
}

function removePath(values: Record<string, unknown>, path: string[]): void {
  let node: unknown = values;
  for (const part of path.slice(0, -1)) {
    if (node === null || typeof node !== "object") return;
    node = (node as Record<string, unknown>)[part];
  }
  if (node !== null && typeof node === "object")
    delete (node as Record<string, unknown>)[path[path.length - 1] as string];
}

/** Merges the Parameters sheet with the caller's values (which win) and applies the defaults. */
export function resolveParameters(
  records: InputRecords,
  options: AnalysisOptions,
): ResolvedParameters {
  const sheet = readParameterSheet(records.parameters, options.messages);
  const group = (name: string) => merge(sheet.overrides, options.overrides, name);
  const aging = group("aging");
  if (aging.baseCurrency === undefined) {
    const only = singleCurrency(records);
    if (only) aging.baseCurrency = only;
  }
  const issues = [
    ...sheet.issues,
    ...sheet.unknown.map((record) => unknownParameter(record, options.messages)),
  ];
  const parse = <T>(name: string, schema: z.ZodType<T>, values: Record<string, unknown>) =>
    parseGroup(name, schema, values, issues, options.messages, records);
  return {
    aging: parse("aging", agingParamsSchema, aging),
    kpis: parse("kpis", kpiParamsSchema, group("kpis")),
    customers: parse("customers", customerParamsSchema, group("customers")),
    lender: parse("lender", lenderParamsSchema, group("lender")),
    company: group("company") as CompanyInfo,
    issues,
  };
}
