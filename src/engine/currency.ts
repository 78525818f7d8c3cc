/** Conversion of document amounts to the base currency at the Exchange Rates sheet's rates. */
import type { Day } from "./dates";
import { convertMinor, type Minor } from "./money";
import type { ExchangeRateRecord } from "./schema";

export interface Converter {
  base: string;
  /** Base units per unit of `currency`, or undefined when the sheet has no usable rate. */
  rate(currency: string): number | undefined;
  /** Converts minor units of `currency` to base minor units; undefined when no rate exists. */
  toBase(amount: Minor, currency: string): Minor | undefined;
}

/**
 * Picks, for each currency, the rate dated latest on or before the as-of date; an undated rate
 * applies when no dated one does. The base currency always converts at 1.
 */
export function createConverter(
  rates: readonly ExchangeRateRecord[],
  base: string,
  asOf: Day,
): Converter {
  const chosen = new Map<string, { rate: number; date: number }>();
  for (const record of rates) {
    if (record.date !== undefined && record.date > asOf) continue;
    if (!(record.rate > 0)) continue;
    const date = record.date ?? Number.NEGATIVE_INFINITY;
    const current = chosen.get(record.currency);
    if (!current || date >= current.date) chosen.set(record.currency, { rate: record.rate, date });
  }
  const rate = (currency: string): number | undefined =>
    currency === base ? 1 : chosen.get(currency)?.rate;
  return {
    base,
    rate,
    toBase(amount, currency) {
      const factor = rate(currency);
      if (factor === undefined) return undefined;
      return factor === 1 ? amount : convertMinor(amount, factor);
    },
  };
}
