import { View } from '@tarojs/components';
import { DemandItem } from '@/components/demand/demand-item';
import { PromotionItem } from '@/components/fieldwork/promotion-item';
import { ReportItem } from '@/components/fieldwork/report-item';
import { ResearchSummary } from '@/components/fieldwork/research-summary';
import type { EnterpriseProfile } from '@/core/fieldwork/fieldwork.model';
import { enterpriseDemandsUrl, promotionListUrl, reportListUrl, researchListUrl } from '@/utils/fieldwork-urls';
import { RecentSection } from './recent-section';

/** The latest demands, reports, research visits and policy promotions of one enterprise. */
export function ProfileSections({ profile }: { profile: EnterpriseProfile }) {
  const { id, name } = profile.enterprise;
  const at = { enterpriseId: id, name };
  return (
    <View className='profile-sections'>
      <RecentSection name='demands' title='企业诉求' items={profile.demands} empty='还没有诉求' allUrl={enterpriseDemandsUrl(id, name)} render={(demand) => <DemandItem key={demand.id} demand={demand} showEnterprise={false} />} />
      <RecentSection name='reports' title='重要信息报送' items={profile.reports} empty='还没有报送记录' allUrl={reportListUrl(at)} render={(report) => <ReportItem key={report.id} report={report} />} />
      <RecentSection name='research' title='领导调研' items={profile.researchVisits} empty='还没有调研记录' allUrl={researchListUrl(at)} render={(visit) => <ResearchSummary key={visit.id} visit={visit} />} />
      <RecentSection name='promotions' title='政策宣讲' items={profile.promotions} empty='还没有宣讲记录' allUrl={promotionListUrl(id, name)} render={(promotion) => <PromotionItem key={promotion.id} promotion={promotion} />} />
    </View>
  );
}
