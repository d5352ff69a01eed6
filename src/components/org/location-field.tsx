import { Button, Text, View } from '@tarojs/components';
import { CHECK_IN_MAX_DISTANCE_METERS, type LocationDraft } from '@/core/contact/geo';
import { canPickOnMap, pickPlace } from '@/services/location-picker';
import { FormField } from '../form-field';
import { TextInput } from '../text-field';
import './org.scss';

interface LocationFieldProps {
  value: LocationDraft;
  error?: string;
  /** A picked point, and the map's address for it when `withAddress`. */
  onChange: (patch: Partial<LocationDraft> & { address?: string }) => void;
  withAddress?: boolean;
}

const fixed = (n: number) => n.toFixed(6);

/**
 * Where the enterprise is, for measuring check-ins: a point picked on WeChat's map (which also
 * fills the address), or typed as 纬度/经度 (the H5 build, or a point copied from a map).
 */
export function LocationField({ value, error, onChange, withAddress }: LocationFieldProps) {
  async function pick() {
    const current = Number(value.latitude) && Number(value.longitude) ? { latitude: Number(value.latitude), longitude: Number(value.longitude) } : undefined;
    const place = await pickPlace(current);
    if (place) onChange({ latitude: fixed(place.latitude), longitude: fixed(place.longitude), ...(withAddress && place.address ? { address: place.address } : {}) });
  }
  return (
    <FormField label='企业位置（选填）' name='location' error={error}>
      <View className='location-field'>
        <Text className='location-field__label text-note'>纬度</Text>
        <TextInput className='location-latitude-input' type='digit' value={value.latitude} placeholder='如 31.239700' onChange={(latitude) => onChange({ latitude })} />
        <Text className='location-field__label text-note'>经度</Text>
        <TextInput className='location-longitude-input' type='digit' value={value.longitude} placeholder='如 121.499800' onChange={(longitude) => onChange({ longitude })} />
      </View>
      {canPickOnMap ? (
        <Button className='plain-button pick-location-button' size='mini' onClick={() => void pick()}>
          在地图上选点
        </Button>
      ) : null}
      <View className='field-hint text-hint'>{`上门走访打卡距此超过 ${CHECK_IN_MAX_DISTANCE_METERS / 1000} 公里会被标记；纬度、经度两项同时填写，清空两项即取消位置。`}</View>
    </FormField>
  );
}
