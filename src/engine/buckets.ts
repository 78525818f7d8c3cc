/** Aging buckets built from their upper limits, e.g. 30,60,90 → Current, 1-30, 31-60, 61-90, 90+. */
import type { BucketDefinition } from "./types";

/**
 * On the due-date basis the first bucket holds items not yet due (0 days or fewer past due). On the
 * invoice-date basis it holds items up to the first limit, counted from the invoice date.
 */
export function bucketDefinitions(
  limits: readonly number[],
  basis: "due" | "invoice",
): BucketDefinition[] {
  const first = limits[0] as number;
  const buckets: BucketDefinition[] =
    basis === "due"
      ? [
          { label: "Current", fromDays: null, toDays: 0 },
          { label: `1-${first}`, fromDays: 1, toDays: first },
        ]
      : [{ label: `0-${first}`, fromDays: null, toDays: first }];
  for (let i = 1; i < limits.length; i++) {
    const from = (limits[i - 1] as number) + 1;
    const to = limits[i] as number;
    buckets.push({ label: `${from}-${to}`, fromDays: from, toDays: to });
  }
  const last = limits[limits.length - 1] as number;
  buckets.push({ label: `${last}+`, fromDays: last + 1, toDays: null });
  return buckets;
}

/** Returns the index of the bucket that holds an item `days` old. */
export function bucketIndex(buckets: readonly BucketDefinition[], days: number): number {
  for (let i = 0; i < buckets.length; i++) {
    const toDays = (buckets[i] as BucketDefinition).toDays;
    if (toDays === null || days <= toDays) return i;
  }
  return buckets.length - 1;
}
