/**
 * exceljs for the preview bundle, built from exceljs 4.4's own sources: the in-memory workbook
 * (reading an upload) and the streaming workbook writer (the report). exceljs's prebuilt browser
 * file has no streaming writer, which the report writer needs. webpack maps `exceljs` here.
 */
const Workbook = require("exceljs/lib/doc/workbook");
const WorkbookWriter = require("exceljs/lib/stream/xlsx/workbook-writer");
const enums = require("exceljs/lib/doc/enums");

module.exports = { ...enums, Workbook, stream: { xlsx: { WorkbookWriter } } };
