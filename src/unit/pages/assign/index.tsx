import { useState } from 'react';
import { View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { Chip } from '@/components/chip';
import { Notice } from '@/components/notice';
import { EnterpriseListScreen } from '@/components/org/enterprise-list-screen';
import { StewardPicker } from '@/components/org/steward-picker';
import { Tabs } from '@/components/tabs';
import type { StewardLoad } from '@/core/org/org.model';
import { useStewardList } from '@/hooks/use-steward-list';
import { useAssign } from '../../hooks/use-assign';
import { enterpriseProfileUrl } from '@/utils/org-urls';
import { StewardTab } from './steward-tab';
import '../../components/unit.scss';

const TABS = [{ label: '按管家' }, { label: '全部企业' }] as const;

/** The unit's stewards with their loads, and assigning each enterprise to a steward. */
export default function AssignPage() {
  const [tab, setTab] = useState<(typeof TABS)[number]>(TABS[0]);
  const [steward, setSteward] = useState<StewardLoad | null>(null);
  const [version, setVersion] = useState(0);
  const stewards = useStewardList({});
  const { notice, pendingId, assign } = useAssign(() => {
    setVersion((v) => v + 1);
    void stewards.refresh();
  });

  const showEnterprisesOf = (s: StewardLoad | null) => {
    setSteward(s);
    setTab(TABS[1]);
  };

  const noticeView = notice ? (
    <Notice tone={notice.tone} className='assign-notice'>
      {notice.text}
    </Notice>
  ) : null;
  return (
    <View className='page-root assign-page'>
      <Tabs tabs={TABS} active={tab} onChange={(t) => (t === TABS[1] ? showEnterprisesOf(null) : setTab(t))} />
      {tab === TABS[0] ? (
        <StewardTab list={stewards} onOpen={showEnterprisesOf} />
      ) : (
        <EnterpriseListScreen
          stewardId={steward?.id}
          showSteward
          version={version}
          emptyHint='本单位暂无企业'
          header={
            <>
              {steward ? (
                <View className='assign-filter'>
                  <Chip selected onClick={() => setSteward(null)}>{`管家：${steward.name} ×`}</Chip>
                </View>
              ) : null}
              {noticeView}
            </>
          }
          onOpen={(enterprise) => void Taro.navigateTo({ url: enterpriseProfileUrl(enterprise.id) })}
          actionFor={(enterprise) => (
            <StewardPicker assignable title='分配给管家' value={enterprise.stewardId} excludeId={enterprise.stewardId} onPick={(s) => void assign(enterprise, s)}>
              <View className={`small-action assign-button${pendingId === enterprise.id ? ' small-action--busy' : ''}`}>
                {pendingId === enterprise.id ? '分配中…' : enterprise.stewardId ? '改派' : '分配管家'}
              </View>
            </StewardPicker>
          )}
        />
      )}
    </View>
  );
}
