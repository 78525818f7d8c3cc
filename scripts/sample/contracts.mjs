/**
 * The contract register: every customer without the `noct` flag has a framework contract signed
 * when it became a customer, and about half renewed theirs in the second half of 2025. Customers
 * flagged `nopod` keep no delivery proof with their contracts.
 */
import { dayOf } from "../lib/days.mjs";

const RENEWAL_FROM = dayOf("2025-07-01");
const FILE_SERVER = "https://files.lumenfixtures.example/contracts";

function contract(customer, number, signedDate, random) {
  const contractNo = `CT-${number}`;
  return {
    "Contract No": contractNo,
    "Customer ID": customer.id,
    "Signed Date": signedDate,
    "Terms Days": customer.termsDays,
    "Delivery Proof": customer.flags.has("nopod") ? "No" : "Yes",
    "Retention Of Title": random.chance(0.7) ? "Yes" : "No",
    "File Link": `${FILE_SERVER}/${contractNo}.pdf`,
  };
}

/** Returns the Contracts rows and a lookup of the contract in force for a customer on a day. */
export function buildContracts(customers, random) {
  const rows = [];
  const byCustomer = new Map();
  let serial = 101;

  for (const customer of customers) {
    if (customer.flags.has("noct")) continue;
    const own = [contract(customer, serial++, customer.since, random)];
    if (random.chance(0.5) && customer.since < RENEWAL_FROM) {
      own.push(contract(customer, serial++, RENEWAL_FROM + random.int(0, 120), random));
    }
    rows.push(...own);
    byCustomer.set(customer.id, own);
  }

  const contractFor = (customerId, day) => {
    const signed = (byCustomer.get(customerId) ?? []).filter((row) => row["Signed Date"] <= day);
    return signed.at(-1)?.["Contract No"];
  };
  return { rows, contractFor };
}
