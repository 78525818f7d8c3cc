/**
 * archiver for the preview bundle. exceljs 4.4's streaming workbook writer zips its parts through
 * archiver, which needs Node's zlib and fs. This stand-in collects the parts in memory and zips
 * them with JSZip when the writer finalizes. It covers what that writer calls: `pipe`, `append`
 * of text, bytes or one of exceljs's own streams, `finalize`, and the "error" event.
 * NOTE: the whole report is held in memory twice (parts, then the zip): fine for the files a
 * browser page takes, not for the 100,000-row reports the command line streams.
 */
const { EventEmitter } = require("events");
const JSZip = require("jszip");

/** Collects what an exceljs `StreamBuf` passes to the streams piped from it. */
function collect(stream) {
  return new Promise((resolve) => {
    const chunks = [];
    stream.pipe({
      write(chunk, callback) {
        chunks.push(chunk);
        if (typeof callback === "function") callback();
        return true;
      },
      end() {
        resolve(Buffer.concat(chunks));
      },
    });
  });
}

class MemoryZip extends EventEmitter {
  constructor(options) {
    super();
    this.zip = new JSZip();
    this.pending = [];
    this.level =
      options && options.zlib && options.zlib.level !== undefined ? options.zlib.level : 6;
  }

  pipe(destination) {
    this.output = destination;
    return destination;
  }

  append(source, data) {
    // Zip entry names have no leading slash; exceljs writes some as "/xl/workbook.xml".
    const name = data.name.replace(/^\/+/, "");
    if (typeof source === "string" || source instanceof Uint8Array) {
      this.zip.file(name, source, data.base64 ? { base64: true } : {});
    } else {
      this.pending.push(collect(source).then((bytes) => this.zip.file(name, bytes)));
    }
    return this;
  }

  finalize() {
    const options = {
      type: "uint8array",
      compression: "DEFLATE",
      compressionOptions: { level: this.level },
    };
    Promise.all(this.pending)
      .then(() => this.zip.generateAsync(options))
      .then((bytes) => {
        this.output.write(Buffer.from(bytes));
        this.output.end();
      })
      .catch((error) => this.emit("error", error));
  }
}

module.exports = function archiver(format, options) {
  if (format !== "zip") throw new Error(`Unsupported archive format ${format}: only zip is.`);
  return new MemoryZip(options);
};
