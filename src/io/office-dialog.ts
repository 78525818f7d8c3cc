/// <reference types="office-js" />
/** Opens a page of the add-in in an Office dialog, e.g. the ribbon command's result notice. */

/**
 * Shows `url` (same origin as the add-in) in a small dialog and resolves once the user closes
 * it. Resolves at once where the host has no dialog API or the dialog cannot open, since the
 * notice then only goes unseen.
 */
export function showDialog(url: string): Promise<void> {
  if (!Office.context.requirements.isSetSupported("DialogApi", "1.1")) return Promise.resolve();
  return new Promise((resolve) => {
    Office.context.ui.displayDialogAsync(
      url,
      { height: 25, width: 30, displayInIframe: true },
      (result) => {
        if (result.status !== Office.AsyncResultStatus.Succeeded) {
          resolve();
          return;
        }
        result.value.addEventHandler(Office.EventType.DialogEventReceived, () => resolve());
      },
    );
  });
}
