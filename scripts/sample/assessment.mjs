/**
 * The self-assessment of Lumen Fixtures Ltd: five questions for each of the 11 indicators, each
 * answered Yes, Partly or No (one left unanswered). The answers put the checklist levels at
 * A1 3, A2 3, A3 3, A4 4, A5 3, B1 3, B2 3, B3 3, B4 4, B5 3, B6 2, which is 61.8 points with
 * the default weights: a company in the "developing" band (55-69).
 * Columns: code | question no | question | answer (Y, P, N or blank) | evidence | note.
 */
const TABLE = `
A1|1|Is there a written credit policy?|Y|Credit Policy v3.pdf on the finance share|
A1|2|Has management approved the credit policy?|Y|Board minutes 2025-11-12, item 4|
A1|3|Does the policy set standard payment terms and how exceptions to them are approved?|P|Policy section 3|Exceptions are agreed by email, not recorded.
A1|4|Does the policy define how credit limits are set and who approves them?|P|Policy section 4|Limit formula is not written down.
A1|5|Is the policy reviewed at least once a year?|N||Last review was 2023.
A2|1|Is one person responsible for credit management?|Y|Job description, Credit Manager|
A2|2|Are the duties of everyone in the credit process written down?|Y|Credit procedures manual, chapter 1|
A2|3|Is there an approval matrix with the largest limit each person may approve?|Y|Organisation sheet|
A2|4|Is credit approval separated from sales, so nobody approves a limit for their own account?||
A2|5|Do credit staff receive training in credit management at least once a year?|N||
A3|1|Is every new customer checked before the first delivery on credit?|Y|New-customer checklist|
A3|2|Are financial statements collected from customers above a set limit?|P||Only for limits above 100,000.
A3|3|Are external credit reports or ratings used in the decision?|Y|Bureau subscription contract|
A3|4|Is one scoring method applied to all customers?|P||Scoring exists for US customers only.
A3|5|Are the documents required before granting credit defined for each customer class?|N||
A4|1|Are standard sales contract templates used?|Y|Framework contract template 2024|
A4|2|Are contracts reviewed by legal or the credit function before signing?|Y|Contract review log|
A4|3|Do contracts state payment terms, late-payment interest and the dispute procedure?|Y|Template clauses 5-7|
A4|4|Is retention of title agreed where the law allows it?|P|Template clause 9|Not used in France.
A4|5|Are deviations from the templates approved and recorded?|P||Recorded for large contracts only.
A5|1|Is there a credit file for every active customer?|Y|Customers sheet|
A5|2|Does each file hold the registration documents, a credit report and the signed terms?|P||Several files lack a credit report.
A5|3|Are files updated after each review?|P||
A5|4|Do credit and finance share one system or workbook for receivables?|Y|This workbook|
A5|5|Can any customer file be retrieved within one working day?|N||Files of older customers are on paper.
B1|1|Are customers rated before their limit is set?|Y|Rating column on the Customers sheet|
B1|2|Are ratings reviewed on schedule for each risk class?|N||Reviews slip behind in busy months.
B1|3|Are external ratings refreshed at least once a year?|P||
B1|4|Do warning signs such as late payment or legal action trigger a review?|Y|Collection procedure step 4|
B1|5|Is each rating recorded with its date and the analyst's name?|P||Analyst name is often missing.
B2|1|Does every credit customer have an approved limit?|Y|Customers sheet, Credit Limit|
B2|2|Are orders checked against the limit before release?|Y|Order release checklist|
B2|3|Are orders over the limit blocked or approved by someone with the authority?|P||Sales sometimes releases urgent orders.
B2|4|Are limits reviewed when a customer's rating changes?|N||
B2|5|Is limit utilisation reported to management every month?|P|Monthly credit report, page 2|
B3|1|Is proof of delivery kept for every shipment?|P||Missing for some direct deliveries.
B3|2|Is every invoice linked to a contract or an order?|Y|Contract No column on Invoices|
B3|3|Are invoices issued within two working days of delivery?|Y|ERP billing run log|
B3|4|Are customer complaints recorded and resolved within a set time?|P|Complaints log|No target time is set.
B3|5|Are contract and delivery documents filed so a lender can check them?|N||
B4|1|Is the aging report reviewed at least once a month?|Y|Monthly credit meeting minutes|
B4|2|Is there a written collection procedure with steps and deadlines?|Y|Collection procedure v2|
B4|3|Are customers reminded before the due date of large invoices?|P||Only for invoices above 50,000.
B4|4|Are overdue accounts escalated on schedule (credit hold, demand letter, agency)?|Y|Escalation log|
B4|5|Are promises to pay recorded and followed up?|P||Kept in personal notes.
B5|1|Are receivables free of pledges and assignments other than those recorded?|Y|Bank security register|
B5|2|Are disputed invoices flagged and resolved quickly?|P|Disputed column on Invoices|
B5|3|Are related-party and contra balances identified?|Y|Customers sheet, Related Party and Supplier|
B5|4|Is credit insurance used for foreign customers?|P|Policy with the credit insurer|Two foreign customers are uninsured.
B5|5|Can a borrowing-base certificate be prepared from the records on demand?|N||
B6|1|Is credit management performance reviewed at least twice a year?|Y|Half-year review 2026-01|
B6|2|Are DSO, overdue ratio and bad debts tracked against targets?|P||Targets set for DSO only.
B6|3|Does every improvement action have an owner and a due date?|P||
B6|4|Were the actions from the last review closed?|N||
B6|5|Is this self-assessment repeated to measure progress?|N||First assessment.
`;

const ANSWERS = { Y: "Yes", P: "Partly", N: "No", "": null };

/** Returns the Assessment rows, keyed by header. */
export function assessmentRows() {
  return TABLE.trim()
    .split("\n")
    .map((line) => {
      const [code, no, question, answer, evidence, note] = line.split("|");
      return {
        Code: code,
        No: Number(no),
        Question: question,
        Answer: ANSWERS[answer],
        Evidence: evidence || null,
        Note: note || null,
      };
    });
}
