/**
 * Invoice drafts: which customer is invoiced on which day for how much, before numbering. Each
 * customer is invoiced on weekdays from the later of the period start and its Customer Since
 * date. Six invoices dated just after the as-of date show that later documents are ignored.
 */
import { isWeekend, monthStart } from "../lib/days.mjs";
import { AS_OF, FIRST_DAY, MONTHS } from "./calendar.mjs";
import { SIZES } from "./sizes.mjs";

const INVOICES_AFTER_AS_OF = 6;

function weekdayBetween(first, last, random) {
  for (let attempt = 0; attempt < 20; attempt++) {
    const day = random.int(first, last);
    if (!isWeekend(day)) return day;
  }
  return last;
}

function amountCents(size, random) {
  const { minAmount, maxAmount } = SIZES[size];
  return random.int(minAmount * 100, maxAmount * 100);
}

function monthlyDrafts(customer, random) {
  const drafts = [];
  const { invoicesPerMonth } = SIZES[customer.size];

  for (let month = 0; month < MONTHS; month++) {
    const first = Math.max(monthStart(FIRST_DAY, month), customer.since);
    const last = monthStart(FIRST_DAY, month + 1) - 1;
    if (first > last) continue;

    const count = Math.floor(invoicesPerMonth * random.between(0.6, 1.4) + random.next());
    for (let i = 0; i < count; i++) {
      const date = weekdayBetween(first, last, random);
      drafts.push({ customer, date, cents: amountCents(customer.size, random) });
    }
  }
  return drafts;
}

function draftsAfterAsOf(customers, random) {
  const drafts = [];
  for (let i = 0; i < INVOICES_AFTER_AS_OF; i++) {
    const customer = random.pick(customers);
    const date = AS_OF + random.int(1, 3);
    drafts.push({ customer, date, cents: amountCents(customer.size, random) });
  }
  return drafts;
}

/** Returns all drafts ordered by date, then by customer ID. */
export function invoiceDrafts(customers, random) {
  const drafts = customers.flatMap((customer) => monthlyDrafts(customer, random));
  drafts.push(...draftsAfterAsOf(customers, random));
  return drafts.sort((a, b) => a.date - b.date || a.customer.id.localeCompare(b.customer.id));
}
