import Taro from '@tarojs/taro';
import { EnterpriseListScreen } from '@/components/org/enterprise-list-screen';
import { enterpriseProfileUrl } from '@/utils/org-urls';

/** The enterprises this steward serves (for a liaison: their steward's). */
export default function MyEnterprisesPage() {
  return (
    <EnterpriseListScreen
      emptyHint='区科经委或本单位总管家为您分配企业后会显示在这里。'
      onOpen={(enterprise) => void Taro.navigateTo({ url: enterpriseProfileUrl(enterprise.id) })}
    />
  );
}
