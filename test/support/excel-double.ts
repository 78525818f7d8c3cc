/**
 * An in-memory Excel for adapter tests: the parts of the Office.js object model that
 * `src/io/office*.ts` uses, with writes queued until `sync()` as in Office, a count of syncs and
 * the JSON size of each request and response. Pass `double.context` where a
 * `RequestContext` is expected.
 */
import { ClientObjectDouble, DoubleError, loadNames, RequestHost } from "./excel-double-core";
import { WorksheetDouble, type WorkbookAccess } from "./excel-double-sheet";
import { SheetState, type Scalar } from "./excel-double-state";

export { PAYLOAD_LIMIT_BYTES, type SyncRecord } from "./excel-double-core";
export type { SheetState } from "./excel-double-state";

class WorksheetCollectionDouble {
  private itemsLoaded?: WorksheetDouble[];

  constructor(
    private readonly host: RequestHost,
    private readonly workbook: WorkbookAccess,
  ) {}

  private find(name: string): SheetState | undefined {
    return this.workbook.sheets.find((sheet) => sheet.name.toLowerCase() === name.toLowerCase());
  }

  private sheetProxy(resolve: () => SheetState | null): WorksheetDouble {
    const proxy = new WorksheetDouble(this.host, {}, this.workbook);
    this.host.queue(undefined, () => (proxy.ref.state = resolve()));
    return proxy;
  }

  getItemOrNullObject(name: string): WorksheetDouble {
    return this.sheetProxy(() => this.find(name) ?? null);
  }

  getItem(name: string): WorksheetDouble {
    return this.sheetProxy(() => {
      const sheet = this.find(name);
      if (!sheet) throw new DoubleError("ItemNotFound", `no worksheet named ${name}`);
      return sheet;
    });
  }

  add(name: string): WorksheetDouble {
    return this.sheetProxy(() => {
      if (this.find(name))
        throw new DoubleError("ItemAlreadyExists", `a worksheet named ${name} exists`);
      const sheet = new SheetState(name);
      this.workbook.sheets.push(sheet);
      return sheet;
    });
  }

  load(argument?: string): this {
    const names = loadNames(argument).map((name) => name.replace(/^items\//, ""));
    this.host.queue({ load: names }, () => {
      this.itemsLoaded = this.workbook.sheets.map((state) => {
        const item = new WorksheetDouble(this.host, { state }, this.workbook);
        item.fill(names);
        return item;
      });
    });
    return this;
  }

  get items(): WorksheetDouble[] {
    if (!this.itemsLoaded)
      throw new DoubleError("PropertyNotLoaded", "load worksheets items first");
    return this.itemsLoaded;
  }
}

class ApplicationDouble extends ClientObjectDouble {
  constructor(
    host: RequestHost,
    private readonly excel: ExcelDouble,
  ) {
    super(host);
  }

  protected current(name: string): unknown {
    if (name === "calculationMode") return this.excel.calculationMode;
    if (name === "isNullObject") return false;
    throw new DoubleError("InvalidArgument", `application has no ${name}`);
  }

  get calculationMode(): string {
    return this.loadedValue("calculationMode");
  }
  set calculationMode(mode: string) {
    this.host.queue(mode, () => {
      this.excel.calculationMode = mode;
      this.excel.calculationModes.push(mode);
    });
  }

  suspendScreenUpdatingUntilNextSync(): void {
    this.host.suspendScreenUpdating();
  }
}

class FunctionResultDouble extends ClientObjectDouble {
  constructor(
    host: RequestHost,
    private readonly compute: () => number,
  ) {
    super(host);
  }

  protected current(name: string): unknown {
    if (name === "value") return this.compute();
    if (name === "isNullObject") return false;
    throw new DoubleError("InvalidArgument", `function result has no ${name}`);
  }

  get value(): number {
    return this.loadedValue("value");
  }
}

export class ExcelDouble {
  readonly host = new RequestHost();
  readonly workbookState: WorkbookAccess = { sheets: [] };
  /** True for a workbook in the 1904 date system. */
  date1904 = false;
  calculationMode = "Automatic";
  /** Every calculation mode the adapter set, in order. */
  readonly calculationModes: string[] = [];

  readonly context = {
    workbook: {
      worksheets: new WorksheetCollectionDouble(this.host, this.workbookState),
      application: new ApplicationDouble(this.host, this),
      functions: {
        date: (year: number, month: number, day: number) =>
          new FunctionResultDouble(this.host, () => this.dateSerial(year, month, day)),
      },
    },
    sync: () => this.host.sync(),
  };

  get syncs() {
    return this.host.syncs;
  }

  /** Adds a sheet with values from A1, bypassing the request queue (test setup). */
  addSheet(name: string, rows: (Scalar | null)[][] = [], formats?: string[][]): SheetState {
    const sheet = new SheetState(name);
    rows.forEach((row, r) =>
      row.forEach((value, c) => {
        const format = formats?.[r]?.[c];
        if (format) sheet.setNumberFormat(r, c, format);
        if (value !== null) sheet.setValue(r, c, value);
      }),
    );
    this.workbookState.sheets.push(sheet);
    return sheet;
  }

  sheet(name: string): SheetState | undefined {
    return this.workbookState.sheets.find((sheet) => sheet.name === name);
  }

  sheetNames(): string[] {
    return this.workbookState.sheets.map((sheet) => sheet.name);
  }

  private dateSerial(year: number, month: number, day: number): number {
    const days = Date.UTC(year, month - 1, day) / 86_400_000;
    return this.date1904 ? days - Date.UTC(1904, 0, 1) / 86_400_000 : days + 25_569;
  }
}
