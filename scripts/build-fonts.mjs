// The fonts a cloud function prints with (the bulletin's PDF), written into its own folder so the
// upload carries them: Noto Sans SC from @fontsource/noto-sans-sc (OFL), its simplified-Chinese
// subset (GB2312 and the common extras, Latin and digits included). The package ships WOFF; the
// build unpacks it to a plain OpenType file once, because pdfkit reads WOFF tables again for every
// glyph it lays out (7 s against 45 ms for a page of text).
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { inflateSync } from 'node:zlib';

const require = createRequire(import.meta.url);

/** Font files per function: the name the function opens, and the package file it comes from. */
export const FUNCTION_FONTS = {
  api: {
    'NotoSansSC-Regular.otf': '@fontsource/noto-sans-sc/files/noto-sans-sc-chinese-simplified-400-normal.woff',
    'NotoSansSC-Bold.otf': '@fontsource/noto-sans-sc/files/noto-sans-sc-chinese-simplified-700-normal.woff',
  },
};

/** WOFF 1.0 → the OpenType file it wraps: each table inflated, the table directory rebuilt. */
export const unwrapWoff = (woff) => {
  if (woff.toString('latin1', 0, 4) !== 'wOFF') throw new Error('not a WOFF 1.0 file');
  const flavor = woff.readUInt32BE(4);
  const count = woff.readUInt16BE(12);
  const entrySelector = Math.floor(Math.log2(count));
  const searchRange = 16 * 2 ** entrySelector;
  const head = Buffer.alloc(12 + 16 * count);
  head.writeUInt32BE(flavor, 0);
  head.writeUInt16BE(count, 4);
  head.writeUInt16BE(searchRange, 6);
  head.writeUInt16BE(entrySelector, 8);
  head.writeUInt16BE(count * 16 - searchRange, 10);
  const bodies = [];
  let offset = head.length;
  for (let i = 0; i < count; i++) {
    const at = 44 + i * 20;
    const [tag, from, compressed, original, checksum] = [0, 4, 8, 12, 16].map((o) => woff.readUInt32BE(at + o));
    const raw = woff.subarray(from, from + compressed);
    const data = compressed < original ? inflateSync(raw) : raw;
    head.writeUInt32BE(tag, 12 + i * 16);
    head.writeUInt32BE(checksum, 16 + i * 16);
    head.writeUInt32BE(offset, 20 + i * 16);
    head.writeUInt32BE(original, 24 + i * 16);
    const pad = Buffer.alloc((4 - (data.length % 4)) % 4);
    bodies.push(data, pad);
    offset += data.length + pad.length;
  }
  return Buffer.concat([head, ...bodies]);
};

/** Writes each function's fonts into `<functionsDir>/<name>/fonts/`, skipping those already newer than their source. */
export const buildFonts = (functionsDir) => {
  for (const [name, fonts] of Object.entries(FUNCTION_FONTS)) {
    const dir = path.join(functionsDir, name, 'fonts');
    mkdirSync(dir, { recursive: true });
    for (const [file, source] of Object.entries(fonts)) {
      const from = require.resolve(source);
      const to = path.join(dir, file);
      if (existsSync(to) && statSync(to).mtimeMs >= statSync(from).mtimeMs) continue;
      writeFileSync(to, unwrapWoff(readFileSync(from)));
    }
  }
};
