/**
 * Bundles the task pane, the ribbon commands and the browser preview.
 *
 *   npx webpack --mode production   dist/taskpane.html, commands.html, preview.html, assets, manifest
 *   npm start                       https://localhost:3000 for sideloading into Excel
 *   npm run preview                 http://localhost:3001/preview.html, plain http, no Office
 *
 * `npm run preview` runs this config with `--env preview`.
 */
const path = require("node:path");
const fs = require("node:fs");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");

const DIST = path.resolve(__dirname, "dist");
/** Files this config writes; the rest of `dist` is the command-line build's and stays. */
const WEB_OUTPUT = /^((taskpane|commands|preview)\.|assets[\\/]|manifest\.xml$)/;

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

module.exports = (env = {}) => {
  const preview = Boolean(env.preview);
  return {
    devtool: "source-map",
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      commands: "./src/commands/commands.ts",
      preview: "./src/preview/index.tsx",
    },
    output: {
      path: DIST,
      filename: "[name].[contenthash:8].js",
      clean: { keep: (asset) => !WEB_OUTPUT.test(asset) },
    },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
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
      page("taskpane", "./src/taskpane/taskpane.html", ["taskpane"]),
      page("commands", "./src/commands/commands.html", ["commands"]),
      page("preview", "./src/preview/preview.html", ["preview"]),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/icon-*.png", to: "assets/[name][ext]" },
          { from: "manifest.xml", to: "manifest.xml" },
        ],
      }),
    ],
    performance: { maxAssetSize: 600_000, maxEntrypointSize: 600_000 },
    devServer: preview
      ? { host: "localhost", port: 3001, open: false, server: "http", static: false }
      : {
          host: "localhost",
          port: 3000,
          server: httpsServer(),
          headers: { "Access-Control-Allow-Origin": "*" },
          static: false,
        },
  };
};
