import type { ReactNode } from 'react';
import { View } from '@tarojs/components';
import type { HandoverStatus, HandoverView } from '@/core/org/org.model';
import { formatDateTime } from '@/utils/format-time';
import { Chip, type ChipTone } from '../chip';
import { RecordHead } from '../record-head';

const STATUS: Record<HandoverStatus, [string, ChipTone]> = { pending: ['待区科经委确认', 'waiting'], confirmed: ['已生效', 'ok'], rejected: ['已退回', 'danger'] };

const enterprisesLine = (h: HandoverView) =>
  `${h.enterpriseNames.slice(0, 3).join('、')}${h.enterpriseNames.length > 3 ? ` 等 ${h.enterpriseNames.length} 家` : `（${h.enterpriseNames.length} 家）`}`;

/** One steward change: who to whom, which enterprises, why, and where the district's decision stands. */
export function HandoverItem({ handover, showUnit, children }: { handover: HandoverView; showUnit?: boolean; children?: ReactNode }) {
  const [label, tone] = STATUS[handover.status];
  return (
    <View className={`list-item handover-request handover-request--${handover.status}`}>
      <RecordHead title={`${handover.fromStewardName} → ${handover.toStewardName}`} titleClassName='handover-request__stewards'>
        <Chip tone={tone} className='handover-request__status'>
          {label}
        </Chip>
      </RecordHead>
      {showUnit && handover.unitName ? <View className='list-item__meta'>{handover.unitName}</View> : null}
      <View className='list-item__meta handover-request__enterprises'>{`企业：${enterprisesLine(handover)}`}</View>
      <View className='list-item__meta handover-request__reason'>{`原因：${handover.reason}`}</View>
      {handover.decisionReason ? <View className='list-item__meta handover-request__decision'>{`区科经委意见：${handover.decisionReason}`}</View> : null}
      <View className='list-item__meta'>
        {`${handover.proposedByName} 提出于 ${formatDateTime(handover.createdAt)}${handover.decidedAt ? `，${handover.status === 'confirmed' ? '确认' : '退回'}于 ${formatDateTime(handover.decidedAt)}` : ''}`}
      </View>
      {children}
    </View>
  );
}
