import js from "@eslint/js";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["dist/**", "node_modules/**", "coverage/**", "tmp/**", "bench-out/**", "docs/**"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["**/*.{js,mjs,cjs}"],
    languageOptions: {
      globals: {
        require: "readonly",
        module: "writable",
        process: "readonly",
        __dirname: "readonly",
        __filename: "readonly",
        console: "readonly",
        Buffer: "readonly",
        setTimeout: "readonly",
      },
    },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  {
    files: ["src/engine/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["node:*", "fs", "path", "os", "child_process", "stream", "util", "crypto"],
              message: "The engine is pure: no Node modules.",
            },
            {
              group: [
                "exceljs",
                "papaparse",
                "jszip",
                "react",
                "react-dom",
                "@fluentui/*",
                "office-js",
                "@microsoft/office-js",
              ],
              message: "The engine is pure: no I/O, UI or Office imports.",
            },
            {
              group: [
                "../io/*",
                "../report/*",
                "../cli/*",
                "../taskpane/*",
                "../preview/*",
                "../commands/*",
              ],
              message: "The engine does not depend on adapters.",
            },
          ],
        },
      ],
      "no-console": "error",
    },
  },
  {
    rules: {
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_" },
      ],
    },
  },
);
