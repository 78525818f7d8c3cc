#!/usr/bin/env node
// Draws the CreditDesk icons (assets/icon-16/32/64/80.png): a blue rounded square with three
// white columns falling from left to right, the shape of an aging chart. Pure Node: the PNG is
// written by hand with zlib, and edges are smoothed by 4x4 supersampling.
import { writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { deflateSync } from "node:zlib";

const SIZES = [16, 32, 64, 80];
const SAMPLES = 4;
const BLUE = [15, 108, 189];
const WHITE = [255, 255, 255];

// Shapes in units of the icon's side (0..1): the background and three columns standing on a base line.
const CORNER = 0.18;
const COLUMNS = [
  { left: 0.2, right: 0.38, top: 0.22 },
  { left: 0.41, right: 0.59, top: 0.42 },
  { left: 0.62, right: 0.8, top: 0.6 },
];
const BASE = 0.8;

function insideRoundedSquare(x, y) {
  const cx = Math.min(Math.max(x, CORNER), 1 - CORNER);
  const cy = Math.min(Math.max(y, CORNER), 1 - CORNER);
  return (x - cx) ** 2 + (y - cy) ** 2 <= CORNER ** 2;
}

function insideColumn(x, y) {
  return COLUMNS.some((c) => x >= c.left && x < c.right && y >= c.top && y < BASE);
}

/** Returns [r, g, b, a] of one pixel, averaging SAMPLES x SAMPLES points inside it. */
function pixel(size, px, py) {
  let cover = 0;
  let white = 0;
  for (let sy = 0; sy < SAMPLES; sy++) {
    for (let sx = 0; sx < SAMPLES; sx++) {
      const x = (px + (sx + 0.5) / SAMPLES) / size;
      const y = (py + (sy + 0.5) / SAMPLES) / size;
      if (!insideRoundedSquare(x, y)) continue;
      cover++;
      if (insideColumn(x, y)) white++;
    }
  }
  if (cover === 0) return [0, 0, 0, 0];
  const share = white / cover;
  const rgb = BLUE.map((blue, i) => Math.round(blue + (WHITE[i] - blue) * share));
  return [...rgb, Math.round((255 * cover) / SAMPLES ** 2)];
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buffer) {
  let crc = 0xffffffff;
  for (const byte of buffer) crc = CRC_TABLE[(crc ^ byte) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function png(size) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA, no interlace

  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    const rowStart = y * (size * 4 + 1); // each row starts with filter type 0
    for (let x = 0; x < size; x++) raw.set(pixel(size, x, y), rowStart + 1 + x * 4);
  }

  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const end = chunk("IEND", Buffer.alloc(0));
  return Buffer.concat([signature, chunk("IHDR", header), chunk("IDAT", deflateSync(raw)), end]);
}

const assets = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "assets");
for (const size of SIZES) {
  const file = path.join(assets, `icon-${size}.png`);
  writeFileSync(file, png(size));
  process.stdout.write(`wrote ${path.relative(process.cwd(), file)}\n`);
}
