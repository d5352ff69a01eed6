import { Button, Text, View } from '@tarojs/components';
import { Card } from '@/components/card';
import { IMPORT_COLUMNS } from '@/core/org/enterprise-import.rules';
import { useEnterpriseImport } from '../../hooks/use-enterprise-import';
import { ImportOutcome } from './import-outcome';
import './index.scss';

const COLUMNS = IMPORT_COLUMNS;
const EXAMPLE = ['上海示例集成电路有限公司', '91310115MA1K3YJX2D', '集成电路', '浦东新区张江路 100 号', '张江管理局', '专精特新、上市企业', '31.20312', '121.59025'];

/** Many enterprises at once from an Excel file; a file with any bad row is refused whole. */
export default function EnterpriseImportPage() {
  const { state, pickAndImport } = useEnterpriseImport();
  const working = state.step === 'uploading' || state.step === 'importing';

  return (
    <View className='page-root enterprise-import'>
      <Card title='Excel 模板'>
        <View className='template-table'>
          <View className='template-row template-row--head'>
            {COLUMNS.map((column) => (
              <Text key={column} className='template-cell'>
                {column}
              </Text>
            ))}
          </View>
          <View className='template-row'>
            {EXAMPLE.map((value) => (
              <Text key={value} className='template-cell'>
                {value}
              </Text>
            ))}
          </View>
        </View>
        <View className='template-notes'>
          <View>· 第 1 行为表头，从第 2 行起每行一家企业，文件格式为 .xlsx；</View>
          <View>· 属地单位填写单位全称，如“张江管理局”“川沙新镇”；</View>
          <View>· 标签可填多个，用“、”或“,”分隔，可不填；</View>
          <View>· 纬度、经度为企业所在位置（腾讯地图或微信中的坐标），两项同时填写或都不填；现场打卡距此超过 1 公里会被标记；</View>
          <View>· 任一行有误时整个文件都不会导入，请按提示修改后重新上传。</View>
        </View>
      </Card>
      <View className='form-actions'>
        <Button className={`primary-button pick-file-button${working ? ' is-disabled' : ''}`} disabled={working || undefined} onClick={() => void pickAndImport()}>
          {state.step === 'uploading' ? '上传中…' : state.step === 'importing' ? '导入中…' : '选择 Excel 文件并导入'}
        </Button>
        {process.env.TARO_ENV === 'weapp' ? <View className='pick-hint'>请先将 Excel 文件发送到微信聊天中，再从聊天记录选择。</View> : null}
      </View>
      <ImportOutcome state={state} />
    </View>
  );
}
