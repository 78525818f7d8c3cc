/**
 * Header rows of the CreditDesk input sheets, in column order, as the demo workbook and the
 * benchmark files write them.
 */
export const INVOICE_HEADERS = [
  "Customer ID",
  "Customer Name",
  "Invoice No",
  "Invoice Date",
  "Due Date",
  "Terms Days",
  "Currency",
  "Amount",
  "Type",
  "Applies To",
  "Installment",
  "Disputed",
  "Contract No",
  "Pledged",
];

export const PAYMENT_HEADERS = ["Customer ID", "Invoice No", "Payment Date", "Amount", "Currency"];

export const CUSTOMER_HEADERS = [
  "Customer ID",
  "Name",
  "Credit Limit",
  "Open Orders",
  "Terms Days",
  "Country",
  "Currency",
  "Customer Since",
  "Related Party",
  "Insured",
  "Government",
  "Supplier",
  "Payable",
  "Working Capital",
  "Retained Earnings",
  "EBIT",
  "Total Assets",
  "Total Liabilities",
  "Equity",
  "Sales",
  "Tangible Net Worth",
  "Current Assets",
  "Current Liabilities",
  "Financials Date",
  "Manufacturer",
  "External Rating",
  "Last Review Date",
  "Limit Approved By",
  "Account Owner",
  "Registration",
  "Credit Report",
  "Signed Terms",
  "Guarantee",
];

export const CONTRACT_HEADERS = [
  "Contract No",
  "Customer ID",
  "Signed Date",
  "Terms Days",
  "Delivery Proof",
  "Retention Of Title",
  "File Link",
];

export const ORGANISATION_HEADERS = ["Role", "Person", "Approval Limit"];

export const RATE_HEADERS = ["Currency", "Rate", "Date"];

export const ASSESSMENT_HEADERS = ["Code", "No", "Question", "Answer", "Evidence", "Note"];

export const PARAMETER_HEADERS = ["Name", "Value"];
