/**
 * Money as integer minor units (cents). Sums of integers are exact, so totals reconcile to the cent.
 */
export type Minor = number;

/**
 * Converts a decimal amount to minor units, rounding half away from zero. The product is first
 * cut to 15 significant digits, because 1.005 * 100 is 100.49999999999999 in binary floating point.
 */
export function toMinor(amount: number): Minor {
  const scaled = Number((amount * 100).toPrecision(15));
  const rounded = Math.round(Math.abs(scaled));
  return scaled < 0 ? -rounded : rounded;
}

/** Converts minor units back to a decimal amount, for JSON and cells. */
export function fromMinor(minor: Minor): number {
  return minor / 100;
}

/** Converts an amount at `rate` base units per document unit, rounding to the cent. */
export function convertMinor(minor: Minor, rate: number): Minor {
  return toMinor((minor * rate) / 100);
}

/** Adds a list of minor amounts. */
export function sumMinor(values: Iterable<Minor>): Minor {
  let total = 0;
  for (const value of values) total += value;
  return total;
}

/** Divides two amounts, returning undefined instead of NaN or Infinity when the divisor is zero. */
export function ratio(numerator: number, denominator: number): number | undefined {
  if (denominator === 0 || !Number.isFinite(numerator) || !Number.isFinite(denominator))
    return undefined;
  return numerator / denominator;
}
