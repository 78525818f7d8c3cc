/** Rows of the Customers sheet, keyed by header. */
import { financialColumns } from "./financials.mjs";
import { monthlySales } from "./sizes.mjs";

/** Payable owed to the customer that is also a supplier. */
const SUPPLIER_PAYABLE = 18_500;

const yesNo = (value) => (value ? "Yes" : "No");

function openOrders(customer, random) {
  if (customer.size === "S" || random.chance(0.3)) return 0;
  return Math.round((monthlySales(customer.size) * random.between(0.2, 0.8)) / 100) * 100;
}

function fileColumns(flags) {
  return {
    Registration: yesNo(!flags.has("noreg")),
    "Credit Report": yesNo(!flags.has("norep")),
    "Signed Terms": yesNo(!flags.has("nosig")),
    Guarantee: yesNo(flags.has("guar")),
  };
}

export function customerRow(customer, random) {
  const { flags } = customer;
  const annualPurchases = monthlySales(customer.size) * 12;
  const financials = customer.financials
    ? financialColumns(customer.financials, annualPurchases, yesNo(flags.has("mfr")), random)
    : {};

  return {
    "Customer ID": customer.id,
    Name: customer.name,
    "Credit Limit": customer.creditLimit,
    "Open Orders": openOrders(customer, random),
    "Terms Days": customer.termsDays,
    Country: customer.country,
    Currency: customer.currency,
    "Customer Since": customer.since,
    "Related Party": yesNo(flags.has("rel")),
    Insured: yesNo(flags.has("ins")),
    Government: yesNo(flags.has("gov")),
    Supplier: yesNo(flags.has("sup")),
    Payable: flags.has("sup") ? SUPPLIER_PAYABLE : null,
    ...financials,
    "External Rating": customer.rating ?? null,
    "Last Review Date": customer.lastReview ?? null,
    "Limit Approved By": customer.approver,
    "Account Owner": customer.owner,
    ...fileColumns(flags),
  };
}
