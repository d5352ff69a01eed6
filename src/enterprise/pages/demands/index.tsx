import { Button } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { DemandListScreen } from '@/components/demand/demand-list-screen';

const NEW_DEMAND_URL = '/enterprise/pages/demand-new/index';

/** The enterprise's own demands. */
export default function EnterpriseDemandsPage() {
  return (
    <DemandListScreen
      showEnterprise={false}
      emptyHint='遇到政策、融资、用地、人才等方面的问题，都可以向您的服务管家提交诉求。'
      emptyAction={
        <Button className='primary-button submit-demand-button' size='mini' onClick={() => void Taro.navigateTo({ url: NEW_DEMAND_URL })}>
          提交诉求
        </Button>
      }
    />
  );
}
