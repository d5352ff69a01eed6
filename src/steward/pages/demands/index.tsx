import { DemandListScreen } from '@/components/demand/demand-list-screen';

/** Demands of the enterprises this steward serves; the server limits the list to them. */
export default function StewardDemandsPage() {
  return (
    <DemandListScreen
      showEnterprise
      emptyHint='您服务的企业提交诉求后会显示在这里，待审核的诉求请在 1 个工作日内处理。'
    />
  );
}
