/**
 * Money as integers of one ten-thousandth of the currency unit. Sums of integers are exact, and
 * the extra digits keep amounts that arrive with sub-cent precision (converted amounts, currencies
 * with three decimals) exact too, so totals are rounded to cents once, at the end, not per item.
 */
export type Minor = number;

/** Integer units per currency unit. */
export const MINOR_PER_UNIT = 10_000;

/** Integer units per cent. */
const MINOR_PER_CENT = MINOR_PER_UNIT / 100;

/**
 * Converts a decimal amount to integer units, rounding half away from zero. The product is first
 * cut to 15 significant digits, because binary floating point stores 1.005 as 1.00499999999999989.
 */
export function toMinor(amount: number): Minor {
  const scaled = Number((amount * MINOR_PER_UNIT).toPrecision(15));
  const rounded = Math.round(Math.abs(scaled));
  return scaled < 0 ? -rounded : rounded;
}

/** Converts integer units back to a decimal amount with all its digits, for cells. */
export function fromMinor(minor: Minor): number {
  return minor / MINOR_PER_UNIT;
}

/** Rounds integer units to cents, half away from zero, and returns the decimal amount, for JSON and display. */
export function toCents(minor: Minor): number {
  const cents = Math.round(Math.abs(minor) / MINOR_PER_CENT);
  return (minor < 0 ? -cents : cents) / 100;
}

// One shared formatter: toLocaleString builds a new one on every call.
const MONEY_FORMAT = new Intl.NumberFormat("en-US", {
  minimumFractionDigits: 2,
  maximumFractionDigits: 2,
});

/** Formats an amount with two decimals and thousands separators, e.g. 1,234.50. */
export function formatMoney(minor: Minor): string {
  return MONEY_FORMAT.format(toCents(minor));
}

/**
 * Converts an amount at `rate` base units per document unit and rounds it to the cent, half away
 * from zero, as a converted document amount is booked: 100.00 EUR at 1.2345 is 123.45 USD.
 */
export function convertMinor(minor: Minor, rate: number): Minor {
  const cents = Number(((minor * rate) / MINOR_PER_CENT).toPrecision(15));
  const rounded = Math.round(Math.abs(cents)) * MINOR_PER_CENT;
  return cents < 0 ? -rounded : rounded;
}

/** Adds a list of amounts. */
export function sumMinor(values: Iterable<Minor>): Minor {
  let total = 0;
  for (const value of values) total += value;
  return total;
}

/** Divides two amounts, returning undefined instead of NaN or Infinity when the divisor is zero. */
export function ratio(numerator: number, denominator: number): number | undefined {
  if (denominator === 0 || !Number.isFinite(numerator) || !Number.isFinite(denominator)) {
    return undefined;
  }
  return numerator / denominator;
}
