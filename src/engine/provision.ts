/**
 * Expected credit loss on trade receivables by the simplified approach of IFRS 9 (§5.5.15,
 * B5.5.35), which allows a provision matrix of loss rates per aging bucket. The rates come from a
 * roll-rate analysis when the history is long enough, else from parameters. An optional
 * forward-looking factor multiplies them.
 */
import type { Day } from "./dates";
import { DEFAULT_LENDER_PARAMS, type ProvisionParams } from "./lender-params";
import { applyRate } from "./apply-rate";
import { sumMinor, type Minor } from "./money";
import { averageRollRates, chainLossRates, monthEnds, type AgingHistory } from "./rollrates";
import type { BucketDefinition, BucketTotal } from "./types";

export type { AgingHistory } from "./rollrates";

export interface ProvisionInput {
  /** Aging buckets by days past due, with their open amounts on the as-of date. */
  buckets: readonly BucketTotal[];
  asOf: Day;
  /** Month-end snapshots of past aging; without it the parameter rates apply. */
  history?: AgingHistory;
}

/** Reason the parameter rates were used although the method was "auto". */
export type ParameterFallback = "no-history" | "short-history" | "empty-bucket";

/** Accounting note shown with the matrix, by the standard the company reports under. */
export type ProvisionNote = "ifrs9-simplified" | "cas22-simplified" | "ases-direct-write-off";

export interface ProvisionBucket {
  label: string;
  amount: Minor;
  rate: number;
  provision: Minor;
}

export interface ProvisionResult {
  method: "parameters" | "roll-rate";
  fallback?: ParameterFallback;
  standard: ProvisionParams["standard"];
  note: ProvisionNote;
  /** True under the Small Enterprise Accounting Standards, which book losses only when written off. */
  informativeOnly: boolean;
  forwardLookingFactor: number;
  /** Month-to-month transitions the history covers; 0 without history. */
  monthsOfHistory: number;
  /** Average roll rate from each bucket into the next, when the roll-rate method was used. */
  rollRates?: { from: string; to: string; rate: number }[];
  total: Minor;
  byBucket: ProvisionBucket[];
}

const NOTES: Record<ProvisionParams["standard"], ProvisionNote> = {
  ifrs9: "ifrs9-simplified",
  cas22: "cas22-simplified",
  ases: "ases-direct-write-off",
};

/**
 * Computes the provision matrix. Each bucket's provision is its amount (credit balances count as
 * zero) times its rate, rounded to the cent, and the total is the sum of the rounded lines.
 * Rates are capped at 100 % after the forward-looking factor.
 */
export function computeProvision(
  input: ProvisionInput,
  params: ProvisionParams = DEFAULT_LENDER_PARAMS.provision,
): ProvisionResult {
  const source = chooseRates(input, params);
  const factor = params.forwardLookingFactor;
  const byBucket = input.buckets.map((bucket, index): ProvisionBucket => {
    const rate = Math.min(1, (source.rates[index] ?? 0) * factor);
    const provision = applyRate(Math.max(0, bucket.amount), rate);
    return { label: bucket.label, amount: bucket.amount, rate, provision };
  });

  const result: ProvisionResult = {
    method: source.method,
    standard: params.standard,
    note: NOTES[params.standard],
    informativeOnly: params.standard === "ases",
    forwardLookingFactor: factor,
    monthsOfHistory: source.monthsOfHistory,
    total: sumMinor(byBucket.map((bucket) => bucket.provision)),
    byBucket,
  };
  if (source.fallback) result.fallback = source.fallback;
  if (source.rollRates) result.rollRates = source.rollRates;
  return result;
}

interface RateSource {
  method: ProvisionResult["method"];
  rates: number[];
  monthsOfHistory: number;
  fallback?: ParameterFallback;
  rollRates?: ProvisionResult["rollRates"];
}

function chooseRates(input: ProvisionInput, params: ProvisionParams): RateSource {
  const parameterRates = input.buckets.map((bucket) => parameterRate(bucket, params.lossRates));
  const fallBack = (fallback: ParameterFallback | undefined, monthsOfHistory: number) => {
    const source: RateSource = { method: "parameters", rates: parameterRates, monthsOfHistory };
    if (fallback) source.fallback = fallback;
    return source;
  };
  const history = input.history;
  if (!history) return fallBack(params.method === "auto" ? "no-history" : undefined, 0);

  const ends = monthEnds(history.firstDay, input.asOf);
  const monthsOfHistory = Math.max(0, ends.length - 1);
  if (params.method === "parameters") return fallBack(undefined, monthsOfHistory);
  if (monthsOfHistory < params.minHistoryMonths) return fallBack("short-history", monthsOfHistory);

  const recent = ends.slice(-(params.rollRateMonths + 1));
  const rolls = averageRollRates(recent.map((day) => snapshot(history, day, input.buckets.length)));
  if (!rolls.every((roll): roll is number => roll !== undefined)) {
    return fallBack("empty-bucket", monthsOfHistory);
  }

  const rollRates = rolls.map((rate, index) => ({
    from: input.buckets[index]?.label ?? "",
    to: input.buckets[index + 1]?.label ?? "",
    rate,
  }));
  const rates = chainLossRates(rolls, params.writeOffRate);
  return { method: "roll-rate", rates, monthsOfHistory, rollRates };
}

function snapshot(history: AgingHistory, day: Day, bucketCount: number): Minor[] {
  const amounts = history.snapshotAt(day);
  if (amounts.length !== bucketCount) {
    throw new Error(`snapshotAt returned ${amounts.length} buckets, expected ${bucketCount}`);
  }
  return amounts;
}

/**
 * Maps a bucket onto the parameter table by its lower bound: it takes the rate of the parameter
 * row with the highest `fromDays` not above the bucket's `fromDays`. The not-yet-due bucket
 * (no lower bound), and any bucket below the first numeric row, takes the row without a lower
 * bound. Example with the defaults: `91-120` and `120+` take the 90+ rate, `16-30` the 1-30 rate.
 */
export function parameterRate(
  bucket: BucketDefinition,
  lossRates: ProvisionParams["lossRates"],
): number {
  const open = lossRates.find((row) => row.fromDays === null)?.rate ?? 0;
  if (bucket.fromDays === null) return open;

  let best: { fromDays: number; rate: number } | undefined;
  for (const row of lossRates) {
    if (row.fromDays === null || row.fromDays > bucket.fromDays) continue;
    if (!best || row.fromDays > best.fromDays) best = { fromDays: row.fromDays, rate: row.rate };
  }
  return best?.rate ?? open;
}
