/**
 * Invoices, linked credit notes and the payments applied to them. Each draft becomes one invoice
 * row, or two rows sharing an Invoice No when it is paid in installments. Payments dated after
 * the as-of date are dropped, except the first two, which show that later cash is ignored.
 */
import { AS_OF } from "./calendar.mjs";
import { creditNoteRow, invoiceRow, paymentRow } from "./rows.mjs";
import { settle } from "./settlement.mjs";

const FIRST_INVOICE_NO = 100_001;
const FIRST_CREDIT_NOTE_NO = 5_001;
const DISPUTES_FROM = AS_OF - 180;
const PAYMENTS_AFTER_AS_OF = 2;

/** Probability that an invoice is split, disputed, credited or lacks its contract number. */
const PROBABILITY = { installment: 0.015, dispute: 0.02, creditNote: 0.03, missingContract: 0.02 };

function splitParts(draft, random) {
  const due = draft.date + draft.customer.termsDays;
  if (!["L", "X"].includes(draft.customer.size) || !random.chance(PROBABILITY.installment)) {
    return [{ due, cents: draft.cents }];
  }
  const first = Math.floor(draft.cents / 2);
  return [
    { due, cents: first, installment: 1 },
    { due: due + 30, cents: draft.cents - first, installment: 2 },
  ];
}

/** Returns a credit note of 5-20 % of the invoice, or undefined when it would fall after the as-of date. */
function creditPart(draft, part, random) {
  const date = draft.date + random.int(3, 20);
  const cents = Math.round(part.cents * random.between(0.05, 0.2));
  return date <= AS_OF ? { date, cents } : undefined;
}

/** Builds the ledger. `contractFor(customerId, day)` returns the contract in force on that day. */
export function buildLedger(drafts, contractFor, random) {
  const invoices = [];
  const payments = [];
  let creditNoteNo = FIRST_CREDIT_NOTE_NO;
  let paymentsAfterAsOf = 0;

  const keepPayment = (payment) =>
    payment.date <= AS_OF || paymentsAfterAsOf++ < PAYMENTS_AFTER_AS_OF;

  drafts.forEach((draft, index) => {
    const { customer } = draft;
    const invoiceNo = `INV-${FIRST_INVOICE_NO + index}`;
    const contractNo = random.chance(PROBABILITY.missingContract)
      ? undefined
      : contractFor(customer.id, draft.date);
    const parts = splitParts(draft, random);
    draft.disputed = draft.date >= DISPUTES_FROM && random.chance(PROBABILITY.dispute);
    invoices.push(...parts.map((part) => invoiceRow(draft, invoiceNo, contractNo, part)));
    if (draft.disputed) return;

    if (parts.length === 1 && random.chance(PROBABILITY.creditNote)) {
      const credit = creditPart(draft, parts[0], random);
      if (credit) {
        invoices.push(
          creditNoteRow(customer, `CN-${creditNoteNo++}`, credit.date, credit.cents, invoiceNo),
        );
        parts[0].cents -= credit.cents;
      }
    }

    for (const part of parts) {
      const settled = settle(
        { date: draft.date, due: part.due, cents: part.cents },
        customer.payment,
        random,
      );
      payments.push(...settled.filter(keepPayment).map((p) => paymentRow(customer, invoiceNo, p)));
    }
  });
  return { invoices, payments, nextCreditNoteNo: creditNoteNo };
}
