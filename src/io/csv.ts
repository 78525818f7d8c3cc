/**
 * Reads CSV exports: detects the encoding (UTF-8 with or without BOM, UTF-16 with BOM, GB18030,
 * Windows-1252) and the delimiter (comma, semicolon, tab, pipe). All cells stay text, so
 * identifiers keep their leading zeros; columns are interpreted later.
 */
import Papa from "papaparse";

import type { RawValue } from "./coerce";
import type { RawSheet, RawWorkbook } from "./raw";
import { ColumnPools } from "./text-pool";

export type CsvEncoding = "utf-8" | "utf-16le" | "utf-16be" | "gb18030" | "windows-1252";

/**
 * True when every byte above 0x7F is part of a GBK/GB18030 double-byte pair and most pairs have a
 * trail byte above 0x7F, as the GB 2312 characters of ordinary Chinese text do. Windows-1252 text
 * also forms valid pairs (`ü` then `l` in Müller), but with an ASCII letter as the trail byte.
 */
function looksLikeGb(bytes: Uint8Array): boolean {
  let pairs = 0;
  let highTrails = 0;
  for (let i = 0; i < bytes.length; i++) {
    const lead = bytes[i] as number;
    if (lead < 0x80) continue;
    const trail = bytes[i + 1];
    if (
      lead < 0x81 ||
      lead > 0xfe ||
      trail === undefined ||
      trail < 0x40 ||
      trail === 0x7f ||
      trail > 0xfe
    ) {
      return false;
    }
    pairs++;
    if (trail > 0x7f) highTrails++;
    i++;
  }
  return pairs > 0 && highTrails * 2 > pairs;
}

/** Returns the BOM's encoding, or undefined for a file without a byte order mark. */
function bomEncoding(bytes: Uint8Array): CsvEncoding | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return "utf-8";
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return "utf-16le";
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return "utf-16be";
  return undefined;
}

/**
 * Characters of Windows-1252 bytes 0x80 to 0x9F (€, curly quotes, dashes, ™ and others), which
 * Node 20's decoder reads as Latin-1 control characters instead. Bytes 0x81, 0x8D, 0x8F, 0x90 and
 * 0x9D have no character and stay as they are.
 */
const WINDOWS_1252_HIGH =
  "\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f" +
  "\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178";

/** Replaces the Latin-1 control characters U+0080 to U+009F by their Windows-1252 characters. */
function windows1252Punctuation(text: string): string {
  return text.replace(
    /[\u0080-\u009f]/g,
    (char) => WINDOWS_1252_HIGH[char.charCodeAt(0) - 0x80] ?? char,
  );
}

/** Counts the well-formed multi-byte UTF-8 sequences and the bytes that are not valid UTF-8. */
function utf8Counts(bytes: Uint8Array): { sequences: number; invalid: number } {
  let sequences = 0;
  let invalid = 0;
  for (let i = 0; i < bytes.length; i++) {
    const lead = bytes[i] as number;
    if (lead < 0x80) continue;
    let length = 0;
    if (lead >= 0xc2 && lead <= 0xdf) length = 2;
    else if (lead >= 0xe0 && lead <= 0xef) length = 3;
    else if (lead >= 0xf0 && lead <= 0xf4) length = 4;
    let followers = 1;
    while (followers < length && ((bytes[i + followers] ?? 0) & 0xc0) === 0x80) followers++;
    if (length > 0 && followers === length) {
      sequences++;
      i += length - 1;
    } else {
      invalid++;
    }
  }
  return { sequences, invalid };
}

export interface DecodedCsv {
  text: string;
  encoding: CsvEncoding;
  /** Bytes of a UTF-8 file that were not valid UTF-8 and now read as U+FFFD. */
  invalidBytes: number;
}

/**
 * Decodes a CSV file by its BOM, else as UTF-8 when it is UTF-8 (with four or more well-formed
 * multi-byte characters per invalid byte, as UTF-8 with errors), else as GB18030 or Windows-1252.
 */
export function decodeCsv(bytes: Uint8Array): DecodedCsv {
  let encoding = bomEncoding(bytes);
  let text: string | undefined;
  let invalidBytes = 0;
  if (encoding === undefined) {
    try {
      // The check decodes the whole file, so its result is the text.
      text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
      encoding = "utf-8";
    } catch {
      const counts = utf8Counts(bytes);
      if (counts.sequences >= 4 * counts.invalid) {
        encoding = "utf-8";
        invalidBytes = counts.invalid;
      } else {
        encoding = looksLikeGb(bytes) ? "gb18030" : "windows-1252";
      }
    }
  }
  text ??= new TextDecoder(encoding).decode(bytes);
  if (encoding === "windows-1252") text = windows1252Punctuation(text);
  return { text: text.replace(/^\ufeff/, ""), encoding, invalidBytes };
}

/** Number of rows in each block of text that is parsed again for the copy of the input. */
const ROWS_PER_BLOCK = 1000;

/** Delimiter found by the first parse and the line break every line ends with, for every block. */
interface CsvFormat {
  delimiter: string;
  newline: "\n";
}

/**
 * The rows of a CSV text, parsed again block by block on each pass. Block boundaries are row
 * starts found by the first parse, so a quoted field with a line break stays whole.
 */
class CsvRows implements Iterable<RawValue[]> {
  constructor(
    private readonly text: string,
    /** Offset in `text` of every ROWS_PER_BLOCK-th row, starting with row 0. */
    private readonly blockStarts: readonly number[],
    private readonly rowCount: number,
    private readonly format: CsvFormat,
  ) {}

  *[Symbol.iterator](): Iterator<RawValue[]> {
    let left = this.rowCount;
    for (let block = 0; block < this.blockStarts.length && left > 0; block++) {
      const end = this.blockStarts[block + 1] ?? this.text.length;
      const slice = this.text.slice(this.blockStarts[block], end);
      const rows = Papa.parse<string[]>(slice, { ...this.format, skipEmptyLines: false }).data;
      // A block's last line break starts an empty row that belongs to the next block.
      for (const row of rows.slice(0, Math.min(ROWS_PER_BLOCK, left))) yield row;
      left -= ROWS_PER_BLOCK;
    }
  }
}

/**
 * Returns the delimiter Papa Parse guesses from the first rows, with empty lines skipped: counted
 * as rows of one field, they made it fall back to a comma for a two-column file.
 * NOTE: the guess looks at the first ten lines only, so a file with that many title or blank lines
 * above its header, or with commas in the first rows of a semicolon file, can get a comma.
 */
function guessDelimiter(text: string): string {
  const preview = Papa.parse<string[]>(text, {
    preview: 10,
    delimiter: "",
    delimitersToGuess: [",", ";", "\t", "|"],
    skipEmptyLines: "greedy",
  });
  return preview.meta.delimiter;
}

/**
 * Parses CSV text into a one-sheet raw workbook named after the file. The sheet's copy for the
 * report is parsed again from the text, which takes less memory than keeping the parsed rows.
 */
export function parseCsv(original: string, source: string, invalidBytes = 0): RawWorkbook {
  // Exports that mix line endings would otherwise merge the rows whose ending differs from the
  // first. Line breaks inside quoted cells become LF too, the line break Excel uses in a cell.
  const text = original.replace(/\r\n?/g, "\n");
  const rows: RawValue[][] = [];
  const badQuoteRows: number[] = [];
  const blockStarts = [0];
  const format: CsvFormat = { delimiter: guessDelimiter(text), newline: "\n" };
  const pools = new ColumnPools();
  Papa.parse<string[]>(text, {
    delimiter: format.delimiter,
    skipEmptyLines: false,
    step: (result) => {
      const cells = result.data;
      for (let col = 0; col < cells.length; col++)
        cells[col] = pools.keep(col, cells[col] as string);
      rows.push(cells);
      if (result.errors.some((error) => error.type === "Quotes")) badQuoteRows.push(rows.length);
      if (rows.length % ROWS_PER_BLOCK === 0) blockStarts.push(result.meta.cursor);
    },
  });
  while (rows.length > 0 && (rows[rows.length - 1] as RawValue[]).every((cell) => cell === ""))
    rows.pop();
  const copyRows = new CsvRows(text, blockStarts, rows.length, format);
  const sheet: RawSheet = { name: source, rows, copyRows };
  if (badQuoteRows.length > 0) sheet.badQuoteRows = badQuoteRows;
  if (invalidBytes > 0) sheet.invalidBytes = invalidBytes;
  return { source, sheets: [sheet], date1904: false, csv: true };
}

export function readCsvBytes(bytes: Uint8Array, source: string): RawWorkbook {
  const decoded = decodeCsv(bytes);
  return parseCsv(decoded.text, source, decoded.invalidBytes);
}
