import { assessFinancing } from "../src/engine/financing";
import { financingParamsSchema } from "../src/engine/lender-params";
import { buildFinancingSheets } from "../src/report/financing";
import { LENDER_STRINGS_EN } from "../src/report/lender-strings-en";
import { LENDER_STRINGS_ZH } from "../src/report/lender-strings-zh";
import type { CellModel, SheetModel } from "../src/report/model";
import { fromMinor } from "../src/engine/money";
import { AS_OF, customer, openItem, unappliedCredit } from "./financing-fixtures";
import { rowArray } from "../src/report/rows";

const params = financingParamsSchema.parse({ homeCountry: "US" });
const ids = ["C1", "C2", "C3", "C4", "C5"];
const result = assessFinancing(
  {
    items: [
      openItem({ customerId: "C1", open: 500_000 }),
      openItem({ customerId: "C1", open: 100_000, daysPastDue: 75 }),
      ...ids.slice(1).map((customerId) => openItem({ customerId, open: 200_000 })),
      openItem({ customerId: "C2", open: 50_000, disputed: true }),
    ],
    unapplied: [unappliedCredit("C3", -20_000)],
    customers: ids.map((id) => customer(id)),
    dilution: 0.06,
  },
  params,
);
const context = { locale: "en-US", companyName: "Acme Trading Ltd", asOf: AS_OF };
const [certificate, financing] = buildFinancingSheets(result, context) as [SheetModel, SheetModel];

function rowLabelled(sheet: SheetModel, label: string): (CellModel | null)[] {
  const row = rowArray(sheet.rows).find((cells) => cells[0]?.value === label);
  if (!row) throw new Error(`no row labelled ${label}`);
  return row;
}

/** Evaluates the certificate's own formulas (+, SUM, ROUND, MAX over column C) from cached values. */
function evaluate(sheet: SheetModel, formula: string): number {
  const valueAt = (row: number) => Number(rowArray(sheet.rows)[row - 1]?.[2]?.value ?? 0);
  const expression = formula
    .replace(/^=/, "")
    .replace(/SUM\(C(\d+):C(\d+)\)/g, (_, from: string, to: string) => {
      let total = 0;
      for (let row = Number(from); row <= Number(to); row++) total += valueAt(row);
      return `(${total})`;
    })
    .replace(/C(\d+)/g, (_, row: string) => `(${valueAt(Number(row))})`)
    .replace(/ROUND\(/g, "round(")
    .replace(/MAX\(/g, "Math.max(");
  const round = (value: number, digits: number) => Math.round(value * 10 ** digits) / 10 ** digits;
  return new Function("round", `return ${expression};`)(round) as number;
}

describe("borrowing-base certificate sheet", () => {
  test("lists gross, exclusions and availability", () => {
    const text = LENDER_STRINGS_EN.certificate;
    expect(rowLabelled(certificate, text.gross)[2]?.value).toBe(fromMinor(1_430_000));
    expect(rowLabelled(certificate, "Less: Too old")[2]?.value).toBe(fromMinor(-100_000));
    expect(rowLabelled(certificate, "Less: Disputed")[1]?.value).toBe(1);
    expect(rowLabelled(certificate, "Add back: Credit balance")[2]?.value).toBe(fromMinor(20_000));
    expect(rowLabelled(certificate, text.eligible)[2]?.value).toBe(fromMinor(1_300_000));
    expect(rowLabelled(certificate, text.concentration)[2]?.value).toBe(fromMinor(-240_000));
    expect(rowLabelled(certificate, text.advanceRate)[2]?.value).toBe(0.8);
    expect(rowLabelled(certificate, text.dilution)[2]?.value).toBe(0.06);
    expect(rowLabelled(certificate, text.dilutionReserve)[2]?.value).toBe(fromMinor(-10_600));
    expect(rowLabelled(certificate, text.availability)[2]?.value).toBe(fromMinor(837_400));
  });

  test("formulas reproduce the engine's figures", () => {
    const withFormulas = rowArray(certificate.rows).flatMap((cells) => {
      const amount = cells[2];
      return amount?.formula ? [amount] : [];
    });
    expect(withFormulas).toHaveLength(4);
    for (const amount of withFormulas) {
      expect([amount.formula, evaluate(certificate, amount.formula!)]).toEqual([
        amount.formula,
        amount.value,
      ]);
    }
  });

  test("names the company, as-of date and rules not applied", () => {
    expect(rowArray(certificate.rows)[1]?.[1]?.value).toBe("Acme Trading Ltd");
    expect(rowArray(certificate.rows)[2]?.[1]).toEqual({
      value: AS_OF,
      date: true,
      format: "date",
    });
    const notes = rowArray(certificate.rows).map((cells) => cells[0]?.value);
    expect(notes).toContain(
      "Missing contract or delivery proof: the workbook has no Contracts sheet",
    );
  });

  test("ends with a signature block", () => {
    const labels = rowArray(certificate.rows)
      .map((cells) => cells[0]?.value)
      .filter(Boolean);
    expect(labels.slice(-4)).toEqual(["Name", "Title", "Date", "Signature"]);
  });

  test("prints on one page", () => {
    expect(certificate.name).toBe("CD Certificate");
    expect(certificate.print.fitToWidth).toBe(true);
    expect(certificate.print.fitToHeight).toBe(true);
    expect(certificate.print.area).toEqual({
      top: 0,
      left: 0,
      bottom: certificate.rows.length - 1,
      right: 2,
    });
  });

  test("lists the concentration excess by customer", () => {
    const row = rowLabelled(certificate, "C1 Customer C1");
    expect(row[2]?.value).toBe(fromMinor(240_000));
  });
});

describe("financing item sheet", () => {
  test("puts every item in one filterable table", () => {
    const table = financing.tables[0];
    const headerRow = rowArray(financing.rows)[table?.range.top ?? 0];

    expect(financing.name).toBe("CD Financing");
    expect(headerRow?.[0]?.value).toBe("Customer ID");
    expect(table?.range.bottom).toBe((table?.range.top ?? 0) + result.items.length);
    expect(table?.range.right).toBe(13);
    expect(financing.freeze).toEqual({ rows: (table?.range.top ?? 0) + 1, cols: 0 });
  });

  test("shows eligibility and reasons per item", () => {
    const top = financing.tables[0]?.range.top ?? 0;
    const tooOld = rowArray(financing.rows)[top + 2];
    const current = rowArray(financing.rows)[top + 3];

    expect(tooOld?.[10]?.value).toBe("No");
    expect(tooOld?.[13]?.value).toBe("Too old");
    expect(current?.[10]?.value).toBe("Yes");
  });

  test("names unapplied cash as such", () => {
    const cash = assessFinancing(
      {
        items: [openItem({ customerId: "C1", open: 500_000 })],
        unapplied: [{ ...unappliedCredit("C1", -20_000), kind: "cash" }],
        customers: [customer("C1")],
      },
      params,
    );
    const [, sheet] = buildFinancingSheets(cash, context) as [SheetModel, SheetModel];
    const top = sheet.tables[0]?.range.top ?? 0;
    const types = rowArray(sheet.rows)
      .slice(top + 1)
      .map((cells) => cells[5]?.value);

    expect(types).toContain("Unapplied cash");
    expect(types).not.toContain("Credit note");
  });

  test("writes zh-CN labels", () => {
    const [zhCertificate, zhFinancing] = buildFinancingSheets(result, {
      ...context,
      locale: "zh-CN",
    });
    expect(zhCertificate?.name).toBe("CD 借款基础证明");
    expect(zhFinancing?.name).toBe("CD 融资资格");
    expect(zhCertificate?.rows.at(0)?.[0]?.value).toBe("借款基础证明书");
  });
});

describe("lender strings", () => {
  function leaves(value: unknown, path = ""): [string, unknown][] {
    if (typeof value !== "object" || value === null) return [[path, value]];
    return Object.entries(value).flatMap(([key, child]) => leaves(child, `${path}.${key}`));
  }

  test("both locales fill every label", () => {
    const en = leaves(LENDER_STRINGS_EN);
    const zh = leaves(LENDER_STRINGS_ZH);
    expect(zh.map(([path]) => path)).toEqual(en.map(([path]) => path));
    for (const [path, value] of [...en, ...zh]) {
      expect([path, typeof value === "string" && value.trim() !== ""]).toEqual([path, true]);
    }
  });
});
