import { Text, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { AsyncCard } from '@/components/async-card';
import { AsyncView } from '@/components/async-view';
import { Card } from '@/components/card';
import { Chip } from '@/components/chip';
import { FactLine } from '@/components/fact-line';
import { Notice } from '@/components/notice';
import { TimelineEntry } from '@/components/timeline';
import { INTEGRITY_OUTCOME_LABELS, INTEGRITY_STATUS_LABELS, type IntegrityReportDetail } from '@/core/integrity/integrity.model';
import { formatDateTime } from '@/utils/format-time';
import { useIntegrityDesk } from '../../hooks/use-integrity-desk';
import { DeskSteps } from './desk-steps';
import './index.scss';

function Report({ report }: { report: IntegrityReportDetail }) {
  return (
    <Card className='integrity-report'>
      <View className='integrity-report__head'>
        <Text className='text-title'>{report.category}</Text>
        <Chip tone={report.status === 'replied' ? 'ok' : 'waiting'} className='integrity-status'>
          {INTEGRITY_STATUS_LABELS[report.status]}
        </Chip>
      </View>
      <FactLine label='编号' value={report.number} />
      <FactLine label='收到' value={formatDateTime(report.submittedAt)} />
      <FactLine label='反映人' value={[report.reporter.name, report.reporter.roleLabel, report.reporter.enterpriseName, report.reporter.phone].filter(Boolean).join(' · ')} />
      {report.servingSteward ? <FactLine label='服务管家' value={report.servingSteward.name} /> : null}
      {report.anonymous ? (
        <Notice compact className='integrity-anonymous'>
          反映人要求对属地单位匿名：如需单位配合调查，不得透露反映人身份。
        </Notice>
      ) : null}
      <View className='text-body integrity-report__text'>{report.description}</View>
      {report.attachments.map((a) => (
        <FactLine key={a.name} label='附件' value={a.name} />
      ))}
    </Card>
  );
}

function Step({ at, text }: { at: string; text: string }) {
  return (
    <TimelineEntry>
      <View className='text-meta'>{formatDateTime(at)}</View>
      <View className='text-body'>{text}</View>
    </TimelineEntry>
  );
}

function History({ report }: { report: IntegrityReportDetail }) {
  const c = report.conclusion;
  if (!report.notes.length && !c && !report.reply) return null;
  return (
    <Card className='integrity-history' title='办理经过'>
      {report.acknowledgedAt ? <Step at={report.acknowledgedAt} text='已受理' /> : null}
      {report.notes.map((n) => (
        <Step key={n.at} at={n.at} text={`${n.byName}：${n.text}`} />
      ))}
      {c ? <Step at={c.at} text={`认定${INTEGRITY_OUTCOME_LABELS[c.outcome]}${c.stewardName ? `（${c.stewardName}${c.unitName ? `，${c.unitName}` : ''}）` : ''}：${c.findings}`} /> : null}
      {report.reply && report.repliedAt ? <Step at={report.repliedAt} text={`答复反映人：${report.reply}`} /> : null}
    </Card>
  );
}

/** One report at the district: its content, what was done, the next step, and who has read it. */
export default function IntegrityDetailPage() {
  const { id = '' } = useRouter().params;
  const desk = useIntegrityDesk(id);
  return (
    <AsyncView state={desk.report.state} onRetry={() => void desk.report.reload()} finalErrors={{ NOT_FOUND: '反映记录不存在' }}>
      {(loaded) => {
        const report = desk.current ?? loaded;
        return (
          <View className='page-root integrity-detail-page'>
            <Report report={report} />
            <History report={report} />
            <DeskSteps desk={desk} report={report} />
            <AsyncCard className='integrity-reads' title='查阅记录' state={desk.reads.state} onRetry={() => void desk.reads.reload()} isEmpty={(d) => d.items.length === 0} emptyText='暂无'>
              {(data) => data.items.map((r) => <FactLine key={r.at + r.readerName} label={formatDateTime(r.at)} labelWidth='lg' value={r.readerName} />)}
            </AsyncCard>
          </View>
        );
      }}
    </AsyncView>
  );
}
