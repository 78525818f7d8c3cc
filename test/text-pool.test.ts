import { ColumnPools, TextPool } from "../src/io/text-pool";

describe("text pools", () => {
  test("repeated texts read back equal", () => {
    const pool = new TextPool();
    const name = "Redwood Interiors GmbH";

    expect(pool.keep(name)).toBe(name);
    expect(pool.keep(`Redwood ${"Interiors GmbH"}`)).toBe(name);
    expect(pool.keep("")).toBe("");
  });

  test("a full pool still returns every text", () => {
    const pool = new TextPool();
    const texts = Array.from({ length: 25_000 }, (_, i) => `INV-${String(i).padStart(12, "0")}`);

    expect(texts.map((text) => pool.keep(text))).toEqual(texts);
    expect(pool.keep("short")).toBe("short");
    expect(pool.keep(texts[0] as string)).toBe(texts[0]);
  });

  test("columns keep their own texts", () => {
    const pools = new ColumnPools();

    expect(pools.keep(0, "USD")).toBe("USD");
    expect(pools.keep(3, "USD")).toBe("USD");
    expect(pools.keep(3, "客户")).toBe("客户");
  });
});
