import { useState } from 'react';
import Taro from '@tarojs/taro';
import { HANDOVER_REASON } from '@/core/contracts/org.fields';
import { textProblem } from '@/core/contracts/text-rule';
import type { HandoverTaskView, HandoverView, StewardLoad } from '@/core/org/org.model';
import { createHandover } from '../services/unit.service';
import { useFormSubmit } from '@/hooks/use-form-submit';
import { useStewardEnterprises } from './use-steward-enterprises';

type HandoverField = 'fromStewardId' | 'toStewardId' | 'enterpriseIds' | 'reason';
const FIELDS: readonly HandoverField[] = ['fromStewardId', 'toStewardId', 'enterpriseIds', 'reason'];

/**
 * The handover form: outgoing and incoming steward, which enterprises and why; confirmed, it goes
 * to the district (art. 10), whose confirmation moves the enterprises and starts the tasks.
 */
export function useHandoverForm() {
  const [fromId, setFromId] = useState('');
  const [toId, setToId] = useState('');
  const [all, setAll] = useState(true);
  const [picked, setPicked] = useState<string[]>([]);
  const [reason, setReason] = useState('');
  const { errors, setErrors, formError, setFormError, submitting, isSending, run } = useFormSubmit(FIELDS);
  const [result, setResult] = useState<{ handover: HandoverView; tasks: HandoverTaskView[] } | null>(null);
  const enterprises = useStewardEnterprises(fromId);
  // The names of the stewards picked (the picker pages the unit's stewards; the form keeps only these).
  const [names, setNames] = useState<Record<string, string>>({});
  const remember = (s: StewardLoad) => setNames((known) => ({ ...known, [s.id]: s.name }));
  const nameOf = (id: string) => names[id] ?? '';
  const available = enterprises.state.status === 'ready' ? enterprises.state.data : [];

  const chooseFrom = (steward: StewardLoad) => {
    remember(steward);
    setFromId(steward.id);
    setPicked([]);
    if (steward.id === toId) setToId('');
  };
  const chooseTo = (steward: StewardLoad) => {
    remember(steward);
    setToId(steward.id);
  };
  const toggle = (id: string) => setPicked((current) => (current.includes(id) ? current.filter((x) => x !== id) : [...current, id]));

  function validate() {
    const found: Partial<Record<HandoverField, string>> = {};
    if (!fromId) found.fromStewardId = '请选择原管家';
    if (!toId) found.toStewardId = '请选择接任管家';
    else if (toId === fromId) found.toStewardId = '接任管家不能与原管家相同';
    if (fromId && !all && picked.length === 0) found.enterpriseIds = '请至少选择一家企业';
    if (fromId && all && enterprises.state.status === 'ready' && available.length === 0) found.enterpriseIds = '原管家名下没有企业';
    const reasonProblem = textProblem(reason, HANDOVER_REASON);
    if (reasonProblem) found.reason = reasonProblem;
    return found;
  }

  async function submit() {
    if (isSending()) return;
    const found = validate();
    setErrors(found);
    setFormError('');
    if (Object.keys(found).length > 0) return;
    // Keep the order the list shows.
    const enterpriseIds = all ? undefined : available.map((e) => e.id).filter((id) => picked.includes(id));
    const count = all ? (enterprises.state.status === 'ready' ? `全部 ${available.length} 家` : '全部') : `${picked.length} 家`;
    const confirmed = () =>
      Taro.showModal({
        title: '提交交接申请',
        content: `将${count}企业从 ${nameOf(fromId)} 交接给 ${nameOf(toId)}，报区科经委确认后生效。生效后接任管家须在 3 个工作日内联系每家企业。`,
        confirmText: '提交申请',
      }).then(({ confirm }) => confirm);
    await run(async () => {
      setResult(await createHandover({ fromStewardId: fromId, toStewardId: toId, reason: reason.trim(), ...(enterpriseIds ? { enterpriseIds } : {}) }));
      void Taro.showToast({ title: '已提交', icon: 'success' });
    }, confirmed);
  }

  function restart() {
    setResult(null);
    setReason('');
    setFromId('');
    setToId('');
    setAll(true);
    setPicked([]);
    setErrors({});
    setFormError('');
  }

  return { fromId, toId, all, picked, reason, errors, formError, submitting, result, enterprises, chooseFrom, chooseTo, setAll, toggle, setReason, submit, restart, nameOf };
}
