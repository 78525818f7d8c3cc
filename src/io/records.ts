/** Turns typed rows into the engine's canonical records, checking values each record needs. */
import { columnLetter, type Issue } from "../engine/issues";
import type { Minor } from "../engine/money";
import {
  emptyRecords,
  type DocumentType,
  type InputRecords,
  type InvoiceRecord,
} from "../engine/schema";
import {
  DEFAULT_FRAMEWORK,
  INVALID_ANSWER,
  parseAnswer,
  questionNumber,
} from "../engine/assessment";
import type { AssessmentAnswerRecord } from "../engine/schema";
import { sheetSpec, type SheetKind } from "./fields";
import { isTemplateExample } from "./template-examples";
import type { Messages } from "../i18n/messages";
import { MAX_COLUMNS, type RawWorkbook } from "./raw";
import {
  findHeader,
  isOwnOutput,
  locateSheets,
  missingColumns,
  readRows,
  type ReadOptions,
  type ReadTable,
  type TypedRow,
} from "./table";

type Values = Record<string, unknown>;

/** Copies the keys that are present, so optional fields stay absent rather than undefined. */
function pick<T>(values: Values, keys: readonly string[]): Partial<T> {
  const out: Values = {};
  for (const key of keys) if (values[key] !== undefined) out[key] = values[key];
  return out as Partial<T>;
}

function requireValues(
  table: ReadTable,
  row: TypedRow,
  anyOf: string[][],
  messages: Messages,
  issues: Issue[],
): boolean {
  const spec = sheetSpec(table.kind);
  for (const keys of anyOf) {
    if (keys.some((key) => row.values[key] !== undefined)) continue;
    const key = keys[0] as string;
    const field = spec.fields.find((candidate) => candidate.key === key);
    let header = key;
    if (field) header = messages.locale === "zh-CN" ? field.header.zh : field.header.en;
    const column = table.columns[key];
    issues.push({
      severity: "error",
      code: "missing-value",
      sheet: table.sheet,
      row: row.row,
      column: column === undefined ? "" : columnLetter(column),
      message: messages.requiredValue(header),
    });
    return false;
  }
  return true;
}

const INVOICE_OPTIONAL = [
  "customerName",
  "invoiceDate",
  "dueDate",
  "termsDays",
  "currency",
  "appliesTo",
  "installment",
  "paidAmount",
  "settledDate",
  "disputed",
  "pledged",
  "contractNo",
  "documentLink",
] as const;

function toInvoice(table: ReadTable, row: TypedRow): InvoiceRecord {
  const values = row.values;
  const amount = values.amount as Minor;
  let type = (values.type as DocumentType | undefined) ?? (amount < 0 ? "credit-note" : "invoice");
  if (type === "invoice" && amount < 0) type = "credit-note";
  const customerId = (values.customerId ?? values.customerName) as string;
  return {
    ref: { sheet: table.sheet, row: row.row },
    customerId,
    invoiceNo: values.invoiceNo as string,
    amount: type === "credit-note" ? -Math.abs(amount) : amount,
    type,
    ...pick<InvoiceRecord>(values, INVOICE_OPTIONAL),
  };
}

function readInvoices(table: ReadTable, messages: Messages, issues: Issue[]): InvoiceRecord[] {
  const required = [
    ["customerId", "customerName"],
    ["invoiceNo"],
    ["amount"],
    ["invoiceDate", "dueDate"],
  ];
  const invoices: InvoiceRecord[] = [];
  for (const row of table.rows) {
    if (!requireValues(table, row, required, messages, issues)) continue;
    const invoice = toInvoice(table, row);
    if (
      invoice.dueDate !== undefined &&
      invoice.invoiceDate !== undefined &&
      invoice.dueDate < invoice.invoiceDate
    ) {
      issues.push({
        severity: "warning",
        code: "due-before-invoice",
        sheet: table.sheet,
        row: row.row,
        column: columnLetter(table.columns.dueDate as number),
        message: messages.dueBeforeInvoice(invoice.invoiceNo),
      });
    }
    invoices.push(invoice);
  }
  return dropDuplicates(invoices, table, messages, issues);
}

/** Leaves out rows that repeat an earlier row's customer, number, installment, type, due date and amount. */
function dropDuplicates(
  invoices: InvoiceRecord[],
  table: ReadTable,
  messages: Messages,
  issues: Issue[],
): InvoiceRecord[] {
  const seen = new Map<string, number>();
  return invoices.filter((invoice) => {
    const key = [
      invoice.customerId,
      invoice.invoiceNo,
      invoice.installment ?? "",
      invoice.type,
      invoice.dueDate ?? invoice.invoiceDate,
      invoice.amount,
    ].join("\u0000");
    const first = seen.get(key);
    if (first === undefined) {
      seen.set(key, invoice.ref.row);
      return true;
    }
    issues.push({
      severity: "warning",
      code: "duplicate-invoice",
      sheet: table.sheet,
      row: invoice.ref.row,
      column: columnLetter(table.columns.invoiceNo as number),
      message: messages.duplicateInvoice(invoice.invoiceNo, first),
    });
    return false;
  });
}

/**
 * Reads checklist answers. The question is found by its number (`3`, `Q3`, `A1.3`) or its text;
 * an answer other than Yes, Partly or No (or 是, 部分, 否) warns and counts as unanswered.
 */
function readAnswers(
  table: ReadTable,
  messages: Messages,
  issues: Issue[],
): AssessmentAnswerRecord[] {
  const answers: AssessmentAnswerRecord[] = [];
  const warn = (row: number, key: string, message: string) =>
    issues.push({
      severity: "warning",
      code: "bad-answer",
      sheet: table.sheet,
      row,
      column: table.columns[key] === undefined ? "" : columnLetter(table.columns[key] as number),
      message,
    });
  for (const row of table.rows) {
    const values = row.values;
    const indicator = values.indicator as string | undefined;
    if (indicator === undefined) continue;
    const numberCell = (values.questionNo ?? values.question) as string | number | undefined;
    const questionNo =
      numberCell === undefined
        ? undefined
        : questionNumber(indicator, numberCell, DEFAULT_FRAMEWORK);
    if (questionNo === undefined) {
      warn(
        row.row,
        values.questionNo === undefined ? "question" : "questionNo",
        messages.unknownQuestion(indicator, String(numberCell ?? "")),
      );
      continue;
    }
    const parsed = parseAnswer(values.answer as string | undefined);
    if (parsed === INVALID_ANSWER)
      warn(row.row, "answer", messages.badAnswer(String(values.answer)));
    const record: AssessmentAnswerRecord = {
      ref: { sheet: table.sheet, row: row.row },
      indicator,
      questionNo,
    };
    if (typeof parsed === "number") record.answer = parsed;
    for (const key of ["question", "evidence", "note"] as const) {
      if (typeof values[key] === "string") record[key] = values[key] as string;
    }
    answers.push(record);
  }
  return answers;
}

type RecordReader = (
  table: ReadTable,
  records: InputRecords,
  messages: Messages,
  issues: Issue[],
) => void;

function simpleReader<K extends keyof InputRecords>(
  target: K,
  required: string[][],
  fields: readonly string[],
): RecordReader {
  return (table, records, messages, issues) => {
    const list = records[target] as unknown[];
    for (const row of table.rows) {
      if (!requireValues(table, row, required, messages, issues)) continue;
      list.push({ ref: { sheet: table.sheet, row: row.row }, ...pick(row.values, fields) });
    }
  };
}

const CUSTOMER_FIELDS = sheetSpec("customers").fields.map((field) => field.key);

const READERS: Partial<Record<SheetKind, RecordReader>> = {
  invoices: (table, records, messages, issues) => {
    records.invoices = readInvoices(table, messages, issues);
    // Rows that were all unreadable have their own issues; this one is for a sheet with no rows.
    if (
      table.rows.length === 0 &&
      !issues.some((issue) => issue.sheet === table.sheet && issue.row > table.headerRow)
    ) {
      issues.push({
        severity: "error",
        code: "empty-file",
        sheet: table.sheet,
        row: table.headerRow,
        column: "",
        message: messages.noRows(table.sheet),
      });
    }
    if (table.columns.invoiceDate === undefined) {
      issues.push({
        severity: "warning",
        code: "missing-column",
        sheet: table.sheet,
        row: table.headerRow,
        column: "",
        message: messages.noInvoiceDate(table.sheet),
      });
    }
  },
  payments: simpleReader(
    "payments",
    [["customerId"], ["date"], ["amount"]],
    ["customerId", "invoiceNo", "date", "amount", "currency"],
  ),
  customers: simpleReader("customers", [["id"]], CUSTOMER_FIELDS),
  contracts: simpleReader(
    "contracts",
    [["contractNo"], ["customerId"]],
    sheetSpec("contracts").fields.map((f) => f.key),
  ),
  organisation: simpleReader(
    "organisation",
    [["role"], ["person"]],
    ["role", "person", "approvalLimit"],
  ),
  rates: simpleReader("rates", [["currency"], ["rate"]], ["currency", "rate", "date"]),
  assessment: (table, records, messages, issues) => {
    records.assessment = readAnswers(table, messages, issues);
  },
  parameters: simpleReader("parameters", [["name"]], ["name", "value"]),
};

/** Leaves out the template's example row when the user kept it, with a warning to delete it. */
function dropTemplateExample(table: ReadTable, messages: Messages, issues: Issue[]): void {
  const index = table.rows.findIndex((row) => isTemplateExample(table.kind, row.values));
  if (index < 0) return;
  const [example] = table.rows.splice(index, 1);
  issues.push({
    severity: "warning",
    code: "template-example",
    sheet: table.sheet,
    row: (example as TypedRow).row,
    column: "",
    message: messages.templateExample(),
  });
}

export interface ReadResult {
  records: InputRecords;
  issues: Issue[];
  /** Sheets that were read as inputs, by kind. */
  sheets: Partial<Record<SheetKind, string>>;
}

/** Warns of each CSV row whose quotation marks broke the format, since later rows may be misread. */
function quoteIssues(workbook: RawWorkbook, messages: Messages): Issue[] {
  return workbook.sheets.flatMap((sheet) =>
    (sheet.badQuoteRows ?? []).map((row): Issue => ({
      severity: "warning",
      code: "bad-quotes",
      sheet: sheet.name,
      row,
      column: "",
      message: messages.badQuotes(),
    })),
  );
}

/** Warns of the bytes of a UTF-8 CSV that were not valid UTF-8, which now read as U+FFFD. */
function invalidByteIssues(workbook: RawWorkbook, messages: Messages): Issue[] {
  return workbook.sheets.flatMap((sheet): Issue[] =>
    sheet.invalidBytes
      ? [
          {
            severity: "warning",
            code: "bad-encoding",
            sheet: sheet.name,
            row: 0,
            column: "",
            message: messages.invalidBytes(sheet.invalidBytes),
          },
        ]
      : [],
  );
}

/** Warns of each row wider than an Excel sheet, whose copy in the report stops at column XFD. */
function wideRowIssues(workbook: RawWorkbook, messages: Messages): Issue[] {
  const issues: Issue[] = [];
  for (const sheet of workbook.sheets) {
    sheet.rows.forEach((cells, index) => {
      if (cells.length <= MAX_COLUMNS) return;
      issues.push({
        severity: "warning",
        code: "wide-row",
        sheet: sheet.name,
        row: index + 1,
        column: "",
        message: messages.wideRow(cells.length, MAX_COLUMNS),
      });
    });
  }
  return issues;
}

/**
 * Reads every input sheet the workbook has. A missing Invoices sheet or a missing required column
 * is an error; other sheets are optional.
 */
export function readRecords(workbook: RawWorkbook, options: ReadOptions): ReadResult {
  const issues: Issue[] = [
    ...quoteIssues(workbook, options.messages),
    ...wideRowIssues(workbook, options.messages),
    ...invalidByteIssues(workbook, options.messages),
  ];
  const records = emptyRecords();
  const sheets: Partial<Record<SheetKind, string>> = {};
  const located = locateSheets(workbook);

  const inputs = workbook.sheets.filter((sheet) => !isOwnOutput(workbook, sheet.name));
  const onlySheet = inputs.length === 1 ? inputs[0] : undefined;
  const spec = sheetSpec("invoices");
  const onlyHeader = onlySheet ? findHeader(spec, onlySheet) : undefined;
  if (!located.has("invoices") && onlySheet && (workbook.csv || onlyHeader)) {
    // A CSV file, or a lone sheet with some invoice headers, is the invoice list: name what it lacks.
    issues.push(
      ...missingColumns({ spec, sheet: onlySheet, header: onlyHeader }, options.messages),
    );
  } else if (!located.has("invoices")) {
    issues.push({
      severity: "error",
      code: "missing-sheet",
      sheet: workbook.sheets[0]?.name ?? workbook.source,
      row: 0,
      column: "",
      message: options.messages.missingSheet(
        options.messages.locale === "zh-CN" ? "应收账款" : "Invoices",
      ),
    });
  }
  for (const [kind, sheet] of located) {
    const missing = missingColumns(sheet, options.messages);
    if (missing.length > 0) {
      issues.push(...missing);
      continue;
    }
    const table = readRows(sheet, workbook, options, issues);
    dropTemplateExample(table, options.messages, issues);
    sheets[kind] = table.sheet;
    READERS[kind]?.(table, records, options.messages, issues);
    if (kind in records.present) records.present[kind as keyof InputRecords["present"]] = true;
  }
  return { records, issues, sheets };
}
