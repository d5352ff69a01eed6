import { Text, View } from '@tarojs/components';
import { Chip } from '@/components/chip';
import { SUMMARY_STATE_LABELS, type SummaryListView, type SummaryRow } from '@/core/summary/summary.model';
import { formatDate } from '@/utils/format-time';
import { STATE_TONES } from '../../components/summary-words';

interface SummaryRowItemProps {
  row: SummaryRow;
  of: SummaryListView['of'];
  onOpen?: () => void;
  /** The district's unit rows: to that unit's stewards' summaries. */
  onStewards?: () => void;
}

/** A steward's or a unit's summary in a reviewer's list: who, its state, when it came in. */
export function SummaryRowItem({ row, of, onOpen, onStewards }: SummaryRowItemProps) {
  return (
    <View className={`summary-row${onOpen ? ' summary-row--link' : ''}`} onClick={onOpen}>
      <View className='summary-row__head'>
        <Text className='summary-row__name'>{row.subjectName}</Text>
        <Chip tone={STATE_TONES[row.state]} className='summary-row__state'>
          {SUMMARY_STATE_LABELS[row.state]}
        </Chip>
      </View>
      <View className='text-meta summary-row__meta'>
        {row.submittedAt ? `${formatDate(row.submittedAt)} 提交${row.late ? '（逾期）' : ''}` : of === 'units' ? '单位总结未提交' : '个人总结未提交'}
        {row.returns ? ` · 退回 ${row.returns} 次` : ''}
        {onStewards ? (
          <Text className='link summary-row__stewards' onClick={(e) => { e.stopPropagation(); onStewards(); }}>
            {' '}管家总结 ›
          </Text>
        ) : null}
      </View>
    </View>
  );
}
