import { isTemplateExample } from "../src/io/template-examples";

describe("template example rows", () => {
  it("recognises the example invoice by customer and invoice number", () => {
    expect(
      isTemplateExample("invoices", {
        customerId: "C-EXAMPLE",
        invoiceNo: "INV-EXAMPLE",
        amount: 5,
      }),
    ).toBe(true);
  });

  it("keeps a real invoice of the same customer number", () => {
    expect(isTemplateExample("invoices", { customerId: "C-EXAMPLE", invoiceNo: "INV-1002" })).toBe(
      false,
    );
  });

  it("keeps a row that lacks an identifying value", () => {
    expect(isTemplateExample("customers", { id: "C-EXAMPLE" })).toBe(false);
  });

  it("never treats exchange rates or parameters as examples", () => {
    expect(isTemplateExample("rates", { currency: "EUR", rate: 1.08 })).toBe(false);
    expect(isTemplateExample("parameters", { name: "Base Currency", value: "USD" })).toBe(false);
  });
});
