/**
 * Staff of Lumen Fixtures Ltd named on the Organisation sheet and in the Customers sheet's
 * Limit Approved By and Account Owner columns. An approval limit is the largest credit limit
 * the person may approve, in USD; sales representatives may approve none.
 */
export const PEOPLE = {
  DO: { person: "David Okafor", role: "CFO", approvalLimit: 1_000_000 },
  MC: { person: "Maria Chen", role: "Credit Manager", approvalLimit: 250_000 },
  PN: { person: "Priya Nair", role: "Credit Analyst", approvalLimit: 25_000 },
  TB: { person: "Tom Berger", role: "Sales Director", approvalLimit: 50_000 },
  LP: { person: "Lisa Park", role: "Sales Representative" },
  JS: { person: "Jorge Silva", role: "Sales Representative" },
};
