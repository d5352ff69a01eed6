import { Text, View } from '@tarojs/components';
import { Card } from '@/components/card';
import { AttachmentGallery } from '@/components/demand/attachment-gallery';
import { CLOSE_REASON_LABELS, COMPLEXITY_LABELS, extensionText, ratingText } from '@/components/demand/demand-words';
import { DueLine } from '@/components/demand/due-line';
import { FactLine } from '@/components/fact-line';
import { StatusTag } from '@/components/status-tag';
import { type DemandDetail, URGENCY_LABELS } from '@/core/demand/demand.model';
import { formatDateTime } from '@/utils/format-time';

/** Everything known about a demand, top to bottom: where it stands, what it is, what came of it. */
export function DemandHead({ demand }: { demand: DemandDetail }) {
  return (
    <Card className='demand-head'>
      <View className='demand-detail__head'>
        <Text className='demand-detail__title demand-title'>{demand.title}</Text>
        <StatusTag status={demand.status} />
      </View>
      <DueLine demand={demand} />
      <FactLine label='诉求类别' value={demand.category} className='demand-category' />
      <FactLine label='紧急程度' value={URGENCY_LABELS[demand.urgency] ?? demand.urgency} className='demand-urgency' />
      <FactLine label='提交企业' value={demand.enterpriseName} className='demand-enterprise' />
      <FactLine label='服务管家' value={demand.stewardName || '待分配'} className='demand-steward' />
      {demand.departmentName ? (
        <FactLine
          label='承办部门'
          value={`${demand.departmentName}${demand.complexity ? ` · ${COMPLEXITY_LABELS[demand.complexity]}` : ''}`}
          className='demand-department'
        />
      ) : null}
      <FactLine label='提交时间' value={formatDateTime(demand.createdAt)} className='demand-created-at' />
      {demand.closeReason ? <FactLine label='关闭原因' value={CLOSE_REASON_LABELS[demand.closeReason]} className='demand-close-reason' /> : null}
      {demand.closeNote ? <FactLine label='裁定理由' value={demand.closeNote} className='demand-close-note' /> : null}
    </Card>
  );
}

export function DemandBody({ demand }: { demand: DemandDetail }) {
  return (
    <>
      <Card title='诉求描述'>
        <Text className='demand-description' userSelect>
          {demand.description}
        </Text>
      </Card>
      {demand.attachments.length > 0 ? (
        <Card title={`附件（${demand.attachments.length}）`} className='demand-attachments'>
          <AttachmentGallery attachments={demand.attachments} />
        </Card>
      ) : null}
      {demand.resolution ? (
        <Card title='办理结果' className='demand-resolution'>
          <Text className='demand-description' userSelect>
            {demand.resolution}
          </Text>
        </Card>
      ) : null}
      {demand.extensions.length > 0 ? (
        <Card title='延期' className='demand-extensions'>
          {demand.extensions.map((e) => (
            <View key={e.at} className='demand-extension'>
              <Text className='demand-extension__text'>{extensionText(e)}</Text>
              <Text className='demand-extension__at'>{`${formatDateTime(e.at)} 申请`}</Text>
            </View>
          ))}
        </Card>
      ) : null}
      {demand.ratings.length > 0 ? (
        <Card title='企业评价' className='demand-ratings'>
          {demand.ratings.map((r, index) => (
            <View key={r.at} className='demand-rating'>
              <View className='demand-rating__head'>
                <Text className='demand-rating__order text-meta'>{demand.ratings.length > 1 ? `第 ${index + 1} 次` : ''}</Text>
                <Text className='demand-rating__text'>{ratingText(r)}</Text>
                <Text className='demand-rating__at'>{formatDateTime(r.at)}</Text>
              </View>
              {r.comment ? <View className='demand-rating__comment'>{r.comment}</View> : null}
            </View>
          ))}
        </Card>
      ) : null}
    </>
  );
}
