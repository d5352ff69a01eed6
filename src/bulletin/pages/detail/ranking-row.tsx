import { Text, View } from '@tarojs/components';
import { Chip } from '@/components/chip';
import type { RankingLine } from '@/core/figures/figures.model';

const flagText = (row: RankingLine) => row.flags.map((f) => `${f.text}${f.severity === 'serious' ? '（严重）' : ''}`).join('；');

/** A unit's or a steward's line: rank, name, red flags, score; a unit's opens its detail for the district. */
export function RankingRow({ row, onOpen }: { row: RankingLine; onOpen?: () => void }) {
  const serious = row.flags.some((f) => f.severity === 'serious');
  return (
    <View className={`ranking-row${onOpen ? ' ranking-row--link' : ''}`} onClick={onOpen}>
      <Text className='ranking-row__rank'>{row.rank ?? '—'}</Text>
      <View className='ranking-row__body'>
        <View className='ranking-row__name'>
          <Text className='text-body'>{row.name}</Text>
          {row.flags.length ? <Chip tone={serious ? 'danger' : 'waiting'}>{serious ? '严重预警' : '预警'}</Chip> : null}
        </View>
        {row.flags.length ? <View className='text-meta ranking-row__flags'>{flagText(row)}</View> : null}
      </View>
      <Text className='ranking-row__score'>{row.score === null ? '无数据' : row.score.toFixed(1)}</Text>
    </View>
  );
}
