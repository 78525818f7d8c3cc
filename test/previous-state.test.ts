/**
 * Reading what an earlier run left in a workbook: the improvement plan, collections and history
 * sheets in either language, with columns found by header wherever they stand.
 */
import path from "node:path";

import { dayFromIso } from "../src/engine/dates";
import type { RawValue } from "../src/io/coerce";
import {
  isCreditDeskReport,
  mayContainPreviousState,
  readPreviousParts,
  readPreviousState,
} from "../src/io/previous";
import { readXlsxFile } from "../src/io/xlsx-read";
import { rawWorkbook, utcDate } from "./support/workbooks";

const CODES = ["A1", "A2", "A3", "A4", "A5", "B1", "B2", "B3", "B4", "B5", "B6"];
const day = (iso: string) => dayFromIso(iso)!;

/** Builds improvement sheet rows as the report lays them out: three title rows, then headers at row 4. */
function planRows(rows: RawValue[][], headers?: string[]): RawValue[][] {
  return [
    ["Credit-management improvement plan"],
    ["As of 2026-06-30."],
    ["Owner, due date and status are yours to fill in."],
    headers ?? [
      "Indicator/Action ID",
      "Indicator",
      "Finding",
      "Action",
      "Owner",
      "Due Date",
      "Status",
      "Current Level",
      "Target Level",
    ],
    ...rows,
  ];
}

function historyRows(rows: RawValue[][], grade = "Grade"): RawValue[][] {
  return [
    ["Self-assessment history"],
    ["One row per as-of date."],
    [],
    ["As Of", "Score", grade, ...CODES],
    ...rows,
  ];
}

describe("improvement plan edits", () => {
  test("reads owner, due date and status by header", () => {
    const workbook = rawWorkbook([
      {
        name: "CD Improvement",
        rows: planRows([
          ["A5/complete-files", "A5", "", "", "Ann Lee", utcDate("2026-09-30"), "In progress"],
          ["B4/escalate", "B4", "", "", null, null, "Open"],
        ]),
      },
    ]);

    const plan = readPreviousState(workbook).plan;

    expect(plan).toEqual([
      {
        indicator: "A5",
        actionId: "complete-files",
        owner: "Ann Lee",
        dueDate: day("2026-09-30"),
        status: "In progress",
      },
      {
        indicator: "B4",
        actionId: "escalate",
        owner: undefined,
        dueDate: undefined,
        status: "Open",
      },
    ]);
  });

  test("follows moved and extra columns", () => {
    const headers = ["Status", "Extra", "Owner", "Indicator/Action ID", "Due Date"];
    const workbook = rawWorkbook([
      {
        name: "CD Improvement",
        rows: planRows([["Done", "x", "Bo Chen", "A1/write-policy", "2026-08-15"]], headers),
      },
    ]);

    const [row] = readPreviousState(workbook).plan;

    expect(row?.indicator).toBe("A1");
    expect(row?.actionId).toBe("write-policy");
    expect(row?.owner).toBe("Bo Chen");
    expect(row?.status).toBe("Done");
    expect(row?.dueDate).toBe(day("2026-08-15"));
  });

  test("reads the Chinese sheet and headers", () => {
    const headers = [
      "指标/措施编号",
      "指标",
      "发现的问题",
      "改进措施",
      "负责人",
      "完成期限",
      "状态",
    ];
    const serial = 46_203; // 2026-06-30 in the 1900 date system
    const workbook = rawWorkbook([
      {
        name: "CD 改进计划",
        rows: planRows([["B2/limit-review", "", "", "", "王芳", serial, "进行中"]], headers),
      },
    ]);

    const [row] = readPreviousState(workbook).plan;

    expect(row?.owner).toBe("王芳");
    expect(row?.status).toBe("进行中");
    expect(row?.dueDate).toBe(day("2026-06-30"));
  });

  test("skips rows without a valid key and repeated keys", () => {
    const workbook = rawWorkbook([
      {
        name: "CD Improvement",
        rows: planRows([
          ["not a key", "", "", "", "Ann"],
          [null, "", "", "", "Ann"],
          ["A1/write-policy", "", "", "", "First"],
          ["A1/write-policy", "", "", "", "Second"],
        ]),
      },
    ]);

    const plan = readPreviousState(workbook).plan;

    expect(plan.map((row) => row.owner)).toEqual(["First"]);
  });

  test("keeps the other edits when the due date is unreadable", () => {
    const workbook = rawWorkbook([
      {
        name: "CD Improvement",
        rows: planRows([["A1/write-policy", "", "", "", "Ann", "next month", "Open"]]),
      },
    ]);

    const [row] = readPreviousState(workbook).plan;

    expect(row?.owner).toBe("Ann");
    expect(row?.dueDate).toBeUndefined();
  });

  test("finds a renamed sheet through the meta sheet", () => {
    const workbook = rawWorkbook([
      { name: "Plan 2026", rows: planRows([["A1/write-policy", "", "", "", "Ann"]]) },
      { name: "CD Meta", rows: [["Plan 2026", "improvement"]] },
    ]);

    expect(readPreviousState(workbook).plan).toHaveLength(1);
  });
});

describe("collections edits", () => {
  const headers = ["Invoice no", "Customer ID", "Next action", "Promise to pay", "Note"];
  const sheet = (rows: RawValue[][], name = "CD Collections") => ({
    name,
    rows: [["Collections worklist"], ["As of", utcDate("2026-06-30")], [], [], headers, ...rows],
  });

  test("reads next action, promise-to-pay date and note by key", () => {
    const workbook = rawWorkbook([
      sheet([
        ["INV-1", "C1", "Call Monday", utcDate("2026-07-15"), "Agreed by phone"],
        ["INV-2 #2", "C2", null, "2026-07-20", null],
      ]),
    ]);

    const worklist = readPreviousState(workbook).worklist;

    expect(worklist).toEqual([
      {
        key: "INV-1",
        nextAction: "Call Monday",
        promiseToPay: day("2026-07-15"),
        note: "Agreed by phone",
      },
      { key: "INV-2 #2", nextAction: "", promiseToPay: day("2026-07-20"), note: "" },
    ]);
  });

  test("reads numeric invoice numbers as text and leaves out rows without edits", () => {
    const workbook = rawWorkbook([
      sheet([
        [1001, "C1", "Send statement"],
        ["INV-9", "C2"],
      ]),
    ]);

    const worklist = readPreviousState(workbook).worklist;

    expect(worklist.map((row) => row.key)).toEqual(["1001"]);
  });

  test("reads the Chinese sheet", () => {
    const zhHeaders = ["发票号", "下一步行动", "承诺付款日", "备注"];
    const workbook = rawWorkbook([
      {
        name: "CD 催收",
        rows: [["催收工作清单"], zhHeaders, ["FP-1", "电话催收", utcDate("2026-07-01"), "已承诺"]],
      },
    ]);

    const [row] = readPreviousState(workbook).worklist;

    expect(row).toEqual({
      key: "FP-1",
      nextAction: "电话催收",
      promiseToPay: day("2026-07-01"),
      note: "已承诺",
    });
  });
});

describe("assessment history", () => {
  const levels = [3, 3, 3, 4, 2, 3, 3, 2, 3, 3, 2];

  test("reads one row per as-of date in date order", () => {
    const workbook = rawWorkbook([
      {
        name: "CD History",
        rows: historyRows([
          [utcDate("2026-06-30"), 56.4, "Developing", ...levels],
          ["2026-03-31", 50.6, "Not ready", ...levels],
        ]),
      },
    ]);

    const history = readPreviousState(workbook).history;

    expect(history.map((row) => row.asOf)).toEqual([day("2026-03-31"), day("2026-06-30")]);
    expect(history[0]?.grade).toBe("not-ready");
    expect(history[1]?.grade).toBe("developing");
    expect(history[1]?.levels).toEqual(
      Object.fromEntries(CODES.map((code, i) => [code, levels[i]])),
    );
  });

  test("reads Chinese grade labels and leaves blank levels out", () => {
    const workbook = rawWorkbook([
      {
        name: "CD 历史",
        rows: [
          [],
          ["基准日", "总分", "评级", "A1", "B1"],
          [utcDate("2026-06-30"), 40, "尚不具备融资条件", 2, null],
        ],
      },
    ]);

    const [row] = readPreviousState(workbook).history;

    expect(row?.grade).toBe("not-ready");
    expect(row?.levels).toEqual({ A1: 2 });
  });

  test("skips rows with an unreadable date, score, grade or level", () => {
    const workbook = rawWorkbook([
      {
        name: "CD History",
        rows: historyRows([
          ["yesterday", 50, "Developing", ...levels],
          [utcDate("2026-01-31"), "n/a", "Developing", ...levels],
          [utcDate("2026-02-28"), 50, "Excellent", ...levels],
          [utcDate("2026-03-31"), 50, "Developing", 7, ...levels.slice(1)],
          [utcDate("2026-04-30"), 50, "developing", ...levels],
        ]),
      },
    ]);

    const history = readPreviousState(workbook).history;

    expect(history.map((row) => row.asOf)).toEqual([day("2026-04-30")]);
  });

  test("needs the as-of, score and grade headers", () => {
    const workbook = rawWorkbook([
      {
        name: "CD History",
        rows: historyRows([[utcDate("2026-06-30"), 50, "Developing"]], "Rating"),
      },
    ]);

    expect(readPreviousParts(workbook).history).toBeUndefined();
  });
});

describe("workbooks without report sheets", () => {
  test("give empty lists and no parts", () => {
    const workbook = rawWorkbook([{ name: "Invoices", rows: [["Customer", "Invoice No"]] }]);

    expect(readPreviousState(workbook)).toEqual({ history: [], plan: [], worklist: [] });
    expect(readPreviousParts(workbook)).toEqual({});
  });

  test("are not CreditDesk reports unless the meta sheet says so", () => {
    const report = rawWorkbook([
      {
        name: "CD Meta",
        rows: [
          ["marker", "credit-desk"],
          ["version", "0.1.0"],
        ],
      },
    ]);
    const other = rawWorkbook([{ name: "CD Meta", rows: [["Plan 2026", "improvement"]] }]);

    expect(isCreditDeskReport(report)).toBe(true);
    expect(isCreditDeskReport(other)).toBe(false);
  });
});

describe("sheets read from an earlier report", () => {
  test.each([
    ["CD Meta", true],
    ["CD Improvement", true],
    ["CD 改进计划", true],
    ["CD Collections", true],
    ["CD History", true],
    ["CD My plan", true],
    ["CD Aging", false],
    ["cd aging", false],
    ["CD 账龄", false],
    ["CD Financing", false],
    ["CD 融资资格", false],
    ["Invoices", false],
  ])("%s kept: %s", (name, kept) => {
    expect(mayContainPreviousState(name)).toBe(kept);
  });

  test("skipped sheets are listed empty", async () => {
    const sample = path.join(__dirname, "..", "assets", "sample.xlsx");
    const all = await readXlsxFile(sample);
    const some = await readXlsxFile(sample, { keepRows: (name) => name === "Customers" });

    expect(some.sheets.map((sheet) => sheet.name)).toEqual(all.sheets.map((sheet) => sheet.name));
    for (const sheet of some.sheets) {
      const full = all.sheets.find((candidate) => candidate.name === sheet.name);
      expect(sheet.rows).toEqual(sheet.name === "Customers" ? full?.rows : []);
    }
    expect(some.sheets.find((sheet) => sheet.name === "Customers")?.rows.length).toBeGreaterThan(
      40,
    );
  });
});
