import { OfficeMockObject } from "office-addin-mock";

import { readSheetTop } from "../src/io/office";

/** Builds an office-addin-mock context whose one sheet has its used area starting at B2. */
function mockContext(): OfficeMockObject {
  const context = new OfficeMockObject({
    workbook: {
      worksheets: {
        getItem: function (this: OfficeMockObject) {
          return (this as unknown as { invoices: unknown }).invoices;
        },
        invoices: {
          getUsedRange: function (this: OfficeMockObject) {
            return (this as unknown as { used: unknown }).used;
          },
          used: {
            getIntersectionOrNullObject: function (this: OfficeMockObject) {
              return (this as unknown as { top: unknown }).top;
            },
            top: {
              rowIndex: 1,
              columnIndex: 1,
              values: [
                ["Customer", "Amount"],
                ["C001", 125.5],
                ["", 80],
              ],
              numberFormat: [
                ["General", "General"],
                ["@", "#,##0.00"],
                ["@", "#,##0.00"],
              ],
            },
          },
        },
      },
    },
  });
  // Office sets isNullObject with every response, so it is a plain field here rather than a loaded one.
  const workbook = context as unknown as {
    workbook: { worksheets: { invoices: { used: { top: { isNullObject: boolean } } } } };
  };
  workbook.workbook.worksheets.invoices.used.top.isNullObject = false;
  return context;
}

describe("readSheetTop with office-addin-mock", () => {
  test("pads the used area so rows and columns count from A1", async () => {
    const context = mockContext();

    const table = await readSheetTop(context as unknown as Excel.RequestContext, "Invoices", 10);

    expect(table.name).toBe("Invoices");
    expect(table.rows).toEqual([
      [],
      [null, "Customer", "Amount"],
      [null, "C001", 125.5],
      [null, null, 80],
    ]);
    expect(table.formats[2]).toEqual(["General", "@", "#,##0.00"]);
  });

  test("reading before sync fails as in Office", () => {
    const context = mockContext() as unknown as Excel.RequestContext;
    const top = context.workbook.worksheets
      .getItem("Invoices")
      .getUsedRange(true)
      .getIntersectionOrNullObject("1:10");
    top.load("values");

    expect(top.values).toBe("Error, context.sync() was not called");
  });
});
