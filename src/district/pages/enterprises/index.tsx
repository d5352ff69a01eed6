import { useMemo, useState } from 'react';
import { Button, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { Chip } from '@/components/chip';
import { OptionPicker } from '@/components/option-picker';
import { PagedList } from '@/components/paged-list';
import { SearchBar } from '@/components/search-bar';
import { DataRow, DataTable } from '@/components/desk/data-table';
import { DeskLayout } from '@/components/desk/desk-layout';
import { FiltersBeside } from '@/components/desk/side-by-side';
import { ExportLink } from '@/components/fieldwork/export-link';
import { useDeskWidth } from '@/hooks/use-desk-width';
import { useExport } from '@/hooks/use-export';
import { useListPageEvents } from '@/hooks/use-list-page-events';
import { usePagedList } from '@/hooks/use-paged-list';
import { exportEnterprises, listEnterprises } from '@/services/enterprise.service';
import { useUnitOptions } from '../../hooks/use-org-options';
import { DISTRICT_URLS, enterpriseEditUrl } from '../../urls';
import { EnterpriseItem } from './enterprise-item';
import { enterpriseColumns } from './enterprise-columns';
import './index.scss';

/**
 * The district's list of key enterprises: search, filter by unit, add, import, export, open one to
 * edit. On the desk console: a table, with the filters beside it.
 */
export default function EnterprisesPage() {
  const wide = useDeskWidth();
  const [keyword, setKeyword] = useState('');
  const [unitId, setUnitId] = useState('');
  const [includeRemoved, setIncludeRemoved] = useState(false);
  const units = useUnitOptions();
  const unitOptions = [{ value: '', label: '全部单位' }, ...units.options];
  // Empty filters are left out: the list and the export take only what narrows them.
  const filter = useMemo(() => ({ ...(keyword ? { keyword } : {}), ...(unitId ? { unitId } : {}), includeRemoved }), [keyword, unitId, includeRemoved]);
  const list = usePagedList({
    fetchPage: (page, pageSize) => listEnterprises({ ...filter, page, pageSize }),
    keyOf: (enterprise) => enterprise.id,
    resetKey: filter,
  });
  useListPageEvents({ refresh: list.refresh, loadMore: list.loadMore, onReturn: list.refresh });
  const exporter = useExport(exportEnterprises);
  const unitName = (id: string) => units.options.find((u) => u.value === id)?.label;
  const columns = useMemo(() => enterpriseColumns(unitName), [units.options]); // eslint-disable-line react-hooks/exhaustive-deps

  const filters = (
    <>
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
        <Button className={`plain-button toolbar-button export-button${exporter.exporting ? ' is-disabled' : ''}`} size='mini' onClick={() => void exporter.run(filter)}>
          {exporter.exporting ? '导出中…' : '导出 Excel'}
        </Button>
      </View>
      {exporter.file ? <ExportLink file={exporter.file} /> : null}
    </>
  );

  return (
    <DeskLayout active='enterprises'>
      <View className='page-root enterprises-page'>
        <FiltersBeside filters={filters}>
          <PagedList
            list={list}
            emptyTitle={keyword ? `没有找到“${keyword}”` : '暂无企业'}
            emptyHint='可调整筛选条件，或通过“新增企业”“批量导入”加入重点企业。'
            wrap={wide ? (rows) => <DataTable columns={columns} className='enterprise-table'>{rows}</DataTable> : undefined}
            renderItem={(enterprise) =>
              wide ? (
                <DataRow key={enterprise.id} columns={columns} row={enterprise} className='district-enterprise' onClick={() => void Taro.navigateTo({ url: enterpriseEditUrl(enterprise.id) })} />
              ) : (
                <EnterpriseItem key={enterprise.id} enterprise={enterprise} unitName={unitName(enterprise.unitId)} />
              )
            }
          />
        </FiltersBeside>
      </View>
    </DeskLayout>
  );
}
