import { useState } from 'react';
import { Input, View } from '@tarojs/components';
import { useAsyncData } from '@/hooks/use-async-data';
import { listEnterprises } from '@/services/enterprise.service';

interface Picked {
  id: string;
  name: string;
}

interface EnterpriseSearchPickProps {
  picked: Picked | null;
  onPick: (enterprise: Picked | null) => void;
}

/** Find one of the unit's enterprises by name and choose it. */
export function EnterpriseSearchPick({ picked, onPick }: EnterpriseSearchPickProps) {
  const [keyword, setKeyword] = useState('');
  const [query, setQuery] = useState('');
  const { state, reload } = useAsyncData(() => listEnterprises({ keyword: query || undefined, page: 1, pageSize: 10 }), query);

  if (picked) {
    return (
      <View className='picked-enterprise'>
        <View className='picker-value'>{picked.name}</View>
        <View className='link picked-enterprise__change' onClick={() => onPick(null)}>
          重新选择
        </View>
      </View>
    );
  }
  return (
    <View className='enterprise-search-pick'>
      <View className='enterprise-search-pick__bar'>
        <Input
          className='field-input enterprise-search-input'
          value={keyword}
          placeholderClass='input-placeholder'
          placeholder='输入企业名称搜索'
          confirmType='search'
          onInput={(e) => setKeyword(e.detail.value)}
          onConfirm={() => setQuery(keyword.trim())}
        />
        <View className='link enterprise-search-pick__go' onClick={() => setQuery(keyword.trim())}>
          搜索
        </View>
      </View>
      {state.status === 'loading' ? <View className='unit-hint'>加载中…</View> : null}
      {state.status === 'error' ? (
        <View className='field-error' onClick={() => void reload()}>{`${state.error.message}，点击重试`}</View>
      ) : null}
      {state.status === 'ready' && state.data.items.length === 0 ? <View className='unit-hint'>没有找到企业</View> : null}
      {state.status === 'ready'
        ? state.data.items.map((e) => (
            <View key={e.id} className='tick-row enterprise-option' onClick={() => onPick({ id: e.id, name: e.name })}>
              {e.name}
            </View>
          ))
        : null}
    </View>
  );
}
