/**
 * Balance-sheet and income figures for a customer, shaped so its Altman Z' score (and Z'' for
 * non-manufacturers) falls in the zone named in the customer table: safe, grey or distress.
 */
import { dayOf } from "../lib/days.mjs";

/** Total assets as a share of sales, and the other items as shares of total assets. */
const ZONES = {
  safe: { assets: 0.55, workingCapital: 0.25, retained: 0.35, ebit: 0.15, liabilities: 0.4 },
  grey: { assets: 0.8, workingCapital: 0.1, retained: 0.1, ebit: 0.05, liabilities: 0.7 },
  distress: { assets: 1.2, workingCapital: -0.05, retained: -0.1, ebit: -0.02, liabilities: 0.9 },
};

const RECENT_YEAR_END = dayOf("2025-12-31");
const OLDER_YEAR_END = dayOf("2024-12-31");

/** Returns the financial columns of the Customers sheet for a customer in Z' zone `zone`. */
export function financialColumns(zone, annualPurchases, manufacturer, random) {
  const shape = ZONES[zone];
  const jitter = () => random.between(0.95, 1.05);

  const sales = Math.round(annualPurchases * random.between(20, 60));
  const totalAssets = Math.round(sales * shape.assets * jitter());
  const totalLiabilities = Math.round(totalAssets * shape.liabilities * jitter());
  const equity = totalAssets - totalLiabilities;
  const workingCapital = Math.round(totalAssets * shape.workingCapital * jitter());
  const currentLiabilities = Math.round(totalLiabilities * random.between(0.35, 0.5));

  return {
    "Working Capital": workingCapital,
    "Retained Earnings": Math.round(totalAssets * shape.retained * jitter()),
    EBIT: Math.round(totalAssets * shape.ebit * jitter()),
    "Total Assets": totalAssets,
    "Total Liabilities": totalLiabilities,
    Equity: equity,
    Sales: sales,
    "Tangible Net Worth": Math.round(equity * random.between(0.7, 0.95)),
    "Current Assets": workingCapital + currentLiabilities,
    "Current Liabilities": currentLiabilities,
    "Financials Date": random.chance(0.75) ? RECENT_YEAR_END : OLDER_YEAR_END,
    Manufacturer: manufacturer,
  };
}
