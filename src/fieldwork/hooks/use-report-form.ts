import { useRef, useState } from 'react';
import Taro from '@tarojs/taro';
import type { ReportView } from '@/core/fieldwork/fieldwork.model';
import { toCloudError } from '@/services/cloud-error';
import { createReport } from '../services/fieldwork.service';
import { REPORT_FIELDS, type ReportCategory, type ReportErrors, type ReportValues, reportPayload, validateReport } from '../report-fields';

export const RISK_SYNCED = '已同步提示属地单位和区科经委';

/** One key-information report: the category, its own fields, sending once, then what came back. */
export function useReportForm(fixedEnterpriseId: string) {
  const [enterpriseId, setEnterpriseId] = useState(fixedEnterpriseId);
  const [category, setCategory] = useState<ReportCategory | ''>('');
  const [values, setValues] = useState<ReportValues>({});
  const [errors, setErrors] = useState<ReportErrors>({});
  const [formError, setFormError] = useState('');
  const [submitting, setSubmitting] = useState(false);
  const [result, setResult] = useState<ReportView | null>(null);
  const inFlight = useRef(false);

  const choose = (next: ReportCategory) => {
    if (next === category) return;
    setCategory(next);
    setValues({});
    setErrors({});
    setFormError('');
  };
  const change = (key: string, value: string) => setValues((current) => ({ ...current, [key]: value }));

  async function submit() {
    if (inFlight.current || !category) return;
    const found = validateReport(category, values);
    if (!enterpriseId) found.enterpriseId = '请选择企业';
    setErrors(found);
    setFormError('');
    if (Object.keys(found).length > 0) return;
    inFlight.current = true;
    setSubmitting(true);
    try {
      const report = await createReport({ category, enterpriseId, fields: reportPayload(category, values) });
      setResult(report);
      void Taro.showToast({ title: '已报送', icon: 'success' });
      // The form was long: show the result from its top.
      void Taro.pageScrollTo?.({ scrollTop: 0, duration: 0 });
    } catch (err) {
      const error = toCloudError(err);
      const known = new Set(['enterpriseId', ...REPORT_FIELDS[category].map((f) => f.key)]);
      const byField: ReportErrors = {};
      const other: string[] = [];
      for (const [path, message] of Object.entries(error.fields ?? {})) {
        const key = path.split('.').pop() ?? '';
        if (known.has(key)) byField[key] ??= message;
        else other.push(message);
      }
      setErrors(byField);
      setFormError([error.message, ...other].join('；'));
    } finally {
      inFlight.current = false;
      setSubmitting(false);
    }
  }

  /** 再报一条: same enterprise, a fresh form. */
  function again() {
    setResult(null);
    setCategory('');
    setValues({});
    setErrors({});
  }

  return { enterpriseId, setEnterpriseId, category, choose, values, change, errors, formError, submitting, submit, result, again };
}
