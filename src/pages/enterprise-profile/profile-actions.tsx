import { Button, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import type { Role } from '@/core/roles';
import { reportNewUrl, researchNewUrl } from '@/utils/fieldwork-urls';
import { recordContactUrl } from '@/utils/org-urls';

const go = (url: string) => () => void Taro.navigateTo({ url });

/** A steward submits a demand for this enterprise (代提); the liaison may not. */
const onBehalfDemandUrl = (id: string, name: string) => `/enterprise/pages/demand-new/index?enterpriseId=${id}&enterpriseName=${encodeURIComponent(name)}`;

/** What a steward or liaison does with the enterprise from its profile. */
export function ProfileActions({ role, id, name }: { role?: Role; id: string; name: string }) {
  if (role !== 'steward' && role !== 'liaison') return null;
  return (
    <View className='profile-actions'>
      <Button className='primary-button record-contact-button' onClick={go(recordContactUrl(id, name))}>
        记录联系
      </Button>
      <View className='profile-actions__more'>
        <Button className='plain-button profile-action new-report-button' size='mini' onClick={go(reportNewUrl(id, name))}>
          信息报送
        </Button>
        {role === 'steward' ? (
          <Button className='plain-button profile-action new-research-button' size='mini' onClick={go(researchNewUrl(id, name))}>
            记录领导调研
          </Button>
        ) : null}
        {role === 'steward' ? (
          <Button className='plain-button profile-action on-behalf-button' size='mini' onClick={go(onBehalfDemandUrl(id, name))}>
            代提诉求
          </Button>
        ) : null}
      </View>
    </View>
  );
}
