/// <reference types="office-js" />
/**
 * What the pane takes from the Office host outside an `Excel.run`: the display language, the
 * theme colours, the document's file name and its settings, where the pane keeps its options.
 */

/** The Office UI language, e.g. "zh-CN"; undefined outside Office. */
export function officeDisplayLanguage(): string | undefined {
  return typeof Office === "undefined" ? undefined : Office.context?.displayLanguage;
}

/** The colours of the Office theme, or undefined where the host does not expose them (Excel on the web). */
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

/** The document's URL or path, empty for a new workbook that was never saved. */
export function officeDocumentUrl(): string | undefined {
  return typeof Office === "undefined" ? undefined : Office.context?.document?.url;
}

/**
 * A value kept in the document's settings (saved with the workbook), under one key.
 * Saving is asynchronous and a failure only means the value is not remembered.
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
