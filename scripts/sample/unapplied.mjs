/**
 * Cash and credit notes that name no invoice: payments on account with a blank Invoice No, and
 * rebates credited without Applies To. Both stay unapplied in the aging.
 */
import { dayOf } from "../lib/days.mjs";
import { creditNoteRow, paymentRow } from "./rows.mjs";

const CASH_ON_ACCOUNT = [
  ["C018", "2026-06-12", 5_000],
  ["C022", "2026-05-28", 12_000],
  ["C007", "2026-06-24", 2_500],
  ["C027", "2026-06-05", 20_000],
  ["C011", "2026-06-19", 4_000],
];

const REBATES = [
  ["C001", "2026-01-15", 6_000],
  ["C004", "2026-06-26", 9_500],
  ["C010", "2026-03-31", 3_200],
  ["C019", "2026-05-20", 1_800],
];

/** Returns the unapplied payment rows and credit note rows, numbering credit notes from `firstNo`. */
export function unappliedItems(customers, firstNo) {
  const byId = new Map(customers.map((customer) => [customer.id, customer]));
  const payments = CASH_ON_ACCOUNT.map(([id, date, amount]) =>
    paymentRow(byId.get(id), null, { date: dayOf(date), cents: amount * 100 }),
  );
  const credits = REBATES.map(([id, date, amount], i) =>
    creditNoteRow(byId.get(id), `CN-${firstNo + i}`, dayOf(date), amount * 100, null),
  );
  return { payments, credits };
}
