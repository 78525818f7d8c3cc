/**
 * Stands in for the `office-addin-manifest` package under jest (see `moduleNameMapper`).
 * office-addin-mock 4.0 imports the package only for this enum, and the package itself pulls in
 * an ESM-only dependency that jest's CommonJS runtime cannot load.
 */
export enum OfficeApp {
  Excel = "excel",
  OneNote = "onenote",
  Outlook = "outlook",
  PowerPoint = "powerpoint",
  Project = "project",
  Word = "word",
}
