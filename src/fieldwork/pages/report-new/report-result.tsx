import { Button, View } from '@tarojs/components';
import { Card } from '@/components/card';
import type { ReportView } from '@/core/fieldwork/fieldwork.model';
import { goBackOrHome } from '@/utils/navigation';
import { RISK_SYNCED } from '../../hooks/use-report-form';

/** After sending: what was recorded, and the risk flag when the server raised one. */
export function ReportResult({ report, onAgain }: { report: ReportView; onAgain: () => void }) {
  return (
    <View className='report-result'>
      <Card className='report-result__card'>
        <View className='report-result__title'>已报送</View>
        <View className='report-result__line'>{`${report.enterpriseName} · ${report.category}`}</View>
        <View className='report-result__summary text-body'>{report.summary}</View>
      </Card>
      {report.risk ? (
        <Card className='report-risk'>
          <View className='report-risk__title'>风险提示</View>
          {report.riskReason ? <View className='report-risk__reason'>{report.riskReason}</View> : null}
          <View className='report-risk__synced risk-synced'>{RISK_SYNCED}</View>
        </Card>
      ) : null}
      <View className='form-actions'>
        <Button className='primary-button report-again-button' onClick={onAgain}>
          再报一条
        </Button>
        <Button className='plain-button report-back-button' onClick={goBackOrHome}>
          返回
        </Button>
      </View>
    </View>
  );
}
