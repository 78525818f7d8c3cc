/// <reference types="office-js" />
/**
 * The Office host's context that the pane and the ribbon command read outside an `Excel.run`:
 * the display language, the theme colours, the document's file name and its settings, where the
 * pane keeps its options.
 */

/** Returns the Office UI language, e.g. "zh-CN", or undefined outside Office. */
export function officeDisplayLanguage(): string | undefined {
  return typeof Office === "undefined" ? undefined : Office.context?.displayLanguage;
}

/** Returns the colours of the Office theme, or undefined where the host does not expose them. */
export function officeThemeColors():
  | {
      bodyBackgroundColor: string;
      bodyForegroundColor: string;
      controlBackgroundColor: string;
      controlForegroundColor: string;
    }
  | undefined {
  const theme = typeof Office === "undefined" ? undefined : Office.context?.officeTheme;
  if (!theme) return undefined;
  return {
    bodyBackgroundColor: theme.bodyBackgroundColor,
    bodyForegroundColor: theme.bodyForegroundColor,
    controlBackgroundColor: theme.controlBackgroundColor,
    controlForegroundColor: theme.controlForegroundColor,
  };
}

/** Returns the document's URL or path, which is empty for a new workbook that was never saved. */
export function officeDocumentUrl(): string | undefined {
  return typeof Office === "undefined" ? undefined : Office.context?.document?.url;
}

/**
 * Returns a store for one value in the document's settings, which are saved with the workbook.
 * Saving is asynchronous, and a failed save only means that the value is not remembered.
 */
export function documentSetting(key: string): { load(): unknown; save(value: unknown): void } {
  const settings = () =>
    typeof Office === "undefined" ? undefined : Office.context?.document?.settings;
  return {
    load: () => settings()?.get(key) ?? undefined,
    save: (value) => {
      const store = settings();
      if (!store) return;
      store.set(key, value);
      store.saveAsync();
    },
  };
}
