/**
 * Builders of small input files for tests: .xlsx workbooks written with exceljs, CSV text in the
 * encodings exports arrive in, and raw workbooks for the in-process readers. Files go to a fresh
 * folder under the system temporary directory.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

import ExcelJS from "exceljs";

import type { RawValue } from "../../src/io/coerce";
import { loadFile } from "../../src/io/load";
import type { RawSheet, RawWorkbook } from "../../src/io/raw";
import { readRecords, type ReadResult } from "../../src/io/records";
import type { ReadOptions } from "../../src/io/table";

export type Cell = string | number | boolean | Date | null;

export interface SheetFixture {
  name: string;
  rows: Cell[][];
}

/** Creates an empty folder for one test file's fixtures. */
export function tempDir(prefix = "credit-desk-test-"): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

/** Writes an .xlsx workbook whose sheets hold `rows` from cell A1. */
export async function writeWorkbook(
  file: string,
  sheets: readonly SheetFixture[],
  options: { date1904?: boolean } = {},
): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  if (options.date1904) workbook.properties.date1904 = true;
  for (const sheet of sheets) {
    const worksheet = workbook.addWorksheet(sheet.name);
    sheet.rows.forEach((row, i) => {
      row.forEach((value, j) => {
        if (value !== null) worksheet.getCell(i + 1, j + 1).value = value;
      });
    });
  }
  await workbook.xlsx.writeFile(file);
  return file;
}

/** Opens a fixture file and reads its records, failing the test when the file cannot be opened. */
export async function readFileRecords(
  file: string,
  options: ReadOptions,
): Promise<ReadResult & { workbook: RawWorkbook }> {
  const loaded = await loadFile(file, { messages: options.messages });
  if (!loaded.workbook) throw new Error(`${file} could not be opened as a workbook or CSV file`);
  return { workbook: loaded.workbook, ...readRecords(loaded.workbook, options) };
}

/** Builds an in-memory workbook as the .xlsx and CSV readers return it. */
export function rawWorkbook(
  sheets: readonly { name: string; rows: RawValue[][] }[],
  options: { date1904?: boolean; csv?: boolean; source?: string } = {},
): RawWorkbook {
  return {
    source: options.source ?? "input.xlsx",
    sheets: sheets.map((sheet): RawSheet => ({ name: sheet.name, rows: sheet.rows })),
    date1904: options.date1904 ?? false,
    csv: options.csv ?? false,
  };
}

/** A date cell as spreadsheet readers return it: midnight UTC of the calendar day. */
export function utcDate(iso: string): Date {
  return new Date(`${iso}T00:00:00Z`);
}

/** Joins rows into CSV text with CRLF line ends, quoting cells that need it. */
export function csvText(rows: readonly (string | number)[][], delimiter = ","): string {
  const quote = (cell: string | number): string => {
    const text = String(cell);
    return /["\r\n]/.test(text) || text.includes(delimiter)
      ? `"${text.replace(/"/g, '""')}"`
      : text;
  };
  return rows.map((row) => row.map(quote).join(delimiter)).join("\r\n") + "\r\n";
}

/**
 * GB18030 byte pairs of the Chinese characters the fixtures use. Node's TextEncoder writes only
 * UTF-8, so the pairs are taken from the GB 2312 code table; tests check them by decoding.
 */
export const GB18030_PAIRS: Readonly<Record<string, readonly [number, number]>> = {
  客: [0xbf, 0xcd],
  户: [0xbb, 0xa7],
  编: [0xb1, 0xe0],
  号: [0xba, 0xc5],
  名: [0xc3, 0xfb],
  称: [0xb3, 0xc6],
  发: [0xb7, 0xa2],
  票: [0xc6, 0xb1],
  到: [0xb5, 0xbd],
  期: [0xc6, 0xda],
  日: [0xc8, 0xd5],
  金: [0xbd, 0xf0],
  额: [0xb6, 0xee],
  华: [0xbb, 0xaa],
  为: [0xce, 0xaa],
};

/** Encodes text of ASCII and the characters in `GB18030_PAIRS` as GB18030 bytes. */
export function gb18030Bytes(text: string): Uint8Array {
  const bytes: number[] = [];
  for (const char of text) {
    const code = char.codePointAt(0) as number;
    if (code < 0x80) {
      bytes.push(code);
      continue;
    }
    const pair = GB18030_PAIRS[char];
    if (!pair) throw new Error(`No GB18030 bytes for ${char} in the fixture table`);
    bytes.push(...pair);
  }
  return Uint8Array.from(bytes);
}

/** Encodes text as UTF-16 little-endian with a byte order mark, as Excel's "Unicode text" does. */
export function utf16LeBytes(text: string): Uint8Array {
  const bytes = new Uint8Array(2 + text.length * 2);
  bytes[0] = 0xff;
  bytes[1] = 0xfe;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    bytes[2 + i * 2] = unit & 0xff;
    bytes[3 + i * 2] = unit >> 8;
  }
  return bytes;
}

/** Encodes Latin-1 text as Windows-1252 bytes (the two agree below U+0100 outside 0x80-0x9F). */
export function windows1252Bytes(text: string): Uint8Array {
  const bytes: number[] = [];
  for (const char of text) {
    const code = char.codePointAt(0) as number;
    if (code > 0xff || (code >= 0x80 && code <= 0x9f)) {
      throw new Error(`${char} has no single Windows-1252 byte in this fixture encoder`);
    }
    bytes.push(code);
  }
  return Uint8Array.from(bytes);
}

/** Bytes from a fixed linear congruential sequence, so a "random" file is the same on every run. */
export function pseudoRandomBytes(length: number, seed = 12345): Uint8Array {
  const bytes = new Uint8Array(length);
  let state = seed >>> 0;
  for (let i = 0; i < length; i++) {
    state = (Math.imul(state, 1_103_515_245) + 12_345) >>> 0;
    bytes[i] = state >>> 24;
  }
  return bytes;
}

/** An OLE compound file header, which is how Excel stores a password-protected .xlsx. */
export function oleBytes(length = 1024): Uint8Array {
  const bytes = pseudoRandomBytes(length, 7);
  bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], 0);
  return bytes;
}

/** The header and two invoices of a minimal Invoices sheet: one overdue, one not yet due on 2026-06-30. */
export function simpleInvoiceRows(): Cell[][] {
  return [
    ["Customer ID", "Customer Name", "Invoice No", "Invoice Date", "Due Date", "Amount"],
    ["C001", "Harbor Tools", "INV-1", "2026-05-16", "2026-06-15", 1000],
    ["C002", "Lakeside Foods", "INV-2", "2026-06-15", "2026-07-15", 500],
  ];
}
