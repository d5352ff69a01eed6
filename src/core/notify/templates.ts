/**
 * Subscribe-message templates. The ids are those of the templates chosen in the WeChat MP console,
 * read from the settings declared in src/core/settings.ts (TPL_* for the cloud functions,
 * TARO_APP_TPL_* for the app). Keyword names carry WeChat's type prefix, which fixes each value's limits.
 */
export const TEMPLATE_KEYS = ['demandStatus', 'todo', 'visitReminder', 'serviceNotice'] as const;
export type TemplateKey = (typeof TEMPLATE_KEYS)[number];

/** Subscribe-message credits one person has left for one template (`subscription.status`). */
export interface ReminderCredit {
  key: TemplateKey;
  templateId: string;
  credits: number;
}

/**
 * What each template says, for the consent prompt and the docs. Keywords: demandStatus thing1
 * (诉求) phrase2 (状态) time3 thing4 (说明); todo and serviceNotice thing1 (事项) thing2 (企业或内容)
 * time3 thing4 (说明); visitReminder thing1 number2 number3 thing4.
 */
export const TEMPLATE_PURPOSE: Record<TemplateKey, string> = {
  demandStatus: '诉求办理进度通知（企业、管家）',
  todo: '待办事项提醒（管家、部门、单位）',
  visitReminder: '走访联系到期提醒（管家）',
  serviceNotice: '企业服务通知：政策推送、服务管家变更（企业）',
};

/** WeChat's `thing` keyword holds at most 20 characters. */
export const thing = (text: string): string => ([...text].length <= 20 ? text : [...text].slice(0, 19).join('') + '…');

/** WeChat's `phrase` keyword: at most 5 Chinese characters. */
export const STATUS_PHRASES: Record<string, string> = {
  submitted: '待审核', returned: '退回修改', dispatched: '已派单', accepted: '办理中', waiting_enterprise: '待补材料',
  rerouting: '重新派单', resolved: '已办结', rectifying: '整改中', district_review: '区级裁定', closed: '已关闭', withdrawn: '已撤回',
};
