import path from 'node:path';
import type { EChartsOption } from 'echarts';
import type { BulletinDocumentView } from '../../src/core/bulletin/bulletin.model';
import { bulletinTables, type BulletinTable } from '../../src/core/bulletin/bulletin-tables';
import { barChartHeight, rankingBars, rankingChart, satisfactionChart, trendChart } from '../../src/core/charts';
import { DEFAULT_RANKING } from '../../src/core/bulletin/ranking';
import { BULLETIN_TITLE, monthLabel } from '../../src/core/bulletin/bulletin.model';
import { chartSvg } from '../charts/chart-svg';

/** Charts on paper: drawn once, no animation. */
const STILL = { animation: false };
import { drawTable, PRINT, type Doc, type Fonts } from './pdf-table';

/**
 * The bulletin as a printable A4 document an office files as is: the title, the summary and the
 * district's remarks, the charts (ECharts rendered to SVG, drawn as vectors), every table, and
 * the 口径 of every figure. Chinese text is set in Noto Sans SC, which the function carries in
 * its own `fonts/` folder (scripts/build-functions.mjs), so it prints the same in any runtime.
 * pdfkit and ECharts are loaded on the first document, not when the function starts.
 */
export const FONT_FILES = { body: 'NotoSansSC-Regular.otf', bold: 'NotoSansSC-Bold.otf' } as const;
const fontDir = () => process.env.BULLETIN_FONT_DIR ?? path.join(__dirname, 'fonts');

const heading = (doc: Doc, fonts: Fonts, text: string) => {
  if (doc.y > doc.page.height - doc.page.margins.bottom - 80) doc.addPage();
  doc.moveDown(0.6).font(fonts.bold).fontSize(13).fillColor(PRINT.text).text(text, doc.page.margins.left, doc.y);
  doc.moveDown(0.3);
};

const paragraph = (doc: Doc, fonts: Fonts, text: string) => {
  doc.font(fonts.body).fontSize(10.5).fillColor(PRINT.text).text(PRINT.printable(text), doc.page.margins.left, doc.y, { width: PRINT.width(doc), lineGap: 3, align: 'justify' });
};

/** A chart under its caption (printed as text, not by the chart, so it never crowds the legend), kept on one page. */
const chart = async (doc: Doc, fonts: Fonts, caption: string, option: EChartsOption, height: number) => {
  const SVGtoPDF = (await import('svg-to-pdfkit')).default;
  if (doc.y + height + 20 > doc.page.height - doc.page.margins.bottom) doc.addPage();
  doc.font(fonts.bold).fontSize(10).fillColor(PRINT.text).text(caption, doc.page.margins.left, doc.y + 4, { width: PRINT.width(doc), align: 'center' });
  const width = PRINT.width(doc);
  const top = doc.y + 2;
  SVGtoPDF(doc, await chartSvg(option, width, height, 'Noto Sans SC'), doc.page.margins.left, top, { width, height, assumePt: true, fontCallback: (_family: string, bold: boolean) => (bold ? fonts.bold : fonts.body) });
  doc.x = doc.page.margins.left;
  doc.y = top + height + 8;
};

const footers = (doc: Doc, fonts: Fonts, title: string) => {
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const bottom = doc.page.margins.bottom;
    // Text below the bottom margin would open a new page: lift the margin while writing the footer.
    doc.page.margins.bottom = 0;
    doc.font(fonts.body).fontSize(8).fillColor(PRINT.muted).text(`${title}　第 ${i + 1} 页 共 ${range.count} 页`, doc.page.margins.left, doc.page.height - 40, { width: PRINT.width(doc), align: 'center', lineBreak: false });
    doc.page.margins.bottom = bottom;
  }
};

export const bulletinPdf = async (view: BulletinDocumentView): Promise<Buffer> => {
  const PDFDocument = (await import('pdfkit')).default;
  const fonts: Fonts = { body: path.join(fontDir(), FONT_FILES.body), bold: path.join(fontDir(), FONT_FILES.bold) };
  const doc: Doc = new PDFDocument({ size: 'A4', margins: { top: 56, bottom: 60, left: 56, right: 56 }, bufferPages: true, font: fonts.body, info: { Title: view.title, Author: '浦东新区科技和经济委员会' } });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  doc.font(fonts.bold).fontSize(18).fillColor(PRINT.accent).text(BULLETIN_TITLE, { align: 'center' });
  doc.moveDown(0.2).fontSize(14).text(monthLabel(view.month), { align: 'center' });
  doc.moveDown(0.3).font(fonts.body).fontSize(9).fillColor(PRINT.muted).text(`浦东新区科技和经济委员会　${view.status === 'published' ? `${view.publishedAt?.slice(0, 10)} 发布` : '待发布稿'}　数据截至 ${view.district.period.to}`, { align: 'center' });
  doc.moveTo(doc.page.margins.left, doc.y + 6).lineTo(doc.page.width - doc.page.margins.right, doc.y + 6).lineWidth(1.2).strokeColor(PRINT.accent).stroke();
  doc.y += 10;

  heading(doc, fonts, '一、总体情况');
  paragraph(doc, fonts, view.summary);
  heading(doc, fonts, '二、区科经委意见');
  paragraph(doc, fonts, view.remarks || '无。');

  heading(doc, fonts, '三、图表');
  await chart(doc, fonts, '全区近六个月走势（数量）', trendChart(view.trend, { ...STILL, keys: ['received', 'resolved', 'overdueNow'] }), 190);
  await chart(doc, fonts, '全区近六个月走势（比率）', trendChart(view.trend, { ...STILL, keys: ['resolveOnTimeRate', 'satisfiedRate', 'contactCoverageRate'] }), 190);
  await chart(doc, fonts, '企业首次评价分布', satisfactionChart(view.district, STILL), 220);

  const [figures, units, ...rest] = bulletinTables(view);
  /** A section: its heading, what goes before its table (a chart of `keep` height, kept on the heading's page), the table, its 口径. */
  const section = async (title: string, table: BulletinTable, before?: () => Promise<void>, keep = 0) => {
    if (keep && doc.y + keep + 60 > doc.page.height - doc.page.margins.bottom) doc.addPage();
    heading(doc, fonts, title);
    await before?.();
    if (table.rows.length === 0) paragraph(doc, fonts, '无。');
    else drawTable(doc, table, fonts);
    if (table.note) doc.moveDown(0.3).font(fonts.body).fontSize(8).fillColor(PRINT.muted).text(PRINT.printable(`口径：${table.note}`), doc.page.margins.left, doc.y, { width: PRINT.width(doc), lineGap: 1 });
  };
  // The figures' 口径 column is the appendix in print.
  await section('四、主要指标', { ...figures, columns: figures.columns.slice(0, 5), rows: figures.rows.map((r) => r.slice(0, 5)) });
  const bars = rankingBars(view.units);
  const barsHeight = Math.min(barChartHeight(bars, 16), 640);
  await section('五、单位排名', units, async () => {
    if (bars > 0) await chart(doc, fonts, '各单位综合得分', rankingChart(view.units, STILL), barsHeight);
  }, bars > 0 ? barsHeight : 0);
  const titles = ['六、各单位管家排名', '七、红色预警', '八、约谈建议'];
  for (const [i, table] of rest.entries()) await section(titles[i], table);

  heading(doc, fonts, '附：指标口径');
  doc.font(fonts.body).fontSize(8).fillColor(PRINT.text);
  for (const f of view.district.figures) doc.text(PRINT.printable(`${f.label}：${f.definition}`), doc.page.margins.left, doc.y, { width: PRINT.width(doc), lineGap: 1, paragraphGap: 2 });
  doc.text(PRINT.printable(`综合排名：${DEFAULT_RANKING.definition}`), { width: PRINT.width(doc), lineGap: 1 });

  footers(doc, fonts, `${BULLETIN_TITLE} ${monthLabel(view.month)}`);
  doc.end();
  return done;
};
