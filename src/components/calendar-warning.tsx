import { Text, View } from '@tarojs/components';
import { Notice } from './notice';
import './calendar-warning.scss';

interface CalendarWarningProps {
  warning: { title: string; body: string } | null;
  /** On the district home: tap to open the calendar and enter the year. */
  onOpen?: () => void;
}

/** Loud, because deadlines are silently wrong until someone acts: the official schedule runs out ahead. */
export function CalendarWarning({ warning, onOpen }: CalendarWarningProps) {
  if (!warning) return null;
  return (
    <Notice tone='error' className='calendar-warning' onClick={onOpen}>
      <View className='calendar-warning__title'>{`⚠ ${warning.title}`}</View>
      <View className='calendar-warning__body'>{warning.body}</View>
      {onOpen ? <Text className='calendar-warning__action'>去录入 ›</Text> : null}
    </Notice>
  );
}
