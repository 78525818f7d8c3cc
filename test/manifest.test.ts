import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);
const root = path.resolve(__dirname, "..");
const manifestPath = path.join(root, "manifest.xml");
const manifest = readFileSync(manifestPath, "utf8");
const schemaDir = path.join(root, "..", "shared", "schemas", "office-addin-manifest");
const haveSchemas = existsSync(schemaDir);
const SERVER = "https://localhost:3000/";

async function validate(file: string): Promise<{ code: number; stderr: string }> {
  try {
    await run("node", [path.join(root, "scripts", "validate-manifest.mjs"), file, schemaDir]);
    return { code: 0, stderr: "" };
  } catch (error) {
    const failed = error as { code: number; stderr: string };
    return { code: failed.code, stderr: failed.stderr };
  }
}

/** Returns the inner XML of each element with the given name, e.g. every `<DisplayName>`. */
function elements(name: string): { attributes: string; body: string }[] {
  const pattern = new RegExp(`<${name}\\b([^>]*?)(?:/>|>([\\s\\S]*?)</${name}>)`, "g");
  return [...manifest.matchAll(pattern)].map((m) => ({ attributes: m[1] ?? "", body: m[2] ?? "" }));
}

if (!haveSchemas) {
  process.stderr.write(`Skipping manifest schema validation: ${schemaDir} is absent.\n`);
}
const withSchemas = haveSchemas ? describe : describe.skip;

withSchemas("manifest schema", () => {
  test("manifest.xml validates against the add-in schemas", async () => {
    const result = await validate(manifestPath);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
  });

  test("wrong permission is rejected", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "credit-desk-manifest-"));
    const broken = path.join(dir, "manifest.xml");
    writeFileSync(broken, manifest.replace("ReadWriteDocument", "ReadWriteEverything"));

    const result = await validate(broken);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/Permissions/);
  });
});

describe("manifest content", () => {
  test("every icon URL maps to a file in assets", () => {
    const urls = [...manifest.matchAll(/DefaultValue="([^"]+\.png)"/g)].map((m) => m[1] ?? "");
    expect(urls.length).toBeGreaterThanOrEqual(5);
    for (const url of urls) {
      expect(url.startsWith(`${SERVER}assets/`)).toBe(true);
      expect(existsSync(path.join(root, url.slice(SERVER.length)))).toBe(true);
    }
  });

  test("ribbon images come in 16, 32 and 80 px", () => {
    const sizes = elements("bt:Image")
      .map((image) => /\sid="Icon\.(\d+)x\d+"/.exec(image.attributes)?.[1])
      .filter((size): size is string => size !== undefined);
    expect(sizes.sort()).toEqual(["16", "32", "80"]);
  });

  test("every user-visible string has a zh-CN override", () => {
    const strings = [
      ...elements("DisplayName"),
      ...elements("Description").filter((d) => d.attributes.includes("DefaultValue")),
      ...elements("bt:String"),
    ];
    expect(strings.length).toBeGreaterThanOrEqual(9);
    for (const text of strings) {
      expect({ text: text.attributes, zh: /Locale="zh-CN" Value="[^"]+"/.test(text.body) }).toEqual(
        {
          text: text.attributes,
          zh: true,
        },
      );
    }
  });

  test("every resid points to a defined resource", () => {
    const defined = new Set([...manifest.matchAll(/\bid="([^"]+)"/g)].map((m) => m[1]));
    const used = [...manifest.matchAll(/resid="([^"]+)"/g)].map((m) => m[1]);
    expect(used.filter((id) => !defined.has(id))).toEqual([]);
  });

  test("buttons run ageReceivables and open the task pane", () => {
    expect(manifest).toContain("<FunctionName>ageReceivables</FunctionName>");
    expect(manifest).toMatch(/xsi:type="ShowTaskpane"/);
    expect(manifest).toContain('<OfficeTab id="TabHome">');
  });

  test("source location is the local task pane page", () => {
    expect(manifest).toContain(`<SourceLocation DefaultValue="${SERVER}taskpane.html"/>`);
    const origins = new Set(
      [...manifest.matchAll(/"(https?:\/\/[^/"]+)/g)]
        .map((m) => m[1])
        .filter(
          (origin) => !origin?.includes("schemas.microsoft.com") && !origin?.includes("www.w3.org"),
        ),
    );
    expect([...origins]).toEqual(["https://localhost:3000"]);
  });
});
