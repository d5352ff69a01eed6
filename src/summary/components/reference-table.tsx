import { Text, View } from '@tarojs/components';
import { Card } from '@/components/card';
import { Chip } from '@/components/chip';
import { formatFigure } from '@/core/figures/figure-catalogue';
import { SUMMARY_STATE_LABELS, type SummaryReference } from '@/core/summary/summary.model';
import { formatHours } from '@/core/summary/summary.prefill';
import { formatDate, formatDateTime } from '@/utils/format-time';
import { STATE_TONES } from './summary-words';
import './summary.scss';

/** The data beside the text: each figure with its 口径, live while writing, frozen once submitted. */
export function ReferenceTable({ reference, frozen }: { reference: SummaryReference; frozen: boolean }) {
  return (
    <Card className='summary-reference' title={`平台数据 · ${reference.periodLabel}`}>
      <View className='text-hint summary-reference__when'>
        {frozen ? `提交时定格（${formatDateTime(reference.computedAt)}）` : `截至 ${formatDateTime(reference.computedAt)}，提交时定格`}
        {reference.stockDay ? `；服务企业等存量指标取 ${reference.stockDay} 数据` : ''}
      </View>
      {reference.rows.map((row) => (
        <View key={row.key} className={`summary-reference__row summary-reference__row--${row.key}`}>
          <View className='summary-reference__head'>
            <Text className='summary-reference__label'>{row.label}</Text>
            <Text className='summary-reference__value'>{row.text}</Text>
          </View>
          <View className='text-hint summary-reference__definition'>{row.definition}</View>
        </View>
      ))}
      {reference.highlights.length ? (
        <View className='summary-highlights'>
          <Text className='text-subtitle'>典型案例（企业评价“非常满意”）</Text>
          {reference.highlights.map((h) => (
            <View key={h.demandId} className='summary-highlights__item text-body'>
              {formatDate(h.closedAt)} {h.title}（{h.enterpriseName}，{h.stewardName}）
            </View>
          ))}
        </View>
      ) : null}
    </Card>
  );
}

interface StewardAnnexProps {
  reference: SummaryReference;
  onOpen?: (summaryId: string) => void;
  /** Opens the list of every steward's summary (when the annex shows only its first stewards). */
  onAll?: () => void;
}

/**
 * A unit summary's annex: each steward, their personal summary's state and a few of their figures.
 * While the summary is written it lists the first stewards by name (a unit may have hundreds); the
 * submission keeps every one.
 */
export function StewardAnnex({ reference, onOpen, onAll }: StewardAnnexProps) {
  if (!reference.stewards) return null;
  const count = reference.stewardCount ?? reference.stewards.length;
  const partial = count > reference.stewards.length;
  return (
    <Card className='summary-annex' title={`本单位管家（${count} 名）`}>
      {reference.stewards.length === 0 ? <Text className='card-hint'>本单位暂无管家</Text> : null}
      {partial ? <View className='text-hint summary-annex__partial'>{`此处列出 ${reference.stewards.length} 名，提交时附件列出全部 ${count} 名。`}</View> : null}
      {reference.stewards.map((m) => {
        const open = m.summaryId && onOpen ? () => onOpen(m.summaryId!) : undefined;
        return (
          <View key={m.stewardId} className={`summary-annex__row${open ? ' summary-annex__row--link' : ''}`} onClick={open}>
            <View className='summary-annex__head'>
              <Text className='summary-annex__name'>{m.name}</Text>
              <Chip tone={STATE_TONES[m.state]}>{SUMMARY_STATE_LABELS[m.state]}</Chip>
            </View>
            <View className='summary-annex__facts text-meta'>
              <Text>服务企业 {formatFigure('enterprises', m.enterprises)}</Text>
              <Text>联系 {formatFigure('contacts', m.contacts)}</Text>
              <Text>走访 {formatFigure('onsiteVisits', m.onsiteVisits)}</Text>
              <Text>办结 {formatFigure('resolved', m.resolved)}</Text>
              <Text>满意率 {formatFigure('satisfiedRate', m.satisfiedRate)}</Text>
              <Text>培训 {formatHours(m.trainingHours)}</Text>
            </View>
          </View>
        );
      })}
      {partial && onAll ? (
        <View className='summary-annex__all link' onClick={onAll}>
          查看全部管家的个人总结 ›
        </View>
      ) : null}
    </Card>
  );
}
