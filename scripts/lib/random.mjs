/**
 * Seeded pseudo-random numbers from the mulberry32 generator (32-bit state, period 2^32). A
 * generator that draws from one `Random` in a fixed order writes the same data on every run.
 */
export class Random {
  #state;

  constructor(seed) {
    this.#state = seed >>> 0;
  }

  /** Returns a float in [0, 1). */
  next() {
    this.#state = (this.#state + 0x6d2b79f5) >>> 0;
    let t = this.#state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  }

  /** Returns an integer in [min, max], both ends included. */
  int(min, max) {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  /** Returns a float in [min, max). */
  between(min, max) {
    return min + this.next() * (max - min);
  }

  chance(probability) {
    return this.next() < probability;
  }

  pick(items) {
    return items[Math.floor(this.next() * items.length)];
  }
}

/** Returns a `Random` for one row of a large file, so row `index` can be rebuilt without the rows before it. */
export function rowRandom(seed, index) {
  return new Random(seed ^ Math.imul(index + 1, 0x9e3779b1));
}
