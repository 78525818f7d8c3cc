/**
 * Backpressure for exceljs 4.4's streaming worksheet writer. Its `StreamBuf` passes committed rows
 * to the zip entry without checking whether the deflate stream keeps up, so on a busy machine a
 * 100,000-row sheet would pile up as uncompressed XML in memory. The writer waits here until the
 * backlog is small.
 */

/** The parts of exceljs's `StreamBuf` (worksheet.stream) that show how much XML waits. */
interface StreamBufInternals {
  buffers?: unknown[];
  bufSize?: number;
  /** Streams the rows go to: a `readable-stream` PassThrough inside archiver. */
  pipes?: PipeInternals[];
}

/** Buffered byte counts of a Node or `readable-stream` stream; older `readable-stream` lacks `writableLength`. */
interface PipeInternals {
  writableLength?: number;
  _writableState?: { length?: number };
  _readableState?: { length?: number };
}

const MAX_BACKLOG_BYTES = 4 * 1024 * 1024;
const POLL_MS = 2;
const ROWS_PER_CHECK = 500;

/** Returns the bytes of sheet XML written but not yet compressed, or 0 when exceljs hides them. */
export function backlogBytes(worksheet: unknown): number {
  const stream = (worksheet as { stream?: StreamBufInternals }).stream;
  if (!stream) return 0;
  const buffered = (stream.buffers?.length ?? 0) * (stream.bufSize ?? 0);
  const piped = (stream.pipes ?? []).reduce((sum, pipe) => sum + pipeBytes(pipe), 0);
  return buffered + piped;
}

function pipeBytes(pipe: PipeInternals): number {
  const writable = pipe.writableLength ?? pipe._writableState?.length ?? 0;
  return writable + (pipe._readableState?.length ?? 0);
}

/**
 * Waits, every few hundred rows, until the sheet's uncompressed backlog is under 4 MB. Rows are
 * written synchronously, so this is also where the zip stream gets the event loop to compress.
 */
export async function throttleRows(worksheet: unknown, rowIndex: number): Promise<void> {
  if (rowIndex % ROWS_PER_CHECK !== ROWS_PER_CHECK - 1) return;
  await new Promise((resolve) => setImmediate(resolve));
  while (backlogBytes(worksheet) > MAX_BACKLOG_BYTES) {
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}
