/**
 * Pools of repeated cell texts. An export repeats a few thousand customer IDs, names, currencies
 * and dates, and one copy of each halved the memory of the rows of a 100,000-invoice workbook.
 */

/** Number of distinct texts a column pools: a column with more, like invoice numbers, is unique. */
const MAX_POOLED_TEXTS = 20_000;

/**
 * Length from which a substring is a view into the text it was cut from, measured in Node 20. One
 * such cell kept in memory keeps the whole text of a CSV file.
 */
const MIN_VIEW_LENGTH = 13;

/**
 * One copy of each repeated text of a column, such as customer IDs, names and currencies, so a
 * million rows share a few thousand strings. Pooled texts are fresh copies, never views into the
 * file's text.
 */
export class TextPool {
  private readonly texts = new Map<string, string>();

  /** Returns the pooled copy of `text`. A full pool returns long texts copied, short ones as is. */
  keep(text: string): string {
    const pooled = this.texts.get(text);
    if (pooled !== undefined) return pooled;
    if (this.texts.size >= MAX_POOLED_TEXTS) {
      return text.length >= MIN_VIEW_LENGTH ? copyOf(text) : text;
    }
    const copy = copyOf(text);
    this.texts.set(copy, copy);
    return copy;
  }
}

function copyOf(text: string): string {
  return JSON.parse(JSON.stringify(text)) as string;
}

/** One text pool per column of a sheet. */
export class ColumnPools {
  private readonly pools: TextPool[] = [];

  /** Returns the pooled copy of `text` in column `col`. */
  keep(col: number, text: string): string {
    let pool = this.pools[col];
    if (pool === undefined) {
      pool = new TextPool();
      this.pools[col] = pool;
    }
    return pool.keep(text);
  }
}
