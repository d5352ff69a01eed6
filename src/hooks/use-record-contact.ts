import { useState } from 'react';
import Taro from '@tarojs/taro';
import { CHECK_IN_MAX_DISTANCE_METERS, distanceLabel } from '@/core/contact/geo';
import { recordContact } from '@/services/contact.service';
import { CONTACT_FIELDS, type ContactDraft, ON_SITE, validateContact } from '@/utils/contact-form.rules';
import { hasErrors } from '@/utils/form-errors';
import { goBackOrHome } from '@/utils/navigation';
import { shanghaiInstant, shanghaiIso, shanghaiNow } from '@/utils/shanghai-clock';
import { useCheckIn } from './use-check-in';
import { usePhotoUploads } from './use-photo-uploads';
import { useFormSubmit } from './use-form-submit';

const RECORDED_TOAST = '已记录';
const HANDOVER_DONE_TOAST = '已记录，交接任务已完成';
const PHOTOS_UPLOADING_MESSAGE = '照片还在上传，请稍候再保存';

/** The record-contact form: draft, device checks, the check-in of a visit, and sending once. */
export function useRecordContact(enterpriseId: string) {
  // The time shown defaults to when the form opened. Left as it is, the exact instant is sent:
  // pickers only give minutes, and a contact in the same minute as a handover must still count.
  const [openedAt] = useState(() => new Date());
  const [timeEdited, setTimeEdited] = useState(false);
  const [draft, setDraft] = useState<ContactDraft>(() => ({
    enterpriseId,
    type: '',
    ...shanghaiNow(openedAt),
    who: '',
    topics: '',
    outcome: '',
    nextStep: '',
  }));
  const { errors, setErrors, formError, setFormError, submitting, isSending, run } = useFormSubmit(CONTACT_FIELDS);
  const location = useCheckIn();
  const photos = usePhotoUploads();

  const change = (patch: Partial<ContactDraft>) => {
    if ('date' in patch || 'time' in patch) setTimeEdited(true);
    setDraft((current) => ({ ...current, ...patch }));
  };

  async function submit() {
    if (isSending()) return;
    const at = timeEdited ? shanghaiIso(draft.date, draft.time) : shanghaiInstant(openedAt);
    const located = draft.type === ON_SITE && location.state.status === 'done' ? location.state.checkIn : undefined;
    const checkIn = located && { ...located, photoFileIds: photos.fileIds };
    const clientErrors = validateContact(draft, Date.parse(at), Boolean(checkIn));
    setErrors(clientErrors);
    setFormError('');
    const type = draft.type;
    if (hasErrors(clientErrors) || !type) return;
    if (checkIn && photos.uploading) {
      setFormError(PHOTOS_UPLOADING_MESSAGE);
      return;
    }

    await run(async () => {
      const { completedHandoverTasks, checkIn: measured } = await recordContact({
        enterpriseId: draft.enterpriseId,
        type,
        at,
        who: draft.who.trim(),
        topics: draft.topics.trim(),
        outcome: draft.outcome.trim(),
        nextStep: draft.nextStep.trim(),
        demandIds: [],
        ...(checkIn ? { checkIn } : {}),
      });
      // A far check-in is kept but flagged for the unit: the steward hears so, and why, before leaving.
      if (measured?.flag === 'far' && measured.distanceMeters !== null) {
        await Taro.showModal({ title: '已记录，打卡已标记', content: `打卡位置距企业约 ${distanceLabel(measured.distanceMeters)}，超过 ${CHECK_IN_MAX_DISTANCE_METERS / 1000} 公里，已标记供单位核查。如在其他地点走访，请在联系内容中说明。`, showCancel: false });
        goBackOrHome();
        return;
      }
      const title = completedHandoverTasks > 0 ? HANDOVER_DONE_TOAST : RECORDED_TOAST;
      void Taro.showToast({ title, icon: completedHandoverTasks > 0 ? 'none' : 'success', duration: 2500 });
      setTimeout(goBackOrHome, 800);
    });
  }

  return { draft, change, errors, formError, submitting, submit, location, photos };
}
