/**
 * The `CD History` sheet of an earlier self-assessment run of Lumen Fixtures Ltd, as of
 * 2026-03-31, laid out as `src/report/history.ts` writes it, so the demo report reads it back and
 * compares the current run with it. That run rated A1, B2 and B4 one level lower than the
 * sample's answers and metrics rate them now.
 */
import { dateOf, dayOf } from "../lib/days.mjs";

const CODES = ["A1", "A2", "A3", "A4", "A5", "B1", "B2", "B3", "B4", "B5", "B6"];

export const EARLIER_RUN = {
  asOf: "2026-03-31",
  levels: { A1: 2, A2: 3, A3: 3, A4: 4, A5: 2, B1: 3, B2: 2, B3: 2, B4: 2, B5: 3, B6: 2 },
  // Level ÷ 5 × weight summed with the default weights: 56.4 now, less 1.6 (A1), 1.8 (B2) and 2.4 (B4).
  score: 50.6,
  // Below the 55 points of the "developing" band.
  grade: "Not ready",
};

/** Adds the sheet: title, subtitle, a blank row, then the header row and one row per run. */
export function writeHistorySheet(workbook) {
  const sheet = workbook.addWorksheet("CD History", {
    views: [{ state: "frozen", xSplit: 1, ySplit: 4 }],
  });
  sheet.columns = [{ width: 12 }, { width: 9 }, { width: 22 }, ...CODES.map(() => ({ width: 6 }))];
  sheet.getCell("A1").value = "Self-assessment history";
  sheet.getCell("A1").font = { bold: true, size: 14 };
  sheet.getCell("A2").value = "One row per as-of date; a re-run on the same date replaces its row.";

  const header = sheet.getRow(4);
  header.values = ["As Of", "Score", "Grade", ...CODES];
  header.font = { bold: true };

  const run = EARLIER_RUN;
  const row = sheet.getRow(5);
  row.values = [dateOf(dayOf(run.asOf)), run.score, run.grade, ...CODES.map((c) => run.levels[c])];
  row.getCell(1).numFmt = "yyyy-mm-dd";
  row.getCell(2).numFmt = "0.00";
  return sheet;
}
