import { useState } from 'react';
import { Button, Input, Text, View } from '@tarojs/components';
import type { AuditEntryView } from '@/core/org/org.model';
import { usePagedList } from '@/hooks/use-paged-list';
import { listAudit } from '@/services/district.service';
import { formatDateTime } from '@/utils/format-time';
import { roleLabel } from '../../account-labels';
import { DateField } from '../../components/date-field';
import { PagedListBody } from '../../components/paged-list-body';
import { useListPageEvents } from '@/hooks/use-list-page-events';
import '../../district.scss';
import './index.scss';

interface AuditFilter {
  action: string;
  from: string;
  to: string;
}

const NO_FILTER: AuditFilter = { action: '', from: '', to: '' };

/** Who did what, when: every write on the platform, read-only. */
export default function AuditPage() {
  const [draft, setDraft] = useState<AuditFilter>(NO_FILTER);
  const [applied, setApplied] = useState<AuditFilter>(NO_FILTER);
  const [error, setError] = useState('');
  const list = usePagedList({
    fetchPage: (page, pageSize) =>
      listAudit({
        ...(applied.action ? { action: applied.action } : {}),
        ...(applied.from ? { from: applied.from } : {}),
        ...(applied.to ? { to: applied.to } : {}),
        page,
        pageSize,
      }),
    keyOf: (entry) => entry.id,
    resetKey: applied,
    pageSize: 20,
  });
  useListPageEvents({ refresh: list.refresh, loadMore: list.loadMore });

  const search = () => {
    if (draft.from && draft.to && draft.from > draft.to) return setError('开始日期不能晚于结束日期');
    setError('');
    setApplied({ ...draft, action: draft.action.trim() });
  };
  const clear = () => {
    setError('');
    setDraft(NO_FILTER);
    setApplied(NO_FILTER);
  };

  return (
    <View className='page-root district-page audit-page'>
      <View className='audit-filters'>
        <Input
          className='search-input action-input'
          value={draft.action}
          placeholderClass='input-placeholder'
          placeholder='操作，如 account.create、enterprise'
          onInput={(e) => setDraft({ ...draft, action: e.detail.value })}
          onConfirm={search}
        />
        <View className='audit-dates'>
          <DateField className='from-date' value={draft.from} placeholder='开始日期' clearable onChange={(from) => setDraft({ ...draft, from })} />
          <Text className='audit-dates__to'>至</Text>
          <DateField className='to-date' value={draft.to} placeholder='结束日期' clearable onChange={(to) => setDraft({ ...draft, to })} />
        </View>
        {error ? <View className='field-error audit-filter-error'>{error}</View> : null}
        <View className='audit-buttons'>
          <Button className='plain-button toolbar-button clear-button' size='mini' onClick={clear}>
            清空
          </Button>
          <Button className='primary-button toolbar-button search-button' size='mini' onClick={search}>
            查询
          </Button>
        </View>
      </View>
      <PagedListBody
        list={list}
        emptyTitle='没有符合条件的操作记录'
        emptyHint='可调整操作名称或日期范围后再查询。'
        renderItem={(entry) => <AuditItem key={entry.id} entry={entry} />}
      />
    </View>
  );
}

function AuditItem({ entry }: { entry: AuditEntryView }) {
  return (
    <View className='list-item audit-item'>
      <View className='audit-summary'>{entry.summary}</View>
      <View className='list-item__meta'>
        <Text className='audit-actor'>{entry.actorName ?? entry.actorId}</Text>
        <Text className='tag tag--muted audit-role'>{roleLabel(entry.actorRole)}</Text>
      </View>
      <View className='list-item__meta audit-line'>
        <Text className='audit-action'>{entry.action}</Text>
        <Text className='audit-time'>{formatDateTime(entry.at)}</Text>
      </View>
    </View>
  );
}
