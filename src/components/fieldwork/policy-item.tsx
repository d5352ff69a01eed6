import type { ReactNode } from 'react';
import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import type { PolicyView } from '@/core/fieldwork/fieldwork.model';
import { pushSummary } from '@/utils/policy-push-words';
import { Chip } from '../chip';
import './fieldwork-items.scss';

interface PolicyItemProps {
  policy: PolicyView;
  /** Lists show the summary in full; a home card keeps it short. */
  brief?: boolean;
  action?: ReactNode;
}

/** A policy: what it offers, who issued it, how long it is in force, whom it is for. */
export function PolicyItem({ policy, brief, action }: PolicyItemProps) {
  const audience = [...policy.industries, ...policy.tags];
  return (
    <View className={`policy-item${policy.expired ? ' policy-item--expired' : ''}`}>
      <View className='policy-item__title'>{policy.title}</View>
      <View className='policy-item__meta text-meta'>
        {`${policy.issuer} · 有效期 ${policy.validFrom} 至 ${policy.validTo}`}
        {policy.expired ? (
          <Chip tone='muted' className='policy-item__expired'>
            已过期
          </Chip>
        ) : null}
      </View>
      {brief ? null : <View className='policy-item__summary'>{policy.summary}</View>}
      {!brief ? (
        <View className='chip-row policy-item__audience'>
          {(audience.length ? audience : ['不限行业']).map((a) => (
            <Chip key={a}>{a}</Chip>
          ))}
        </View>
      ) : null}
      {!brief && (policy.link || policy.attachmentUrl) ? <PolicyLinks policy={policy} /> : null}
      {policy.push ? <View className='policy-item__push text-meta'>{pushSummary(policy.push)}</View> : null}
      {action ? <View className='policy-item__action'>{action}</View> : null}
    </View>
  );
}

// A mini-program cannot open other sites: the link is copied there; H5 opens it.
function PolicyLinks({ policy }: { policy: PolicyView }) {
  const links = [
    ...(policy.link ? [{ label: '政策原文', url: policy.link }] : []),
    ...(policy.attachmentUrl ? [{ label: '附件', url: policy.attachmentUrl }] : []),
  ];
  return (
    <View className='policy-item__links'>
      {links.map(({ label, url }) =>
        process.env.TARO_ENV === 'h5' ? (
          <a key={label} className='policy-item__link link' href={url} target='_blank' rel='noreferrer'>
            {label}
          </a>
        ) : (
          <Text key={label} className='policy-item__link link' onClick={() => void Taro.setClipboardData({ data: url })}>
            {`复制${label}链接`}
          </Text>
        ),
      )}
    </View>
  );
}
