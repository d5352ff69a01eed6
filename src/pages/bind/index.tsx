import { Button, Input, Text, View } from '@tarojs/components';
import { Card } from '@/components/card';
import { FormField } from '@/components/form-field';
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
      <View className='bind-explainer'>
        请输入区科经委或服务管家发放给您的 8 位绑定码。绑定后，本微信即可使用您的账号，绑定码随即失效。
      </View>
      <Card>
        <FormField label='绑定码' name='code' required error={errors.code}>
          <View className='bind-code-row'>
            <Input
              className='bind-code-input'
              value={draft.code}
              maxlength={12}
              placeholderClass='input-placeholder'
              placeholder='例如 K7PM-Q3XD'
              onInput={(e) => change({ code: e.detail.value })}
            />
            {process.env.TARO_ENV === 'weapp' ? (
              <Button className='plain-button scan-button' size='mini' onClick={() => void scan()}>
                扫码
              </Button>
            ) : null}
          </View>
        </FormField>
        <FormField
          label='姓名'
          name='name'
          error={errors.name}
          extra={<Text className='bind-hint'>企业联系人首次绑定请填写姓名；工作人员账号可不填</Text>}
        >
          <Input
            className='bind-name-input'
            value={draft.name}
            maxlength={20}
            placeholderClass='input-placeholder'
            placeholder='您的真实姓名'
            onInput={(e) => change({ name: e.detail.value })}
          />
        </FormField>
        <FormField label='手机号（选填）' name='phone' error={errors.phone}>
          <Input
            className='bind-phone-input'
            type='number'
            value={draft.phone}
            maxlength={11}
            placeholderClass='input-placeholder'
            placeholder='便于管家与您联系'
            onInput={(e) => change({ phone: e.detail.value })}
          />
        </FormField>
      </Card>
      {formError ? <View className='form-error bind-form-error'>{formError}</View> : null}
      <View className='bind-actions'>
        <Button
          className={`primary-button bind-button${submitting ? ' is-disabled' : ''}`}
          disabled={submitting}
          onClick={() => void submit()}
        >
          {submitting ? '绑定中…' : '绑定'}
        </Button>
      </View>
    </View>
  );
}
