import { useCallback, useRef, useState } from 'react';
import Taro from '@tarojs/taro';
import { toCloudError } from '@/services/cloud-error';
import { MAX_ATTACHMENTS, TOO_MANY_ATTACHMENTS } from '@/core/contracts/demand.fields';
import { type AttachmentKind, type AttachmentPurpose, kindOfName, type PickedAttachment, pickAttachments, uploadAttachment } from '@/services/attachment-files';
import type { AttachmentRef } from '@/core/contracts/demand-step.contracts';

interface AttachmentItem {
  key: string;
  name: string;
  /** Unknown for files uploaded earlier (a restored draft). */
  size?: number;
  kind: AttachmentKind;
  status: 'uploading' | 'done' | 'failed';
  fileID?: string;
  error?: string;
}

let nextKey = 0;
const keyOf = () => `att-${++nextKey}`;

const itemOfRef = (ref: AttachmentRef & { size?: number }): AttachmentItem => ({
  key: keyOf(),
  name: ref.name,
  size: ref.size,
  kind: kindOfName(ref.name) ?? 'image',
  status: 'done',
  fileID: ref.fileID,
});

/**
 * Attachments of a form: picked, checked on the device, uploaded at once to paths issued for
 * the form's purpose (so sending the form only names them), removable, and retried when an
 * upload fails. `onChange` hears the uploaded ones, e.g. to keep them in a draft.
 */
export function useAttachments(purpose: AttachmentPurpose, initial: AttachmentRef[] = [], onChange?: (refs: AttachmentRef[]) => void) {
  const [items, setItems] = useState<AttachmentItem[]>(() => initial.map(itemOfRef));
  const [refusal, setRefusal] = useState('');
  const itemsRef = useRef(items);
  const sources = useRef(new Map<string, PickedAttachment>());
  const onChangeRef = useRef(onChange);
  onChangeRef.current = onChange;

  const update = useCallback((change: (current: AttachmentItem[]) => AttachmentItem[]) => {
    const next = change(itemsRef.current);
    itemsRef.current = next;
    setItems(next);
    onChangeRef.current?.(next.filter((i) => i.status === 'done' && i.fileID).map((i) => ({ fileID: i.fileID!, name: i.name })));
  }, []);

  const upload = useCallback(
    async (key: string) => {
      const file = sources.current.get(key);
      if (!file) return;
      update((list) => list.map((i) => (i.key === key ? { ...i, status: 'uploading', error: undefined } : i)));
      try {
        const fileID = await uploadAttachment(purpose, file);
        update((list) => list.map((i) => (i.key === key ? { ...i, status: 'done', fileID } : i)));
      } catch (err) {
        const { message } = toCloudError(err);
        update((list) => list.map((i) => (i.key === key ? { ...i, status: 'failed', error: message } : i)));
      }
    },
    [purpose, update],
  );

  const add = useCallback(async () => {
    const room = MAX_ATTACHMENTS - itemsRef.current.length;
    if (room <= 0) {
      setRefusal(TOO_MANY_ATTACHMENTS);
      return;
    }
    const { accepted, refused } = await pickAttachments(purpose, room);
    setRefusal(refused.join('；'));
    if (refused.length > 0) void Taro.showToast({ title: refused[0], icon: 'none', duration: 3000 });
    const added = accepted.map((file) => {
      const key = keyOf();
      sources.current.set(key, file);
      return { key, name: file.name, size: file.size, kind: file.kind, status: 'uploading' as const };
    });
    if (added.length === 0) return;
    update((list) => [...list, ...added]);
    await Promise.all(added.map((item) => upload(item.key)));
  }, [purpose, update, upload]);

  const remove = useCallback(
    (key: string) => {
      sources.current.delete(key);
      update((list) => list.filter((i) => i.key !== key));
    },
    [update],
  );

  const reset = useCallback((refs: AttachmentRef[]) => update(() => refs.map(itemOfRef)), [update]);

  const refs = items.filter((i) => i.status === 'done' && i.fileID).map((i) => ({ fileID: i.fileID!, name: i.name }));
  const busy = items.some((i) => i.status === 'uploading');
  const failed = items.some((i) => i.status === 'failed');
  /** Why the form cannot be sent yet because of its attachments, or ''. */
  const blocker = busy ? '附件正在上传，请稍候' : failed ? '有附件上传失败，请重试或删除后再提交' : '';

  return { items, refs, refusal, blocker, add, remove, retry: (key: string) => void upload(key), reset };
}
