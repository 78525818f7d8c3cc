/**
 * The example row the template writes on each input sheet, and a check that recognises it when a
 * user leaves it in place, so it never counts as a real invoice, payment or customer.
 */
import type { SheetKind } from "./fields";

export const EXAMPLES: Partial<Record<SheetKind, Record<string, string | number | Date>>> = {
  invoices: {
    customerId: "C-EXAMPLE",
    customerName: "Example Customer Ltd",
    invoiceNo: "INV-EXAMPLE",
    invoiceDate: new Date(Date.UTC(2026, 3, 15)),
    dueDate: new Date(Date.UTC(2026, 4, 15)),
    termsDays: 30,
    currency: "USD",
    amount: 1000,
    type: "Invoice",
    disputed: "No",
    pledged: "No",
  },
  payments: {
    customerId: "C-EXAMPLE",
    invoiceNo: "INV-EXAMPLE",
    date: new Date(Date.UTC(2026, 4, 20)),
    amount: 600,
    currency: "USD",
  },
  customers: {
    id: "C-EXAMPLE",
    name: "Example Customer Ltd",
    creditLimit: 5000,
    termsDays: 30,
    country: "US",
    currency: "USD",
  },
  contracts: {
    contractNo: "K-EXAMPLE",
    customerId: "C-EXAMPLE",
    signedDate: new Date(Date.UTC(2026, 0, 10)),
    termsDays: 30,
    deliveryProof: "Yes",
    retentionOfTitle: "Yes",
  },
  organisation: { role: "Credit Manager", person: "Example Person", approvalLimit: 50000 },
  rates: { currency: "EUR", rate: 1.08, date: new Date(Date.UTC(2026, 5, 30)) },
  parameters: { name: "Base Currency", value: "USD" },
};

/** Fields that identify the example row of each sheet; all must match. */
const IDENTITY: Partial<Record<SheetKind, string[]>> = {
  invoices: ["customerId", "invoiceNo"],
  payments: ["customerId", "invoiceNo"],
  customers: ["id", "name"],
  contracts: ["contractNo", "customerId"],
  organisation: ["role", "person"],
};

/** True when a row's identifying values are those of the template's example row. */
export function isTemplateExample(kind: SheetKind, values: Record<string, unknown>): boolean {
  const keys = IDENTITY[kind];
  const example = EXAMPLES[kind];
  if (!keys || !example) return false;
  return keys.every((key) => values[key] !== undefined && values[key] === example[key]);
}
