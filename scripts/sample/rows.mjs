/** Rows of the Invoices and Payments sheets, keyed by header, from amounts in cents. */
import { AS_OF } from "./calendar.mjs";

/** Invoices dated in the last two weeks before the as-of date of customers flagged `pledge`. */
const PLEDGED_FROM = AS_OF - 14;

export function invoiceRow(draft, invoiceNo, contractNo, part) {
  const { customer } = draft;
  return {
    "Customer ID": customer.id,
    "Customer Name": customer.name,
    "Invoice No": invoiceNo,
    "Invoice Date": draft.date,
    "Due Date": part.due,
    "Terms Days": part.due - draft.date,
    Currency: customer.currency,
    Amount: part.cents / 100,
    Type: "Invoice",
    "Applies To": null,
    Installment: part.installment ?? null,
    Disputed: draft.disputed ? "Yes" : "No",
    "Contract No": contractNo ?? null,
    Pledged: customer.flags.has("pledge") && draft.date >= PLEDGED_FROM ? "Yes" : "No",
  };
}

export function creditNoteRow(customer, creditNoteNo, date, cents, appliesTo) {
  return {
    "Customer ID": customer.id,
    "Customer Name": customer.name,
    "Invoice No": creditNoteNo,
    "Invoice Date": date,
    "Due Date": date,
    "Terms Days": 0,
    Currency: customer.currency,
    Amount: -cents / 100,
    Type: "Credit Note",
    "Applies To": appliesTo ?? null,
    Installment: null,
    Disputed: "No",
    "Contract No": null,
    Pledged: "No",
  };
}

export function paymentRow(customer, invoiceNo, payment) {
  return {
    "Customer ID": customer.id,
    "Invoice No": invoiceNo,
    "Payment Date": payment.date,
    Amount: payment.cents / 100,
    Currency: customer.currency,
  };
}
