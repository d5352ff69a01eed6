import { Text, View } from '@tarojs/components';
import { CHECK_IN_FLAG_LABELS, distanceLabel } from '@/core/contact/geo';
import type { ContactView } from '@/core/org/org.model';
import { formatDateTime } from '@/utils/format-time';
import { Chip } from '../chip';
import './fieldwork-items.scss';

/**
 * When and how far from the enterprise a visit was checked in; for staff, a flag when it was too
 * far (or could not be measured), which the unit and the spot check look at.
 */
export function CheckInLine({ checkIn, showFlag }: { checkIn: NonNullable<ContactView['checkIn']>; showFlag: boolean }) {
  const far = checkIn.flag === 'far';
  return (
    <View className='contact-record__check-in text-meta'>
      <Text>{`现场打卡 ${formatDateTime(checkIn.at)}`}</Text>
      {checkIn.distanceMeters === null ? null : <Text>{` · 距企业约 ${distanceLabel(Math.round(checkIn.distanceMeters))}`}</Text>}
      {showFlag && checkIn.flag ? (
        <Chip tone={far ? 'danger' : 'muted'} className={`check-in-flag check-in-flag--${checkIn.flag}`}>
          {CHECK_IN_FLAG_LABELS[checkIn.flag]}
        </Chip>
      ) : null}
    </View>
  );
}
