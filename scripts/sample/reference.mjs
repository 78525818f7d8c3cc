/** The small reference sheets: Organisation, Exchange Rates and Parameters. */
import { dayOf } from "../lib/days.mjs";
import { PEOPLE } from "./people.mjs";

export function organisationRows() {
  return Object.values(PEOPLE).map(({ role, person, approvalLimit }) => ({
    Role: role,
    Person: person,
    "Approval Limit": approvalLimit ?? null,
  }));
}

/** USD per one EUR on the as-of date. */
export function rateRows() {
  return [{ Currency: "EUR", Rate: 1.08, Date: dayOf("2026-06-30") }];
}

export function parameterRows() {
  return [
    { Name: "Company Name", Value: "Lumen Fixtures Ltd" },
    { Name: "Base Currency", Value: "USD" },
    { Name: "Home Country", Value: "US" },
  ];
}
