import { Button, View } from '@tarojs/components';
import Taro, { usePullDownRefresh, useRouter } from '@tarojs/taro';
import { AsyncView } from '@/components/async-view';
import { Card } from '@/components/card';
import { FormActions } from '@/components/form-actions';
import { Notice } from '@/components/notice';
import { TextField } from '@/components/text-field';
import { SECTION_MAX } from '@/core/contracts/summary.fields';
import { SECTION_KEYS, SECTION_LABELS, type SectionKey } from '@/core/summary/summary.model';
import { summaryYearOn } from '@/core/summary/summary.deadline';
import { shanghaiNow } from '@/utils/shanghai-clock';
import { ReferenceTable, StewardAnnex } from '../../components/reference-table';
import { SummaryHead, SummaryText } from '../../components/summary-head';
import { useSummaryEditor } from '../../hooks/use-summary-editor';
import { summaryListUrl, summaryViewUrl } from '@/utils/summary-urls';
import './index.scss';

const PLACEHOLDERS: Record<SectionKey, string> = {
  duties: '联系走访、信息报送、陪同调研、政策宣讲等职责的履行情况',
  results: '帮助企业解决的问题、推动的项目和取得的成效',
  satisfaction: '企业的评价和反馈，差评的回访整改',
  problems: '工作中的不足和原因',
  plans: '明年的工作打算和改进措施',
};

/** The writer's own summary: prefilled text to edit by section, the data beside it, save or submit. */
export default function SummaryWritePage() {
  const { year: asked } = useRouter().params;
  const year = Number(asked) || summaryYearOn(shanghaiNow().date);
  const editor = useSummaryEditor(year);
  usePullDownRefresh(async () => {
    await editor.loaded.refresh();
    Taro.stopPullDownRefresh();
  });
  return (
    <AsyncView state={editor.loaded.state} onRetry={() => void editor.loaded.reload()} finalErrors={{ FORBIDDEN: '只有服务管家和单位管理员撰写年度总结' }}>
      {() => {
        const summary = editor.summary!;
        const sections = editor.sections ?? summary.sections;
        return (
          <View className='page-root summary-write-page'>
            <SummaryHead summary={summary} />
            {summary.can.edit ? (
              <Card className='summary-editor' title={summary.version ? '总结正文' : '总结正文（已按平台数据预填，请修改补充）'}>
                {SECTION_KEYS.map((k) => (
                  <TextField
                    key={k} label={SECTION_LABELS[k]} name={k} inputClassName={`section-input section-input--${k}`} multiline counter required
                    value={sections[k]} maxLength={SECTION_MAX} placeholder={PLACEHOLDERS[k]} error={editor.errors[k]} onChange={(text) => editor.change(k, text)}
                  />
                ))}
                <Button className='plain-button summary-save' disabled={editor.submitting} onClick={() => void editor.save()}>
                  保存草稿
                </Button>
                <FormActions error={editor.formError} busy={editor.submitting} label={summary.status === 'returned' ? '修改后重新提交' : '提交审核'} name='submit-summary' onSubmit={() => void editor.submit()}
                  hint={summary.kind === 'steward' ? '提交给本单位审核；提交后平台数据定格。' : '提交给区科经委审核；提交后平台数据定格。'} />
              </Card>
            ) : (
              <>
                <Notice className='summary-locked'>{summary.status === 'accepted' ? '总结已审核通过。' : '总结已提交，正在审核，审核期间不能修改。'}</Notice>
                <SummaryText summary={summary} />
                <Button className='plain-button summary-open' onClick={() => void Taro.navigateTo({ url: summaryViewUrl(summary.id) })}>
                  查看与导出
                </Button>
              </>
            )}
            <ReferenceTable reference={summary.reference} frozen={summary.frozen} />
            <StewardAnnex
              reference={summary.reference}
              onOpen={(id) => void Taro.navigateTo({ url: summaryViewUrl(id) })}
              onAll={() => void Taro.navigateTo({ url: summaryListUrl({ year: summary.year }) })}
            />
          </View>
        );
      }}
    </AsyncView>
  );
}
