import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import type { SessionUser } from '@/core/session.model';
import EnterpriseContactsPage from '@/enterprise/pages/contacts/index';
import EnterprisePoliciesPage from '@/enterprise/pages/policies/index';
import PreferencesPage from '@/enterprise/pages/preferences/index';
import { SessionProvider } from '@/hooks/use-session';
import HomePage from '@/pages/index/index';
import { CloudError } from '@/services/cloud-error';
import { taroDouble } from '../doubles/taro';
import { answerActions, inputsOf } from './cloud-mock';
import { policyView, promotionView } from './fieldwork-fixtures';
import { page } from './fixtures';
import { contactView, enterprise } from './org-fixtures';

jest.mock('@/services/cloud');

const contact: SessionUser = { id: 'u-ec-001', role: 'enterprise', name: '张经理', enterpriseId: 'ent-001', enterpriseName: '上海联影信息技术有限公司', stewardName: '白丽' };
const withSession = (ui: JSX.Element) => render(<SessionProvider>{ui}</SessionProvider>);

describe('the enterprise’s contact preferences', () => {
  it('shows the saved preferences and sends the changed ones', async () => {
    answerActions({
      'session.me': () => ({ user: contact }),
      'enterprise.get': () => enterprise({ preferences: { channels: ['电话'], quietPeriods: '月底', note: '', updatedAt: '2024-05-01T00:00:00.000Z' } }),
      'enterprise.setPreferences': (input) => ({ ...input, updatedAt: new Date().toISOString() }),
    });
    taroDouble.pageStackDepth = 2;
    const { container } = withSession(<PreferencesPage />);
    expect(await screen.findByDisplayValue('月底')).toBeInTheDocument();
    expect(screen.getByText('电话')).toHaveClass('chip--selected');
    fireEvent.click(screen.getByText('微信'));
    fireEvent.change(container.querySelector('.quiet-input') as Element, { target: { value: '每月最后一周' } });
    fireEvent.change(screen.getByPlaceholderText(/提前一天/), { target: { value: '上门请提前预约' } });
    fireEvent.click(screen.getByRole('button', { name: '保存' }));
    await waitFor(() => expect(inputsOf('enterprise.setPreferences')).toEqual([{ channels: ['电话', '微信'], quietPeriods: '每月最后一周', note: '上门请提前预约' }]));
    expect(taroDouble.toasts).toContainEqual({ title: '已保存', icon: 'success' });
    expect(inputsOf('enterprise.get')).toEqual([{ id: 'ent-001' }]);
  });

  it('asks for at least one channel and shows server field errors', async () => {
    answerActions({
      'session.me': () => ({ user: contact }),
      'enterprise.get': () => enterprise(),
      'enterprise.setPreferences': () => {
        throw new CloudError('VALIDATION_FAILED', '填写的内容有误：不超过 200 个字', { note: '不超过 200 个字' });
      },
    });
    withSession(<PreferencesPage />);
    fireEvent.click(await screen.findByRole('button', { name: '保存' }));
    expect(await screen.findByText('请至少选择一种联系方式')).toBeInTheDocument();
    expect(inputsOf('enterprise.setPreferences')).toEqual([]);
    fireEvent.click(screen.getByText('邮件'));
    fireEvent.click(screen.getByRole('button', { name: '保存' }));
    expect(await screen.findByText('不超过 200 个字', { selector: '.field-error' })).toBeInTheDocument();
  });
});

describe('policies for the enterprise', () => {
  it('lists what the server returns as matching, and the policies its steward presented', async () => {
    answerActions({
      'policy.list': () => page([policyView(), policyView({ id: 'policy-5', title: '浦东新区人才安居和子女就学保障实施细则', industries: [], issuer: '区人才局' })]),
      'policy.promotions': () => page([promotionView()]),
    });
    render(<EnterprisePoliciesPage />);
    expect(await screen.findByText('人工智能创新应用场景开放与算力补贴')).toBeInTheDocument();
    expect(screen.getByText('浦东新区人才安居和子女就学保障实施细则')).toBeInTheDocument();
    expect(screen.getByText('不限行业')).toBeInTheDocument();
    expect(inputsOf('policy.list')).toEqual([{ page: 1, pageSize: 10 }]);

    fireEvent.click(screen.getByText('管家宣讲过的'));
    expect(await screen.findByText('“专精特新”企业培育和奖励办法')).toBeInTheDocument();
    expect(screen.getByText(/王管家 于 2024-05-20 向您介绍/)).toBeInTheDocument();
  });

  it('says so when nothing matches', async () => {
    answerActions({ 'policy.list': () => page([]) });
    render(<EnterprisePoliciesPage />);
    expect(await screen.findByText('暂无匹配的政策')).toBeInTheDocument();
  });

  it('recommends the matching policies on the enterprise home and leads to preferences and the timeline', async () => {
    answerActions({
      'session.me': () => ({ user: contact }),
      'demand.list': () => page([]),
      'demand.counts': () => ({ byStatus: {}, overdue: 0, total: 0, awaitingCallback: 0 }),
      'policy.list': () => page([policyView()]),
    });
    const { container } = withSession(<HomePage />);
    const card = (await screen.findByText('为您推荐的政策')).closest('.recommended-policies') as HTMLElement;
    expect(await within(card).findByText('人工智能创新应用场景开放与算力补贴')).toBeInTheDocument();
    expect(inputsOf('policy.list')).toEqual([{ page: 1, pageSize: 3 }]);
    fireEvent.click(container.querySelector('.preferences-entry') as Element);
    expect(taroDouble.lastNavigation()?.url).toBe('/enterprise/pages/preferences/index');
    fireEvent.click(container.querySelector('.contacts-entry') as Element);
    expect(taroDouble.lastNavigation()?.url).toBe('/enterprise/pages/contacts/index');
  });
});

describe('the enterprise’s own contact timeline', () => {
  it('shows each contact in plain words, newest first as the server gives them', async () => {
    answerActions({
      'contact.list': () =>
        page([
          contactView({ id: 'c2', type: '上门走访', at: '2024-05-24T02:00:00.000Z', who: '刘总经理', topics: '参观新产线', outcome: '记录用工需求', nextStep: '对接人社部门', recordedByName: '白丽' }),
          contactView({ id: 'c1', type: '电话', at: '2024-05-01T02:00:00.000Z', recordedByName: '白丽' }),
        ]),
    });
    const { container } = render(<EnterpriseContactsPage />);
    expect(await screen.findByText('上门走访')).toBeInTheDocument();
    const entries = [...container.querySelectorAll('.timeline-entry')] as HTMLElement[];
    expect(entries).toHaveLength(2);
    expect(within(entries[0]).getByText('2024-05-24 10:00')).toBeInTheDocument();
    expect(within(entries[0]).getByText('白丽 与 刘总经理 沟通')).toBeInTheDocument();
    expect(within(entries[0]).getByText('沟通内容：参观新产线')).toBeInTheDocument();
    expect(within(entries[0]).getByText('结果：记录用工需求')).toBeInTheDocument();
    expect(within(entries[0]).getByText('下一步：对接人社部门')).toBeInTheDocument();
    expect(within(entries[1]).getByText('电话联系')).toBeInTheDocument();
    // The enterprise asks for its own history: no enterprise id is sent.
    expect(inputsOf('contact.list')).toEqual([{ page: 1, pageSize: 10 }]);
  });
});
