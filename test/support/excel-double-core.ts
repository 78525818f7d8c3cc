/**
 * The request machinery of the Excel double: like Office.js, proxies queue their operations and
 * nothing reaches the workbook until `sync()`. Each sync is recorded with the JSON size of its
 * request and response, and a request or response above Office's 5 MB limit is rejected.
 */

/** Office rejects a request or a response above 5 MB (RequestPayloadSizeLimitExceeded). */
export const PAYLOAD_LIMIT_BYTES = 5 * 1024 * 1024;

/** Rough JSON overhead of one queued operation: object path, method name and ids. */
const OPERATION_OVERHEAD = 40;

export interface SyncRecord {
  /** JSON length of everything the batch sent: property values and method arguments. */
  requestBytes: number;
  /** JSON length of everything the batch loaded. */
  responseBytes: number;
  operations: number;
  /** True when the batch called `suspendScreenUpdatingUntilNextSync`. */
  screenUpdatingSuspended: boolean;
}

interface Operation {
  bytes: number;
  run: () => void;
}

export class DoubleError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(`${code}: ${message}`);
  }
}

export class RequestHost {
  readonly syncs: SyncRecord[] = [];
  private operations: Operation[] = [];
  private responseBytes = 0;
  private suspended = false;

  /** Queues an operation whose request carries `payload`. */
  queue(payload: unknown, run: () => void): void {
    const bytes = OPERATION_OVERHEAD + (payload === undefined ? 0 : JSON.stringify(payload).length);
    this.operations.push({ bytes, run });
  }

  /** Records what a load returns, for the response size. */
  respond(data: unknown): void {
    this.responseBytes += JSON.stringify(data ?? null).length;
  }

  suspendScreenUpdating(): void {
    this.queue(undefined, () => undefined);
    this.suspended = true;
  }

  async sync(): Promise<void> {
    const operations = this.operations;
    this.operations = [];
    const record: SyncRecord = {
      requestBytes: operations.reduce((sum, op) => sum + op.bytes, 0),
      responseBytes: 0,
      operations: operations.length,
      screenUpdatingSuspended: this.suspended,
    };
    this.suspended = false;
    this.responseBytes = 0;
    this.syncs.push(record);

    if (record.requestBytes > PAYLOAD_LIMIT_BYTES) {
      throw new DoubleError("RequestPayloadSizeLimitExceeded", `${record.requestBytes} bytes`);
    }
    // As in Office, operations before a failing one have run when the error is thrown.
    for (const operation of operations) operation.run();
    record.responseBytes = this.responseBytes;
    if (record.responseBytes > PAYLOAD_LIMIT_BYTES) {
      throw new DoubleError("ResponsePayloadSizeLimitExceeded", `${record.responseBytes} bytes`);
    }
  }
}

/** Parses load arguments: "a,b", ["a", "b"] or { select: "a,b" }. */
export function loadNames(argument?: string | string[] | { select?: string }): string[] {
  if (argument === undefined) return [];
  const text = Array.isArray(argument)
    ? argument.join(",")
    : typeof argument === "string"
      ? argument
      : (argument.select ?? "");
  return text
    .split(",")
    .map((name) => name.trim())
    .filter(Boolean);
}

/** A proxy with loadable properties: reading one before `load` and `sync` throws, as in Office. */
export abstract class ClientObjectDouble {
  private readonly loaded = new Map<string, unknown>();

  constructor(protected readonly host: RequestHost) {}

  /** Returns the current value of a property in the workbook state, for `load`. */
  protected abstract current(name: string): unknown;

  load(argument?: string | string[] | { select?: string }): this {
    const names = loadNames(argument);
    this.host.queue({ load: names }, () => this.fill(names));
    return this;
  }

  /** Copies properties from the workbook state; collections use it to fill their items. */
  fill(names: readonly string[]): void {
    const snapshot: Record<string, unknown> = {};
    const isNull = this.current("isNullObject") === true;
    // A null object returns only isNullObject, as in Office.
    for (const name of isNull ? ["isNullObject"] : [...names, "isNullObject"]) {
      const value = this.current(name);
      this.loaded.set(name, value);
      snapshot[name] = value;
    }
    this.host.respond(snapshot);
  }

  protected loadedValue<T>(name: string): T {
    if (!this.loaded.has(name)) {
      throw new DoubleError("PropertyNotLoaded", `load "${name}" and sync before reading it`);
    }
    return this.loaded.get(name) as T;
  }

  get isNullObject(): boolean {
    return this.loadedValue("isNullObject");
  }
}
