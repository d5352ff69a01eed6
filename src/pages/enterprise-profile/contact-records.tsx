import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { Card } from '@/components/card';
import { Chip } from '@/components/chip';
import { CheckInLine } from '@/components/fieldwork/check-in-line';
import { ContactPhotos } from '@/components/fieldwork/contact-photos';
import { FactLine } from '@/components/fact-line';
import { PagedList } from '@/components/paged-list';
import type { ContactView } from '@/core/org/org.model';
import type { usePagedList } from '@/hooks/use-paged-list';
import { handOverRecord } from '@/utils/contact-correction';
import { contactEditUrl } from '@/utils/fieldwork-urls';
import { formatDateTime } from '@/utils/format-time';

interface ContactRecordsProps {
  list: ReturnType<typeof usePagedList<ContactView>>;
  /** Whether the signed-in person may still correct this record (own, within 24 hours). */
  correctable: (record: ContactView) => boolean;
}

/** The enterprise's contact history, newest first, paged as the page scrolls. */
export function ContactRecords({ list, correctable }: ContactRecordsProps) {
  return (
    <Card className='profile-records' title='联系记录'>
      <PagedList inline list={list} emptyTitle='还没有联系记录' renderItem={(record) => <ContactRecord key={record.id} record={record} correctable={correctable(record)} />} />
    </Card>
  );
}

function correct(record: ContactView) {
  handOverRecord(record);
  void Taro.navigateTo({ url: contactEditUrl(record.id) });
}

function ContactRecord({ record, correctable }: { record: ContactView; correctable: boolean }) {
  return (
    <View className='contact-record'>
      <View className='contact-record__head'>
        <Chip className='contact-record__type'>{record.type}</Chip>
        <Text className='contact-record__at text-meta'>{formatDateTime(record.at)}</Text>
      </View>
      <FactLine labelWidth='sm' label='联系对象' value={record.who} />
      <FactLine labelWidth='sm' label='沟通内容' value={record.topics} />
      <FactLine labelWidth='sm' label='联系成效' value={record.outcome} />
      {record.nextStep ? <FactLine labelWidth='sm' label='下一步' value={record.nextStep} /> : null}
      {record.checkIn ? <CheckInLine checkIn={record.checkIn} showFlag /> : null}
      <ContactPhotos photos={record.photos} />
      <View className='contact-record__by text-meta'>
        <Text>{`记录人：${record.recordedByName}`}</Text>
        {correctable ? (
          <Text className='link contact-record__correct correct-link' onClick={() => correct(record)}>
            更正
          </Text>
        ) : null}
      </View>
    </View>
  );
}
