import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { Card } from '@/components/card';
import { Chip } from '@/components/chip';
import { FactLine } from '@/components/fact-line';
import { StatGrid } from '@/components/stat-grid';
import { BULLETIN_STATUS_LABELS, type BulletinUnitDetail, type BulletinView } from '@/core/bulletin/bulletin.model';
import type { FiguresView, RankingLine, RankingView } from '@/core/figures/figures.model';
import { formatDateTime } from '@/utils/format-time';
import { bulletinUrl } from '@/utils/bulletin-urls';
import { StewardRankingCard } from './bulletin-stewards';
import { RankingRow } from './ranking-row';

/** The figures a reader looks at first; every figure with its 口径 follows in the list below. */
const KEY_FIGURES = ['received', 'resolved', 'resolveOnTimeRate', 'satisfiedRate', 'contactCoverageRate', 'overdueNow'];

export function BulletinHead({ view }: { view: BulletinView }) {
  return (
    <Card className='bulletin-head'>
      <View className='bulletin-head__title text-title'>{view.title}</View>
      <View className='bulletin-head__meta'>
        <Chip tone={view.status === 'published' ? 'ok' : 'waiting'} className='bulletin-status'>
          {BULLETIN_STATUS_LABELS[view.status]}
        </Chip>
        <Text className='text-meta'>{view.publishedAt ? `${formatDateTime(view.publishedAt)} 发布` : `${formatDateTime(view.generatedAt)} 生成`}</Text>
      </View>
    </Card>
  );
}

export function SummaryCard({ view }: { view: BulletinView }) {
  return (
    <Card className='bulletin-summary' title='总体情况'>
      <View className='text-body bulletin-summary__text'>{view.summary}</View>
      <View className='bulletin-remarks'>
        <Text className='text-note'>区科经委意见：</Text>
        <Text className='text-body bulletin-remarks__text'>{view.remarks || '无'}</Text>
      </View>
    </Card>
  );
}

export function FiguresCard({ figures, title }: { figures: FiguresView; title: string }) {
  const byKey = new Map(figures.figures.map((f) => [f.key, f]));
  const stats = KEY_FIGURES.map((k) => byKey.get(k)!).map((f) => ({ key: f.key, label: f.label, value: f.text, alert: f.key === 'overdueNow' && (f.value ?? 0) > 0 }));
  return (
    <Card className='bulletin-figures' title={title}>
      <StatGrid stats={stats} />
      {figures.groups.map((g) => (
        <View key={g.group} className='bulletin-figures__group'>
          <View className='bulletin-figures__group-title text-note'>{g.label}</View>
          {g.keys.map((k) => byKey.get(k)!).map((f) => (
            <View key={f.key} className='bulletin-figure' onClick={() => void Taro.showModal({ title: `${f.label}口径`, content: f.definition, showCancel: false, confirmText: '知道了' })}>
              <FactLine label={f.label} labelWidth='lg' value={`${f.text}${f.change ? `（较上月${f.change.text}）` : ''}`} />
            </View>
          ))}
        </View>
      ))}
      <View className='text-meta bulletin-figures__hint'>点击指标查看口径</View>
    </Card>
  );
}

/** The units' ranking as a table with each row's red flags (its chart is among the bulletin's charts). */
export function RankingCard({ ranking, title, className, openRow }: { ranking: RankingView<RankingLine>; title: string; className: string; openRow?: (row: RankingLine) => string | undefined }) {
  return (
    <Card className={className} title={title}>
      {ranking.rows.length === 0 ? <Text className='card-hint'>暂无</Text> : null}
      {ranking.rows.map((row) => {
        const url = openRow?.(row);
        return <RankingRow key={row.id} row={row} onOpen={url ? () => void Taro.navigateTo({ url }) : undefined} />;
      })}
      <View className='text-meta ranking-definition'>口径：{ranking.definition}</View>
    </Card>
  );
}

export function UnitDetailCards({ bulletinId, detail }: { bulletinId: string; detail: BulletinUnitDetail<RankingLine> }) {
  return (
    <>
      <FiguresCard figures={detail.figures} title={`${detail.name} 主要指标`} />
      <StewardRankingCard bulletinId={bulletinId} detail={detail} />
    </>
  );
}

export function InterviewsCard({ view }: { view: BulletinView }) {
  if (view.interviews.length === 0) return null;
  return (
    <Card className='bulletin-interviews' title='约谈建议'>
      {view.interviews.map((i) => (
        <FactLine key={i.id} label={i.name} labelWidth='lg' value={i.reasons.join('；')} />
      ))}
    </Card>
  );
}

/** The district opens a unit's own detail from the unit ranking. */
export const unitDetailUrl = (view: BulletinView) => (row: RankingLine) => bulletinUrl(view.id, row.id);
