import { useRef, useState } from 'react';
import Taro from '@tarojs/taro';
import type { TemplateKey } from '@/core/notify/templates';
import type { Role } from '@/core/roles';
import { askForReminders, reminderStatus } from '@/services/subscribe.service';
import { useAsyncData } from './use-async-data';

/** Which subscribe messages each role receives. */
const REMINDER_KEYS: Record<Role, TemplateKey[]> = {
  enterprise: ['demandStatus', 'serviceNotice'],
  // The steward also follows its enterprises' demands (进度): at most three templates per WeChat prompt.
  steward: ['todo', 'demandStatus', 'visitReminder'],
  liaison: ['todo'],
  unit_admin: ['todo'],
  department: ['todo'],
  district_admin: ['todo'],
};

/** Remaining reminder credits, and asking for more on a tap (one credit per “允许”). */
export function useReminders(role: Role) {
  const keys = REMINDER_KEYS[role];
  const status = useAsyncData(reminderStatus, role);
  const [asking, setAsking] = useState(false);
  const inFlight = useRef(false);

  // Called straight from the tap: WeChat's consent dialog opens only inside one.
  async function enable() {
    if (inFlight.current) return;
    inFlight.current = true;
    setAsking(true);
    try {
      const recorded = await askForReminders(keys);
      void Taro.showToast({ title: recorded > 0 ? '已开启提醒' : '未开启提醒', icon: recorded > 0 ? 'success' : 'none' });
      if (recorded > 0) await status.reload();
    } finally {
      inFlight.current = false;
      setAsking(false);
    }
  }

  const credits = status.state.status === 'ready' ? status.state.data.filter((c) => keys.includes(c.key)) : [];
  return { keys, state: status.state, credits, asking, enable, reload: status.reload };
}
