import { approvalFlags, approvalLimits } from "../src/engine/authority";
import { contractCoverage, linkContracts } from "../src/engine/contracts";
import { checkCreditFile, completeFileShare } from "../src/engine/credit-files";
import { DEFAULT_CUSTOMER_PARAMS } from "../src/engine/customer-params";
import type { ContractRecord, OrganisationRecord } from "../src/engine/schema";
import { AS_OF, customer, day, item } from "./customers-fixtures";

const FILE = DEFAULT_CUSTOMER_PARAMS.creditFile;

describe("checkCreditFile", () => {
  const full = customer("C1", {
    registration: true,
    financialsDate: day("2025-12-31"),
    creditReport: true,
    signedTerms: true,
    country: "US",
  });

  it("is complete with every document for a class A customer", () => {
    expect(checkCreditFile(full, "A", AS_OF, FILE)).toEqual({ complete: true, missing: [] });
  });

  it("accepts statements exactly 18 months old", () => {
    const file = checkCreditFile({ ...full, financialsDate: day("2024-12-30") }, "A", AS_OF, FILE);
    expect(file.complete).toBe(true);
  });

  it("rejects statements older than 18 months", () => {
    const file = checkCreditFile({ ...full, financialsDate: day("2024-12-29") }, "A", AS_OF, FILE);
    expect(file.missing).toEqual(["financial-statements"]);
  });

  it("requires a guarantee or insurance for classes D and E", () => {
    expect(checkCreditFile(full, "D", AS_OF, FILE).missing).toEqual(["guarantee-or-insurance"]);
    expect(checkCreditFile(full, "E", AS_OF, FILE).missing).toEqual(["guarantee-or-insurance"]);
    expect(checkCreditFile({ ...full, insured: true }, "E", AS_OF, FILE).complete).toBe(true);
    expect(checkCreditFile({ ...full, guarantee: true }, "D", AS_OF, FILE).complete).toBe(true);
  });

  it("requires a guarantee or insurance for a foreign customer", () => {
    const params = { ...FILE, homeCountry: "us" };
    const foreign = { ...full, country: "DE" };
    expect(checkCreditFile(foreign, "A", AS_OF, params).missing).toEqual([
      "guarantee-or-insurance",
    ]);
    expect(checkCreditFile(full, "A", AS_OF, params).complete).toBe(true);
  });

  it("treats no customer as foreign without a home country", () => {
    expect(checkCreditFile({ ...full, country: "DE" }, "A", AS_OF, FILE).complete).toBe(true);
  });

  it("lists every document for a customer without a record", () => {
    expect(checkCreditFile(undefined, "C", AS_OF, FILE).missing).toEqual([
      "registration",
      "financial-statements",
      "credit-report",
      "signed-terms",
      "guarantee-or-insurance",
    ]);
  });

  it("lists each missing document", () => {
    const file = checkCreditFile(customer("C2", { signedTerms: true }), "B", AS_OF, FILE);
    expect(file).toEqual({
      complete: false,
      missing: ["registration", "financial-statements", "credit-report"],
    });
  });

  it("measures the share of complete files", () => {
    const complete = { complete: true, missing: [] };
    const incomplete = { complete: false, missing: ["registration" as const] };
    expect(completeFileShare([complete, incomplete, incomplete, incomplete])).toBe(0.25);
    expect(completeFileShare([])).toBeUndefined();
  });
});

describe("contractCoverage", () => {
  const contract = (
    contractNo: string,
    customerId: string,
    fields: Partial<ContractRecord> = {},
  ) => ({
    ref: { sheet: "Contracts", row: 2 },
    contractNo,
    customerId,
    ...fields,
  });
  const contracts: ContractRecord[] = [
    contract("K1", "C1", { deliveryProof: true }),
    contract("K2", "C2"),
    contract("K4a", "C4", { signedDate: day("2024-01-01"), deliveryProof: false }),
    contract("K4b", "C4", { signedDate: day("2025-01-01"), deliveryProof: true }),
    contract("K4c", "C4", { signedDate: day("2026-07-01"), deliveryProof: false }),
  ];
  const items = [
    item("C1", "I1", { contractNo: " k1 ", open: 100_000 }),
    item("C2", "I2", { open: 200_000 }),
    item("C3", "I3", { open: 300_000 }),
    item("C4", "I4", { open: 400_000 }),
  ];

  it("links by contract number, else the customer's only or latest signed contract", () => {
    const links = linkContracts(items, contracts, AS_OF);
    expect(links.get(items[0]!)?.contractNo).toBe("K1");
    expect(links.get(items[1]!)?.contractNo).toBe("K2");
    expect(links.get(items[2]!)).toBeUndefined();
    expect(links.get(items[3]!)?.contractNo).toBe("K4b");
  });

  it("falls back to the customer when the contract number is unknown", () => {
    const unknown = item("C4", "I5", { contractNo: "K9" });
    expect(linkContracts([unknown], contracts, AS_OF).get(unknown)?.contractNo).toBe("K4b");
  });

  it("measures coverage by count and by amount", () => {
    const coverage = contractCoverage(items, contracts, AS_OF);
    expect(coverage.byCount).toBe(0.5);
    // (1,000 + 4,000) ÷ 10,000
    expect(coverage.byAmount).toBe(0.5);
  });

  it("lists items without a contract or delivery proof", () => {
    const coverage = contractCoverage(items, contracts, AS_OF);
    expect(coverage.uncovered.map((line) => [line.invoiceNo, line.missing])).toEqual([
      ["I2", ["delivery-proof"]],
      ["I3", ["contract", "delivery-proof"]],
    ]);
  });

  it("leaves out items with nothing open", () => {
    const coverage = contractCoverage([item("C3", "I9", { open: 0 })], contracts, AS_OF);
    expect(coverage.byCount).toBeUndefined();
    expect(coverage.uncovered).toEqual([]);
  });
});

describe("approvalFlags", () => {
  const person = (name: string, approvalLimit?: number): OrganisationRecord => {
    const record: OrganisationRecord = {
      ref: { sheet: "Organisation", row: 2 },
      role: "credit",
      person: name,
    };
    if (approvalLimit !== undefined) record.approvalLimit = approvalLimit;
    return record;
  };
  const limits = approvalLimits([
    person("Ann Lee", 5_000_000),
    person("ann  lee", 10_000_000),
    person("Bob", 1_000_000),
    person("Sales Rep"),
  ]);
  const check = (limit: number | undefined, approvedBy?: string, accountOwner?: string) =>
    approvalFlags({ limit, approvedBy, accountOwner }, limits);

  it("takes a person's largest approval limit", () => {
    expect(limits.get("ann lee")).toBe(10_000_000);
  });

  it("flags a limit above the approver's authority", () => {
    expect(check(2_000_000, "BOB")).toEqual(["approval-exceeds-authority"]);
    expect(check(1_000_000, "Bob")).toEqual([]);
    expect(check(10_000_000, " Ann Lee ")).toEqual([]);
  });

  it("flags an approver missing from the organisation or without a limit", () => {
    expect(check(100, "Carl")).toEqual(["approval-exceeds-authority"]);
    expect(check(100, "Sales Rep")).toEqual(["approval-exceeds-authority"]);
  });

  it("flags an approval by the account owner", () => {
    expect(check(500_000, "Bob", "bob")).toEqual(["approved-by-account-owner"]);
  });

  it("checks nothing without a limit or an approver", () => {
    expect(check(undefined, "Carl", "Carl")).toEqual([]);
    expect(check(2_000_000, undefined, "Bob")).toEqual([]);
  });

  it("skips the authority check without approval limits on record", () => {
    expect(
      approvalFlags({ limit: 2_000_000, approvedBy: "Bob", accountOwner: undefined }, new Map()),
    ).toEqual([]);
  });
});
