/**
 * Package parts that exceljs does not write (tables, drawings, charts), added to the finished
 * .xlsx with jszip. Entries already in the file are not touched except `[Content_Types].xml`.
 * jszip 3.10 copies an untouched entry's compressed bytes when the output uses the same
 * compression method (DEFLATE here), so a large report is not recompressed.
 */
import JSZip from "jszip";

export const CONTENT_TYPE = {
  table: "application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml",
  drawing: "application/vnd.openxmlformats-officedocument.drawing+xml",
  chart: "application/vnd.openxmlformats-officedocument.drawingml.chart+xml",
} as const;

type PartKind = keyof typeof CONTENT_TYPE;

interface Part {
  path: string;
  xml: string;
  contentType?: string;
}

/** Collects extra parts while the workbook streams and numbers them per kind: table1, table2, ... */
export class ExtraParts {
  private readonly parts: Part[] = [];
  private readonly counts: Record<PartKind, number> = { table: 0, drawing: 0, chart: 0 };

  /** Reserves the next number of a kind, e.g. 3 for `xl/charts/chart3.xml`. */
  next(kind: PartKind): number {
    this.counts[kind] += 1;
    return this.counts[kind];
  }

  /** Adds a part by its path inside the package, without a leading slash. */
  add(path: string, xml: string, kind?: PartKind): void {
    const part: Part = { path, xml };
    if (kind) part.contentType = CONTENT_TYPE[kind];
    this.parts.push(part);
  }

  get isEmpty(): boolean {
    return this.parts.length === 0;
  }

  /** Loads a written .xlsx, adds the parts and registers their content types. */
  async addTo(data: Buffer): Promise<JSZip> {
    const zip = await JSZip.loadAsync(data);
    const typesFile = zip.file("[Content_Types].xml");
    if (!typesFile) throw new Error("Invalid .xlsx package: [Content_Types].xml is missing.");

    const overrides = this.parts
      .filter((part) => part.contentType)
      .map((part) => `<Override PartName="/${part.path}" ContentType="${part.contentType}"/>`)
      .join("");
    const types = await typesFile.async("string");
    if (!types.includes("</Types>"))
      throw new Error("Invalid [Content_Types].xml: the </Types> end tag is missing.");
    zip.file("[Content_Types].xml", types.replace("</Types>", `${overrides}</Types>`));

    for (const part of this.parts) zip.file(part.path, part.xml);
    return zip;
  }
}

/** Options that make jszip keep the compressed bytes of untouched entries. */
export const ZIP_OUTPUT = { compression: "DEFLATE", compressionOptions: { level: 6 } } as const;
