import { Button, View } from '@tarojs/components';
import Taro, { usePullDownRefresh, useRouter } from '@tarojs/taro';
import { AsyncView } from '@/components/async-view';
import { Card } from '@/components/card';
import { DocumentLink } from '@/components/document-link';
import { FormActions } from '@/components/form-actions';
import { TextField } from '@/components/text-field';
import { RETURN_REASON_TEXT } from '@/core/contracts/summary.fields';
import { summaryListUrl, summaryViewUrl } from '@/utils/summary-urls';
import { ReferenceTable, StewardAnnex } from '../../components/reference-table';
import { SummaryHead, SummaryText } from '../../components/summary-head';
import { useSummaryReview } from '../../hooks/use-summary-review';
import './index.scss';

type Review = ReturnType<typeof useSummaryReview>;

function ReviewCard({ review }: { review: Review }) {
  return (
    <Card className='summary-review' title='审核'>
      <TextField label='退回理由' name='reason' inputClassName='return-reason' multiline value={review.reason} maxLength={RETURN_REASON_TEXT.max} placeholder='退回时写明需要修改补充的内容' error={review.errors.reason} onChange={review.setReason} />
      <Button className='plain-button return-summary' disabled={review.submitting} onClick={() => void review.returnIt()}>
        退回修改
      </Button>
      <FormActions error={review.formError} busy={review.submitting} label='审核通过' name='accept-summary' onSubmit={() => void review.accept()} />
    </Card>
  );
}

/** One summary for its reviewer or the district: the text, the frozen data, review and export. */
export default function SummaryViewPage() {
  const { id = '' } = useRouter().params;
  const review = useSummaryReview(id);
  usePullDownRefresh(async () => {
    await review.refresh();
    Taro.stopPullDownRefresh();
  });
  return (
    <AsyncView state={review.loaded.state} onRetry={() => void review.loaded.reload()} finalErrors={{ NOT_FOUND: '年度总结不存在或您无权查看' }}>
      {() => {
        const summary = review.summary!;
        return (
          <View className='page-root summary-view-page'>
            <SummaryHead summary={summary} />
            {summary.can.export ? (
              <View className='toolbar toolbar--padded summary-export'>
                <View className='toolbar__grow text-meta'>导出为 Word 文档，可打印归档{summary.kind === 'unit' ? '（附本单位管家清单）' : ''}</View>
                <Button className={`primary-button toolbar-button export-summary${review.file.exporting ? ' is-disabled' : ''}`} size='mini' onClick={() => void review.file.run(undefined)}>
                  {review.file.exporting ? '导出中…' : '导出 Word'}
                </Button>
              </View>
            ) : null}
            {review.file.file ? <DocumentLink url={review.file.file.url} label={`下载 ${summary.year} 年度总结（Word）`} /> : null}
            {summary.can.review ? <ReviewCard review={review} /> : null}
            <SummaryText summary={summary} />
            <ReferenceTable reference={summary.reference} frozen={summary.frozen} />
            <StewardAnnex
              reference={summary.reference}
              onOpen={(other) => void Taro.navigateTo({ url: summaryViewUrl(other) })}
              onAll={() => void Taro.navigateTo({ url: summaryListUrl({ year: summary.year, unitId: summary.unitId }) })}
            />
          </View>
        );
      }}
    </AsyncView>
  );
}
