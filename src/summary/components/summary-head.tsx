import { Text, View } from '@tarojs/components';
import { Card } from '@/components/card';
import { Chip } from '@/components/chip';
import { FactLine } from '@/components/fact-line';
import { Notice } from '@/components/notice';
import { SECTION_KEYS, SECTION_LABELS, SUMMARY_KIND_LABELS, SUMMARY_STATE_LABELS, type SummaryDetail } from '@/core/summary/summary.model';
import { formatDateTime } from '@/utils/format-time';
import { STATE_TONES } from './summary-words';
import './summary.scss';

/** Whose summary, where it stands, the deadline, and why it came back if it did. */
export function SummaryHead({ summary }: { summary: SummaryDetail }) {
  const lastReturn = summary.returns[summary.returns.length - 1];
  return (
    <Card className='summary-head'>
      <View className='summary-head__title'>
        <Text className='text-title'>
          {summary.year} 年 · {summary.subjectName}
        </Text>
        <Chip tone={STATE_TONES[summary.status]} className='summary-status'>
          {summary.version ? SUMMARY_STATE_LABELS[summary.status] : '未保存'}
        </Chip>
      </View>
      <FactLine label='类型' value={SUMMARY_KIND_LABELS[summary.kind]} />
      {summary.kind === 'steward' ? <FactLine label='单位' value={summary.unitName} /> : null}
      <FactLine label='截止' value={summary.deadline ? `${summary.deadline}（区科经委设定）` : '区科经委尚未设定'} />
      {summary.submittedAt ? <FactLine label='提交' value={`${formatDateTime(summary.submittedAt)}${summary.late ? '（逾期）' : ''}`} /> : null}
      {summary.acceptedAt ? <FactLine label='通过' value={`${formatDateTime(summary.acceptedAt)} ${summary.acceptedByName ?? ''}`} /> : null}
      {summary.status === 'returned' && lastReturn ? (
        <Notice tone='warning' className='summary-returned'>
          {lastReturn.byName}于 {formatDateTime(lastReturn.at)} 退回修改：{lastReturn.reason}
        </Notice>
      ) : null}
    </Card>
  );
}

/** The five sections as the reviewer reads them. */
export function SummaryText({ summary }: { summary: SummaryDetail }) {
  return (
    <Card className='summary-text' title='总结正文'>
      {SECTION_KEYS.map((k, i) => (
        <View key={k} className={`summary-section summary-section--${k}`}>
          <Text className='text-subtitle'>
            {['一', '二', '三', '四', '五'][i]}、{SECTION_LABELS[k]}
          </Text>
          <View className='text-body summary-section__text'>{summary.sections[k] || '（未填写）'}</View>
        </View>
      ))}
    </Card>
  );
}
