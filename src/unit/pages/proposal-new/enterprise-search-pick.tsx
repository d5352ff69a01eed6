import { useState } from 'react';
import { View } from '@tarojs/components';
import { AsyncView } from '@/components/async-view';
import { TextInput } from '@/components/text-field';
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
        <TextInput className='enterprise-search-input' value={keyword} placeholder='输入企业名称搜索' confirmType='search' onChange={setKeyword} onConfirm={() => setQuery(keyword.trim())} />
        <View className='link enterprise-search-pick__go' onClick={() => setQuery(keyword.trim())}>
          搜索
        </View>
      </View>
      <AsyncView inline state={state} onRetry={() => void reload()} isEmpty={(data) => data.items.length === 0} empty={{ title: '没有找到企业' }}>
        {(data) =>
          data.items.map((e) => (
            <View key={e.id} className='tick-row enterprise-option' onClick={() => onPick({ id: e.id, name: e.name })}>
              {e.name}
            </View>
          ))
        }
      </AsyncView>
    </View>
  );
}
