import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { Card } from '@/components/card';
import { Chip } from '@/components/chip';
import { FormActions } from '@/components/form-actions';
import { Notice } from '@/components/notice';
import { RecordHead } from '@/components/record-head';
import { TextField } from '@/components/text-field';
import { GROUP_REPLY_TEXT } from '@/core/contracts/figures.fields';
import { DEMAND_STATUS_LABELS, type DemandStatus } from '@/core/demand/demand.model';
import type { SimilarGroupView } from '@/core/figures/figures.model';
import { formatDateTime } from '@/utils/format-time';
import { demandDetailUrl } from '@/utils/navigation';
import { useGroupReply } from '../../hooks/use-group-reply';

/** One group opened: its members (each opens the demand), the last answer, and the form to answer them all. */
export function GroupDetail({ group, onClose, onReplied }: { group: SimilarGroupView; onClose: () => void; onReplied: () => void }) {
  const reply = useGroupReply(group, onReplied);
  return (
    <View className='group-detail'>
      <Card className='group-members' title={`${group.size} 件在办诉求`} link={{ label: '返回列表', onClick: onClose }}>
        <View className='chip-row'>
          {group.terms.map((t) => (
            <Chip key={t}>{t}</Chip>
          ))}
        </View>
        {group.demands.map((d) => (
          <View key={d.id} className='card-row group-member' onClick={() => void Taro.navigateTo({ url: demandDetailUrl(d.id) })}>
            <RecordHead title={d.title} size='md'>
              <Text className='text-meta'>{DEMAND_STATUS_LABELS[d.status as DemandStatus] ?? d.status}</Text>
            </RecordHead>
            <View className='text-meta'>{`${d.enterpriseName} · ${formatDateTime(d.createdAt)}`}</View>
          </View>
        ))}
        {group.size > group.demands.length ? <View className='text-hint'>{`显示最新 ${group.demands.length} 件；答复将送达全部 ${group.size} 件`}</View> : null}
      </Card>
      {group.reply ? (
        <Notice tone='info' className='group-last-reply'>{`${group.reply.byName} ${formatDateTime(group.reply.at)} 已答复 ${group.reply.count} 件：${group.reply.text}`}</Notice>
      ) : null}
      {reply.outcome ? (
        <Notice tone='ok' className='group-reply-result'>
          {`已答复 ${reply.outcome.replied} 件${reply.outcome.skipped ? `；${reply.outcome.skipped} 件此前已收到这条答复或已不在办，未重复发送` : ''}`}
        </Notice>
      ) : (
        <Card className='group-reply' title='统一答复'>
          <TextField
            label='答复内容'
            name='group-reply'
            required
            multiline
            counter
            maxLength={GROUP_REPLY_TEXT.max}
            placeholder={`政策层面的统一答复，至少 ${GROUP_REPLY_TEXT.min} 个字；将写入每件诉求的办理记录并通知企业和管家`}
            value={reply.text}
            error={reply.errors.text}
            onChange={reply.setText}
          />
          <FormActions error={reply.formError} label={`答复全部 ${group.size} 件`} busy={reply.submitting} busyLabel='答复中…' onSubmit={() => void reply.submit()} name='group-reply' />
        </Card>
      )}
    </View>
  );
}
