import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";

const dist = path.resolve(__dirname, "..", "dist");
const built = existsSync(path.join(dist, "taskpane.html"));
const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

/**
 * URLs a bundle may contain without loading anything remote: Office.js itself, the local dev
 * server, XML namespace names that React uses for SVG and MathML, React's error-page links,
 * the JSON Schema dialect names that zod 4 writes into generated schemas, zod's template for
 * IPv6 URLs, `http://[${host}]`, which it only parses, and in the preview the XML namespace names
 * of the .xlsx format and the documentation links in exceljs, uuid and jszip error messages.
 */
const LIBRARY_MESSAGE_LINKS = [
  "https://github.com/exceljs/exceljs/blob/master/UPGRADE-4.0.md",
  "https://github.com/uuidjs/uuid#getrandomvalues-not-supported",
  "https://stuk.github.io/jszip/documentation/howto/read_zip.html",
];

const ALLOWED = [
  (url: string) => url === OFFICE_JS,
  (url: string) => /^https?:\/\/localhost(:\d+)?(\/|$)/.test(url),
  (url: string) => url.startsWith("http://www.w3.org/"),
  (url: string) => url.startsWith("https://react.dev/errors/"),
  (url: string) => /^https?:\/\/json-schema\.org\/draft[-/\w]*\/schema#?$/.test(url),
  (url: string) => url === "http://[${e}]",
  (url: string) =>
    /^http:\/\/(schemas\.openxmlformats\.org|schemas\.microsoft\.com|purl\.org)\//.test(url),
  (url: string) => LIBRARY_MESSAGE_LINKS.includes(url),
];

function read(file: string): string {
  return readFileSync(path.join(dist, file), "utf8");
}

function remoteLoads(html: string): string[] {
  return [...html.matchAll(/<(?:script|link)\b[^>]*\b(?:src|href)="?(https?:[^"\s>]+)/g)].map(
    (m) => m[1] ?? "",
  );
}

if (!built) process.stderr.write("Skipping bundle origin checks: run `npm run build` first.\n");
const withBundles = built ? describe : describe.skip;

withBundles("production bundles", () => {
  test("task pane and commands load only Office.js from a remote origin", () => {
    expect(remoteLoads(read("taskpane.html"))).toEqual([OFFICE_JS]);
    expect(remoteLoads(read("commands.html"))).toEqual([OFFICE_JS]);
  });

  test("preview loads nothing remote and no Office.js", () => {
    const html = read("preview.html");
    expect(remoteLoads(html)).toEqual([]);
    expect(html).not.toContain("office.js");
  });

  test("scripts name no other remote origin", () => {
    const files = readdirSync(dist).filter(
      (file) => /\.(js|html)$/.test(file) && !file.endsWith(".map"),
    );
    expect(files.length).toBeGreaterThanOrEqual(6);
    for (const file of files) {
      const urls = [...read(file).matchAll(/https?:\/\/[^"'`\s)<>]*/g)].map((m) => m[0]);
      expect({
        file,
        urls: urls.filter((url) => !ALLOWED.some((allowed) => allowed(url))),
      }).toEqual({ file, urls: [] });
    }
  });
});
