import type { BulletinTable } from '../../src/core/bulletin/bulletin-tables';

export type Doc = PDFKit.PDFDocument;

/**
 * The document's fonts by file path. pdfkit finds a font opened by its path again at once; a font
 * registered under a short name is looked up under its PostScript name and opened anew on every
 * switch (12 ms each), which made a table of a few hundred cells take half a minute.
 */
export interface Fonts {
  body: string;
  bold: string;
}

/** Print colours: the app's primary for titles, greys for rules and notes (black and white copies stay legible). */
export const PRINT = {
  accent: '#1f5fbf',
  text: '#1f2329',
  muted: '#646a73',
  rule: '#c9cdd4',
  headFill: '#eef3fb',
  width: (doc: Doc) => doc.page.width - doc.page.margins.left - doc.page.margins.right,
  /** The embedded font lacks a few symbols; say them in words. */
  printable: (text: string) => text.replace(/≥/g, '不少于').replace(/≤/g, '不超过'),
};

const PAD = 3;
const SIZE = 8;

/** A ruled table with a shaded header that repeats on every page it runs onto; cells wrap. */
export const drawTable = (doc: Doc, table: BulletinTable, fonts: Fonts) => {
  const left = doc.page.margins.left;
  const total = table.columns.reduce((n, c) => n + c.width, 0);
  const widths = table.columns.map((c) => (c.width / total) * PRINT.width(doc));
  const heightOf = (cells: string[], font: string) =>
    Math.max(...cells.map((cell, i) => doc.font(font).fontSize(SIZE).heightOfString(PRINT.printable(cell || ' '), { width: widths[i] - 2 * PAD }))) + 2 * PAD;
  const bottom = () => doc.page.height - doc.page.margins.bottom;

  const row = (cells: string[], font: string, fill?: string, height = heightOf(cells, font)) => {
    const top = doc.y;
    if (fill) doc.rect(left, top, PRINT.width(doc), height).fill(fill);
    let x = left;
    cells.forEach((cell, i) => {
      doc.font(font).fontSize(SIZE).fillColor(PRINT.text).text(PRINT.printable(cell), x + PAD, top + PAD, { width: widths[i] - 2 * PAD, lineGap: 0 });
      doc.rect(x, top, widths[i], height).lineWidth(0.5).strokeColor(PRINT.rule).stroke();
      x += widths[i];
    });
    doc.x = left;
    doc.y = top + height;
  };
  const headers = table.columns.map((c) => c.header);
  const headerHeight = heightOf(headers, fonts.bold);
  const header = () => row(headers, fonts.bold, PRINT.headFill, headerHeight);

  if (doc.y + 3 * headerHeight > bottom()) doc.addPage();
  header();
  for (const cells of table.rows) {
    const height = heightOf(cells, fonts.body);
    if (doc.y + height > bottom()) {
      doc.addPage();
      header();
    }
    row(cells, fonts.body, undefined, height);
  }
};
