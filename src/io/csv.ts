/**
 * Reads CSV exports: detects the encoding (UTF-8 with or without BOM, UTF-16 with BOM, GB18030,
 * Windows-1252) and the delimiter (comma, semicolon, tab, pipe). All cells stay text, so
 * identifiers keep their leading zeros; columns are interpreted later.
 */
import Papa from "papaparse";

import type { RawValue } from "./coerce";
import type { RawWorkbook } from "./raw";

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

export function detectEncoding(bytes: Uint8Array): CsvEncoding {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return "utf-8";
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return "utf-16le";
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return "utf-16be";
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return "utf-8";
  } catch {
    return looksLikeGb(bytes) ? "gb18030" : "windows-1252";
  }
}

export function decodeCsv(bytes: Uint8Array): { text: string; encoding: CsvEncoding } {
  const encoding = detectEncoding(bytes);
  const label = encoding === "utf-16be" ? "utf-16be" : encoding;
  const text = new TextDecoder(label).decode(bytes).replace(/^\ufeff/, "");
  return { text, encoding };
}

/** Parses CSV text into a one-sheet raw workbook named after the file. */
export function parseCsv(text: string, source: string): RawWorkbook {
  const parsed = Papa.parse<string[]>(text, {
    delimiter: "",
    delimitersToGuess: [",", ";", "\t", "|"],
    skipEmptyLines: false,
  });
  const rows: RawValue[][] = parsed.data;
  while (rows.length > 0 && (rows[rows.length - 1] as RawValue[]).every((cell) => cell === ""))
    rows.pop();
  return { source, sheets: [{ name: source, rows }], date1904: false, csv: true };
}

export function readCsvBytes(bytes: Uint8Array, source: string): RawWorkbook {
  return parseCsv(decodeCsv(bytes).text, source);
}
