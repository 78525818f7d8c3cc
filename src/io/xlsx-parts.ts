/**
 * Package parts that exceljs does not write (tables, drawings, charts). The report writer appends
 * them to exceljs's own zip archive when the workbook is committed (`writeOnCommit`), so the
 * package is written once. `addTo` adds them to a finished .xlsx with jszip instead, touching no
 * entry except `[Content_Types].xml`: jszip 3.10 copies an untouched entry's compressed bytes
 * when the output uses the same compression method (DEFLATE here).
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

    zip.file("[Content_Types].xml", this.withOverrides(await typesFile.async("string")));
    for (const part of this.parts) zip.file(part.path, part.xml);
    return zip;
  }

  /**
   * Hooks a workbook created by exceljs 4.4's `stream.xlsx.WorkbookWriter`, before it is committed,
   * so that its commit also writes the parts and registers their content types.
   */
  writeOnCommit(workbook: unknown): void {
    const internals = workbook as Partial<WorkbookWriterInternals>;
    const { zip, addContentTypes } = internals;
    if (typeof addContentTypes !== "function" || typeof zip?.append !== "function") {
      throw new Error(
        "Unsupported exceljs version: the streaming workbook writer lacks the zip hooks of exceljs 4.4.",
      );
    }
    const writeContentTypes = addContentTypes.bind(workbook);
    internals.addContentTypes = async () => {
      const append = zip.append;
      // exceljs appends [Content_Types].xml synchronously from addContentTypes.
      zip.append = (source, data) => {
        const types = data.name === CONTENT_TYPES && typeof source === "string";
        return append.call(zip, types ? this.withOverrides(source) : source, data);
      };
      try {
        await writeContentTypes();
      } finally {
        zip.append = append;
      }
      for (const part of this.parts) zip.append(part.xml, { name: part.path });
    };
  }

  /** Adds an `<Override>` for each part with a content type to `[Content_Types].xml`. */
  private withOverrides(types: string): string {
    if (!types.includes("</Types>"))
      throw new Error("Invalid [Content_Types].xml: the </Types> end tag is missing.");
    const overrides = this.parts
      .filter((part) => part.contentType)
      .map((part) => `<Override PartName="/${part.path}" ContentType="${part.contentType}"/>`)
      .join("");
    return types.replace("</Types>", `${overrides}</Types>`);
  }
}

const CONTENT_TYPES = "[Content_Types].xml";

/** The parts of exceljs's streaming workbook writer (4.4) that `writeOnCommit` hooks. */
interface WorkbookWriterInternals {
  /** The archiver instance the package is written with. */
  zip: { append(source: unknown, data: { name: string }): unknown };
  addContentTypes(): Promise<void>;
}

/** Options that make jszip keep the compressed bytes of untouched entries. */
export const ZIP_OUTPUT = { compression: "DEFLATE", compressionOptions: { level: 6 } } as const;
