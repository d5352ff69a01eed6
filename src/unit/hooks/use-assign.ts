import { useRef, useState } from 'react';
import Taro from '@tarojs/taro';
import type { EnterpriseView, StewardLoad } from '@/core/org/org.model';
import { toCloudError } from '@/services/cloud-error';
import { assignEnterprise } from '../services/unit.service';

interface AssignNotice {
  tone: 'ok' | 'warning' | 'error';
  text: string;
}

/**
 * Assigning an enterprise to a steward. A refusal (e.g. RATIO_EXCEEDED: the unit average would
 * pass 10) is shown as the server words it; a steward pushed above 10 gets a warning.
 */
export function useAssign(onAssigned: () => void) {
  const [notice, setNotice] = useState<AssignNotice | null>(null);
  const [pendingId, setPendingId] = useState('');
  const inFlight = useRef(false);

  async function assign(enterprise: EnterpriseView, steward: StewardLoad) {
    if (inFlight.current) return;
    if (enterprise.stewardId === steward.id) {
      void Taro.showToast({ title: `已由${steward.name}服务`, icon: 'none' });
      return;
    }
    inFlight.current = true;
    setPendingId(enterprise.id);
    setNotice(null);
    try {
      const { stewardOverloaded } = await assignEnterprise({ enterpriseId: enterprise.id, stewardId: steward.id });
      const done = `已将“${enterprise.name}”分配给 ${steward.name}。`;
      if (stewardOverloaded) {
        const text = `${done}${steward.name} 服务的企业已超过 10 家，请关注其工作量，必要时调整分配。`;
        setNotice({ tone: 'warning', text });
        void Taro.showModal({ title: '管家服务企业超过10家', content: text, showCancel: false, confirmText: '知道了' });
      } else {
        setNotice({ tone: 'ok', text: done });
        void Taro.showToast({ title: '已分配', icon: 'success' });
      }
      onAssigned();
    } catch (err) {
      const { message } = toCloudError(err);
      setNotice({ tone: 'error', text: message });
      void Taro.showModal({ title: '未能分配', content: message, showCancel: false, confirmText: '知道了' });
    } finally {
      inFlight.current = false;
      setPendingId('');
    }
  }

  return { notice, pendingId, assign, dismiss: () => setNotice(null) };
}
