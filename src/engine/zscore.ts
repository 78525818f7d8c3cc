/**
 * Financial capacity from the Altman Z-score for private companies: Z' for manufacturers and
 * Z'' (which leaves out sales ÷ total assets) for everyone else, refined by the current ratio
 * and leverage. Ratios are unit-free, so the statements may be in any currency.
 */
import type { CustomerParams } from "./customer-params";
import type { CustomerRecord } from "./schema";

export type ZModel = "z-prime" | "z-double-prime";
export type ZZone = "safe" | "grey" | "distress";

export const FINANCIAL_FIELDS = [
  "workingCapital",
  "retainedEarnings",
  "ebit",
  "totalAssets",
  "totalLiabilities",
  "equity",
  "sales",
  "currentAssets",
  "currentLiabilities",
] as const;
export type FinancialField = (typeof FINANCIAL_FIELDS)[number];

export type Financials = Partial<Pick<CustomerRecord, FinancialField | "manufacturer">>;

export interface FinancialProblem {
  field: FinancialField;
  reason: "not-a-number" | "not-positive";
}

export interface FinancialAssessment {
  points: number;
  /** `missing`: statements absent or incomplete; `bad`: unusable values, see `problems`. */
  status: "scored" | "missing" | "bad";
  model?: ZModel;
  z?: number;
  zone?: ZZone;
  problems: FinancialProblem[];
}

type FinancialParams = CustomerParams["financial"];
type ZCoefficients = FinancialParams["zPrime"];

/** Inputs of the Z-score as ratios to total assets, except equity ÷ total liabilities. */
export interface ZRatios {
  workingCapital: number;
  retainedEarnings: number;
  ebit: number;
  equityToLiabilities: number;
  sales: number;
}

/** Computes Z = Σ coefficient × ratio; Z'' has a sales coefficient of 0. */
export function altmanZ(ratios: ZRatios, coefficients: ZCoefficients): number {
  return (
    coefficients.workingCapital * ratios.workingCapital +
    coefficients.retainedEarnings * ratios.retainedEarnings +
    coefficients.ebit * ratios.ebit +
    coefficients.equityToLiabilities * ratios.equityToLiabilities +
    coefficients.sales * ratios.sales
  );
}

export function zZone(z: number, coefficients: ZCoefficients): ZZone {
  if (z < coefficients.distressBelow) return "distress";
  if (z > coefficients.safeAbove) return "safe";
  return "grey";
}

/** Lists values that cannot enter a ratio: not finite, or a divisor that is zero or negative. */
export function findFinancialProblems(financials: Financials): FinancialProblem[] {
  const problems: FinancialProblem[] = [];
  for (const field of FINANCIAL_FIELDS) {
    const value = financials[field];
    if (value === undefined) continue;
    if (!Number.isFinite(value)) problems.push({ field, reason: "not-a-number" });
    else if ((field === "totalAssets" || field === "totalLiabilities") && value <= 0) {
      problems.push({ field, reason: "not-positive" });
    }
  }
  return problems;
}

/** Returns the book value of equity, derived as total assets − total liabilities when not given. */
function equityOf(financials: Financials): number | undefined {
  if (financials.equity !== undefined) return financials.equity;
  const { totalAssets, totalLiabilities } = financials;
  if (totalAssets === undefined || totalLiabilities === undefined) return undefined;
  return totalAssets - totalLiabilities;
}

/** Builds the ratios, or undefined when a statement line the model needs is missing. */
function ratiosOf(financials: Financials, model: ZModel): ZRatios | undefined {
  const { workingCapital, retainedEarnings, ebit, totalAssets, totalLiabilities, sales } =
    financials;
  const equity = equityOf(financials);
  if (
    workingCapital === undefined ||
    retainedEarnings === undefined ||
    ebit === undefined ||
    totalAssets === undefined ||
    totalLiabilities === undefined ||
    equity === undefined ||
    (model === "z-prime" && sales === undefined)
  ) {
    return undefined;
  }
  return {
    workingCapital: workingCapital / totalAssets,
    retainedEarnings: retainedEarnings / totalAssets,
    ebit: ebit / totalAssets,
    equityToLiabilities: equity / totalLiabilities,
    sales: model === "z-prime" ? sales! / totalAssets : 0,
  };
}

/**
 * Adjusts zone points by the current ratio (below the low bound costs points, above the high
 * bound adds some) and by leverage, total liabilities ÷ equity. Zero or negative equity counts
 * as leverage above the bound. The result stays between 0 and the part's maximum.
 */
function refine(points: number, financials: Financials, params: FinancialParams): number {
  let refined = points;
  const { currentAssets, currentLiabilities, totalLiabilities } = financials;
  if (currentAssets !== undefined && currentLiabilities !== undefined && currentLiabilities > 0) {
    const currentRatio = currentAssets / currentLiabilities;
    if (currentRatio < params.currentRatioLow) refined -= params.currentRatioLowPenalty;
    if (currentRatio > params.currentRatioHigh) refined += params.currentRatioHighBonus;
  }

  const equity = equityOf(financials);
  if (equity !== undefined && totalLiabilities !== undefined) {
    if (equity <= 0 || totalLiabilities / equity > params.leverageMax) {
      refined -= params.leveragePenalty;
    }
  }
  return Math.min(params.max, Math.max(0, refined));
}

/**
 * Scores financial capacity. Manufacturers (`manufacturer: true`) use Z'; the others, and
 * customers whose sector is not given, use Z'', which does not depend on sales. Missing or
 * unusable statements score the neutral value and never produce NaN or Infinity.
 */
export function assessFinancials(
  financials: Financials,
  params: FinancialParams,
): FinancialAssessment {
  const problems = findFinancialProblems(financials);
  if (problems.length > 0) return { points: params.neutral, status: "bad", problems };

  const model: ZModel = financials.manufacturer === true ? "z-prime" : "z-double-prime";
  const ratios = ratiosOf(financials, model);
  if (!ratios) return { points: params.neutral, status: "missing", problems };

  const coefficients = model === "z-prime" ? params.zPrime : params.zDoublePrime;
  const z = altmanZ(ratios, coefficients);
  if (!Number.isFinite(z)) return { points: params.neutral, status: "bad", problems };

  const zone = zZone(z, coefficients);
  const points = refine(params[zone], financials, params);
  return { points, status: "scored", model, z, zone, problems };
}
