import { View } from '@tarojs/components';
import type { PromotionView } from '@/core/fieldwork/fieldwork.model';
import { formatDate } from '@/utils/format-time';
import { Chip } from '../chip';
import { RecordHead } from '../record-head';
import './fieldwork-items.scss';

interface PromotionItemProps {
  promotion: PromotionView;
  showEnterprise?: boolean;
  /** The enterprise reads “管家向您介绍了…”; staff read who recorded it. */
  forEnterprise?: boolean;
}

/** A policy presented to an enterprise, and whether it intends to apply. */
export function PromotionItem({ promotion, showEnterprise, forEnterprise }: PromotionItemProps) {
  return (
    <View className='card-row promotion-item'>
      <RecordHead title={promotion.policyTitle} size='md'>
        <Chip tone={promotion.intendsToApply ? 'ok' : 'muted'} className='promotion-intent'>
          {promotion.intendsToApply ? '有意申报' : '暂不申报'}
        </Chip>
      </RecordHead>
      {showEnterprise ? <View className='promotion-item__enterprise text-subtitle'>{promotion.enterpriseName}</View> : null}
      {promotion.note ? <View className='promotion-item__note'>{promotion.note}</View> : null}
      <View className='promotion-item__meta'>
        {forEnterprise
          ? `${promotion.recordedByName} 于 ${formatDate(promotion.createdAt)} 向您介绍`
          : `${promotion.recordedByName} · ${formatDate(promotion.createdAt)} 宣讲`}
      </View>
    </View>
  );
}
