import { dayFromIso } from "../src/engine/dates";
import { provisionParamsSchema } from "../src/engine/lender-params";
import { fromMinor, toMinor } from "../src/engine/money";
import { computeProvision } from "../src/engine/provision";
import type { BucketTotal } from "../src/engine/types";
import { buildProvisionSheet } from "../src/report/provision";
import { rowArray } from "../src/report/rows";

const AS_OF = dayFromIso("2026-06-30")!;
const LABELS = ["Current", "1-30", "31-60", "61-90", "90+"];
const BOUNDS: [number | null, number | null][] = [
  [null, 0],
  [1, 30],
  [31, 60],
  [61, 90],
  [91, null],
];
const BUCKETS: BucketTotal[] = LABELS.map((label, index) => ({
  label,
  fromDays: BOUNDS[index]![0],
  toDays: BOUNDS[index]![1],
  amount: toMinor([10_000, 5_000, 2_000, 1_000, 500][index]!),
  count: 1,
}));

describe("provision sheet", () => {
  const result = computeProvision(
    { buckets: BUCKETS, asOf: AS_OF },
    provisionParamsSchema.parse({}),
  );
  const sheet = buildProvisionSheet(result, { locale: "en-US", asOf: AS_OF });
  const table = sheet.tables[0]!;

  test("states the method and why", () => {
    const method = rowArray(sheet.rows).find((cells) => cells[0]?.value === "Method");
    expect(method?.[1]?.value).toBe("Loss rates from the parameters");
    expect(
      rowArray(sheet.rows)
        .flat()
        .map((item) => item?.value),
    ).toContain("No invoice and payment history was given.");
  });

  test("writes bucket, amount, rate and provision with a total", () => {
    const header = rowArray(sheet.rows)[table.range.top]?.map((item) => item?.value);
    const first = rowArray(sheet.rows)[table.range.top + 1]?.map((item) => item?.value);
    const total = rowArray(sheet.rows)[table.range.bottom]?.map((item) => item?.value);

    expect(header).toEqual(["Bucket", "Amount", "Loss rate", "Provision"]);
    expect(first).toEqual(["Current", 10_000, 0.005, 50]);
    expect(total).toEqual(["Total", 18_500, undefined, fromMinor(result.total)]);
    expect(table.totalsRow).toBe(true);
    expect(table.range.bottom - table.range.top).toBe(6);
  });

  test("marks the matrix informative under the small-enterprise standards", () => {
    const ases = computeProvision(
      { buckets: BUCKETS, asOf: AS_OF },
      provisionParamsSchema.parse({ standard: "ases" }),
    );
    const zh = buildProvisionSheet(ases, { locale: "zh-CN", asOf: AS_OF });
    const note = rowArray(zh.rows)
      .flat()
      .find((item) => item?.style === "warning");

    expect(zh.name).toBe("CD 减值准备");
    expect(note?.value).toBe(
      "《小企业会计准则》采用直接转销法，坏账在实际发生时确认；本矩阵仅供参考，不入账。",
    );
  });

  test("shows the Current bucket in Chinese", () => {
    const zh = buildProvisionSheet(result, { locale: "zh-CN", asOf: AS_OF });
    const labels = rowArray(zh.rows).map((cells) => cells[0]?.value);

    expect(labels).toContain("未到期");
    expect(labels).not.toContain("Current");
    expect(result.byBucket[0]?.label).toBe("Current");
  });

  test("right-aligns the numeric headers", () => {
    const header = rowArray(sheet.rows)[table.range.top]!;

    expect(header[0]?.align).toBeUndefined();
    expect(header.slice(1).map((item) => item?.align)).toEqual(["right", "right", "right"]);
  });
});
