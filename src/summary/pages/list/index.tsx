import { useState } from 'react';
import { View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { LoadingState } from '@/components/loading-state';
import { Tabs } from '@/components/tabs';
import { summaryYearOn } from '@/core/summary/summary.deadline';
import { useSession } from '@/hooks/use-session';
import { shanghaiNow } from '@/utils/shanghai-clock';
import { StewardSummaries } from './steward-summaries';
import { UnitSummaries } from './unit-summaries';
import './index.scss';

const current = summaryYearOn(shanghaiNow().date);
const YEARS = [current, current - 1].map((year) => ({ label: `${year} 年度`, year }));

/** A year's summaries: a unit's stewards for its admin (and its own unit summary), every unit for the district. */
export default function SummaryListPage() {
  const { unitId } = useRouter().params;
  const { session } = useSession();
  // Who is looking decides what is listed: wait for the session rather than load the wrong list first.
  if (session.status !== 'ready') return <LoadingState />;
  return <SummaryList isDistrict={session.user?.role === 'district_admin'} unitId={unitId} />;
}

function SummaryList({ isDistrict, unitId }: { isDistrict: boolean; unitId?: string }) {
  const [tab, setTab] = useState(YEARS[0]);
  return (
    <View className='page-root summary-list-page'>
      <Tabs name='year' tabs={YEARS} active={tab} onChange={setTab} />
      {isDistrict && !unitId ? <UnitSummaries year={tab.year} /> : <StewardSummaries year={tab.year} unitId={unitId} isDistrict={isDistrict} />}
    </View>
  );
}
