import { Text, View } from '@tarojs/components';
import { TimelineEntry } from '@/components/timeline';
import type { DemandTimelineEntry } from '@/core/demand/demand.model';
import { ROLE_LABELS, type Role } from '@/core/roles';
import { formatDateTime } from '@/utils/format-time';

const roleLabel = (role: string) => ROLE_LABELS[role as Role] ?? '';

/** What happened to the demand, oldest first, in the words the server gives. */
export function DemandTimeline({ entries }: { entries: DemandTimelineEntry[] }) {
  if (entries.length === 0) return <Text className='card-hint'>暂无办理记录</Text>;
  return (
    <View className='demand-timeline'>
      {entries.map((entry, index) => (
        <TimelineEntry key={`${entry.at}-${index}`}>
          <View className='timeline-entry__time text-meta'>{formatDateTime(entry.at)}</View>
          <View className='timeline-entry__who text-note'>
            {entry.actorName}
            {roleLabel(entry.actorRole) ? `（${roleLabel(entry.actorRole)}）` : ''}
          </View>
          <View className='timeline-entry__text text-body'>{entry.text}</View>
        </TimelineEntry>
      ))}
    </View>
  );
}
