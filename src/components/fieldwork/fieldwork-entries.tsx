import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { Card } from '@/components/card';
import { policyLibraryUrl, reportListUrl, reportNewUrl, researchListUrl } from '@/utils/fieldwork-urls';

interface Entry {
  key: string;
  label: string;
  hint: string;
  url: string;
}

const STEWARD: Entry[] = [
  { key: 'research', label: '领导调研', hint: '陪同记录、承诺跟踪', url: researchListUrl() },
  { key: 'report', label: '信息报送', hint: '八类重要信息', url: reportNewUrl() },
  { key: 'reports', label: '我的报送', hint: '已报送的信息', url: reportListUrl() },
  { key: 'policies', label: '政策库', hint: '查政策、记宣讲', url: policyLibraryUrl() },
];

// A liaison records information for the steward but does not accompany leaders' visits.
const LIAISON = STEWARD.filter((e) => e.key !== 'research');

/** The way into research visits, key-information reports and the policy library. */
export function FieldworkEntries({ role }: { role: 'steward' | 'liaison' }) {
  return (
    <Card className='fieldwork-entries' title='服务工作'>
      <View className='entry-grid'>
        {(role === 'steward' ? STEWARD : LIAISON).map((entry) => (
          <View key={entry.key} className={`entry-grid__item fieldwork-entry fieldwork-entry--${entry.key}`} onClick={() => void Taro.navigateTo({ url: entry.url })}>
            <Text className='entry-grid__label'>{entry.label}</Text>
            <Text className='entry-grid__hint'>{entry.hint}</Text>
          </View>
        ))}
      </View>
    </Card>
  );
}
