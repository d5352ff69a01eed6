import { Text } from '@tarojs/components';
import type { TableColumn } from '@/components/desk/data-table';
import type { EnterpriseView } from '@/core/org/org.model';

/** The enterprise list as the desk's table shows it; `unitName` resolves the unit ids the rows carry. */
export const enterpriseColumns = (unitName: (id: string) => string | undefined): TableColumn<EnterpriseView>[] => [
  { key: 'name', title: '企业名称', width: '3fr', render: (e) => <Text className='enterprise-name'>{e.name}</Text> },
  { key: 'credit-code', title: '统一社会信用代码', width: 'minmax(220px, 2fr)', render: (e) => e.creditCode },
  { key: 'unit', title: '所属单位', width: '2fr', render: (e) => e.unitName ?? unitName(e.unitId) ?? '' },
  { key: 'steward', title: '服务管家', width: '1fr', render: (e) => e.stewardName || '待分配' },
  { key: 'industry', title: '行业', width: '2fr', render: (e) => e.industry },
  { key: 'status', title: '状态', width: '1fr', render: (e) => (e.status === 'removed' ? '已移出' : '在册') },
];
