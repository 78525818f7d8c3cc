/**
 * The input template: every input sheet with its headers, a note on each header, an example row
 * and drop-down lists for yes/no, currency and document type columns.
 */
import ExcelJS from "exceljs";

import { DEFAULT_FRAMEWORK } from "../engine/assessment";
import type { Locale } from "../i18n/messages";
import { SHEETS, type FieldSpec, type SheetSpec } from "./fields";
import { EXAMPLES } from "./template-examples";

const DOCUMENT_TYPES = '"Invoice,Credit Note,Unbilled,Progress Billing,Consignment,Bill and Hold"';

function validationFor(field: FieldSpec, locale: Locale): ExcelJS.DataValidation | undefined {
  const yesNo = locale === "zh-CN" ? '"是,否"' : '"Yes,No"';
  if (field.type === "bool") return { type: "list", allowBlank: true, formulae: [yesNo] };
  if (field.type === "doctype")
    return { type: "list", allowBlank: true, formulae: [DOCUMENT_TYPES] };
  if (field.type === "currency")
    return { type: "textLength", operator: "equal", allowBlank: true, formulae: [3] };
  if (field.key === "answer")
    return {
      type: "list",
      allowBlank: true,
      formulae: [locale === "zh-CN" ? '"是,部分,否"' : '"Yes,Partly,No"'],
    };
  if (field.type === "date")
    return {
      type: "date",
      operator: "greaterThan",
      allowBlank: true,
      formulae: [new Date(Date.UTC(1990, 0, 1))],
    };
  return undefined;
}

/** Writes one row per checklist question, with the answer left for the user. */
function addQuestions(sheet: ExcelJS.Worksheet, spec: SheetSpec, locale: Locale): void {
  const column = (key: string) => spec.fields.findIndex((field) => field.key === key) + 1;
  let row = 2;
  for (const indicator of DEFAULT_FRAMEWORK.indicators) {
    indicator.questions.forEach((question, index) => {
      sheet.getCell(row, column("indicator")).value = indicator.code;
      sheet.getCell(row, column("questionNo")).value = index + 1;
      sheet.getCell(row, column("question")).value = locale === "zh-CN" ? question.zh : question.en;
      row++;
    });
  }
  sheet.getColumn(column("question")).width = 90;
}

function addSheet(workbook: ExcelJS.Workbook, spec: SheetSpec, locale: Locale): void {
  const sheet = workbook.addWorksheet(locale === "zh-CN" ? spec.title.zh : spec.title.en, {
    views: [{ state: "frozen", ySplit: 1 }],
  });
  const other = locale === "zh-CN" ? "en" : "zh";
  spec.fields.forEach((field, i) => {
    const cell = sheet.getCell(1, i + 1);
    cell.value = locale === "zh-CN" ? field.header.zh : field.header.en;
    cell.font = { bold: true };
    cell.note = [field.header[other], field.note].filter(Boolean).join(" — ");
    sheet.getColumn(i + 1).width = Math.max(12, field.header.en.length + 4);
    const example = EXAMPLES[spec.kind]?.[field.key];
    if (example !== undefined) sheet.getCell(2, i + 1).value = example;
    if (field.type === "date") sheet.getColumn(i + 1).numFmt = "yyyy-mm-dd";
    const validation = validationFor(field, locale);
    if (validation) {
      for (let row = 2; row <= 1000; row++) sheet.getCell(row, i + 1).dataValidation = validation;
    }
  });
  if (spec.kind === "assessment") addQuestions(sheet, spec, locale);
}

export async function writeTemplate(path: string, locale: Locale): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "CreditDesk";
  for (const spec of SHEETS) addSheet(workbook, spec, locale);
  await workbook.xlsx.writeFile(path);
}
