/**
 * The one entry point the adapters call: canonical records and parameters in, a complete analysis
 * out. It touches no file, cell or clock: the as-of date is passed in.
 */
import type { Locale } from "../i18n/messages";
import { agingByCustomer, computeAging, type AgingInput, type AgingMessages } from "./aging";
import { mergeWorklistEdits } from "./collections";
import { createConverter } from "./currency";
import type { CustomerParams } from "./customer-params";
import type { CustomerPortfolio } from "./customer-types";
import { analyzeCustomers } from "./customers";
import type { Day } from "./dates";
import type { Issue } from "./issues";
import { computeKpis, periodStart, type DatedAmount } from "./kpis";
import { computeLenderPack, type LenderPack } from "./lender";
import type { LenderParams } from "./lender-params";
import { formatMoney, type Minor } from "./money";
import type { ParameterMessages, ParameterOverrides } from "./parameter-sheet";
import type { AgingParams, KpiParams } from "./parameters";
import { emptyPreviousState, type PreviousState } from "./previous";
import { resolveParameters, type ResolvedParameters } from "./resolve-parameters";
import type { InputRecords } from "./schema";
import { runSelfAssessment, type AssessmentMessages, type SelfAssessment } from "./self-assessment";
import type { AgingResult, CustomerAging, Kpis } from "./types";

export type EngineMessages = AgingMessages &
  ParameterMessages &
  AssessmentMessages & {
    controlDifference(difference: string): string;
    unknownParameter(name: string): string;
  };

export interface AnalysisOptions {
  asOf: Day;
  /** Values given by the caller (command-line flags, task-pane options); they win over the Parameters sheet. */
  overrides?: ParameterOverrides;
  messages: EngineMessages;
  locale?: Locale;
  /** History and user edits left in the workbook by the last run, carried over. */
  previous?: PreviousState;
}

export interface CompanyInfo {
  name?: string;
  homeCountry?: string;
}

export interface Analysis {
  asOf: Day;
  baseCurrency: string;
  company: CompanyInfo;
  parameters: {
    aging: AgingParams;
    kpis: KpiParams;
    customers: CustomerParams;
    lender: LenderParams;
  };
  aging: AgingResult;
  kpis: Kpis;
  /** Aging totals per customer. */
  customers: CustomerAging[];
  /** Scores, classes, limits and flags per customer, with the portfolio shares behind A5 to B3. */
  portfolio: CustomerPortfolio;
  lender: LenderPack;
  /** The self-assessment; undefined when the workbook has no Assessment sheet. */
  assessment?: SelfAssessment;
  counts: { invoices: number; payments: number; customers: number };
  issues: Issue[];
}

/** Credit sales (positive documents) and credit notes by date, converted to the base currency. */
function datedAmounts(
  records: InputRecords,
  aging: AgingParams,
  asOf: Day,
): { sales: DatedAmount[]; creditNotes: DatedAmount[] } {
  const converter = createConverter(records.rates, aging.baseCurrency, asOf);
  const currencyOf = new Map(records.customers.map((customer) => [customer.id, customer.currency]));
  const sales: DatedAmount[] = [];
  const creditNotes: DatedAmount[] = [];
  for (const invoice of records.invoices) {
    const date = invoice.invoiceDate ?? invoice.dueDate;
    if (date === undefined || date > asOf) continue;
    const currency = invoice.currency ?? currencyOf.get(invoice.customerId) ?? aging.baseCurrency;
    const amount = converter.toBase(invoice.amount, currency);
    if (amount === undefined) continue;
    if (invoice.type === "credit-note") creditNotes.push({ date, amount: -amount });
    else sales.push({ date, amount });
  }
  return { sales, creditNotes };
}

/** Computes the KPIs, which need the receivables at the start of the CEI period as well. */
function agingKpis(
  records: InputRecords,
  aging: AgingResult,
  agingInput: AgingBase,
  params: ResolvedParameters,
  asOf: Day,
): Kpis {
  const openingDay = periodStart(asOf, params.kpis.ceiMonths);
  const opening = computeAging({
    ...agingInput,
    asOf: openingDay,
    converter: createConverter(records.rates, params.aging.baseCurrency, openingDay),
  }).aging;

  let current: Minor = 0;
  let overdue: Minor = 0;
  let over90: Minor = 0;
  for (const item of aging.items) {
    if (item.daysPastDue <= 0) current += item.open;
    else overdue += item.open;
    if (item.daysPastDue > 90) over90 += item.open;
  }
  return computeKpis({
    asOf,
    ...datedAmounts(records, params.aging, asOf),
    receivables: aging.total,
    openInvoices: aging.openInvoices,
    current,
    overdue,
    over90,
    openingReceivables: opening.total,
    params: params.kpis,
  });
}

/** Customer names from the Customers sheet, else from the first invoice that gives one. */
function customerNames(records: InputRecords): Map<string, string> {
  const names = new Map<string, string>();
  for (const customer of records.customers) {
    if (customer.name !== undefined) names.set(customer.id, customer.name);
  }
  for (const invoice of records.invoices) {
    if (invoice.customerName !== undefined && !names.has(invoice.customerId)) {
      names.set(invoice.customerId, invoice.customerName);
    }
  }
  return names;
}

function controlTotalIssue(
  aging: AgingResult,
  records: InputRecords,
  messages: EngineMessages,
): Issue[] {
  if (!aging.controlDifference) return [];
  return [
    {
      severity: "warning",
      code: "control-total-difference",
      sheet: records.invoices[0]?.ref.sheet ?? "",
      row: 0,
      column: "",
      message: messages.controlDifference(formatMoney(aging.controlDifference)),
    },
  ];
}

type AgingBase = Omit<AgingInput, "asOf" | "converter">;

export function analyze(records: InputRecords, options: AnalysisOptions): Analysis {
  const { asOf, messages } = options;
  const params = resolveParameters(records, options);
  const agingInput: AgingBase = {
    invoices: records.invoices,
    payments: records.payments,
    customers: records.customers,
    params: params.aging,
    messages,
  };
  const converter = createConverter(records.rates, params.aging.baseCurrency, asOf);
  const { aging, issues: agingIssues } = computeAging({ ...agingInput, asOf, converter });
  const kpis = agingKpis(records, aging, agingInput, params, asOf);

  const customers = agingByCustomer(aging, customerNames(records));
  const portfolio = analyzeCustomers({
    asOf,
    customers: records.customers,
    contracts: records.contracts,
    organisation: records.organisation,
    invoices: records.invoices,
    payments: records.payments,
    items: aging.items,
    agingByCustomer: customers,
    convert: (amount, currency) =>
      converter.toBase(amount, currency ?? params.aging.baseCurrency) ?? 0,
    params: params.customers,
    locale: options.locale ?? "en-US",
  });

  const lender = computeLenderPack(records, aging, kpis, agingInput, {
    asOf,
    params: params.lender,
    ...(params.company.homeCountry ? { homeCountry: params.company.homeCountry } : {}),
  });
  const previousEdits = options.previous?.worklist ?? [];
  lender.worklist = {
    rows: mergeWorklistEdits(lender.worklist.rows, previousEdits),
    disputes: mergeWorklistEdits(lender.worklist.disputes, previousEdits),
  };

  const issues = [
    ...params.issues,
    ...agingIssues,
    ...controlTotalIssue(aging, records, messages),
    ...portfolio.issues,
  ];
  const analysis: Analysis = {
    asOf,
    baseCurrency: params.aging.baseCurrency,
    company: params.company,
    parameters: {
      aging: params.aging,
      kpis: params.kpis,
      customers: params.customers,
      lender: params.lender,
    },
    aging,
    kpis,
    customers,
    portfolio,
    lender,
    counts: {
      invoices: records.invoices.length,
      payments: records.payments.length,
      customers: records.customers.length,
    },
    issues,
  };
  if (records.present.assessment) {
    const assessed = runSelfAssessment(
      records.assessment,
      { portfolio, kpis, financing: lender.financing },
      {
        asOf,
        sheet: records.assessment[0]?.ref.sheet ?? "Assessment",
        previous: options.previous ?? emptyPreviousState(),
        messages,
      },
    );
    analysis.assessment = assessed.assessment;
    issues.push(...assessed.issues);
  }
  return analysis;
}
