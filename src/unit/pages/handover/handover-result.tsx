import { Button, View } from '@tarojs/components';
import { Card } from '@/components/card';
import { HandoverItem } from '@/components/org/handover-item';
import type { HandoverView } from '@/core/org/org.model';
import { goBackOrHome } from '@/utils/navigation';

/** The proposal as sent: it waits for the district, whose confirmation moves the enterprises. */
export function HandoverResult({ result, onAgain }: { result: { handover: HandoverView }; onAgain: () => void }) {
  return (
    <View className='page-root handover-result'>
      <Card className='handover-result__card' title='已提交，待区科经委确认'>
        <HandoverItem handover={result.handover} />
        <View className='field-hint handover-result__rule text-hint'>
          区科经委确认后，企业移交给接任管家，接任管家、企业和本单位会收到通知；接任管家须在确认后 3 个工作日内联系每家企业（按国务院公布的节假日和调休安排计算）。
        </View>
      </Card>
      <View className='form-actions'>
        <Button className='primary-button' onClick={goBackOrHome}>
          返回工作台
        </Button>
        <Button className='plain-button handover-again' onClick={onAgain}>
          继续交接
        </Button>
      </View>
    </View>
  );
}
