/** Worksheets of the Excel double and what hangs off them: tables, charts, panes, page layout. */
import { ClientObjectDouble, DoubleError, loadNames, RequestHost } from "./excel-double-core";
import { RangeDouble, recorder, type SheetRef } from "./excel-double-range";
import {
  parseAddress,
  type ChartState,
  type SheetState,
  type TableState,
} from "./excel-double-state";

/** Access to the whole workbook, for rules that span sheets (unique table names). */
export interface WorkbookAccess {
  sheets: SheetState[];
}

class CustomPropertyDouble extends ClientObjectDouble {
  private property?: { value: string } | null;

  constructor(host: RequestHost, sheet: SheetRef, key: string) {
    super(host);
    host.queue(key, () => {
      const value = sheet.state?.customProperties.get(key.toLowerCase());
      this.property = value === undefined ? null : { value };
    });
  }

  protected current(name: string): unknown {
    if (name === "isNullObject") return !this.property;
    if (name === "value") return this.property?.value;
    throw new DoubleError("InvalidArgument", `custom property has no ${name}`);
  }

  get value(): string {
    return this.loadedValue("value");
  }
}

class TableDouble extends ClientObjectDouble {
  constructor(
    host: RequestHost,
    private readonly workbook: WorkbookAccess,
    readonly state: { table?: TableState },
  ) {
    super(host);
  }

  protected current(name: string): unknown {
    if (name === "isNullObject") return !this.state.table;
    if (name === "name") return this.state.table?.name;
    throw new DoubleError("InvalidArgument", `table has no ${name}`);
  }

  get name(): string {
    return this.loadedValue("name");
  }
  set name(name: string) {
    this.host.queue(name, () => {
      const clash = this.workbook.sheets
        .flatMap((sheet) => sheet.tables)
        .some(
          (table) => table !== this.state.table && table.name.toLowerCase() === name.toLowerCase(),
        );
      if (clash) throw new DoubleError("InvalidArgument", `a table named ${name} already exists`);
      this.state.table!.name = name;
    });
  }
  set style(style: string) {
    this.host.queue(style, () => (this.state.table!.style = style));
  }
}

class TableCollectionDouble extends ClientObjectDouble {
  private itemsLoaded?: TableDouble[];

  constructor(
    host: RequestHost,
    private readonly sheet: SheetRef,
    private readonly workbook: WorkbookAccess,
  ) {
    super(host);
  }

  protected current(): unknown {
    return undefined;
  }

  override load(argument?: string): this {
    const names = loadNames(argument).map((name) => name.replace(/^items\//, ""));
    this.host.queue({ load: names }, () => {
      this.itemsLoaded = (this.sheet.state?.tables ?? []).map((table) => {
        const item = new TableDouble(this.host, this.workbook, { table });
        item.fill(names);
        return item;
      });
    });
    return this;
  }

  get items(): TableDouble[] {
    if (!this.itemsLoaded) throw new DoubleError("PropertyNotLoaded", "load tables items first");
    return this.itemsLoaded;
  }

  add(range: RangeDouble | string, hasHeaders: boolean): TableDouble {
    const state: { table?: TableState } = {};
    const resolved = typeof range === "string" ? this.rangeAt(range) : range;
    this.host.queue({ hasHeaders }, () => {
      const { sheet, rect } = resolved.target();
      const count = this.workbook.sheets.reduce((sum, s) => sum + s.tables.length, 0);
      state.table = { name: `Table${count + 1}`, rect, hasHeaders };
      sheet.tables.push(state.table);
    });
    return new TableDouble(this.host, this.workbook, state);
  }

  private rangeAt(address: string): RangeDouble {
    return new RangeDouble(this.host, this.sheet, () => parseAddress(address));
  }
}

function chartDouble(host: RequestHost, chart: ChartState, source: RangeDouble) {
  const seriesDouble = (index: number) => ({
    set name(name: string) {
      host.queue(name, () => (chart.series[index]!.name = name));
    },
    setValues(range: RangeDouble) {
      host.queue(undefined, () => (chart.series[index]!.values = range.target().rect));
    },
    setXAxisValues(range: RangeDouble) {
      host.queue(undefined, () => (chart.series[index]!.categories = range.target().rect));
    },
  });
  return {
    title: recorder(host, (_path, value) => (chart.title = String(value))),
    series: {
      getItemAt: (index: number) => seriesDouble(index),
      add: (name: string) => {
        const index = chart.series.length;
        chart.series.push({ name });
        host.queue(name, () => undefined);
        return seriesDouble(index);
      },
    },
    setPosition(start: string, end: string) {
      host.queue([start, end], () => (chart.position = [start, end]));
    },
    source,
  };
}

export class WorksheetDouble extends ClientObjectDouble {
  constructor(
    host: RequestHost,
    readonly ref: SheetRef,
    private readonly workbook: WorkbookAccess,
  ) {
    super(host);
  }

  private state(): SheetState {
    if (!this.ref.state)
      throw new DoubleError("InvalidObjectPath", "the worksheet is a null object");
    return this.ref.state;
  }

  protected current(name: string): unknown {
    if (name === "isNullObject") return !this.ref.state;
    const sheet = this.state();
    if (name === "name") return sheet.name;
    if (name === "visibility") return sheet.visibility;
    if (name === "position") return this.workbook.sheets.indexOf(sheet);
    throw new DoubleError("InvalidArgument", `worksheet has no ${name}`);
  }

  get name(): string {
    return this.loadedValue("name");
  }
  set name(name: string) {
    this.host.queue(name, () => (this.state().name = name));
  }
  get visibility(): string {
    return this.loadedValue("visibility");
  }
  set visibility(visibility: SheetState["visibility"]) {
    this.host.queue(visibility, () => (this.state().visibility = visibility));
  }
  get position(): number {
    return this.loadedValue("position");
  }
  set position(position: number) {
    this.host.queue(position, () => {
      const sheets = this.workbook.sheets;
      const sheet = this.state();
      sheets.splice(sheets.indexOf(sheet), 1);
      sheets.splice(Math.min(position, sheets.length), 0, sheet);
    });
  }

  delete(): void {
    this.host.queue(undefined, () => {
      const sheets = this.workbook.sheets;
      sheets.splice(sheets.indexOf(this.state()), 1);
    });
  }

  activate(): void {
    this.host.queue(undefined, () => this.state());
  }

  getRange(address?: string): RangeDouble {
    return new RangeDouble(this.host, this.ref, () =>
      address ? parseAddress(address) : parseAddress("A:XFD"),
    );
  }

  getRangeByIndexes(row: number, col: number, rows: number, cols: number): RangeDouble {
    if (rows < 1 || cols < 1)
      throw new DoubleError("InvalidArgument", `range of ${rows}x${cols} cells`);
    return new RangeDouble(this.host, this.ref, () => ({ row, col, rows, cols }));
  }

  getUsedRangeOrNullObject(valuesOnly = false): RangeDouble {
    return new RangeDouble(this.host, this.ref, () => this.state().usedRect(valuesOnly));
  }

  getUsedRange(valuesOnly = false): RangeDouble {
    return new RangeDouble(
      this.host,
      this.ref,
      () => this.state().usedRect(valuesOnly) ?? { row: 0, col: 0, rows: 1, cols: 1 },
    );
  }

  get customProperties() {
    return {
      add: (key: string, value: string) =>
        this.host.queue([key, value], () =>
          this.state().customProperties.set(key.toLowerCase(), value),
        ),
      getItemOrNullObject: (key: string) => new CustomPropertyDouble(this.host, this.ref, key),
    };
  }

  get tables(): TableCollectionDouble {
    return new TableCollectionDouble(this.host, this.ref, this.workbook);
  }

  get charts() {
    return {
      add: (type: string, source: RangeDouble, seriesBy: string) => {
        const chart: ChartState = {
          type,
          source: { row: 0, col: 0, rows: 0, cols: 0 },
          series: [{}],
        };
        this.host.queue({ type, seriesBy }, () => {
          chart.source = source.target().rect;
          this.state().charts.push(chart);
        });
        return chartDouble(this.host, chart, source);
      },
    };
  }

  get freezePanes() {
    const set = (rows: number, cols: number) =>
      this.host.queue([rows, cols], () => (this.state().freeze = { rows, cols }));
    return {
      freezeRows: (count: number) => set(count, 0),
      freezeColumns: (count: number) => set(0, count),
      freezeAt: (range: RangeDouble) =>
        this.host.queue(undefined, () => {
          const { rect } = range.target();
          this.state().freeze = { rows: rect.row + rect.rows, cols: rect.col + rect.cols };
        }),
    };
  }

  get pageLayout() {
    const layout = () => this.state().pageLayout;
    return recorder(this.host, (path, value) => (layout()[path] = value), "", {
      setPrintArea: (area: RangeDouble | string) =>
        this.host.queue(undefined, () => {
          layout().printArea = typeof area === "string" ? parseAddress(area) : area.target().rect;
        }),
      setPrintTitleRows: (rows: string) =>
        this.host.queue(rows, () => (layout().printTitleRows = rows)),
    });
  }
}
