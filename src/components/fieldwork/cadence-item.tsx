import { Button, View } from '@tarojs/components';
import type { CadenceState } from '@/core/contact/cadence';
import type { CadenceRow } from '@/core/fieldwork/fieldwork.model';
import { cadenceDueLine, cadenceTag, lastContactLine } from '@/utils/cadence-labels';
import { preferencesHint } from '@/utils/preferences-hint';
import { Chip, type ChipTone } from '../chip';
import { Notice } from '../notice';
import { RecordHead } from '../record-head';
import './fieldwork-items.scss';

const TONES: Record<CadenceState, ChipTone> = { overdue: 'danger', due_soon: 'waiting', ok: 'ok' };

interface CadenceItemProps {
  row: CadenceRow;
  onOpen: () => void;
  /** Stewards and liaisons record; a unit admin only looks. */
  onRecord?: () => void;
  /** The unit's and the district's views: whose enterprise it is. */
  showSteward?: boolean;
}

/** How late, or how soon due, as a label coloured by the cadence state. */
export function CadenceChip({ row }: { row: CadenceRow }) {
  return (
    <Chip tone={TONES[row.state]} className='cadence-item__tag'>
      {cadenceTag(row)}
    </Chip>
  );
}

/** One enterprise to contact: how late, when last contacted, when due, and how it likes to be contacted. */
export function CadenceItem({ row, onOpen, onRecord, showSteward }: CadenceItemProps) {
  const hint = preferencesHint(row.preferences);
  return (
    <View className={`card-row cadence-item cadence-item--${row.state}`} onClick={onOpen}>
      <RecordHead title={row.enterpriseName} titleClassName='cadence-item__name'>
        <CadenceChip row={row} />
      </RecordHead>
      {showSteward ? <View className='cadence-item__line cadence-item__steward'>{row.stewardName ? `服务管家：${row.stewardName}` : '尚未分配管家'}</View> : null}
      <View className='cadence-item__line'>{lastContactLine(row)}</View>
      <View className='cadence-item__line cadence-item__due'>{cadenceDueLine(row)}</View>
      {hint ? (
        <Notice compact className='preference-hint'>
          {hint}
        </Notice>
      ) : null}
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
