import { assessFinancing, type FinancingInput } from "../src/engine/financing";
import { financingParamsSchema, type FinancingParams } from "../src/engine/lender-params";
import { contract, customer, openItem, unappliedCredit } from "./financing-fixtures";

/**
 * Parameters with a home country, so every rule except government can run. Cross-aged and
 * concentration are off unless a test switches them on, because with one or two customers they
 * would apply to nearly every fixture.
 */
function params(input: { rules?: object } = {}): FinancingParams {
  const rules = {
    "cross-aged": { enabled: false },
    concentration: { enabled: false },
    ...input.rules,
  };
  return financingParamsSchema.parse({ homeCountry: "US", ...input, rules });
}

/** Builds a workbook whose Customers and Contracts sheets prove every item of C1 and C2. */
function workbook(overrides: Partial<FinancingInput>): FinancingInput {
  return {
    items: [],
    customers: [customer("C1"), customer("C2")],
    contracts: [contract("K1", "C1"), contract("K2", "C2")],
    ...overrides,
  };
}

function reasonsOf(input: FinancingInput, parameters = params()) {
  return assessFinancing(input, parameters).items.map((item) => item.reasons);
}

describe("eligibility reason codes", () => {
  test("too-old applies past 90 days since invoice", () => {
    const items = [
      openItem({ daysSinceInvoice: 91, daysPastDue: 0 }),
      openItem({ daysSinceInvoice: 90, daysPastDue: 0 }),
    ];
    expect(reasonsOf(workbook({ items }))).toEqual([["too-old"], []]);
  });

  test("too-old applies past 60 days past due", () => {
    const items = [
      openItem({ daysPastDue: 61, daysSinceInvoice: 61 }),
      openItem({ daysPastDue: 60, daysSinceInvoice: 60 }),
    ];
    expect(reasonsOf(workbook({ items }))).toEqual([["too-old"], []]);
  });

  test("cross-aged excludes a customer half too old", () => {
    const items = [
      openItem({ customerId: "C1", open: 5_000, daysPastDue: 70 }),
      openItem({ customerId: "C1", open: 5_000 }),
      openItem({ customerId: "C2", open: 4_999, daysPastDue: 70 }),
      openItem({ customerId: "C2", open: 5_001 }),
    ];
    const on = params({ rules: { "cross-aged": { enabled: true } } });
    expect(reasonsOf(workbook({ items }), on)).toEqual([
      ["too-old", "cross-aged"],
      ["cross-aged"],
      ["too-old"],
      [],
    ]);
  });

  test("disputed applies to flagged items", () => {
    const items = [openItem({ disputed: true }), openItem()];
    expect(reasonsOf(workbook({ items }))).toEqual([["disputed"], []]);
  });

  test("related-party applies to related customers", () => {
    const items = [openItem({ customerId: "C1" }), openItem({ customerId: "C2" })];
    const customers = [customer("C1", { relatedParty: true }), customer("C2")];
    expect(reasonsOf(workbook({ items, customers }))).toEqual([["related-party"], []]);
  });

  test("contra excludes up to the payable", () => {
    const items = [openItem({ open: 6_000, daysPastDue: 5 }), openItem({ open: 6_000 })];
    const customers = [customer("C1", { supplier: true, payable: 8_000 })];
    const result = assessFinancing(workbook({ items, customers }), params());

    expect(result.items.map((item) => item.reasons)).toEqual([["contra"], ["contra"]]);
    expect(result.items.map((item) => item.excluded)).toEqual([6_000, 2_000]);
    expect(result.items.map((item) => item.eligible)).toEqual([0, 4_000]);
    expect(result.exclusions.find((line) => line.reason === "contra")).toEqual({
      reason: "contra",
      amount: 8_000,
      count: 2,
    });
  });

  test("contra without a payable takes everything", () => {
    const items = [openItem({ open: 6_000 })];
    const customers = [customer("C1", { supplier: true })];
    const result = assessFinancing(workbook({ items, customers }), params());
    expect(result.items[0]?.excluded).toBe(6_000);
  });

  test("foreign-uninsured applies abroad without insurance", () => {
    const items = ["C1", "C2", "C3"].map((customerId) => openItem({ customerId }));
    const customers = [
      customer("C1", { country: "DE" }),
      customer("C2", { country: "DE", insured: true }),
      customer("C3", { country: " us " }),
    ];
    const contracts = [contract("K1", "C1"), contract("K2", "C2"), contract("K3", "C3")];
    expect(reasonsOf(workbook({ items, customers, contracts }))).toEqual([
      ["foreign-uninsured"],
      [],
      [],
    ]);
  });

  test("government applies only when switched on", () => {
    const items = [openItem({ customerId: "C1" }), openItem({ customerId: "C2" })];
    const customers = [customer("C1", { government: true }), customer("C2")];
    const input = workbook({ items, customers });
    const on = params({ rules: { government: { enabled: true } } });

    expect(reasonsOf(input)).toEqual([[], []]);
    expect(reasonsOf(input, on)).toEqual([["government"], []]);
  });

  test("unbilled applies to every non-invoice document type", () => {
    const types = ["unbilled", "progress-billing", "consignment", "bill-and-hold", "invoice"];
    const items = types.map((type) => openItem({ type: type as "invoice" }));
    expect(reasonsOf(workbook({ items }))).toEqual([
      ["unbilled"],
      ["unbilled"],
      ["unbilled"],
      ["unbilled"],
      [],
    ]);
  });

  test("credit-balance keeps negative items out of eligible", () => {
    const items = [openItem({ open: -3_000 }), openItem({ open: 10_000 })];
    const unapplied = [unappliedCredit("C1", -2_000)];
    const result = assessFinancing(workbook({ items, unapplied }), params());

    expect(result.items.map((item) => item.reasons)).toEqual([
      ["credit-balance"],
      [],
      ["credit-balance"],
    ]);
    expect(result.gross).toBe(5_000);
    expect(result.eligible).toBe(10_000);
    expect(result.exclusions.find((line) => line.reason === "credit-balance")).toEqual({
      reason: "credit-balance",
      amount: -5_000,
      count: 2,
    });
  });

  test("pledged applies to flagged items", () => {
    const items = [openItem({ pledged: true }), openItem()];
    expect(reasonsOf(workbook({ items }))).toEqual([["pledged"], []]);
  });

  test("concentration reports the excess per customer", () => {
    const items = [
      openItem({ customerId: "C1", open: 60_000 }),
      ...["C2", "C3", "C4", "C5"].map((customerId) => openItem({ customerId, open: 10_000 })),
    ];
    const ids = ["C1", "C2", "C3", "C4", "C5"];
    const input = workbook({
      items,
      customers: ids.map((id) => customer(id)),
      contracts: ids.map((id) => contract(`K-${id}`, id)),
    });
    const result = assessFinancing(input, params({ rules: { concentration: { enabled: true } } }));

    // Total eligible 100,000; the limit is 20 % of it, 20,000; C1 has 60,000, so 40,000 is excess.
    expect(result.concentrationByCustomer).toEqual([
      {
        customerId: "C1",
        customerName: "Customer C1",
        eligible: 60_000,
        share: 0.6,
        excess: 40_000,
      },
    ]);
    expect(result.concentrationExcess).toBe(40_000);
    expect(result.eligible).toBe(100_000);
    expect(result.items[0]?.reasons).toEqual(["concentration"]);
    expect(result.items[1]?.reasons).toEqual([]);
  });

  test("missing-documents applies without contract or delivery proof", () => {
    const items = [
      openItem({ customerId: "C1", contractNo: "K1" }),
      openItem({ customerId: "C1", contractNo: "K9" }),
      openItem({ customerId: "C2", contractNo: "K2" }),
      openItem({ customerId: "C3" }),
    ];
    const contracts = [contract("K1", "C1"), contract("K2", "C2", { deliveryProof: false })];
    const customers = ["C1", "C2", "C3"].map((id) => customer(id));
    expect(reasonsOf(workbook({ items, customers, contracts }))).toEqual([
      [],
      ["missing-documents"],
      ["missing-documents"],
      ["missing-documents"],
    ]);
  });

  test("missing-documents accepts a customer's framework contract", () => {
    const items = [openItem({ customerId: "C1" })];
    expect(reasonsOf(workbook({ items }))).toEqual([[]]);
  });
});

describe("eligibility switches", () => {
  test("a switched-off rule is listed and not applied", () => {
    const items = [openItem({ disputed: true })];
    const result = assessFinancing(
      workbook({ items }),
      params({ rules: { disputed: { enabled: false } } }),
    );

    expect(result.items[0]?.reasons).toEqual([]);
    expect(result.rulesNotApplied).toContainEqual({ rule: "disputed", reason: "switched-off" });
    expect(result.exclusions.map((line) => line.reason)).not.toContain("disputed");
  });

  test("thresholds come from the parameters", () => {
    const items = [openItem({ daysPastDue: 40, daysSinceInvoice: 70 })];
    const strict = params({ rules: { "too-old": { maxDaysPastDue: 30 } } });
    expect(reasonsOf(workbook({ items }), strict)).toEqual([["too-old"]]);
  });
});
