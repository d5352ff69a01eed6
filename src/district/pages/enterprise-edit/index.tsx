import { Button } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { ErrorState } from '@/components/error-state';
import { LoadingState } from '@/components/loading-state';
import { useAsyncData } from '@/hooks/use-async-data';
import { getEnterprise } from '@/services/enterprise.service';
import { goBackOrHome } from '@/utils/navigation';
import { EnterpriseForm } from './enterprise-form';
import '../../district.scss';

/** `?id=` edits that enterprise; without it, a new one is added to the list. */
export default function EnterpriseEditPage() {
  const id = useRouter().params.id ?? '';
  const { state, reload } = useAsyncData(() => (id ? getEnterprise(id) : Promise.resolve(undefined)), id);

  if (state.status === 'loading') return <LoadingState />;
  if (state.status === 'error') {
    return (
      <ErrorState
        message={state.error.message}
        onRetry={state.error.code === 'NOT_FOUND' ? undefined : () => void reload()}
        action={
          <Button className='plain-button back-button' size='mini' onClick={goBackOrHome}>
            返回
          </Button>
        }
      />
    );
  }
  return <EnterpriseForm existing={state.data} />;
}
