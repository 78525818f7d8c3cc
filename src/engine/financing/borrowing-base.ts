import { applyRate } from "../apply-rate";
import type { Minor } from "../money";

export interface BorrowingBase {
  /** Eligible receivables less the concentration excess. */
  netEligible: Minor;
  advanceRate: number;
  /** Advance-rate points lost to dilution above the allowance, 0-1. */
  dilutionReservePoints: number;
  effectiveAdvanceRate: number;
  /** Net eligible times the advance rate, before the dilution reserve. */
  advance: Minor;
  dilutionReserve: Minor;
  borrowingBase: Minor;
}

/**
 * Computes availability = (eligible − concentration excess) × advance rate − dilution reserve.
 * Dilution above the allowance lowers the advance rate point for point, never below zero, and the
 * reserve is those points times the net eligible balance. Each product is rounded to the cent,
 * so advance − reserve = borrowing base exactly.
 * Example: eligible 100,000, excess 10,000, rate 80 %, dilution 7 % → advance 72,000, reserve
 * 1,800 (2 points), borrowing base 70,200.
 */
export function computeBorrowingBase(
  eligible: Minor,
  concentrationExcess: Minor,
  advanceRate: number,
  dilution: number | undefined,
  dilutionAllowance: number,
): BorrowingBase {
  const netEligible = eligible - concentrationExcess;
  const base = Math.max(0, netEligible);
  const above = Math.max(0, (dilution ?? 0) - dilutionAllowance);
  // Differences of decimal fractions carry binary noise (0.07 - 0.05 = 0.020000000000000004).
  const dilutionReservePoints = Math.min(advanceRate, Number(above.toFixed(10)));
  const advance = applyRate(base, advanceRate);
  const dilutionReserve = applyRate(base, dilutionReservePoints);
  return {
    netEligible,
    advanceRate,
    dilutionReservePoints,
    effectiveAdvanceRate: Number((advanceRate - dilutionReservePoints).toFixed(10)),
    advance,
    dilutionReserve,
    borrowingBase: advance - dilutionReserve,
  };
}
