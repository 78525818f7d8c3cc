/**
 * The lender pack of an analysis: financing eligibility and borrowing base, the provision matrix
 * (roll rates from month-end snapshots rebuilt from the history when it is long enough) and the
 * collections worklist.
 */
import { computeAging, type AgingInput } from "./aging";
import { createAgingTimeline } from "./aging-timeline";
import { buildWorklist, type Worklist } from "./collections";
import type { Converter } from "./currency";
import { createConverter } from "./currency";
import type { Day } from "./dates";
import { assessFinancing, type FinancingResult } from "./financing";
import type { LenderParams } from "./lender-params";
import { computeProvision, type ProvisionResult } from "./provision";
import type { CustomerRecord, InputRecords } from "./schema";
import type { AgingResult, Kpis } from "./types";

export interface LenderPack {
  financing: FinancingResult;
  provision: ProvisionResult;
  worklist: Worklist;
}

/** Customers with their payables converted to the base currency, for the contra rule. */
function customersInBase(
  customers: readonly CustomerRecord[],
  converter: Converter,
): CustomerRecord[] {
  return customers.map((customer) => {
    if (customer.payable === undefined) return customer;
    const payable = converter.toBase(customer.payable, customer.currency ?? converter.base);
    const copy = { ...customer };
    if (payable === undefined) delete copy.payable;
    else copy.payable = payable;
    return copy;
  });
}

function earliestInvoiceDay(records: InputRecords): Day | undefined {
  let first: Day | undefined;
  for (const invoice of records.invoices) {
    const day = invoice.invoiceDate ?? invoice.dueDate;
    if (day !== undefined && (first === undefined || day < first)) first = day;
  }
  return first;
}

export function computeLenderPack(
  records: InputRecords,
  aging: AgingResult,
  kpis: Kpis,
  agingInput: Omit<AgingInput, "asOf" | "converter">,
  context: { asOf: Day; homeCountry?: string; params: LenderParams },
): LenderPack {
  const { asOf, params } = context;
  const converter = createConverter(records.rates, agingInput.params.baseCurrency, asOf);
  const customers = records.present.customers
    ? customersInBase(records.customers, converter)
    : undefined;
  const financingParams = context.homeCountry
    ? { ...params.financing, homeCountry: context.homeCountry }
    : params.financing;

  const financingInput: Parameters<typeof assessFinancing>[0] = {
    items: aging.items,
    unapplied: aging.unapplied,
  };
  if (customers) financingInput.customers = customers;
  if (records.present.contracts) financingInput.contracts = records.contracts;
  if (kpis.dilution !== undefined) financingInput.dilution = kpis.dilution;
  const financing = assessFinancing(financingInput, financingParams);

  // Roll rates need month-end snapshots on the due-date basis, whatever basis the report uses.
  const snapshotParams = {
    ...agingInput.params,
    basis: "due" as const,
    allocateUnapplied: "none" as const,
  };
  const snapshotAt = createAgingTimeline({
    invoices: records.invoices,
    payments: records.payments,
    customers: records.customers,
    rates: records.rates,
    params: snapshotParams,
  });
  const dueBuckets =
    aging.basis === "due"
      ? aging.buckets
      : computeAging({ ...agingInput, params: snapshotParams, asOf, converter }).aging.buckets;
  const firstDay = earliestInvoiceDay(records);
  const provision = computeProvision(
    firstDay === undefined
      ? { buckets: dueBuckets, asOf }
      : { buckets: dueBuckets, asOf, history: { firstDay, snapshotAt } },
    params.provision,
  );

  const worklist = buildWorklist(
    customers ? { items: aging.items, customers } : { items: aging.items },
    params.collections,
  );
  return { financing, provision, worklist };
}
