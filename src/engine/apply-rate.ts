import { toMinor, type Minor } from "./money";

/** One cent in minor units, whatever the resolution `Minor` has. */
const CENT: Minor = toMinor(0.01);

/**
 * Multiplies an amount by a rate and rounds to the cent, half away from zero, so the lines of a
 * certificate or a provision matrix add up to their printed total. The product is first cut to
 * 15 significant digits to drop binary noise (100.5 × 0.7 × 100 is 7034.999999999999).
 */
export function applyRate(amount: Minor, rate: number): Minor {
  const cents = Number(((amount * rate) / CENT).toPrecision(15));
  const rounded = Math.round(Math.abs(cents)) * CENT;
  return cents < 0 ? -rounded : rounded;
}
