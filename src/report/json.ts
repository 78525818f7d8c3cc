/** The `--json` document: amounts as base-currency numbers rounded to cents, dates as ISO text. */
import type { Analysis } from "../engine/analyze";
import { isoFromDay } from "../engine/dates";
import { toAssessmentJson } from "../engine/assessment";
import { toCents } from "../engine/money";

const round = (value: number | undefined, places: number): number | null =>
  value === undefined || !Number.isFinite(value) ? null : Number(value.toFixed(places));

export function analysisToJson(analysis: Analysis): Record<string, unknown> {
  const { aging, kpis } = analysis;
  const json: Record<string, unknown> = {
    asOf: isoFromDay(analysis.asOf),
    baseCurrency: analysis.baseCurrency,
    aging: {
      basis: aging.basis,
      buckets: aging.buckets.map((bucket) => ({
        label: bucket.label,
        fromDays: bucket.fromDays,
        toDays: bucket.toDays,
        amount: toCents(bucket.amount),
        count: bucket.count,
      })),
      unappliedCredits: toCents(aging.unappliedCredits),
      unappliedCash: toCents(aging.unappliedCash),
      total: toCents(aging.total),
      ...(aging.controlTotal === undefined
        ? {}
        : {
            controlTotal: toCents(aging.controlTotal),
            controlDifference: toCents(aging.controlDifference ?? 0),
          }),
    },
    kpis: {
      periodDays: kpis.periodDays,
      salesInPeriod: toCents(kpis.salesInPeriod),
      dso: round(kpis.dso, 2),
      dsoCountback: round(kpis.dsoCountback, 2),
      bestPossibleDso: round(kpis.bestPossibleDso, 2),
      averageDaysDelinquent: round(kpis.averageDaysDelinquent, 2),
      cei: round(kpis.cei, 2),
      overdueRatio: round(kpis.overdueRatio, 4),
      over90Ratio: round(kpis.over90Ratio, 4),
      dilution: round(kpis.dilution, 4),
    },
    customers: customersJson(analysis),
    financing: financingJson(analysis),
    provision: provisionJson(analysis),
    collections: {
      items: analysis.lender.worklist.rows.length,
      disputes: analysis.lender.worklist.disputes.length,
    },
    assessment: analysis.assessment ? toAssessmentJson(analysis.assessment.result) : null,
    improvementActions: analysis.assessment?.plan.length ?? 0,
    issues: analysis.issues,
  };
  return json;
}

function customersJson(analysis: Analysis): Record<string, unknown>[] {
  const results = new Map(analysis.portfolio.customers.map((customer) => [customer.id, customer]));
  const aged = new Map(analysis.customers.map((customer) => [customer.id, customer]));
  const ids = [...new Set([...aged.keys(), ...results.keys()])];
  return ids.map((id) => {
    const customer = aged.get(id);
    const result = results.get(id);
    return {
      id,
      name: customer?.name ?? result?.name ?? null,
      open: toCents(customer?.open ?? 0),
      overdue: toCents(customer?.overdue ?? 0),
      over90: toCents(customer?.over90 ?? 0),
      items: customer?.itemCount ?? 0,
      exposure: result ? toCents(result.exposure) : toCents(customer?.open ?? 0),
      creditLimit: result?.creditLimit === undefined ? null : toCents(result.creditLimit),
      utilization: round(result?.utilization, 4),
      paymentIndex: round(result?.paymentIndex, 1),
      trend: result?.trend ?? null,
      scoreParts: result?.scoreParts ?? null,
      score: round(result?.score, 1),
      riskClass: result?.riskClass ?? null,
      nextReview: result ? isoFromDay(result.nextReview) : null,
      recommendedLimit: result ? toCents(result.recommendedLimit) : null,
      flags: result?.flags ?? [],
      creditHold: result?.creditHold ?? null,
      creditFile: result?.creditFile ?? null,
    };
  });
}

function financingJson(analysis: Analysis): Record<string, unknown> {
  const financing = analysis.lender.financing;
  return {
    gross: toCents(financing.gross),
    eligible: toCents(financing.eligible),
    exclusions: financing.exclusions.map((line) => ({
      reason: line.reason,
      amount: toCents(line.amount),
      count: line.count,
    })),
    concentrationExcess: toCents(financing.concentrationExcess),
    advanceRate: financing.advanceRate,
    effectiveAdvanceRate: financing.effectiveAdvanceRate,
    dilution: round(financing.dilution, 4),
    dilutionReserve: toCents(financing.dilutionReserve),
    borrowingBase: toCents(financing.borrowingBase),
    rulesNotApplied: financing.rulesNotApplied,
  };
}

function provisionJson(analysis: Analysis): Record<string, unknown> {
  const provision = analysis.lender.provision;
  return {
    method: provision.method,
    standard: provision.standard,
    total: toCents(provision.total),
    byBucket: provision.byBucket.map((bucket) => ({
      label: bucket.label,
      amount: toCents(bucket.amount),
      rate: round(bucket.rate, 6),
      provision: toCents(bucket.provision),
    })),
  };
}
