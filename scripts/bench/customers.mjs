/**
 * Benchmark customers. Terms, country and currency follow from the customer's index alone, so
 * invoice and payment rows can look them up without keeping the customer list in memory.
 */
import { rowRandom } from "../lib/random.mjs";
import { NAME_FIRST, NAME_SECOND, NAME_SUFFIX } from "./names.mjs";

const TERMS_DAYS = [14, 30, 30, 30, 45, 60];
const RATINGS = ["AA", "A", "BBB", "BBB", "BB", "B", "CCC", null];
const PEOPLE = ["Maria Chen", "Priya Nair", "Tom Berger", "Lisa Park", "Jorge Silva"];

export function customerId(index) {
  return `C${String(index + 1).padStart(5, "0")}`;
}

export function customerName(index) {
  const first = NAME_FIRST[index % NAME_FIRST.length];
  const second = NAME_SECOND[Math.floor(index / NAME_FIRST.length) % NAME_SECOND.length];
  const combinations = NAME_FIRST.length * NAME_SECOND.length;
  const suffix = NAME_SUFFIX[Math.floor(index / combinations) % NAME_SUFFIX.length];
  return `${first} ${second} ${suffix}`;
}

/** Returns the terms, country and currency of customer `index`. One in ten is European. */
export function customerTerms(index) {
  const termsDays = TERMS_DAYS[index % TERMS_DAYS.length];
  if (index % 10 !== 7) return { termsDays, country: "US", currency: "USD" };

  const country = index % 20 === 7 ? "DE" : "FR";
  return { termsDays, country, currency: "EUR" };
}

function financials(random) {
  const totalAssets = random.int(200, 50_000) * 1_000;
  const totalLiabilities = Math.round(totalAssets * random.between(0.3, 0.95));
  const equity = totalAssets - totalLiabilities;
  const currentLiabilities = Math.round(totalLiabilities * random.between(0.3, 0.6));
  const workingCapital = Math.round(totalAssets * random.between(-0.1, 0.3));
  return [
    workingCapital,
    Math.round(totalAssets * random.between(-0.2, 0.4)),
    Math.round(totalAssets * random.between(-0.05, 0.15)),
    totalAssets,
    totalLiabilities,
    equity,
    Math.round(totalAssets * random.between(0.5, 2.5)),
    Math.round(equity * random.between(0.6, 0.95)),
    workingCapital + currentLiabilities,
    currentLiabilities,
  ];
}

/**
 * Returns customer `index` as a Customers row in header order, dates as day numbers. Seven in
 * ten customers have financial statements.
 */
export function customerRow(index, seed, asOf) {
  const random = rowRandom(seed, index);
  const { termsDays, country, currency } = customerTerms(index);
  const yesNo = (probability) => (random.chance(probability) ? "Yes" : "No");
  const hasFinancials = random.chance(0.7);
  const supplier = random.chance(0.02);

  return [
    customerId(index),
    customerName(index),
    random.int(1, 100) * 5_000,
    random.chance(0.5) ? random.int(0, 500) * 100 : 0,
    termsDays,
    country,
    currency,
    asOf - random.int(100, 7_000),
    yesNo(0.01),
    country === "US" ? "No" : yesNo(0.5),
    yesNo(0.01),
    supplier ? "Yes" : "No",
    supplier ? random.int(1, 50) * 1_000 : null,
    ...(hasFinancials ? financials(random) : Array(10).fill(null)),
    hasFinancials ? asOf - random.int(180, 545) : null,
    hasFinancials ? yesNo(0.4) : null,
    random.pick(RATINGS),
    random.chance(0.95) ? asOf - random.int(0, 700) : null,
    random.pick(PEOPLE),
    random.pick(PEOPLE),
    yesNo(0.95),
    yesNo(0.85),
    yesNo(0.9),
    yesNo(0.1),
  ];
}
