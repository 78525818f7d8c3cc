/**
 * Writes benchmark invoices as CSV through a file stream in chunks of rows, waiting for the
 * stream to drain, so memory stays bounded whatever the row count.
 */
import fs from "node:fs";
import { once } from "node:events";

import { isDateHeader } from "../lib/columns.mjs";
import { isoOf } from "../lib/days.mjs";
import { INVOICE_HEADERS } from "../lib/headers.mjs";
import { invoiceRow } from "./invoices.mjs";

const ROWS_PER_CHUNK = 10_000;
const DATE_COLUMNS = INVOICE_HEADERS.flatMap((header, i) => (isDateHeader(header) ? [i] : []));

/** Quotes a field that contains a comma, a quote or a line break, as RFC 4180 requires. */
function csvField(value) {
  if (value === null || value === undefined) return "";
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** ISO text per day number: a million rows share about 550 dates. */
const isoByDay = new Map();

function isoDate(day) {
  let text = isoByDay.get(day);
  if (text === undefined) {
    text = isoOf(day);
    isoByDay.set(day, text);
  }
  return text;
}

function csvLine(values) {
  for (const i of DATE_COLUMNS) if (typeof values[i] === "number") values[i] = isoDate(values[i]);
  return values.map(csvField).join(",");
}

/** Writes `options.invoices` invoice rows under the Invoices headers, all in USD. */
export async function writeBenchCsv(file, options) {
  const stream = fs.createWriteStream(file);
  const rowOptions = { ...options, foreignCurrency: false };
  stream.write(`${INVOICE_HEADERS.join(",")}\n`);

  for (let start = 0; start < options.invoices; start += ROWS_PER_CHUNK) {
    const end = Math.min(start + ROWS_PER_CHUNK, options.invoices);
    const lines = [];
    for (let index = start; index < end; index++)
      lines.push(csvLine(invoiceRow(index, rowOptions)));
    if (!stream.write(`${lines.join("\n")}\n`)) await once(stream, "drain");
  }
  stream.end();
  await once(stream, "finish");
}
