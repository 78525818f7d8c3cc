/** Issue messages for finance staff, in English and Chinese. */
import type { FieldSpec } from "../io/fields";

export type Locale = "en-US" | "zh-CN";

export interface Messages {
  locale: Locale;
  missingSheet(what: string): string;
  missingColumn(sheet: string, anyOf: string[]): string;
  unreadableCell(field: FieldSpec, text: string, lenient: boolean): string;
  requiredValue(field: string): string;
  duplicateInvoice(invoiceNo: string, firstRow: number): string;
  dueBeforeInvoice(invoiceNo: string): string;
  unknownInvoice(invoiceNo: string): string;
  overApplied(invoiceNo: string, excess: string): string;
  missingRate(currency: string, base: string, rows: number): string;
  noRows(sheet: string): string;
  badParameter(name: string, value: string, expected: string): string;
  controlDifference(difference: string): string;
  noInvoiceDate(sheet: string): string;
  templateExample(): string;
  badQuotes(): string;
  wideRow(cells: number, limit: number): string;
  invalidBytes(count: number): string;
  unknownParameter(name: string): string;
  unknownQuestion(indicator: string, question: string): string;
  badAnswer(answer: string): string;
  unanswered(indicator: string, questionNo: number): string;
  duplicateAnswer(): string;
}

const TYPE_EN: Record<FieldSpec["type"], string> = {
  id: "an identifier",
  text: "text",
  date: "a date such as 2026-05-31",
  money: "an amount such as 1234.56",
  number: "a number",
  bool: "Yes or No",
  doctype: "Invoice, Credit Note, Unbilled, Progress Billing, Consignment or Bill and Hold",
  currency: "a three-letter currency code such as USD",
  terms: "a number of days such as 30",
};

const TYPE_ZH: Record<FieldSpec["type"], string> = {
  id: "编号",
  text: "文本",
  date: "日期，例如 2026-05-31",
  money: "金额，例如 1234.56",
  number: "数字",
  bool: "是或否",
  doctype: "发票、贷项通知单、未开票、进度款、寄售或代管",
  currency: "三位货币代码，例如 USD",
  terms: "天数，例如 30",
};

const EN: Messages = {
  locale: "en-US",
  missingSheet: (what) =>
    `No ${what} sheet was found. Add a sheet named ${what} with a header row.`,
  missingColumn: (sheet, anyOf) =>
    `Sheet ${sheet} has no ${anyOf.join(" or ")} column. Add the column with that header and run again.`,
  unreadableCell: (field, text, lenient) =>
    `${field.header.en} "${text}" cannot be read: expected ${TYPE_EN[field.type]}. ` +
    (lenient ? "The value is left empty." : "The row is left out of the analysis."),
  requiredValue: (field) => `${field} is empty. The row is left out of the analysis.`,
  invalidBytes: (count) =>
    `The file is UTF-8 text, but ${count} ${count === 1 ? "byte is" : "bytes are"} not valid UTF-8 and show as �. Check the names and numbers around them, or export the file again as UTF-8.`,
  wideRow: (cells, limit) =>
    `This row has ${cells.toLocaleString("en-US")} cells, more than the ${limit.toLocaleString("en-US")} columns of an Excel sheet. The copy of the input in the report keeps the first ${limit.toLocaleString("en-US")}.`,
  badQuotes: () =>
    "A quotation mark in this row does not open or close a field as CSV requires, so this row and the rows after it may be read wrongly. Check the quotes in this row and export the file again.",
  duplicateInvoice: (invoiceNo, firstRow) =>
    `Invoice ${invoiceNo} appears again with the same due date and amount as row ${firstRow}; it is counted once.`,
  dueBeforeInvoice: (invoiceNo) =>
    `Invoice ${invoiceNo} is due before its invoice date. Check both dates.`,
  unknownInvoice: (invoiceNo) =>
    `The payment names invoice ${invoiceNo}, which is not on the Invoices sheet. It is treated as unapplied cash.`,
  overApplied: (invoiceNo, excess) =>
    `Payments and credits exceed invoice ${invoiceNo} by ${excess}. The excess is treated as unapplied.`,
  missingRate: (currency, base, rows) =>
    `No exchange rate from ${currency} to ${base}. Add it to the Exchange Rates sheet; ${rows} row(s) in ${currency} are left out.`,
  noRows: (sheet) => `Sheet ${sheet} has a header but no readable rows.`,
  badParameter: (name, value, expected) =>
    `Parameter ${name} = "${value}" is invalid: expected ${expected}. The default is used.`,
  controlDifference: (difference) =>
    `The aging total differs from the control total by ${difference}.`,
  unknownParameter: (name) =>
    `Parameter "${name}" is not known and is ignored. The CD Parameters sheet of a report lists every parameter by name.`,
  templateExample: () =>
    "This is the template's example row, so it is left out of the analysis. Delete it from the sheet.",
  noInvoiceDate: (sheet) =>
    `Sheet ${sheet} has no invoice date column, so sales for DSO and dilution are dated by due date. Add an Invoice Date column for exact KPIs.`,
  unknownQuestion: (indicator, question) =>
    `Question "${question}" of indicator ${indicator} is not in the assessment. Use the codes A1-A5, B1-B6 and numbers 1-5.`,
  badAnswer: (answer) =>
    `Answer "${answer}" is invalid: expected Yes, Partly or No. It counts as unanswered.`,
  unanswered: (indicator, questionNo) =>
    `Question ${indicator}.${questionNo} is unanswered and counts as No.`,
  duplicateAnswer: () => "This question is answered twice; the later answer is used.",
};

const ZH: Messages = {
  locale: "zh-CN",
  missingSheet: (what) => `未找到${what}工作表。请添加名为“${what}”且带标题行的工作表。`,
  missingColumn: (sheet, anyOf) =>
    `工作表“${sheet}”缺少“${anyOf.join("”或“")}”列。请添加该列后重新运行。`,
  unreadableCell: (field, text, lenient) =>
    `${field.header.zh}“${text}”无法识别：应为${TYPE_ZH[field.type]}。` +
    (lenient ? "该值按空白处理。" : "该行未计入分析。"),
  requiredValue: (field) => `${field}为空，该行未计入分析。`,
  invalidBytes: (count) =>
    `该文件为 UTF-8 文本，但有 ${count} 个字节不是有效的 UTF-8，显示为 �。请检查其附近的名称和数字，或重新以 UTF-8 导出文件。`,
  wideRow: (cells, limit) =>
    `此行有 ${cells} 个单元格，超过 Excel 工作表的 ${limit} 列。报告中的输入副本只保留前 ${limit} 个。`,
  badQuotes: () =>
    "此行的引号不符合 CSV 格式，此行及其后各行可能读取有误。请检查此行的引号并重新导出文件。",
  duplicateInvoice: (invoiceNo, firstRow) =>
    `发票 ${invoiceNo} 与第 ${firstRow} 行的到期日和金额相同，只计一次。`,
  dueBeforeInvoice: (invoiceNo) => `发票 ${invoiceNo} 的到期日早于开票日期，请核对。`,
  unknownInvoice: (invoiceNo) => `收款对应的发票 ${invoiceNo} 不在应收账款表中，按未核销收款处理。`,
  overApplied: (invoiceNo, excess) =>
    `发票 ${invoiceNo} 的收款和贷项超出发票金额 ${excess}，超出部分按未核销处理。`,
  missingRate: (currency, base, rows) =>
    `缺少 ${currency} 兑 ${base} 的汇率。请在汇率表中补充；${rows} 行 ${currency} 数据未计入分析。`,
  noRows: (sheet) => `工作表“${sheet}”有标题行但没有可读取的数据行。`,
  badParameter: (name, value, expected) =>
    `参数 ${name} =“${value}”无效：应为${expected}。已使用默认值。`,
  controlDifference: (difference) => `账龄合计与控制总额相差 ${difference}。`,
  unknownParameter: (name) => `参数“${name}”无法识别，已忽略。报告的 CD 参数表列出了所有参数名称。`,
  templateExample: () => "这是模板中的示例行，未计入分析。请从工作表中删除。",
  noInvoiceDate: (sheet) =>
    `工作表“${sheet}”没有开票日期列，周转天数和稀释率按到期日计算销售额。请添加“开票日期”列以得到准确指标。`,
  unknownQuestion: (indicator, question) =>
    `指标 ${indicator} 下没有问题“${question}”。请使用代码 A1-A5、B1-B6 和序号 1-5。`,
  badAnswer: (answer) => `回答“${answer}”无效：应为是、部分或否。按未回答处理。`,
  unanswered: (indicator, questionNo) => `问题 ${indicator}.${questionNo} 未回答，按“否”计分。`,
  duplicateAnswer: () => "该问题回答了两次，使用后一次的回答。",
};

export function messagesFor(locale: Locale): Messages {
  return locale === "zh-CN" ? ZH : EN;
}
