import { Text, View } from '@tarojs/components';
import { Chip } from '@/components/chip';
import { DateRange, FilterPanel } from '@/components/filter-panel';
import { PagedList } from '@/components/paged-list';
import { TextInput } from '@/components/text-field';
import type { AuditEntryView } from '@/core/org/org.model';
import { useFilterDraft } from '@/hooks/use-filter-draft';
import { useListPageEvents } from '@/hooks/use-list-page-events';
import { usePagedList } from '@/hooks/use-paged-list';
import { listAudit } from '../../services/district.service';
import { formatDateTime } from '@/utils/format-time';
import { roleLabel } from '../../account-labels';
import './index.scss';

interface AuditFilter {
  action: string;
  from: string;
  to: string;
}

const NO_FILTER: AuditFilter = { action: '', from: '', to: '' };

/** The filter as `audit.list` takes it: empty parts left out. */
const toAuditFilter = (f: AuditFilter) => Object.fromEntries(Object.entries(f).filter(([, value]) => value !== '')) as Partial<AuditFilter>;

/** Who did what, when: every write on the platform, read-only. */
export default function AuditPage() {
  const filter = useFilterDraft(NO_FILTER, (draft) => ({ ...draft, action: draft.action.trim() }));
  const { draft, applied } = filter;
  const list = usePagedList({ fetchPage: (page, pageSize) => listAudit({ ...toAuditFilter(applied), page, pageSize }), keyOf: (entry) => entry.id, resetKey: applied, pageSize: 20 });
  useListPageEvents({ refresh: list.refresh, loadMore: list.loadMore });

  return (
    <View className='page-root audit-page'>
      <FilterPanel error={filter.error} onClear={filter.clear} onSearch={filter.search}>
        <View className='filter-panel__row'>
          <TextInput className='filter-field search-input action-input' value={draft.action} placeholder='操作，如 account.create、enterprise' onChange={(action) => filter.change({ action })} onConfirm={filter.search} />
        </View>
        <DateRange from={draft.from} to={draft.to} onChange={filter.change} />
      </FilterPanel>
      <PagedList list={list} emptyTitle='没有符合条件的操作记录' emptyHint='可调整操作名称或日期范围后再查询。' renderItem={(entry) => <AuditItem key={entry.id} entry={entry} />} />
    </View>
  );
}

function AuditItem({ entry }: { entry: AuditEntryView }) {
  return (
    <View className='list-item audit-item'>
      <View className='audit-summary'>{entry.summary}</View>
      <View className='list-item__meta'>
        <Text className='audit-actor'>{entry.actorName ?? entry.actorId}</Text>
        <Chip tone='muted' className='audit-role'>
          {roleLabel(entry.actorRole)}
        </Chip>
      </View>
      <View className='list-item__meta audit-line'>
        <Text className='audit-action'>{entry.action}</Text>
        <Text className='audit-time'>{formatDateTime(entry.at)}</Text>
      </View>
    </View>
  );
}
