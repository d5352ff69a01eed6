import Taro from '@tarojs/taro';
import { Card } from '@/components/card';
import { type Entry, EntryGrid } from '@/components/entry-grid';
import { policyLibraryUrl, reportListUrl, reportNewUrl, researchListUrl } from '@/utils/fieldwork-urls';
import { figuresUrl } from '@/utils/oversight-urls';
import { summaryWriteUrl } from '@/utils/summary-urls';
import { STEWARD_TRAINING_URL } from '@/utils/training-urls';
import { FINDINGS_URL } from '@/utils/inspection-urls';

const entry = (key: string, label: string, hint: string, url: string): Entry => ({
  key,
  label,
  hint,
  className: `fieldwork-entry fieldwork-entry--${key}`,
  onClick: () => void Taro.navigateTo({ url }),
});

const STEWARD: Entry[] = [
  entry('research', '领导调研', '陪同记录、承诺跟踪', researchListUrl()),
  entry('report', '信息报送', '八类重要信息', reportNewUrl()),
  entry('reports', '我的报送', '已报送的信息', reportListUrl()),
  entry('policies', '政策库', '查政策、记宣讲', policyLibraryUrl()),
  entry('training', '培训学习', '必修课程、现场签到', STEWARD_TRAINING_URL),
  entry('findings', '抽查结果', '记录经企业核实的结果', FINDINGS_URL),
  entry('figures', '我的数据', '服务、诉求与评价的统计和走势', figuresUrl()),
  entry('summary', '年度总结', '按平台数据预填', summaryWriteUrl()),
];

// A liaison records information for the steward but does not accompany leaders' visits.
const LIAISON = STEWARD.filter((e) => !['research', 'training', 'findings', 'figures', 'summary'].includes(e.key));

/** The way into research visits, key-information reports and the policy library. */
export function FieldworkEntries({ role }: { role: 'steward' | 'liaison' }) {
  return (
    <Card className='fieldwork-entries' title='服务工作'>
      <EntryGrid entries={role === 'steward' ? STEWARD : LIAISON} />
    </Card>
  );
}
