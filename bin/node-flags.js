"use strict";
/**
 * Node options the command line runs with, shared with the benchmark so it measures the same
 * configuration.
 */
const os = require("node:os");

const MB = 1024 * 1024;

/** Returns the V8 heap limit for the command line: three quarters of memory, at most 8 GB. */
function heapLimitMB() {
  return Math.min(8192, Math.floor((os.totalmem() / MB) * 0.75));
}

/**
 * Returns the options to start Node with. Node's default heap limit stops near 4 GB whatever the
 * machine has, and a million-row export needs more room. With its default growth, V8 let the heap
 * reach about twice the live data of that export before a full collection. Growing by 30% at most
 * kept the peak near the live data. Young-generation semi-spaces of 32 MB (16 MB by default) then
 * let the short-lived objects of reading and writing die young, which won back the time the extra
 * full collections took. Both measured with Node 20 on the benchmark inputs.
 */
function nodeFlags() {
  return [
    `--max-old-space-size=${heapLimitMB()}`,
    "--heap-growing-percent=30",
    "--max-semi-space-size=32",
  ];
}

module.exports = { heapLimitMB, nodeFlags };
