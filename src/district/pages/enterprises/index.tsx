import { useMemo, useState } from 'react';
import { Button, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { Chip } from '@/components/chip';
import { OptionPicker } from '@/components/option-picker';
import { PagedList } from '@/components/paged-list';
import { SearchBar } from '@/components/search-bar';
import { useListPageEvents } from '@/hooks/use-list-page-events';
import { usePagedList } from '@/hooks/use-paged-list';
import { listEnterprises } from '@/services/enterprise.service';
import { useUnitOptions } from '../../hooks/use-org-options';
import { DISTRICT_URLS, enterpriseEditUrl } from '../../urls';
import { EnterpriseItem } from './enterprise-item';
import './index.scss';

/** The district's list of key enterprises: search, filter by unit, add, import, open one to edit. */
export default function EnterprisesPage() {
  const [keyword, setKeyword] = useState('');
  const [unitId, setUnitId] = useState('');
  const [includeRemoved, setIncludeRemoved] = useState(false);
  const units = useUnitOptions();
  const unitOptions = [{ value: '', label: '全部单位' }, ...units.options];
  const filter = useMemo(() => ({ keyword, unitId, includeRemoved }), [keyword, unitId, includeRemoved]);
  const list = usePagedList({
    fetchPage: (page, pageSize) =>
      listEnterprises({
        ...(filter.keyword ? { keyword: filter.keyword } : {}),
        ...(filter.unitId ? { unitId: filter.unitId } : {}),
        includeRemoved: filter.includeRemoved,
        page,
        pageSize,
      }),
    keyOf: (enterprise) => enterprise.id,
    resetKey: filter,
  });
  useListPageEvents({ refresh: list.refresh, loadMore: list.loadMore, onReturn: list.refresh });

  return (
    <View className='page-root enterprises-page'>
      <SearchBar inputClassName='keyword-input' placeholder='企业名称或信用代码' onSearch={setKeyword} />
      <View className='enterprises-filters'>
        <View className='toolbar__grow'>
          <OptionPicker className='unit-filter' options={unitOptions} value={unitId} placeholder='全部单位' onChange={setUnitId} />
        </View>
        <Chip className='removed-toggle' selected={includeRemoved} onClick={() => setIncludeRemoved(!includeRemoved)}>
          含已移出
        </Chip>
      </View>
      <View className='enterprises-actions'>
        <Button className='primary-button toolbar-button new-enterprise-button' size='mini' onClick={() => void Taro.navigateTo({ url: enterpriseEditUrl() })}>
          新增企业
        </Button>
        <Button className='plain-button toolbar-button import-button' size='mini' onClick={() => void Taro.navigateTo({ url: DISTRICT_URLS.enterpriseImport })}>
          批量导入
        </Button>
      </View>
      <PagedList
        list={list}
        emptyTitle={keyword ? `没有找到“${keyword}”` : '暂无企业'}
        emptyHint='可调整筛选条件，或通过“新增企业”“批量导入”加入重点企业。'
        renderItem={(enterprise) => (
          <EnterpriseItem key={enterprise.id} enterprise={enterprise} unitName={units.options.find((u) => u.value === enterprise.unitId)?.label} />
        )}
      />
    </View>
  );
}
