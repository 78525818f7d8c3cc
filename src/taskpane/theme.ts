/** The pane's Fluent theme: Office's theme colours when the host gives them, else web light. */
import { webDarkTheme, webLightTheme, type Theme } from "@fluentui/react-components";

/** The colours of `Office.context.officeTheme`, as "#RRGGBB" strings. */
export interface OfficeThemeColors {
  bodyBackgroundColor: string;
  bodyForegroundColor: string;
  controlBackgroundColor: string;
  controlForegroundColor: string;
}

const HEX_COLOUR = /^#[0-9a-f]{6}$/i;

/** Relative luminance of a "#RRGGBB" colour, from 0 (black) to 1 (white), as WCAG 2 defines it. */
export function luminance(hex: string): number {
  const channels = [1, 3, 5].map((start) => {
    const value = parseInt(hex.slice(start, start + 2), 16) / 255;
    return value <= 0.03928 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
  });
  const [r, g, b] = channels as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/**
 * Builds the theme from Office's colours: the light or dark web theme, whichever matches the body
 * background, with Office's body and control colours on top. Falls back to web light when a
 * colour is missing or not in "#RRGGBB" form.
 */
export function paneTheme(colors: OfficeThemeColors | undefined): Theme {
  if (!colors) return webLightTheme;
  const values = Object.values(colors);
  if (values.length < 4 || !values.every((value) => HEX_COLOUR.test(String(value)))) {
    return webLightTheme;
  }

  const dark = luminance(colors.bodyBackgroundColor) < 0.2;
  const base = dark ? webDarkTheme : webLightTheme;
  return {
    ...base,
    colorNeutralBackground1: colors.bodyBackgroundColor,
    colorNeutralForeground1: colors.bodyForegroundColor,
    colorNeutralBackground3: colors.controlBackgroundColor,
    colorNeutralForeground3: colors.controlForegroundColor,
  };
}
