import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { Card } from '@/components/card';
import { Chip } from '@/components/chip';
import { CadenceItem } from '@/components/fieldwork/cadence-item';
import { RecordHead } from '@/components/record-head';
import { StatGrid } from '@/components/stat-grid';
import { figure } from '@/core/figures/figure-catalogue';
import { OVERVIEW_PERIOD_LABELS, type StewardOverview } from '@/core/org/steward-overview';
import { formatDateTime } from '@/utils/format-time';
import { enterpriseProfileUrl } from '@/utils/org-urls';
import { watchListUrl } from '@/utils/oversight-urls';

const go = (url: string) => void Taro.navigateTo({ url });
const percent = (rate: number | null) => (rate === null ? '—' : `${Math.round(rate * 1000) / 10}%`);

/** Who the steward is and how many enterprises they serve (above 10 is flagged, guideline art. 3). */
export function StewardHead({ overview: { steward, load } }: { overview: StewardOverview }) {
  return (
    <Card className='steward-head'>
      <RecordHead title={steward.name} titleClassName='steward-head__name'>
        {steward.status === 'disabled' ? <Chip tone='muted'>已停用</Chip> : null}
        {load.overloaded ? <Chip tone='danger' className='overloaded-flag'>超过10家</Chip> : null}
      </RecordHead>
      <View className='steward-head__line text-note'>{[steward.unitName, steward.phone].filter(Boolean).join(' · ')}</View>
      <View className='steward-head__line text-note'>{steward.liaisonNames.length ? `联络员：${steward.liaisonNames.join('、')}` : '暂无联络员'}</View>
      <View className='steward-head__load'>
        <Text className='steward-head__count'>{load.enterprises}</Text>
        <Text className='text-note'>家服务企业</Text>
      </View>
    </Card>
  );
}

/** Contact coverage now, and the enterprises most in need of a contact or a visit. */
export function CoverageCard({ overview: { coverage, pressing } }: { overview: StewardOverview }) {
  const of = (n: number) => `${n}/${coverage.enterprises}`;
  return (
    <Card className='coverage-card' title='联系走访覆盖（当前）'>
      <StatGrid
        stats={[
          { key: 'contacted', label: '按周期联系', value: of(coverage.contactedInCadence) },
          { key: 'visited', label: '按周期走访', value: of(coverage.visitedInCadence) },
          { key: 'soon', label: '即将到期', value: coverage.dueSoon },
          { key: 'contact-overdue', label: '联系逾期', value: coverage.contactOverdue, alert: coverage.contactOverdue > 0 },
          { key: 'visit-overdue', label: '走访逾期', value: coverage.visitOverdue, alert: coverage.visitOverdue > 0 },
          { key: 'long-overdue', label: '逾期超30天', value: coverage.longOverdue, alert: coverage.longOverdue > 0 },
        ]}
      />
      {pressing.length ? <View className='steward-page__subtitle text-subtitle'>最需要联系的企业</View> : null}
      {pressing.map((row) => (
        <CadenceItem key={row.enterpriseId} row={row} onOpen={() => go(enterpriseProfileUrl(row.enterpriseId))} />
      ))}
      <View className='steward-page__rule text-hint'>{`口径：${figure('contactCoverageRate').definition}`}</View>
    </Card>
  );
}

/** Contacts and visits over the period, by kind, and the latest few. */
export function ContactsCard({ overview: { contacts, recentContacts, coverage, period } }: { overview: StewardOverview }) {
  return (
    <Card className='contacts-card' title={`联系走访（${OVERVIEW_PERIOD_LABELS[period.days]}）`}>
      <StatGrid
        stats={[
          { key: 'contacts', label: '联系次数', value: contacts.total },
          { key: 'visits', label: '上门走访', value: contacts.visits },
          { key: 'reached', label: '联系到的企业', value: `${contacts.enterprisesContacted}/${coverage.enterprises}` },
        ]}
      />
      {contacts.byType.length ? <View className='text-meta steward-page__types'>{contacts.byType.map((t) => `${t.type} ${t.count}`).join(' · ')}</View> : null}
      {recentContacts.length === 0 ? <Text className='card-hint'>这段时间没有联系记录</Text> : null}
      {recentContacts.map((c) => (
        <View key={c.id} className='card-row recent-contact' onClick={() => go(enterpriseProfileUrl(c.enterpriseId))}>
          <RecordHead title={c.enterpriseName} size='md' align='baseline'>
            <Text className='text-meta'>{c.type}</Text>
          </RecordHead>
          <View className='text-meta'>{`${formatDateTime(c.at)} · ${c.topics}`}</View>
        </View>
      ))}
    </Card>
  );
}

/** Demands open now, and what happened to them in the period; the list opens on this steward. */
export function DemandsCard({ overview: { demandsNow, demands, period, steward } }: { overview: StewardOverview }) {
  return (
    <Card className='steward-demands-card' title='诉求办理' link={{ label: '查看诉求 ›', onClick: () => go(watchListUrl({ stewardId: steward.id, stewardName: steward.name })) }}>
      <StatGrid
        stats={[
          { key: 'open', label: '在办（当前）', value: demandsNow.open },
          { key: 'overdue', label: '逾期（当前）', value: demandsNow.overdue, alert: demandsNow.overdue > 0, onClick: () => go(watchListUrl({ stewardId: steward.id, stewardName: steward.name, overdue: true })) },
          { key: 'escalated', label: `督办（${OVERVIEW_PERIOD_LABELS[period.days]}）`, value: demands.escalated, alert: demands.escalated > 0 },
          { key: 'received', label: `收到（${OVERVIEW_PERIOD_LABELS[period.days]}）`, value: demands.received },
          { key: 'closed', label: `关闭（${OVERVIEW_PERIOD_LABELS[period.days]}）`, value: demands.closed },
        ]}
      />
    </Card>
  );
}

/** What enterprises said in the period: the first ratings by level, the satisfied share, bad reviews, auto-closed apart. */
export function SatisfactionCard({ overview: { satisfaction, period } }: { overview: StewardOverview }) {
  const most = Math.max(1, ...satisfaction.levels.map((l) => l.count));
  return (
    <Card className='satisfaction-card' title={`企业评价（${OVERVIEW_PERIOD_LABELS[period.days]}）`}>
      <StatGrid
        stats={[
          { key: 'rate', label: '满意率', value: percent(satisfaction.satisfiedRate) },
          { key: 'rated', label: '首次评价', value: satisfaction.rated },
          { key: 'bad', label: '差评', value: satisfaction.badReviews, alert: satisfaction.badReviews > 0 },
        ]}
      />
      {satisfaction.rated === 0 ? <Text className='card-hint'>这段时间没有企业评价</Text> : null}
      {satisfaction.rated > 0
        ? satisfaction.levels.map((l) => (
            <View key={l.level} className='level-bar'>
              <Text className='level-bar__label text-meta'>{l.level}</Text>
              <View className='level-bar__track'>
                <View className={`level-bar__fill level-bar__fill--${l.level === '不满意' || l.level === '非常不满意' ? 'bad' : 'good'}`} style={{ width: `${(l.count / most) * 100}%` }} />
              </View>
              <Text className='level-bar__count text-meta'>{l.count}</Text>
            </View>
          ))
        : null}
      {satisfaction.autoClosed ? <View className='text-meta steward-page__types'>{`超期未评价自动关闭 ${satisfaction.autoClosed} 件（单列，不计为满意）`}</View> : null}
      {satisfaction.closedUnresolved ? <View className='text-meta steward-page__types'>{`整改后仍不满意、经区科经委裁定以“未解决”关闭 ${satisfaction.closedUnresolved} 件（单列，不计为满意）`}</View> : null}
      <View className='steward-page__rule text-hint'>{`口径：${figure('satisfiedRate').definition}`}</View>
    </Card>
  );
}
