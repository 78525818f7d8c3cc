import { settlementsFromHistory } from "../src/engine/payment-index";
import { AS_OF, convert, day, invoice, payment } from "./customers-fixtures";

const DUE = day("2026-03-31");

describe("settlementsFromHistory", () => {
  it("settles on the payment that completes the amount", () => {
    const invoices = [invoice("C1", "I1", { amount: 100_000, dueDate: DUE })];
    const payments = [payment("C1", "I1", DUE + 5, 40_000), payment("C1", "I1", DUE + 12, 60_000)];
    const [result, ...rest] = settlementsFromHistory(invoices, payments, AS_OF, convert);
    expect(rest).toHaveLength(0);
    expect(result?.settledOn).toBe(DUE + 12);
    expect(result?.dueDate).toBe(DUE);
    expect(result?.amount).toBe(100_000);
    expect(result?.stillOpen).toBe(false);
  });

  it("counts an open overdue invoice as settled on the as-of date", () => {
    const invoices = [invoice("C1", "I1", { dueDate: DUE })];
    const payments = [payment("C1", "I1", DUE + 5, 40_000)];
    const [result] = settlementsFromHistory(invoices, payments, AS_OF, convert);
    expect(result?.settledOn).toBe(AS_OF);
    expect(result?.stillOpen).toBe(true);
  });

  it("ignores payments dated after the as-of date", () => {
    const invoices = [invoice("C1", "I1", { dueDate: DUE })];
    const payments = [payment("C1", "I1", AS_OF + 1, 100_000)];
    const [result] = settlementsFromHistory(invoices, payments, AS_OF, convert);
    expect(result?.settledOn).toBe(AS_OF);
    expect(result?.stillOpen).toBe(true);
  });

  it("leaves out open invoices not yet due", () => {
    const invoices = [
      invoice("C1", "I1", { dueDate: AS_OF }),
      invoice("C1", "I2", { dueDate: AS_OF + 9 }),
    ];
    expect(settlementsFromHistory(invoices, [], AS_OF, convert)).toEqual([]);
  });

  it("leaves out invoices issued after the as-of date", () => {
    const invoices = [invoice("C1", "I1", { invoiceDate: AS_OF + 1, dueDate: DUE })];
    expect(settlementsFromHistory(invoices, [], AS_OF, convert)).toEqual([]);
  });

  it("prefers the sheet's settled date", () => {
    const invoices = [invoice("C1", "I1", { dueDate: DUE, settledDate: DUE - 3 })];
    const payments = [payment("C1", "I1", DUE + 20, 100_000)];
    const [result] = settlementsFromHistory(invoices, payments, AS_OF, convert);
    expect(result?.settledOn).toBe(DUE - 3);
  });

  it("treats a settled date after the as-of date as open", () => {
    const invoices = [invoice("C1", "I1", { dueDate: DUE, settledDate: AS_OF + 3 })];
    const [result] = settlementsFromHistory(invoices, [], AS_OF, convert);
    expect(result?.settledOn).toBe(AS_OF);
    expect(result?.stillOpen).toBe(true);
  });

  it("counts a linked credit note toward settlement", () => {
    const note = invoice("C1", "CN1", {
      type: "credit-note",
      amount: -30_000,
      invoiceDate: DUE + 2,
      appliesTo: "I1",
    });
    const invoices = [invoice("C1", "I1", { dueDate: DUE }), note];
    const payments = [payment("C1", "I1", DUE + 7, 70_000)];
    const results = settlementsFromHistory(invoices, payments, AS_OF, convert);
    expect(results).toHaveLength(1);
    expect(results[0]?.settledOn).toBe(DUE + 7);
  });

  it("derives the due date from invoice date and customer terms", () => {
    const invoices = [invoice("C1", "I1", { invoiceDate: DUE })];
    const payments = [payment("C1", "I1", DUE + 50, 100_000)];
    const options = { customerTerms: { C1: 45 } };
    const [result] = settlementsFromHistory(invoices, payments, AS_OF, convert, options);
    expect(result?.dueDate).toBe(DUE + 45);
  });

  it("defaults the terms to 30 days", () => {
    const invoices = [invoice("C1", "I1", { invoiceDate: DUE })];
    const payments = [payment("C1", "I1", DUE + 50, 100_000)];
    const [result] = settlementsFromHistory(invoices, payments, AS_OF, convert);
    expect(result?.dueDate).toBe(DUE + 30);
  });

  it("pays installments earliest due first", () => {
    const invoices = [
      invoice("C1", "I1", { amount: 50_000, dueDate: DUE + 30, installment: "2" }),
      invoice("C1", "I1", { amount: 50_000, dueDate: DUE, installment: "1" }),
    ];
    const payments = [payment("C1", "I1", DUE + 1, 60_000), payment("C1", "I1", DUE + 40, 40_000)];
    const results = settlementsFromHistory(invoices, payments, AS_OF, convert);
    const first = results.find((s) => s.installment === "1");
    const second = results.find((s) => s.installment === "2");
    expect(first?.settledOn).toBe(DUE + 1);
    expect(second?.settledOn).toBe(DUE + 40);
  });

  it("converts the amount to the base currency", () => {
    const invoices = [invoice("C1", "I1", { amount: 100_000, currency: "EUR", dueDate: DUE })];
    const payments = [payment("C1", "I1", DUE + 3, 100_000, { currency: "EUR" })];
    const [result] = settlementsFromHistory(invoices, payments, AS_OF, convert);
    expect(result?.amount).toBe(110_000);
    expect(result?.settledOn).toBe(DUE + 3);
  });

  it("applies a payment in another currency through the base currency", () => {
    const invoices = [invoice("C1", "I1", { amount: 100_000, currency: "EUR", dueDate: DUE })];
    const payments = [
      payment("C1", "I1", DUE + 3, 109_999, { currency: "USD" }),
      payment("C1", "I1", DUE + 6, 1, { currency: "USD" }),
    ];
    const [result] = settlementsFromHistory(invoices, payments, AS_OF, convert);
    expect(result?.settledOn).toBe(DUE + 6);
  });

  it("matches a payment under another customer id by a unique invoice number", () => {
    const invoices = [invoice("C1", "I1", { dueDate: DUE })];
    const payments = [payment("C1-GROUP", "I1", DUE + 4, 100_000)];
    const [result] = settlementsFromHistory(invoices, payments, AS_OF, convert);
    expect(result?.settledOn).toBe(DUE + 4);
  });

  it("leaves out an invoice paid in full on an unknown date", () => {
    const invoices = [invoice("C1", "I1", { dueDate: DUE, paidAmount: 100_000 })];
    expect(settlementsFromHistory(invoices, [], AS_OF, convert)).toEqual([]);
  });

  it("leaves out credit notes and unbilled documents", () => {
    const invoices = [
      invoice("C1", "CN1", { type: "credit-note", amount: -5_000, dueDate: DUE }),
      invoice("C1", "U1", { type: "unbilled", dueDate: DUE }),
    ];
    expect(settlementsFromHistory(invoices, [], AS_OF, convert)).toEqual([]);
  });
});
