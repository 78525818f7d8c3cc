/** Builds what the eligibility rules look up: customers, the contract register and data presence. */
import type { FinancingParams } from "../lender-params";
import type { ContractRecord, CustomerRecord } from "../schema";
import type { DocumentCoverage, FinancingItem, NotAppliedReason, RuleContext } from "./types";

export function buildRuleContext(
  params: FinancingParams,
  customers: readonly CustomerRecord[] | undefined,
  contracts: readonly ContractRecord[] | undefined,
): RuleContext {
  const contractsByNo = new Map<string, ContractRecord>();
  const contractsByCustomer = new Map<string, ContractRecord[]>();
  for (const contract of contracts ?? []) {
    contractsByNo.set(contract.contractNo, contract);
    const list = contractsByCustomer.get(contract.customerId) ?? [];
    list.push(contract);
    contractsByCustomer.set(contract.customerId, list);
  }

  const data = { contractsByNo, contractsByCustomer };
  return {
    params,
    data: {
      ...data,
      ...(customers ? { customers } : {}),
      ...(contracts ? { contracts } : {}),
    },
  };
}

/**
 * Checks that the Customers sheet exists and that at least one customer has a value in the
 * column behind `field`. Readers leave blank cells undefined, so a column with no value in any
 * row cannot be distinguished from a missing column and is treated as one.
 */
export function customerColumnMissing(
  context: RuleContext,
  field: keyof CustomerRecord,
  missing: NotAppliedReason,
): NotAppliedReason | undefined {
  const customers = context.data.customers;
  if (!customers) return "no-customers-sheet";
  return customers.some((customer) => customer[field] !== undefined) ? undefined : missing;
}

/**
 * Finds the contract behind an item: the one its contract number names, or, when the item names
 * none, any contract of its customer (a framework agreement). Delivery proof comes from the same
 * contract, or from any of the customer's contracts in the second case.
 */
export function documentCoverage(item: FinancingItem, context: RuleContext): DocumentCoverage {
  if (item.contractNo !== undefined) {
    const contract = context.data.contractsByNo.get(item.contractNo);
    return { contract: contract !== undefined, deliveryProof: contract?.deliveryProof === true };
  }

  const contracts = context.data.contractsByCustomer.get(item.customerId) ?? [];
  return {
    contract: contracts.length > 0,
    deliveryProof: contracts.some((contract) => contract.deliveryProof === true),
  };
}
