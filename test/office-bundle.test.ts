import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";

const dist = path.resolve(__dirname, "..", "dist");
const built = existsSync(path.join(dist, "taskpane.html"));
const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

/**
 * URLs a bundle may contain without loading anything remote: Office.js itself, the local dev
 * server, XML namespace names that React uses for SVG and MathML, and React's error-page links.
 */
const ALLOWED = [
  (url: string) => url === OFFICE_JS,
  (url: string) => /^https?:\/\/localhost(:\d+)?(\/|$)/.test(url),
  (url: string) => url.startsWith("http://www.w3.org/"),
  (url: string) => url.startsWith("https://react.dev/errors/"),
];

function read(file: string): string {
  return readFileSync(path.join(dist, file), "utf8");
}

function remoteLoads(html: string): string[] {
  return [...html.matchAll(/<(?:script|link)\b[^>]*\b(?:src|href)="?(https?:[^"\s>]+)/g)].map(
    (m) => m[1] ?? "",
  );
}

if (!built)
  console.warn("Skipping bundle origin checks: run `npx webpack --mode production` first.");
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
