/** The enterprise's contact preferences (无事不扰) in one line, e.g. “偏好：微信；免打扰：月底”. */
export function preferencesHint(preferences?: { channels: string[]; quietPeriods: string; note: string } | null): string {
  if (!preferences) return '';
  return [
    preferences.channels.length ? `偏好：${preferences.channels.join('、')}` : '',
    preferences.quietPeriods ? `免打扰：${preferences.quietPeriods}` : '',
    preferences.note ? `备注：${preferences.note}` : '',
  ]
    .filter(Boolean)
    .join('；');
}
