import Taro from '@tarojs/taro';
import type { TemplateKey } from '@/core/notify/templates';
import { action } from './action';
import { localRequest } from './local-http';

/**
 * WeChat subscribe messages are one-time credits: each “允许” lets the server send one message
 * of that template. The consent prompt must open inside a tap, so `askForReminders` is called
 * first thing in a button's tap handler; what was accepted is then recorded on the server.
 */

// Spelled out one by one: the build replaces each `process.env.TARO_APP_*` literally. Every build
// sets them (config/index.ts): the MP console's ids for a weapp production build, which refuses
// to build without them, and the local values of src/core/settings.ts otherwise.
const CONFIGURED: Record<TemplateKey, string | undefined> = {
  demandStatus: process.env.TARO_APP_TPL_DEMAND_STATUS,
  todo: process.env.TARO_APP_TPL_TODO,
  visitReminder: process.env.TARO_APP_TPL_VISIT_REMINDER,
  serviceNotice: process.env.TARO_APP_TPL_SERVICE_NOTICE,
};

export const templateIdOf = (key: TemplateKey): string => CONFIGURED[key] ?? '';

/** Remaining credits per template for the signed-in person. */
export const reminderStatus = action('subscription.status');

const recordCredits = (templateIds: string[]) => action('subscription.record')({ templateIds });

// WeChat shows its own dialog; only the ids the person accepted count.
async function consentWeapp(templateIds: string[]): Promise<string[]> {
  try {
    const result = (await Taro.requestSubscribeMessage({ tmplIds: templateIds } as Taro.requestSubscribeMessage.Option)) as unknown as Record<string, string>;
    return templateIds.filter((id) => result[id] === 'accept');
  } catch {
    // Refused, switched off in settings, or an id not configured for this AppID.
    return [];
  }
}

// The local demo stands in for WeChat: the tap itself is the consent, and the local “WeChat”
// grants the credits it will check when the server sends.
async function consentLocal(templateIds: string[]): Promise<string[]> {
  try {
    const body = await localRequest<{ granted?: unknown }>('POST', '/local/subscribe', { templateIds });
    return Array.isArray(body.granted) ? templateIds.filter((id) => (body.granted as unknown[]).includes(id)) : [];
  } catch {
    return [];
  }
}

const consent: (templateIds: string[]) => Promise<string[]> = process.env.TARO_ENV === 'weapp' ? consentWeapp : consentLocal;

/**
 * Asks for one message credit per template and records those accepted. Never throws: reminders
 * are a convenience, and a refusal must not block what the tap was for (e.g. 提交诉求).
 * Answers the number of credits recorded.
 */
export async function askForReminders(keys: TemplateKey[]): Promise<number> {
  const templateIds = keys.map(templateIdOf);
  const accepted = await consent(templateIds);
  if (accepted.length === 0) return 0;
  try {
    return (await recordCredits(accepted)).recorded.length;
  } catch {
    return 0;
  }
}
