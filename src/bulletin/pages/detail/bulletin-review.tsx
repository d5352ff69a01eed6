import { Button, Text, View } from '@tarojs/components';
import { Card } from '@/components/card';
import { FormActions } from '@/components/form-actions';
import { TextField } from '@/components/text-field';
import { ExportLink } from '@/components/fieldwork/export-link';
import { BULLETIN_TEXT } from '@/core/contracts/bulletin.fields';
import type { useBulletin } from '../../hooks/use-bulletin';

type Bulletin = ReturnType<typeof useBulletin>;

/** The district's review of a draft: the summary as generated (editable), its remarks, save, publish. */
export function ReviewCard({ bulletin }: { bulletin: Bulletin }) {
  const { edit, change, errors } = bulletin;
  return (
    <Card className='bulletin-review' title='审核与发布'>
      <TextField label='通报摘要' name='summary' required multiline counter maxLength={BULLETIN_TEXT.summary.max} error={errors.summary} value={edit.summary} onChange={(summary) => change({ summary })} />
      {bulletin.view && edit.summary.trim() !== bulletin.view.generatedSummary ? (
        <Text className='link restore-summary' onClick={() => change({ summary: bulletin.view!.generatedSummary })}>
          恢复为按数据生成的摘要
        </Text>
      ) : null}
      <TextField label='区科经委意见' name='remarks' multiline counter maxLength={BULLETIN_TEXT.remarks.max} error={errors.remarks} value={edit.remarks} placeholder='对各单位的要求，如整改时限' onChange={(remarks) => change({ remarks })} />
      <Button className={`plain-button save-bulletin${bulletin.submitting || !bulletin.dirty ? ' is-disabled' : ''}`} onClick={() => void (bulletin.dirty ? bulletin.save() : undefined)}>
        {bulletin.dirty ? '保存修改' : '已保存'}
      </Button>
      <FormActions error={bulletin.formError} busy={bulletin.submitting} label='发布至各单位' name='publish' hint='发布后不能再修改' onSubmit={() => void bulletin.publish()} />
    </Card>
  );
}

/** Excel (one sheet per table) and the printable PDF, each with its link once written. */
export function ExportCard({ bulletin }: { bulletin: Bulletin }) {
  const { xlsx, pdf } = bulletin.exports;
  return (
    <Card className='bulletin-exports' title='导出'>
      <View className='text-meta'>Excel 每张表一页；PDF 为 A4 打印版，含图表和指标口径。</View>
      <View className='toolbar bulletin-exports__buttons'>
        <Button className={`primary-button toolbar-button export-xlsx${xlsx.exporting ? ' is-disabled' : ''}`} size='mini' onClick={() => void xlsx.run()}>
          {xlsx.exporting ? '导出中…' : '导出 Excel'}
        </Button>
        <Button className={`plain-button toolbar-button export-pdf${pdf.exporting ? ' is-disabled' : ''}`} size='mini' onClick={() => void pdf.run()}>
          {pdf.exporting ? '生成中…' : '导出 PDF'}
        </Button>
      </View>
      {xlsx.file ? <ExportLink file={xlsx.file} /> : null}
      {pdf.file ? <ExportLink file={pdf.file} label='下载 PDF' /> : null}
    </Card>
  );
}
