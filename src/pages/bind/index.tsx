import { Button, View } from '@tarojs/components';
import { Card } from '@/components/card';
import { FormActions } from '@/components/form-actions';
import { FormField } from '@/components/form-field';
import { Notice } from '@/components/notice';
import { TextField, TextInput } from '@/components/text-field';
import { useBindForm } from './use-bind-form';
import './index.scss';

/**
 * Binding a WeChat user to the account a code was issued for (统一身份认证 stand-in): the
 * district or the steward hands the person a one-time code, typed here or scanned from its QR.
 */
export default function BindPage() {
  const { draft, change, errors, formError, submitting, submit, scan } = useBindForm();

  return (
    <View className='page-root bind-page'>
      <Notice tone='info' className='bind-explainer'>
        请输入区科经委或服务管家发放给您的 8 位绑定码。绑定后，本微信即可使用您的账号，绑定码随即失效。
      </Notice>
      <Card>
        <FormField label='绑定码' name='code' required error={errors.code}>
          <View className='bind-code-row'>
            <TextInput className='bind-code-input' value={draft.code} maxLength={12} placeholder='例如 K7PM-Q3XD' onChange={(code) => change({ code })} />
            {process.env.TARO_ENV === 'weapp' ? (
              <Button className='plain-button scan-button' size='mini' onClick={() => void scan()}>
                扫码
              </Button>
            ) : null}
          </View>
        </FormField>
        <TextField
          label='姓名'
          name='name'
          inputClassName='bind-name-input'
          error={errors.name}
          value={draft.name}
          maxLength={20}
          placeholder='您的真实姓名'
          onChange={(name) => change({ name })}
          extra={<View className='field-hint text-hint'>企业联系人首次绑定请填写姓名；工作人员账号可不填</View>}
        />
        <TextField label='手机号（选填）' name='phone' inputClassName='bind-phone-input' type='number' error={errors.phone} value={draft.phone} maxLength={11} placeholder='便于管家与您联系' onChange={(phone) => change({ phone })} />
      </Card>
      <FormActions name='bind' lockWhileBusy error={formError} busy={submitting} busyLabel='绑定中…' label='绑定' onSubmit={() => void submit()} />
    </View>
  );
}
