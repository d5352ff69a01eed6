import type { PolicyPushView } from '@/core/fieldwork/policy-push';

/** Where a policy's push stands, in the district's words. */
export const pushSummary = (push?: PolicyPushView): string => {
  if (!push) return '政策已过有效期，未推送企业';
  if (push.status === 'scheduled') return '将于生效日起推送给匹配的企业，并为其管家生成宣讲待办';
  const sent = `已推送 ${push.enterprises} 家匹配企业（通知联系人 ${push.contacts} 人），并为其管家生成宣讲待办`;
  return push.status === 'pushing' ? `${sent}；其余企业由定时任务继续推送` : sent;
};
