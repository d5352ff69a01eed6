import type { Paragraph as ParagraphType, Table as TableType } from 'docx';
import { SECTION_KEYS, SECTION_LABELS, SUMMARY_KIND_LABELS, SUMMARY_STATE_LABELS, type SummaryDetail } from '../../src/core/summary/summary.model';
import { formatFigure } from '../../src/core/figures/figure-catalogue';
import { formatHours } from '../../src/core/summary/summary.prefill';
import { shanghaiDate } from '../../src/core/time/shanghai';
import { loadDocx } from '../runtime/heavy-modules';

/**
 * A summary as a Word document an office can file: title, the five sections, the data table as
 * it stood at submission, the highlights and, for a unit, an annex listing its stewards. Fonts
 * are named for Chinese (仿宋 body, 黑体 headings, as government documents use); a viewer without
 * them substitutes its own CJK font.
 */
const CHINESE_NUMBERS = ['一', '二', '三', '四', '五', '六', '七', '八'];
const BODY_FONT = '仿宋';
const HEADING_FONT = '黑体';

export const summaryDocument = async (s: SummaryDetail): Promise<Buffer> => {
  const d = loadDocx();
  const font = (name: string) => ({ ascii: name, eastAsia: name, hAnsi: name });
  const text = (t: string, options: { bold?: boolean; size?: number; heading?: boolean } = {}) =>
    new d.TextRun({ text: t, bold: options.bold, size: options.size ?? 28, font: font(options.heading ? HEADING_FONT : BODY_FONT) });
  const para = (t: string, options: { indent?: boolean; align?: 'center' | 'right'; bold?: boolean; size?: number; heading?: boolean; after?: number } = {}) =>
    new d.Paragraph({
      children: [text(t, options)],
      alignment: options.align === 'center' ? d.AlignmentType.CENTER : options.align === 'right' ? d.AlignmentType.RIGHT : undefined,
      indent: options.indent ? { firstLine: 560 } : undefined,
      spacing: { after: options.after ?? 120, line: 460 },
    });
  const cell = (t: string, options: { bold?: boolean; width?: number } = {}) =>
    new d.TableCell({ children: [new d.Paragraph({ children: [text(t, { bold: options.bold, size: 21 })] })], width: options.width ? { size: options.width, type: d.WidthType.PERCENTAGE } : undefined, margins: { top: 40, bottom: 40, left: 80, right: 80 } });
  const table = (headers: string[], widths: number[], rows: string[][]): TableType =>
    new d.Table({
      width: { size: 100, type: d.WidthType.PERCENTAGE },
      rows: [new d.TableRow({ tableHeader: true, children: headers.map((h, i) => cell(h, { bold: true, width: widths[i] })) }), ...rows.map((r) => new d.TableRow({ children: r.map((c, i) => cell(c, { width: widths[i] })) }))],
    });

  const title = s.kind === 'unit' ? `${s.subjectName}${s.year}年度服务包工作总结` : `${s.year}年度服务管家个人工作总结`;
  const byline = s.kind === 'unit' ? `报送：浦东新区科技和经济委员会` : `${s.unitName}　${s.subjectName}`;
  const status = [`${SUMMARY_KIND_LABELS[s.kind]}`, `状态：${SUMMARY_STATE_LABELS[s.status]}`, s.submittedAt ? `提交：${shanghaiDate(s.submittedAt)}${s.late ? '（逾期）' : ''}` : '', s.acceptedAt ? `通过：${shanghaiDate(s.acceptedAt)}` : ''].filter(Boolean).join('　');

  const body: Array<ParagraphType | TableType> = [
    para(title, { align: 'center', bold: true, size: 40, heading: true, after: 240 }),
    para(byline, { align: 'center', size: 28 }),
    para(status, { align: 'center', size: 21, after: 360 }),
  ];
  SECTION_KEYS.forEach((k, i) => {
    body.push(para(`${CHINESE_NUMBERS[i]}、${SECTION_LABELS[k]}`, { bold: true, heading: true, size: 30 }));
    const lines = s.sections[k].split(/\n+/).map((l) => l.trim()).filter(Boolean);
    for (const line of lines.length ? lines : ['（未填写）']) body.push(para(line, { indent: true }));
  });

  const r = s.reference;
  body.push(para(`附表　平台数据（${r.periodLabel}）`, { bold: true, heading: true, size: 30, after: 60 }));
  body.push(para(`${s.frozen ? '提交时定格' : '截至'} ${shanghaiDate(r.computedAt)}${r.stockDay ? `；服务企业等存量指标取 ${r.stockDay} 快照` : ''}。`, { size: 21 }));
  body.push(table(['指标', '数值', '口径'], [22, 16, 62], r.rows.map((row) => [row.label, row.text, row.definition])));
  if (r.highlights.length) {
    body.push(para('典型案例（企业评价“非常满意”的已办结诉求）', { bold: true, heading: true, size: 28, after: 60 }));
    for (const h of r.highlights) body.push(para(`${shanghaiDate(h.closedAt)}　${h.title}（${h.enterpriseName}，服务管家 ${h.stewardName}）`, { size: 24 }));
  }
  if (s.kind === 'unit' && r.stewards) {
    body.push(new d.Paragraph({ children: [new d.PageBreak()] }));
    body.push(para(`附件　本单位服务管家${s.year}年度个人总结情况（${r.stewards.length} 名）`, { bold: true, heading: true, size: 30, after: 120 }));
    const value = (key: string, v: number | null) => formatFigure(key, v);
    body.push(table(['管家', '个人总结', '服务企业', '联系', '上门走访', '办结诉求', '满意率', '培训学时'], [14, 12, 12, 11, 12, 13, 13, 13], r.stewards.map((m) => [
      m.name, SUMMARY_STATE_LABELS[m.state], value('enterprises', m.enterprises), value('contacts', m.contacts), value('onsiteVisits', m.onsiteVisits), value('resolved', m.resolved), value('satisfiedRate', m.satisfiedRate), formatHours(m.trainingHours),
    ])));
  }

  const doc = new d.Document({
    creator: '浦东新区重点企业服务包平台',
    title,
    styles: { default: { document: { run: { font: font(BODY_FONT), size: 28 } } } },
    sections: [{ properties: { page: { margin: { top: 1440, bottom: 1440, left: 1588, right: 1474 } } }, children: body }],
  });
  return d.Packer.toBuffer(doc);
};
