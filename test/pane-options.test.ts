import { webDarkTheme, webLightTheme } from "@fluentui/react-components";

import {
  defaultOptions,
  invalidOptions,
  overridesFromOptions,
  parseBuckets,
  parseStoredOptions,
} from "../src/taskpane/options";
import { fill, paneLocale, paneStrings } from "../src/taskpane/strings";
import { luminance, paneTheme } from "../src/taskpane/theme";

describe("pane options", () => {
  const fallback = defaultOptions("en-US");

  test("stored options keep valid fields and drop invalid ones", () => {
    const stored = { basis: "invoice", buckets: 30, baseCurrency: "EUR", language: "fr-FR" };

    expect(parseStoredOptions(stored, fallback)).toEqual({
      ...fallback,
      basis: "invoice",
      baseCurrency: "EUR",
    });
    expect(parseStoredOptions("garbage", fallback)).toEqual(fallback);
    expect(parseStoredOptions(undefined, fallback)).toEqual(fallback);
  });

  test("workbook choices and blank fields leave the Parameters sheet in force", () => {
    expect(overridesFromOptions(fallback)).toEqual({ aging: {} });
  });

  test("set options become aging overrides", () => {
    const options = {
      ...fallback,
      basis: "invoice" as const,
      buckets: "30, 60,90",
      baseCurrency: "eur",
      allocateUnapplied: "oldest-first" as const,
    };

    expect(overridesFromOptions(options)).toEqual({
      aging: {
        basis: "invoice",
        buckets: [30, 60, 90],
        baseCurrency: "EUR",
        allocateUnapplied: "oldest-first",
      },
    });
  });

  test("buckets must increase", () => {
    expect(parseBuckets("")).toBeUndefined();
    expect(parseBuckets("60,30")).toBe("invalid");
    expect(parseBuckets("30,x")).toBe("invalid");
    expect(parseBuckets("0,30")).toBe("invalid");
    expect(parseBuckets("15;45")).toEqual([15, 45]);
  });

  test("invalid fields block the run", () => {
    expect(invalidOptions({ ...fallback, buckets: "90,60", baseCurrency: "US" })).toEqual([
      "buckets",
      "baseCurrency",
    ]);
    expect(invalidOptions(fallback)).toEqual([]);
  });
});

describe("pane strings", () => {
  test("Chinese tags pick zh-CN and others en-US", () => {
    expect(paneLocale("zh-TW")).toBe("zh-CN");
    expect(paneLocale("ZH-cn")).toBe("zh-CN");
    expect(paneLocale("de-DE")).toBe("en-US");
    expect(paneLocale(undefined)).toBe("en-US");
  });

  test("both languages fill the same placeholders", () => {
    const english = paneStrings("en-US");
    const chinese = paneStrings("zh-CN");
    const names = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(english) as (keyof typeof english)[]) {
      expect({ key, names: names(chinese[key]) }).toEqual({ key, names: names(english[key]) });
    }
  });

  test("fill replaces known names and keeps unknown ones", () => {
    expect(fill("Go to {address} on {sheet}", { address: "C5" })).toBe("Go to C5 on {sheet}");
  });
});

describe("paneTheme", () => {
  const colours = (body: string) => ({
    bodyBackgroundColor: body,
    bodyForegroundColor: "#111111",
    controlBackgroundColor: "#EEEEEE",
    controlForegroundColor: "#222222",
  });

  test("uses web light without Office colours", () => {
    expect(paneTheme(undefined)).toBe(webLightTheme);
    expect(paneTheme(colours("white"))).toBe(webLightTheme);
  });

  test("takes Office's body colours on the matching base theme", () => {
    const light = paneTheme(colours("#F3F2F1"));
    const dark = paneTheme(colours("#262626"));

    expect(light.colorNeutralBackground1).toBe("#F3F2F1");
    expect(light.colorBrandBackground).toBe(webLightTheme.colorBrandBackground);
    expect(dark.colorNeutralBackground1).toBe("#262626");
    expect(dark.colorBrandBackground).toBe(webDarkTheme.colorBrandBackground);
  });

  test("luminance runs from black to white", () => {
    expect(luminance("#000000")).toBe(0);
    expect(luminance("#FFFFFF")).toBeCloseTo(1, 6);
  });
});
