import { useState } from 'react';
import Taro from '@tarojs/taro';
import { GROUP_REPLY_TEXT } from '@/core/contracts/figures.fields';
import { textProblem } from '@/core/contracts/text-rule';
import type { SimilarGroupView } from '@/core/figures/figures.model';
import { useFormSubmit } from '@/hooks/use-form-submit';
import { replyToGroup } from '../services/figures.service';

export interface GroupReplyOutcome {
  replied: number;
  /** Members that did not get a new line: they already had this answer, or are no longer open. */
  skipped: number;
}

/**
 * One answer to every open member of a group, after a confirmation. A big group is answered in
 * several calls (100 a call) with the same text; the server skips members that already have it,
 * so a retry after a lost answer sends nothing twice.
 */
export function useGroupReply(group: SimilarGroupView, onDone: () => void) {
  const [text, setText] = useState('');
  const [outcome, setOutcome] = useState<GroupReplyOutcome | null>(null);
  const form = useFormSubmit(['text'] as const);

  const submit = () => {
    const problem = textProblem(text, GROUP_REPLY_TEXT);
    if (problem) {
      form.setErrors({ text: problem });
      return Promise.resolve();
    }
    form.setErrors({});
    return form.run(
      async () => {
        let replied = 0;
        for (let remaining = 1; remaining > 0; ) {
          const result = await replyToGroup({ groupId: group.id, text: text.trim() });
          replied += result.replied;
          remaining = result.remaining;
        }
        setOutcome({ replied, skipped: Math.max(0, group.size - replied) });
        onDone();
      },
      async () => (await Taro.showModal({ title: '统一答复', content: `这条答复将写入本组 ${group.size} 件在办诉求的办理记录，并通知企业和服务管家。确定发送？` })).confirm,
    );
  };

  return { text, setText, outcome, submit, ...form };
}
