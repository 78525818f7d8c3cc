/**
 * Bundles the task pane, the ribbon commands and the browser preview.
 *
 *   npx webpack --mode production   dist/taskpane.html, commands.html, notice.html, preview.html,
 *                                   assets, manifest
 *   npm start                       https://localhost:3000 for sideloading into Excel
 *   npm run preview                 http://localhost:3001/ (the preview page), plain http, no Office
 *
 * `--env preview` builds and serves the preview page alone; `--env outDir=PATH` writes to PATH
 * instead of dist (the browser test builds there).
 */
const path = require("node:path");
const fs = require("node:fs");
const webpack = require("webpack");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");

const DIST = path.resolve(__dirname, "dist");
/** Files this config writes; the rest of `dist` is the command-line build's and stays. */
const WEB_OUTPUT = /^((taskpane|commands|notice|preview)\.|assets[\\/]|manifest\.xml$)/;

/**
 * HTTPS options for the dev server. office-addin-dev-certs would install a trusted localhost
 * certificate, but it is not a dependency here, so the dev server makes its own self-signed
 * one: Excel then needs that certificate trusted by hand before it loads the pane.
 */
function httpsServer() {
  const certs = path.join(require("node:os").homedir(), ".office-addin-dev-certs");
  const key = path.join(certs, "localhost.key");
  const cert = path.join(certs, "localhost.crt");
  if (fs.existsSync(key) && fs.existsSync(cert)) {
    return { type: "https", options: { key: fs.readFileSync(key), cert: fs.readFileSync(cert) } };
  }
  return { type: "https" };
}

function page(name, template, chunks) {
  return new HtmlWebpackPlugin({ filename: `${name}.html`, template, chunks });
}

const ADDIN_ENTRIES = {
  taskpane: "./src/taskpane/index.tsx",
  commands: "./src/commands/commands.ts",
  notice: "./src/commands/notice.ts",
};
const PREVIEW_ENTRY = { preview: "./src/preview/index.tsx" };

const ADDIN_PAGES = () => [
  page("taskpane", "./src/taskpane/taskpane.html", ["taskpane"]),
  page("commands", "./src/commands/commands.html", ["commands"]),
  page("notice", "./src/commands/notice.html", ["notice"]),
  new CopyWebpackPlugin({
    patterns: [
      { from: "assets/icon-*.png", to: "assets/[name][ext]" },
      { from: "manifest.xml", to: "manifest.xml" },
    ],
  }),
];

/**
 * The preview runs exceljs's streaming report writer in the browser: exceljs comes from its own
 * sources (its prebuilt browser file lacks the writer), archiver is replaced by an in-memory
 * JSZip stand-in, and Node's stream, Buffer, process and setImmediate come from their usual
 * browser packages. Only the preview imports exceljs, so the add-in bundles stay as they were.
 */
const BROWSER_NODE = {
  alias: {
    exceljs$: path.resolve(__dirname, "src/preview/shims/exceljs.js"),
    archiver$: path.resolve(__dirname, "src/preview/shims/archiver.js"),
    // exceljs's CSV support, which the preview never calls (papaparse reads CSV uploads).
    "fast-csv$": false,
  },
  fallback: {
    stream: require.resolve("stream-browserify"),
    buffer: require.resolve("buffer/"),
    timers: require.resolve("timers-browserify"),
    fs: false,
    crypto: false,
  },
};

module.exports = (env = {}) => {
  const previewOnly = Boolean(env.preview);
  return {
    devtool: env.outDir ? false : "source-map",
    entry: previewOnly ? PREVIEW_ENTRY : { ...ADDIN_ENTRIES, ...PREVIEW_ENTRY },
    output: {
      path: env.outDir ? path.resolve(env.outDir) : DIST,
      filename: "[name].[contenthash:8].js",
      clean: env.outDir ? true : { keep: (asset) => !WEB_OUTPUT.test(asset) },
    },
    resolve: { extensions: [".ts", ".tsx", ".js"], ...BROWSER_NODE },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: {
              transpileOnly: true,
              configFile: "tsconfig.json",
              // ES modules let webpack drop the unused parts of Fluent UI and its icons.
              compilerOptions: { noEmit: false, module: "esnext", moduleResolution: "bundler" },
            },
          },
        },
      ],
    },
    plugins: [
      ...(previewOnly ? [] : ADDIN_PAGES()),
      page("preview", "./src/preview/preview.html", ["preview"]),
      new webpack.ProvidePlugin({
        Buffer: ["buffer", "Buffer"],
        process: "process/browser",
        setImmediate: ["timers-browserify", "setImmediate"],
      }),
    ],
    // The preview carries exceljs and JSZip; the add-in bundles stay below the limit.
    performance: {
      maxAssetSize: 600_000,
      maxEntrypointSize: 600_000,
      assetFilter: (asset) => !asset.startsWith("preview.") && !asset.endsWith(".map"),
    },
    devServer: previewOnly
      ? {
          host: "127.0.0.1",
          port: 3001,
          open: false,
          server: "http",
          static: false,
          devMiddleware: { index: "preview.html" },
        }
      : {
          host: "localhost",
          port: 3000,
          server: httpsServer(),
          headers: { "Access-Control-Allow-Origin": "*" },
          static: false,
        },
  };
};
