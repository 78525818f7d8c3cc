import JSZip from "jszip";

import { ExtraParts, ZIP_OUTPUT } from "../src/io/xlsx-parts";
import { writeReportToBuffer } from "../src/io/xlsx-write";
import {
  META,
  agingModel,
  clashingInput,
  invoicesInput,
  reportModels,
} from "./xlsx-write-fixtures";

let zip: JSZip;

beforeAll(async () => {
  zip = await JSZip.loadAsync(
    await writeReportToBuffer(reportModels(), [invoicesInput(), clashingInput()], META),
  );
});

async function text(path: string): Promise<string> {
  const file = zip.file(path);
  if (!file) throw new Error(`${path} is missing from the package`);
  return file.async("string");
}

/** Returns the position of each element name in the XML, failing the test when one is absent. */
function positions(xml: string, names: string[]): number[] {
  return names.map((name) => {
    const index = xml.indexOf(`<${name}`);
    expect({ name, found: index >= 0 }).toEqual({ name, found: true });
    return index;
  });
}

describe("chart parts", () => {
  test("registers content types of tables, drawings and charts", async () => {
    const types = await text("[Content_Types].xml");
    for (const part of [
      "/xl/tables/table1.xml",
      "/xl/tables/table2.xml",
      "/xl/drawings/drawing1.xml",
      "/xl/drawings/drawing2.xml",
    ]) {
      expect(types).toContain(`PartName="${part}"`);
    }
    for (const chart of [1, 2, 3]) {
      expect(types).toContain(
        `<Override PartName="/xl/charts/chart${chart}.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/>`,
      );
    }
  });

  test("links each sheet to its drawing and the drawing to its charts", async () => {
    const sheetRels = await text("xl/worksheets/_rels/sheet1.xml.rels");
    expect(sheetRels).toMatch(
      /Id="rId2" Type="[^"]+\/drawing" Target="..\/drawings\/drawing1.xml"/,
    );
    expect(await text("xl/worksheets/sheet1.xml")).toContain('<drawing r:id="rId2"/>');

    const drawing = await text("xl/drawings/drawing1.xml");
    expect(drawing).toContain(
      '<c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart"',
    );
    expect(drawing).toContain('r:id="rId1"');
    expect(drawing).toContain(
      "<xdr:from><xdr:col>4</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>1</xdr:row>",
    );
    expect(drawing).toContain(
      "<xdr:to><xdr:col>12</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>17</xdr:row>",
    );
    const drawingRels = await text("xl/drawings/_rels/drawing1.xml.rels");
    expect(drawingRels).toMatch(/Id="rId1" Type="[^"]+\/chart" Target="..\/charts\/chart1.xml"/);

    const assessmentRels = await text("xl/drawings/_rels/drawing2.xml.rels");
    expect(assessmentRels).toContain('Target="../charts/chart2.xml"');
    expect(assessmentRels).toContain('Target="../charts/chart3.xml"');
  });

  test("refers to series cells by quoted sheet name with cached values", async () => {
    const chart = await text("xl/charts/chart1.xml");
    expect(chart).toContain('<c:barDir val="col"/>');
    expect(chart).toContain("<c:f>'CD Aging'!$A$5:$A$9</c:f>");
    expect(chart).toContain("<c:f>'CD Aging'!$B$5:$B$9</c:f>");
    expect(chart).toContain('<c:pt idx="0"><c:v>Current</c:v></c:pt>');
    expect(chart).toContain('<c:pt idx="0"><c:v>1300</c:v></c:pt>');
    expect(chart).toContain('<c:pt idx="3"><c:v>125.5</c:v></c:pt>');
    expect(chart).toContain("<c:formatCode>#,##0.00;[Red]-#,##0.00</c:formatCode>");
  });

  test("writes radar and bar charts with one series each per model series", async () => {
    const radar = await text("xl/charts/chart2.xml");
    expect(radar).toContain("<c:radarChart>");
    expect(radar.match(/<c:ser>/g)).toHaveLength(2);
    const bar = await text("xl/charts/chart3.xml");
    expect(bar).toContain('<c:barDir val="bar"/>');
    expect(bar.match(/<c:ser>/g)).toHaveLength(1);
  });
});

describe("worksheet XML", () => {
  test("orders trailing elements as the schema requires", async () => {
    const xml = await text("xl/worksheets/sheet1.xml");
    const order = [
      "sheetData",
      "conditionalFormatting",
      "hyperlinks",
      "pageMargins",
      "pageSetup",
      "drawing",
      "tableParts",
    ];
    const found = positions(xml, order);
    expect([...found].sort((a, b) => a - b)).toEqual(found);
  });

  test("writes internal hyperlinks without relationships", async () => {
    const xml = await text("xl/worksheets/sheet1.xml");
    expect(xml).toContain(`<hyperlink ref="A5" location="'Invoices'!A2" display="Current"/>`);
    expect(await text("xl/worksheets/_rels/sheet1.xml.rels")).not.toContain("hyperlink");
  });

  test("writes input text as a string cell without a formula element", async () => {
    const xml = await text("xl/worksheets/sheet4.xml");
    expect(xml).toContain('<c r="A2" t="str"><v>=1+1</v></c>');
    expect(xml).toContain('<c r="A5" t="str"><v>@cmd</v></c>');
    expect(xml).not.toContain("<f>");
  });

  test("links table parts from their sheets", async () => {
    expect(await text("xl/worksheets/sheet2.xml")).toContain(
      '<tableParts count="1"><tablePart r:id="rId1"/></tableParts>',
    );
    expect(await text("xl/worksheets/_rels/sheet2.xml.rels")).toContain(
      'Target="../tables/table2.xml"',
    );
    const table = await text("xl/tables/table2.xml");
    expect(table).toContain('ref="A1:C5" headerRowCount="1" totalsRowCount="1"');
    expect(table).toContain('<autoFilter ref="A1:C4"/>');
  });

  test("writes no extra parts for a report without tables or charts", async () => {
    const plain = { ...agingModel(), tables: [], charts: [] };
    const bare = await JSZip.loadAsync(await writeReportToBuffer([plain], [], META));
    expect(Object.keys(bare.files).filter((path) => /tables|charts|drawings/.test(path))).toEqual(
      [],
    );
  });
});

describe("ExtraParts", () => {
  test("keeps the compressed bytes of entries it does not change", async () => {
    const original = await sheetPackage(1);
    const parts = new ExtraParts();
    parts.add("xl/charts/chart1.xml", "<c:chartSpace/>", "chart");
    const output = await (
      await parts.addTo(original)
    ).generateAsync({ ...ZIP_OUTPUT, type: "nodebuffer" });

    const levelOneSize = compressedSize(await JSZip.loadAsync(original));
    // Compressing afresh at the output's level gives another size, so an equal size means copied bytes.
    expect(
      compressedSize(
        await JSZip.loadAsync(await sheetPackage(ZIP_OUTPUT.compressionOptions.level)),
      ),
    ).not.toBe(levelOneSize);
    expect(compressedSize(await JSZip.loadAsync(output))).toBe(levelOneSize);
  });

  test("registers the content types of the parts it adds", async () => {
    const source = new JSZip();
    source.file("[Content_Types].xml", '<Types xmlns="x"><Default Extension="xml"/></Types>');
    const parts = new ExtraParts();
    parts.add("xl/tables/table1.xml", "<table/>", "table");
    parts.add("xl/drawings/_rels/drawing1.xml.rels", "<Relationships/>");
    const result = await parts.addTo(await source.generateAsync({ type: "nodebuffer" }));
    const types = await result.file("[Content_Types].xml")?.async("string");
    expect(types).toContain('<Override PartName="/xl/tables/table1.xml"');
    expect(types).not.toContain("drawing1.xml.rels");
    expect(await result.file("xl/drawings/_rels/drawing1.xml.rels")?.async("string")).toBe(
      "<Relationships/>",
    );
  });
});

const SHEET_PATH = "xl/worksheets/sheet1.xml";

/** Builds a package with one 20,000-row sheet entry compressed at the given DEFLATE level. */
async function sheetPackage(level: number): Promise<Buffer> {
  const rows = Array.from(
    { length: 20_000 },
    (_, index) => `<row r="${index}"><c>${(index * 7919) % 10007}</c></row>`,
  );
  const archive = new JSZip();
  archive.file("[Content_Types].xml", '<Types xmlns="x"></Types>');
  archive.file(SHEET_PATH, rows.join(""), {
    compression: "DEFLATE",
    compressionOptions: { level },
  });
  return archive.generateAsync({ type: "nodebuffer" });
}

/** Reads the compressed size of the sheet entry as recorded in the archive (jszip 3.10 internals). */
function compressedSize(archive: JSZip): number {
  const entry = archive.file(SHEET_PATH) as unknown as { _data: { compressedSize: number } } | null;
  if (!entry) throw new Error(`${SHEET_PATH} is missing`);
  return entry._data.compressedSize;
}
