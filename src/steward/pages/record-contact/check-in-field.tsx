import { Button, View } from '@tarojs/components';
import { FormField } from '@/components/form-field';
import type { useCheckIn } from '@/hooks/use-check-in';
import { formatDateTime } from '@/utils/format-time';

interface CheckInFieldProps {
  location: ReturnType<typeof useCheckIn>;
  error?: string;
}

/** 上门走访 carries a check-in taken on the spot: the device's time and position. */
export function CheckInField({ location, error }: CheckInFieldProps) {
  const { state, checkIn } = location;
  return (
    <FormField label='现场打卡' name='checkIn' required error={state.status === 'failed' ? undefined : error}>
      {state.status === 'done' ? (
        <View className='check-in check-in--done'>
          {`已打卡 ${formatDateTime(state.checkIn.at)}（${state.checkIn.latitude.toFixed(5)}, ${state.checkIn.longitude.toFixed(5)}）`}
        </View>
      ) : (
        <View className='check-in__hint text-meta'>到达企业后点击打卡，记录当前时间和位置</View>
      )}
      {state.status === 'failed' ? <View className='field-error check-in-error'>{state.message}</View> : null}
      {/* No `disabled` prop: Taro H5 greys out any button carrying it, even disabled="false"; checkIn() ignores repeat taps. */}
      <Button
        className={`plain-button check-in-button${state.status === 'locating' ? ' is-disabled' : ''}`}
        size='mini'
        onClick={() => void checkIn()}
      >
        {state.status === 'locating' ? '定位中…' : state.status === 'done' ? '重新打卡' : '现场打卡定位'}
      </Button>
    </FormField>
  );
}
