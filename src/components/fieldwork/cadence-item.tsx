import { Button, Text, View } from '@tarojs/components';
import type { CadenceRow } from '@/core/fieldwork/fieldwork.model';
import { cadenceDueLine, cadenceTag, lastContactLine } from '@/utils/cadence-labels';
import { preferencesHint } from '@/utils/preferences-hint';
import './fieldwork-items.scss';

interface CadenceItemProps {
  row: CadenceRow;
  onOpen: () => void;
  /** Stewards and liaisons record; a unit admin only looks. */
  onRecord?: () => void;
}

/** One enterprise to contact: how late, when last contacted, when due, and how it likes to be contacted. */
export function CadenceItem({ row, onOpen, onRecord }: CadenceItemProps) {
  const hint = preferencesHint(row.preferences);
  return (
    <View className={`cadence-item cadence-item--${row.state}`} onClick={onOpen}>
      <View className='cadence-item__head'>
        <Text className='cadence-item__name'>{row.enterpriseName}</Text>
        <Text className={`cadence-item__tag cadence-item__tag--${row.state}`}>{cadenceTag(row)}</Text>
      </View>
      <View className='cadence-item__line'>{lastContactLine(row)}</View>
      <View className='cadence-item__line cadence-item__due'>{cadenceDueLine(row)}</View>
      {hint ? <View className='cadence-item__prefs preference-hint'>{hint}</View> : null}
      {onRecord ? (
        <View className='cadence-item__actions'>
          <Button
            className='plain-button cadence-item__record record-contact-link'
            size='mini'
            onClick={(e) => {
              e.stopPropagation();
              onRecord();
            }}
          >
            记录联系
          </Button>
        </View>
      ) : null}
    </View>
  );
}
