import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { AsyncCard } from '@/components/async-card';
import { useAsyncData } from '@/hooks/use-async-data';
import { useReloadOnShow } from '@/hooks/use-reload-on-show';
import { listPromotionTodos } from '@/services/policy.service';
import { policyPromoteUrl, promotionListUrl } from '@/utils/fieldwork-urls';
import './fieldwork-items.scss';

const SHOWN = 5;

/** On a steward's home: pushed policies still to present to their enterprises; a tap opens the promotion form. */
export function PromotionTodosCard() {
  const { state, reload } = useAsyncData(() => listPromotionTodos({ page: 1, pageSize: SHOWN }), 'promotion-todos');
  useReloadOnShow(reload);
  return (
    <AsyncCard
      className='promotion-todos'
      title='政策宣讲待办'
      link={{ label: '全部', onClick: () => void Taro.navigateTo({ url: promotionListUrl(undefined, undefined, 'todo') }) }}
      state={state}
      onRetry={() => void reload()}
      isEmpty={(page) => page.items.length === 0}
      emptyText='没有待宣讲的政策'
    >
      {(page) =>
        page.items.map((todo) => (
          <View
            key={todo.id}
            className='oversight-row promotion-todo'
            onClick={() => void Taro.navigateTo({ url: policyPromoteUrl(todo.policyId, todo.policyTitle, todo.enterpriseId, todo.enterpriseName) })}
          >
            <View>
              <View className='promotion-todo__enterprise'>{todo.enterpriseName}</View>
              <Text className='text-meta'>{todo.policyTitle}</Text>
            </View>
            <Text className='oversight-row__value'>去宣讲 ›</Text>
          </View>
        ))
      }
    </AsyncCard>
  );
}
