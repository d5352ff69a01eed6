import { useEffect, useRef, useState } from 'react';
import Taro from '@tarojs/taro';
import { toCloudError } from '@/services/cloud-error';
import { listResearch } from '@/services/research.service';
import { recordResearch } from '../services/fieldwork.service';
import { goBackOrHome } from '@/utils/navigation';
import { shanghaiNow } from '@/utils/shanghai-clock';
import { MAX_PROMISES, type PromiseDraft, type PromiseErrors, type ResearchDraft, type ResearchErrors, type ResearchField, validateResearch } from '../research-form.rules';

const FIELDS: ResearchField[] = ['enterpriseId', 'date', 'leaders', 'accompanying', 'topics'];

/**
 * Recording a leader research visit with its promises, each tracked until closed. Given a plan,
 * the form starts from it (leaders, who accompanies, the topics) and the plan becomes the record.
 */
export function useResearchForm(fixedEnterpriseId: string, planId?: string) {
  const [draft, setDraft] = useState<ResearchDraft>(() => ({ enterpriseId: fixedEnterpriseId, date: shanghaiNow().date, leaders: '', accompanying: '', stewardAccompanies: true, topics: '', promises: [], planId }));
  const [errors, setErrors] = useState<ResearchErrors>({});
  const [promiseErrors, setPromiseErrors] = useState<PromiseErrors>({});
  const [formError, setFormError] = useState('');
  const [submitting, setSubmitting] = useState(false);
  const inFlight = useRef(false);
  const keys = useRef(0);

  const change = (patch: Partial<Omit<ResearchDraft, 'promises'>>) => setDraft((d) => ({ ...d, ...patch }));

  useEffect(() => {
    if (!planId || !fixedEnterpriseId) return;
    void listResearch({ enterpriseId: fixedEnterpriseId, status: 'planned', page: 1, pageSize: 50 }).then(
      ({ items }) => {
        const plan = items.find((v) => v.id === planId);
        if (!plan) {
          setDraft((d) => ({ ...d, planId: undefined }));
          return setFormError('该调研计划已记录或已取消，将作为新的调研记录保存');
        }
        const today = shanghaiNow().date;
        setDraft((d) => ({ ...d, date: plan.date <= today ? plan.date : today, leaders: plan.leaders, accompanying: plan.accompanying, stewardAccompanies: plan.stewardAccompanies, topics: plan.topics }));
      },
      () => setFormError('调研计划加载失败，可直接填写调研记录'),
    );
  }, [planId, fixedEnterpriseId]);
  const addPromise = () =>
    setDraft((d) => (d.promises.length >= MAX_PROMISES ? d : { ...d, promises: [...d.promises, { key: `p${keys.current++}`, content: '', owner: '', dueDate: '' }] }));
  const changePromise = (key: string, patch: Partial<Omit<PromiseDraft, 'key'>>) =>
    setDraft((d) => ({ ...d, promises: d.promises.map((p) => (p.key === key ? { ...p, ...patch } : p)) }));
  const removePromise = (key: string) => setDraft((d) => ({ ...d, promises: d.promises.filter((p) => p.key !== key) }));

  async function submit() {
    if (inFlight.current) return;
    const found = validateResearch(draft, shanghaiNow().date);
    setErrors(found.errors);
    setPromiseErrors(found.promiseErrors);
    setFormError('');
    if (Object.keys(found.errors).length || Object.keys(found.promiseErrors).length) return;
    inFlight.current = true;
    setSubmitting(true);
    try {
      await recordResearch({
        enterpriseId: draft.enterpriseId,
        date: draft.date,
        leaders: draft.leaders.trim(),
        accompanying: draft.accompanying.trim(),
        stewardAccompanies: draft.stewardAccompanies,
        topics: draft.topics.trim(),
        promises: draft.promises.map(({ content, owner, dueDate }) => ({ content: content.trim(), owner: owner.trim(), dueDate })),
        ...(draft.planId ? { planId: draft.planId } : {}),
      });
      void Taro.showToast({ title: '已记录调研', icon: 'success' });
      setTimeout(goBackOrHome, 800);
    } catch (err) {
      const error = toCloudError(err);
      const byField: ResearchErrors = {};
      const byPromise: PromiseErrors = {};
      const other: string[] = [];
      for (const [path, message] of Object.entries(error.fields ?? {})) {
        const parts = path.split('.');
        const field = parts.find((p) => (FIELDS as string[]).includes(p)) as ResearchField | undefined;
        const index = parts[0] === 'promises' ? Number(parts[1]) : NaN;
        const promise = draft.promises[index];
        const key = parts[2] as 'content' | 'owner' | 'dueDate';
        if (promise && ['content', 'owner', 'dueDate'].includes(key)) byPromise[promise.key] = { ...byPromise[promise.key], [key]: message };
        else if (field) byField[field] ??= message;
        else other.push(message);
      }
      setErrors(byField);
      setPromiseErrors(byPromise);
      setFormError([error.message, ...other].join('；'));
    } finally {
      inFlight.current = false;
      setSubmitting(false);
    }
  }

  return { draft, change, addPromise, changePromise, removePromise, errors, promiseErrors, formError, submitting, submit };
}
