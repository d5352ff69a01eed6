import { figure, formatFigure } from '../figures/figure-catalogue';
import type { FiguresView, RankingRowView, RankingView } from '../figures/figures.model';
import type { BulletinDocumentView, BulletinUnitDetail, BulletinView } from './bulletin.model';
import { DEFAULT_RANKING } from './ranking';
import { RED_FLAG_DEFINITION } from './red-flags';

/**
 * The bulletin's tables as plain rows of text, the same for every document: the Excel workbook
 * writes one sheet per table, the printable document prints them. Text as an office reads it
 * (96.2%, 12 件, —), so what is filed is what the screen showed.
 */
export interface BulletinColumn {
  header: string;
  /** Relative width: characters in a sheet, a share of the line in print. */
  width: number;
}

export interface BulletinTable {
  /** The sheet's name (≤ 31 characters) and the printed table's heading. */
  name: string;
  columns: BulletinColumn[];
  rows: string[][];
  /** The 口径 printed under the table. */
  note?: string;
}

const SEVERITY = { serious: '严重', warning: '预警' } as const;

export const figuresTable = (view: FiguresView, name = '全区指标'): BulletinTable => {
  const byKey = new Map(view.figures.map((f) => [f.key, f]));
  return {
    name,
    columns: [{ header: '类别', width: 12 }, { header: '指标', width: 22 }, { header: view.period.label, width: 14 }, { header: view.previousPeriod.label, width: 14 }, { header: '变化', width: 18 }, { header: '口径', width: 60 }],
    rows: view.groups.flatMap((g) => g.keys.map((k) => byKey.get(k)!).map((f) => [g.label, f.label, f.text, f.previousText, f.change?.text ?? '—', f.definition])),
  };
};

const componentColumns = (): BulletinColumn[] => DEFAULT_RANKING.components.map((c) => ({ header: figure(c.figure).label, width: 12 }));
const componentCells = (row: RankingRowView) => DEFAULT_RANKING.components.map((c) => formatFigure(c.figure, row.components.find((x) => x.figure === c.figure)?.value ?? null));
const flagCell = (row: RankingRowView) => row.flags.map((f) => `${f.text}${f.severity === 'serious' ? '（严重）' : ''}`).join('；');
const rankCell = (row: RankingRowView) => (row.rank === null ? '未排名' : String(row.rank));
const scoreCell = (row: RankingRowView) => (row.score === null ? '—' : row.score.toFixed(1));

export const unitRankingTable = (units: RankingView): BulletinTable => ({
  name: '单位排名',
  columns: [{ header: '名次', width: 8 }, { header: '单位', width: 18 }, { header: '综合得分', width: 10 }, ...componentColumns(), { header: '红色预警', width: 40 }],
  rows: units.rows.map((r) => [rankCell(r), r.name, scoreCell(r), ...componentCells(r), flagCell(r)]),
  note: units.definition,
});

export const stewardRankingTable = (details: readonly BulletinUnitDetail[]): BulletinTable => ({
  name: '管家排名',
  columns: [{ header: '单位', width: 18 }, { header: '名次', width: 8 }, { header: '服务管家', width: 12 }, { header: '综合得分', width: 10 }, ...componentColumns(), { header: '红色预警', width: 40 }],
  rows: details.flatMap((d) => d.stewards.rows.map((r) => [d.name, rankCell(r), r.name, scoreCell(r), ...componentCells(r), flagCell(r)])),
  note: '各单位内按同一综合得分公式排名。',
});

export const redFlagTable = (units: RankingView, details: readonly BulletinUnitDetail[]): BulletinTable => ({
  name: '红色预警',
  columns: [{ header: '单位', width: 18 }, { header: '服务管家', width: 12 }, { header: '预警事项', width: 20 }, { header: '数量', width: 10 }, { header: '程度', width: 8 }],
  rows: [
    ...units.rows.flatMap((u) => u.flags.map((f) => [u.name, '（单位合计）', f.label, f.text.replace(f.label, '').trim(), SEVERITY[f.severity]])),
    ...details.flatMap((d) => d.stewards.rows.flatMap((s) => s.flags.map((f) => [d.name, s.name, f.label, f.text.replace(f.label, '').trim(), SEVERITY[f.severity]]))),
  ],
  note: RED_FLAG_DEFINITION,
});

export const interviewTable = (view: Pick<BulletinView, 'interviews'>): BulletinTable => ({
  name: '约谈建议',
  columns: [{ header: '单位', width: 18 }, { header: '建议约谈原因', width: 70 }],
  rows: view.interviews.map((i) => [i.name, i.reasons.join('；')]),
});

/** Every table of a bulletin, in the document's order. A unit admin's copy carries their own unit's stewards only. */
export const bulletinTables = (view: BulletinDocumentView): BulletinTable[] => [
  figuresTable(view.district),
  unitRankingTable(view.units),
  stewardRankingTable(view.unitDetails),
  redFlagTable(view.units, view.unitDetails),
  interviewTable(view),
];
