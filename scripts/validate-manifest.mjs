#!/usr/bin/env node
// Validates an Office add-in manifest against the XML schemas offline, with no network access.
// Usage: node scripts/validate-manifest.mjs [MANIFEST.xml] [SCHEMA_DIR]
// Exit 0: valid; 1: schema errors (printed on stderr); 2: the manifest or schemas are missing.
import { readFile, readdir } from "node:fs/promises";
import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import xmllint from "xmllint-wasm";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const manifestPath = path.resolve(process.argv[2] ?? path.join(root, "manifest.xml"));
const schemaDir = path.resolve(
  process.argv[3] ?? path.join(root, "..", "shared", "schemas", "office-addin-manifest"),
);
const MAIN_SCHEMA = "OfficeAppManifestV1_1.xsd";

async function loadSchemas(dir) {
  const names = (await readdir(dir)).filter((name) => name.endsWith(".xsd"));
  const files = await Promise.all(
    names.map(async (name) => ({
      fileName: name,
      contents: await readFile(path.join(dir, name), "utf8"),
    })),
  );
  const main = files.find((file) => file.fileName === MAIN_SCHEMA);
  return { main, others: files.filter((file) => file !== main) };
}

async function main() {
  if (!existsSync(manifestPath)) {
    process.stderr.write(`Manifest not found: ${manifestPath}\n`);
    return 2;
  }
  if (!existsSync(path.join(schemaDir, MAIN_SCHEMA))) {
    process.stderr.write(`Schemas not found: ${schemaDir} has no ${MAIN_SCHEMA}.\n`);
    return 2;
  }

  const { main, others } = await loadSchemas(schemaDir);
  const result = await xmllint.validateXML({
    xml: [
      { fileName: path.basename(manifestPath), contents: await readFile(manifestPath, "utf8") },
    ],
    schema: [main],
    preload: others,
  });

  if (result.valid) {
    process.stdout.write(`${path.relative(process.cwd(), manifestPath)} is valid.\n`);
    return 0;
  }
  for (const error of result.errors) {
    const line = error.loc ? `line ${error.loc.lineNumber}: ` : "";
    process.stderr.write(`${line}${error.message}\n`);
  }
  return 1;
}

main().then((code) => {
  process.exitCode = code;
});
