import { View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { AsyncView } from '@/components/async-view';
import { IssuedCodeCard } from '@/components/org/issued-code-card';
import type { IssuedCode } from '@/core/org/org.model';
import { useAsyncData } from '@/hooks/use-async-data';
import { CloudError } from '@/services/cloud-error';
import { issueContactCode } from '../../services/contact-code.service';
import { paramText } from '@/utils/org-urls';
import './index.scss';

const missingId = () => Promise.reject(new CloudError('NOT_FOUND', '链接中缺少企业编号，请从企业档案重新进入'));
const FINAL_ERRORS = { NOT_FOUND: '未能生成绑定码' };

/** The steward issues a one-time code; the enterprise contact enters it or scans the QR code. */
export default function ContactCodePage() {
  const params = useRouter().params;
  const enterpriseId = params.enterpriseId ?? '';
  const enterpriseName = paramText(params.name);
  const { state, reload } = useAsyncData(() => (enterpriseId ? issueContactCode(enterpriseId) : missingId()), enterpriseId);

  return (
    <AsyncView state={state} onRetry={() => void reload()} loadingText='正在生成绑定码…' errorTitle='未能生成绑定码' finalErrors={FINAL_ERRORS}>
      {(issued) => <CodeSlip issued={issued} enterpriseName={enterpriseName} onAgain={() => void reload()} />}
    </AsyncView>
  );
}

function CodeSlip({ issued, enterpriseName, onAgain }: { issued: IssuedCode; enterpriseName: string; onAgain: () => void }) {
  return (
    <View className='page-root contact-code'>
      <IssuedCodeCard
        issued={issued}
        heading={
          <>
            {enterpriseName ? <View className='text-title'>{enterpriseName}</View> : null}
            <View className='text-meta'>企业联系人绑定码</View>
          </>
        }
      />
      <View className='contact-code__explain'>
        请企业联系人打开小程序，输入绑定码或扫码完成绑定。绑定码只显示这一次，请当面或通过可靠渠道交给企业联系人。
      </View>
      <View className='contact-code__again link' onClick={onAgain}>
        重新生成绑定码
      </View>
    </View>
  );
}
