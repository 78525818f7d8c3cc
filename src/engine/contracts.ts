/**
 * Contract coverage of open items: a lender finances an item only when a contract and a proof of
 * delivery back it.
 */
import type { ContractCoverage, UncoveredItem } from "./customer-types";
import type { Day } from "./dates";
import type { ContractRecord } from "./schema";
import type { OpenItem } from "./types";

function normaliseNo(text: string): string {
  return text.trim().toUpperCase();
}

/** Picks a customer's contract: the only one, else the latest signed on or before the as-of date. */
function customerContract(
  contracts: readonly ContractRecord[],
  asOf: Day,
): ContractRecord | undefined {
  if (contracts.length === 1) return contracts[0];
  let latest: ContractRecord | undefined;
  for (const contract of contracts) {
    const signed = contract.signedDate;
    if (signed === undefined || signed > asOf) continue;
    if (!latest || signed > latest.signedDate!) latest = contract;
  }
  return latest;
}

/**
 * Links each open item to a contract: by the item's contract number when it names one found in
 * the register, else by the customer's only or latest signed contract. An item whose contract
 * number is not in the register falls back to the customer's contract.
 */
export function linkContracts(
  items: readonly OpenItem[],
  contracts: readonly ContractRecord[],
  asOf: Day,
): Map<OpenItem, ContractRecord | undefined> {
  const byNumber = new Map(contracts.map((c) => [normaliseNo(c.contractNo), c] as const));
  const byCustomer = new Map<string, ContractRecord[]>();
  for (const contract of contracts) {
    byCustomer.set(contract.customerId, [...(byCustomer.get(contract.customerId) ?? []), contract]);
  }

  const links = new Map<OpenItem, ContractRecord | undefined>();
  for (const item of items) {
    const named =
      item.contractNo === undefined ? undefined : byNumber.get(normaliseNo(item.contractNo));
    links.set(item, named ?? customerContract(byCustomer.get(item.customerId) ?? [], asOf));
  }
  return links;
}

/** Missing documents of an uncovered item. Items share these lists, so long lists stay small. */
const MISSING_BOTH: UncoveredItem["missing"] = Object.freeze([
  "contract",
  "delivery-proof",
] as const);
const MISSING_PROOF: UncoveredItem["missing"] = Object.freeze(["delivery-proof"] as const);

/** Returns what an item linked to `contract` lacks, or undefined when it has both documents. */
function missingDocuments(
  contract: ContractRecord | undefined,
): UncoveredItem["missing"] | undefined {
  if (!contract) return MISSING_BOTH;
  if (contract.deliveryProof !== true) return MISSING_PROOF;
  return undefined;
}

/**
 * Measures the share of open items (positive open amounts only), by count and by amount, that
 * have a contract with delivery proof, and lists the items lacking either.
 */
export function contractCoverage(
  items: readonly OpenItem[],
  contracts: readonly ContractRecord[],
  asOf: Day,
): ContractCoverage {
  const open = items.filter((item) => item.open > 0);
  const links = linkContracts(open, contracts, asOf);
  const uncovered: UncoveredItem[] = [];
  let coveredAmount = 0;
  let totalAmount = 0;

  for (const item of open) {
    const contract = links.get(item);
    const missing = missingDocuments(contract);

    totalAmount += item.open;
    if (missing === undefined) coveredAmount += item.open;
    else uncovered.push(uncoveredLine(item, missing));
  }

  const coverage: ContractCoverage = { uncovered };
  if (open.length > 0) coverage.byCount = (open.length - uncovered.length) / open.length;
  if (totalAmount > 0) coverage.byAmount = coveredAmount / totalAmount;
  return coverage;
}

function uncoveredLine(item: OpenItem, missing: UncoveredItem["missing"]): UncoveredItem {
  const line: UncoveredItem = {
    ref: item.ref,
    customerId: item.customerId,
    invoiceNo: item.invoiceNo,
    open: item.open,
    missing,
  };
  if (item.installment !== undefined) line.installment = item.installment;
  return line;
}
