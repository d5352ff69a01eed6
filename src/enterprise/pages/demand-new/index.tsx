import { useRouter } from '@tarojs/taro';
import { StepPage } from '@/components/demand/step-page';
import type { DemandDetail } from '@/core/demand/demand.model';
import { useDemandForm } from '@/hooks/use-demand-form';
import { OnBehalfDispatchCard } from './on-behalf-dispatch';
import { useDemandRevise } from '@/hooks/use-demand-revise';
import { DemandForm } from './demand-form';

/** New demand (the draft survives closing the page), or `?id=` to revise a returned one. */
export default function DemandNewPage() {
  const { id, enterpriseId, enterpriseName } = useRouter().params;
  if (id) return <StepPage id={id} step='revise' render={(demand, refresh) => <ReviseDemand demand={demand} refresh={refresh} />} />;
  if (enterpriseId) return <NewDemand onBehalfOf={enterpriseId} enterpriseName={decodeURIComponent(enterpriseName ?? '')} />;
  return <NewDemand />;
}

/** `?enterpriseId=` (a steward from the enterprise profile): submitted on the enterprise's behalf (代提). */
function NewDemand({ onBehalfOf, enterpriseName }: { onBehalfOf?: string; enterpriseName?: string }) {
  const form = useDemandForm(onBehalfOf);
  return (
    <DemandForm
      {...form}
      submit={() => void form.submit()}
      submitLabel={onBehalfOf ? '代企业提交并派单' : '提交诉求'}
      notice={onBehalfOf ? `代「${enterpriseName || '企业'}」提交诉求：由您直接派给承办部门，不再进入审核；企业会收到通知，可补充说明、撤回，办结后评价。` : undefined}
      extra={onBehalfOf ? <OnBehalfDispatchCard dispatch={form.dispatch} onChange={form.setDispatch} errors={form.errors} /> : undefined}
      footer={onBehalfOf ? '派单后承办部门须在 1 个工作日内联系企业。未提交的内容会自动保存在本机。' : '未提交的内容会自动保存在本机，下次打开时恢复。提交时可开启办理进度提醒。'}
    />
  );
}

function ReviseDemand({ demand, refresh }: { demand: DemandDetail; refresh: () => unknown }) {
  const form = useDemandRevise(demand, refresh);
  const returned = [...demand.timeline].reverse().find((e) => e.kind === 'returned')?.text;
  return (
    <DemandForm
      {...form}
      notice={returned}
      submit={() => void form.submit()}
      submitLabel='修改后重新提交'
      footer='重新提交后，服务管家将在 1 个工作日内审核。'
    />
  );
}
