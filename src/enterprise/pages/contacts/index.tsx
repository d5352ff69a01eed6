import { Text, View } from '@tarojs/components';
import { Card } from '@/components/card';
import { PagedList } from '@/components/paged-list';
import { TimelineEntry } from '@/components/timeline';
import { ContactPhotos } from '@/components/fieldwork/contact-photos';
import type { ContactView } from '@/core/org/org.model';
import { useListPageEvents } from '@/hooks/use-list-page-events';
import { usePagedList } from '@/hooks/use-paged-list';
import { listContacts } from '@/services/contact.service';
import { formatDateTime } from '@/utils/format-time';

// How each contact type reads to the enterprise.
const HOW: Record<string, string> = { 电话: '电话联系', 座谈: '座谈交流', 上门走访: '上门走访', '短信/微信': '短信/微信联系', 其他: '其他方式联系' };

/** The enterprise's own history with its stewards: when, how, who, what was discussed and what came of it. */
export default function EnterpriseContactsPage() {
  // The server answers an enterprise contact with its own enterprise's records only.
  const list = usePagedList({ fetchPage: (page, pageSize) => listContacts({ page, pageSize }), keyOf: (c) => c.id });
  useListPageEvents({ refresh: list.refresh, loadMore: list.loadMore });
  return (
    <View className='page-root contacts-timeline-page'>
      <View className='page-note'>服务管家每次与贵企业联系、走访后都会在这里留下记录。如记录与实际不符，可直接联系管家或属地单位。</View>
      <PagedList
        list={list}
        emptyTitle='还没有联系记录'
        emptyHint='服务管家联系或走访贵企业后，记录会显示在这里。'
        renderItem={(contact) => <ContactEntry key={contact.id} contact={contact} />}
        wrap={(entries) => <Card className='contact-timeline'>{entries}</Card>}
      />
    </View>
  );
}

function ContactEntry({ contact }: { contact: ContactView }) {
  return (
    <TimelineEntry>
      <View className='timeline-entry__head'>
        <Text className='timeline-entry__title text-title'>{HOW[contact.type] ?? contact.type}</Text>
        <Text className='timeline-entry__time text-meta'>{formatDateTime(contact.at)}</Text>
      </View>
      <View className='timeline-entry__who text-note'>{`${contact.recordedByName} 与 ${contact.who} 沟通`}</View>
      <View className='timeline-entry__text text-body'>{`沟通内容：${contact.topics}`}</View>
      <View className='timeline-entry__text text-body'>{`结果：${contact.outcome}`}</View>
      {contact.nextStep ? <View className='timeline-entry__text text-body'>{`下一步：${contact.nextStep}`}</View> : null}
      <ContactPhotos photos={contact.photos} />
    </TimelineEntry>
  );
}
