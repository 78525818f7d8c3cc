import fc from "fast-check";

import { assessFinancing, type FinancingInput } from "../src/engine/financing";
import { computeBorrowingBase } from "../src/engine/financing/borrowing-base";
import { financingParamsSchema } from "../src/engine/lender-params";
import type { OpenItem } from "../src/engine/types";
import { contract, customer, openItem, unappliedCredit } from "./financing-fixtures";

const params = financingParamsSchema.parse({ homeCountry: "US" });

describe("reason order", () => {
  test("reasons are listed in table order", () => {
    const items = [
      openItem({ daysPastDue: 70, disputed: true, pledged: true, type: "consignment" }),
    ];
    const customers = [customer("C1", { relatedParty: true, country: "FR" })];
    const result = assessFinancing({ items, customers, contracts: [] }, params);

    expect(result.items[0]?.reasons).toEqual([
      "too-old",
      "cross-aged",
      "disputed",
      "related-party",
      "foreign-uninsured",
      "unbilled",
      "pledged",
      "missing-documents",
    ]);
  });

  test("an item is counted once under its first reason", () => {
    const items = [
      openItem({ customerId: "C1", open: 7_000, disputed: true, pledged: true }),
      openItem({ customerId: "C2", open: 3_000, pledged: true }),
    ];
    const input = {
      items,
      customers: [customer("C1"), customer("C2")],
      contracts: [contract("K1", "C1"), contract("K2", "C2")],
    };
    const noConcentration = financingParamsSchema.parse({
      homeCountry: "US",
      rules: { concentration: { enabled: false } },
    });
    const result = assessFinancing(input, noConcentration);
    const line = (reason: string) => result.exclusions.find((entry) => entry.reason === reason);

    expect(line("disputed")).toEqual({ reason: "disputed", amount: 7_000, count: 1 });
    expect(line("pledged")).toEqual({ reason: "pledged", amount: 3_000, count: 1 });
    expect(result.items[0]?.reasons).toEqual(["disputed", "pledged"]);
  });

  test("contra leaves items another rule excludes alone", () => {
    const items = [
      openItem({ open: 5_000, daysPastDue: 20, disputed: true }),
      openItem({ open: 5_000, daysPastDue: 10 }),
    ];
    const customers = [customer("C1", { payable: 3_000 })];
    const input = { items, customers, contracts: [contract("K1", "C1")] };
    const result = assessFinancing(input, params);

    // The one customer holds all of the eligible balance, so its eligible rest is concentrated too.
    expect(result.items.map((item) => item.reasons)).toEqual([
      ["disputed"],
      ["contra", "concentration"],
    ]);
    expect(result.items.map((item) => item.excluded)).toEqual([5_000, 3_000]);
  });

  test("contra covers the oldest due date first", () => {
    const newer = openItem({ open: 5_000, daysPastDue: 1, invoiceNo: "A" });
    const older = openItem({ open: 5_000, daysPastDue: 30, invoiceNo: "B" });
    const customers = [customer("C1", { payable: 6_000 })];
    const input = { items: [newer, older], customers, contracts: [contract("K1", "C1")] };
    const result = assessFinancing(input, params);

    expect(result.items.map((item) => item.excluded)).toEqual([1_000, 5_000]);
  });

  test("concentration counts only what the item rules leave", () => {
    const items = [
      openItem({ customerId: "C1", open: 50_000, pledged: true }),
      openItem({ customerId: "C1", open: 10_000 }),
      openItem({ customerId: "C2", open: 40_000 }),
    ];
    const customers = [customer("C1"), customer("C2")];
    const contracts = [contract("K1", "C1"), contract("K2", "C2")];
    const result = assessFinancing({ items, customers, contracts }, params);

    // Eligible 50,000, limit 10,000: C1 has 10,000 (no excess), C2 40,000 (30,000 excess).
    expect(result.concentrationByCustomer.map((row) => [row.customerId, row.excess])).toEqual([
      ["C2", 30_000],
    ]);
    expect(result.items[0]?.reasons).toEqual(["pledged"]);
  });
});

describe("rules not applied", () => {
  test("no Customers sheet skips the customer rules", () => {
    const result = assessFinancing({ items: [openItem()], contracts: [] }, params);
    const skipped = result.rulesNotApplied.map((entry) => `${entry.rule}:${entry.reason}`);

    expect(skipped).toEqual([
      "related-party:no-customers-sheet",
      "contra:no-customers-sheet",
      "foreign-uninsured:no-customers-sheet",
      "government:switched-off",
    ]);
  });

  test("no Contracts sheet skips missing-documents", () => {
    const result = assessFinancing({ items: [openItem()], customers: [customer("C1")] }, params);
    expect(result.rulesNotApplied).toEqual([
      { rule: "government", reason: "switched-off" },
      { rule: "missing-documents", reason: "no-contracts-sheet" },
    ]);
    expect(result.exclusions.map((line) => line.reason)).not.toContain("missing-documents");
  });

  test("empty customer columns skip their rules", () => {
    const bare = { ref: { sheet: "Customers", row: 2 }, id: "C1" };
    const result = assessFinancing(
      { items: [openItem()], customers: [bare], contracts: [] },
      params,
    );
    expect(result.rulesNotApplied.slice(0, 3)).toEqual([
      { rule: "related-party", reason: "no-related-party-column" },
      { rule: "contra", reason: "no-supplier-column" },
      { rule: "foreign-uninsured", reason: "no-country-column" },
    ]);
  });

  test("no home country skips foreign-uninsured", () => {
    const result = assessFinancing(
      { items: [openItem()], customers: [customer("C1")], contracts: [] },
      financingParamsSchema.parse({}),
    );
    expect(result.rulesNotApplied).toContainEqual({
      rule: "foreign-uninsured",
      reason: "no-home-country",
    });
  });
});

describe("borrowing-base certificate", () => {
  test("availability is net eligible times the diluted rate", () => {
    const base = computeBorrowingBase(10_000_000, 1_000_000, 0.8, 0.07, 0.05);

    // Net 9,000,000 × 80 % = 7,200,000; dilution 7 % is 2 points over 5 %: 9,000,000 × 2 % = 180,000.
    expect(base.netEligible).toBe(9_000_000);
    expect(base.advance).toBe(7_200_000);
    expect(base.dilutionReservePoints).toBe(0.02);
    expect(base.effectiveAdvanceRate).toBe(0.78);
    expect(base.dilutionReserve).toBe(180_000);
    expect(base.borrowingBase).toBe(7_020_000);
  });

  test("dilution within the allowance costs nothing", () => {
    const base = computeBorrowingBase(1_000_000, 0, 0.8, 0.05, 0.05);
    expect(base.dilutionReserve).toBe(0);
    expect(base.borrowingBase).toBe(800_000);
  });

  test("dilution never takes the rate below zero", () => {
    const base = computeBorrowingBase(1_000_000, 0, 0.8, 0.95, 0.05);
    expect(base.effectiveAdvanceRate).toBe(0);
    expect(base.borrowingBase).toBe(0);
  });

  test("certificate lines add up from gross to availability", () => {
    const ids = ["C1", "C2", "C3", "C4", "C5"];
    const items = [
      openItem({ customerId: "C1", open: 500_000 }),
      openItem({ customerId: "C1", open: 100_000, daysPastDue: 75 }),
      ...ids.slice(1).map((customerId) => openItem({ customerId, open: 200_000 })),
      openItem({ customerId: "C2", open: 50_000, disputed: true }),
    ];
    const input: FinancingInput = {
      items,
      unapplied: [unappliedCredit("C3", -20_000)],
      customers: ids.map((id) => customer(id)),
      contracts: ids.map((id) => contract(`K-${id}`, id)),
      dilution: 0.06,
    };
    const result = assessFinancing(input, params);
    const excluded = result.exclusions.reduce((total, line) => total + line.amount, 0);

    expect(result.gross).toBe(1_430_000);
    expect(excluded).toBe(130_000);
    expect(result.eligible).toBe(1_300_000);
    // C1 has 500,000 of 1,300,000 eligible; 20 % is 260,000, so 240,000 is excess.
    expect(result.concentrationExcess).toBe(240_000);
    expect(result.advance).toBe(848_000);
    expect(result.dilutionReserve).toBe(10_600);
    expect(result.borrowingBase).toBe(837_400);
    expect(result.dilution).toBe(0.06);
  });
});

const itemArbitrary = fc.record({
  customerId: fc.constantFrom("C1", "C2", "C3", "C4"),
  open: fc.integer({ min: -50_000, max: 500_000 }),
  daysPastDue: fc.integer({ min: -30, max: 200 }),
  disputed: fc.boolean(),
  pledged: fc.boolean(),
  type: fc.constantFrom("invoice", "invoice", "unbilled", "consignment"),
  contractNo: fc.option(fc.constantFrom("K1", "K2", "K9"), { nil: undefined }),
});

const customerArbitrary = (id: string) =>
  fc
    .record({
      relatedParty: fc.boolean(),
      supplier: fc.boolean(),
      payable: fc.option(fc.integer({ min: 0, max: 400_000 }), { nil: undefined }),
      country: fc.constantFrom("US", "DE"),
      insured: fc.boolean(),
      government: fc.boolean(),
    })
    .map(({ payable, ...fields }) =>
      customer(id, payable === undefined ? fields : { ...fields, payable }),
    );

test("exclusions plus eligible always equal gross", () => {
  fc.assert(
    fc.property(
      fc.array(itemArbitrary, { maxLength: 30 }),
      fc.tuple(...["C1", "C2", "C3"].map(customerArbitrary)),
      fc.boolean(),
      (fields, customers, withSheets) => {
        const items: OpenItem[] = fields.map(({ contractNo, ...rest }) =>
          openItem(contractNo === undefined ? rest : { ...rest, contractNo }),
        );
        const input: FinancingInput = withSheets
          ? { items, customers, contracts: [contract("K1", "C1"), contract("K2", "C2")] }
          : { items };
        const result = assessFinancing(input, params);
        const excluded = result.exclusions.reduce((total, line) => total + line.amount, 0);
        const counted = result.exclusions.reduce((total, line) => total + line.count, 0);
        const withReasons = result.items.filter((item) => item.excluded !== 0).length;

        expect(excluded + result.eligible).toBe(result.gross);
        expect(counted).toBe(withReasons);
        expect(result.borrowingBase).toBeGreaterThanOrEqual(0);
      },
    ),
  );
});

test("unreadable dilution costs no reserve", () => {
  const input = { items: [openItem({ open: 100_000 })], dilution: Number.NaN };
  const result = assessFinancing(input, params);
  expect(result.dilution).toBeUndefined();
  expect(result.dilutionReserve).toBe(0);
  expect(result.borrowingBase).toBe(result.advance);
});
