import { SheetBuilder } from "../src/report/builder";
import { bucketLabel } from "../src/report/strings";
import { StyleCache } from "../src/io/xlsx-styles";
import { rowArray } from "../src/report/rows";

describe("report layout", () => {
  test("builder right-aligns numeric and date headers", () => {
    const builder = new SheetBuilder("Sheet", "sheet");
    builder.addTable(
      "T",
      [
        { header: "Name" },
        { header: "Amount", format: "money" },
        { header: "Due", date: true },
        { header: "Bucket", align: "center" },
      ],
      [["a", 1, 20_000, "1-30"]],
    );
    const header = rowArray(builder.model.rows)[0]!;

    expect(header[0]?.align).toBeUndefined();
    expect(header[1]?.align).toBe("right");
    expect(header[2]?.align).toBe("right");
    expect(header[3]?.align).toBe("center");
  });

  test("bucketLabel translates only the Current bucket", () => {
    expect(bucketLabel("Current", "zh-CN")).toBe("未到期");
    expect(bucketLabel("Current", "en-US")).toBe("Current");
    expect(bucketLabel("1-30", "zh-CN")).toBe("1-30");
  });

  test("style cache keeps alignments apart", () => {
    const styles = new StyleCache();
    const plain = styles.get({ style: "header" });
    const right = styles.get({ style: "header", align: "right" });

    expect(plain.alignment).toBeUndefined();
    expect(right.alignment).toEqual({ horizontal: "right" });
    expect(styles.get({ style: "header", align: "right" })).toBe(right);
    expect(styles.get({ indent: 1 }).alignment).toEqual({ horizontal: "left", indent: 1 });
  });
});
