/**
 * How much a customer buys, by size class: invoices per month and the range of one invoice's
 * amount in the customer's currency.
 */
export const SIZES = {
  S: { invoicesPerMonth: 0.6, minAmount: 800, maxAmount: 5_000 },
  M: { invoicesPerMonth: 1.2, minAmount: 2_000, maxAmount: 12_000 },
  L: { invoicesPerMonth: 2.5, minAmount: 5_000, maxAmount: 30_000 },
  X: { invoicesPerMonth: 4, minAmount: 8_000, maxAmount: 40_000 },
};

/** Returns the expected invoiced amount per month for a size class. */
export function monthlySales(size) {
  const { invoicesPerMonth, minAmount, maxAmount } = SIZES[size];
  return (invoicesPerMonth * (minAmount + maxAmount)) / 2;
}
