import { Button, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { Card } from '@/components/card';
import { DEPARTMENT_LIST, DepartmentDemandsCard } from '@/components/demand/home-demand-cards';
import { figuresUrl } from '@/utils/oversight-urls';
import './role-homes.scss';
import './department-home.scss';

/**
 * A handling department's home: its demands by stage (受理 and first contact within 1 working day
 * of dispatch; 5 or 15 working days to resolve), and the way into the list.
 */
export function DepartmentHome() {
  return (
    <View className='department-home'>
      <DepartmentDemandsCard />
      <Card className='department-rules' title='办理时限'>
        <View className='card-hint'>派单后 1 个工作日内受理并联系企业；简单件 5 个工作日、复杂件 15 个工作日内办结。不属于本部门职责的，请退回区科经委重新派单。</View>
        <Button className='primary-button department-list-button' onClick={() => void Taro.navigateTo({ url: DEPARTMENT_LIST })}>
          查看本部门诉求
        </Button>
        <Button className='plain-button department-figures-button' onClick={() => void Taro.navigateTo({ url: figuresUrl() })}>
          本部门办理数据
        </Button>
      </Card>
    </View>
  );
}
