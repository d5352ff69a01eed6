import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import type { Role } from '@/core/roles';
import PoliciesPage from '@/fieldwork/pages/policies/index';
import PolicyPromotePage from '@/fieldwork/pages/policy-promote/index';
import { SessionProvider } from '@/hooks/use-session';
import { taroDouble } from '../doubles/taro';
import { answerActions, inputsOf } from './cloud-mock';
import { policyView, promotionView } from './fieldwork-fixtures';
import { page } from './fixtures';
import { enterprise } from './org-fixtures';

jest.mock('@/services/cloud');

function renderLibrary(role: Role) {
  answerActions({
    'session.me': () => ({ user: { id: 'me', role, name: '某人' } }),
    'policy.list': (input) => page(input.keyword ? [] : [policyView(), policyView({ id: 'old', title: '过期的政策', expired: true })]),
  });
  return render(
    <SessionProvider>
      <PoliciesPage />
    </SessionProvider>,
  );
}

describe('policy library', () => {
  it('lets a steward present a valid policy to an enterprise', async () => {
    renderLibrary('steward');
    expect(await screen.findByText('人工智能创新应用场景开放与算力补贴')).toBeInTheDocument();
    expect(screen.getAllByRole('button', { name: '向企业宣讲' })).toHaveLength(1);
    fireEvent.click(screen.getByRole('button', { name: '向企业宣讲' }));
    expect(taroDouble.lastNavigation()?.url).toBe(`/fieldwork/pages/policy-promote/index?policyId=policy-3&title=${encodeURIComponent('人工智能创新应用场景开放与算力补贴')}`);
    expect(screen.queryByRole('button', { name: '发布政策' })).not.toBeInTheDocument();
  });

  it('gives the district the publish button and searches by keyword', async () => {
    renderLibrary('district_admin');
    fireEvent.click(await screen.findByRole('button', { name: '发布政策' }));
    expect(taroDouble.lastNavigation()?.url).toBe('/district/pages/policy-new/index');
    fireEvent.change(screen.getByPlaceholderText('搜索政策名称'), { target: { value: '集成电路' } });
    fireEvent.click(screen.getByText('搜索'));
    expect(await screen.findByText('没有找到“集成电路”')).toBeInTheDocument();
    expect(inputsOf('policy.list').at(-1)).toMatchObject({ keyword: '集成电路', includeExpired: false });
  });
});

describe('recording a policy promotion', () => {
  it('sends the enterprise and whether it intends to apply', async () => {
    taroDouble.routerParams = { policyId: 'policy-3', title: encodeURIComponent('人工智能创新应用场景开放与算力补贴') };
    answerActions({
      'enterprise.list': () => page([enterprise({ id: 'ent-001', name: '上海联影信息技术有限公司' }), enterprise({ id: 'ent-004', name: '上海远景汽车科技有限公司' })]),
      'policy.promote': (input) => promotionView({ ...input }),
    });
    render(<PolicyPromotePage />);
    expect(screen.getByText('人工智能创新应用场景开放与算力补贴')).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: '保存宣讲记录' }));
    expect(await screen.findByText('请选择企业')).toBeInTheDocument();
    expect(screen.getByText('请选择企业是否有意申报')).toBeInTheDocument();

    const select = (await screen.findByRole('combobox')) as HTMLSelectElement;
    fireEvent.change(select, { target: { value: '1' } });
    fireEvent.click(screen.getByText('有意申报'));
    fireEvent.change(screen.getByPlaceholderText(/下月提交/), { target: { value: '企业计划下月申报' } });
    fireEvent.click(screen.getByRole('button', { name: '保存宣讲记录' }));
    await waitFor(() => expect(inputsOf('policy.promote')).toEqual([{ policyId: 'policy-3', enterpriseId: 'ent-004', intendsToApply: true, note: '企业计划下月申报' }]));
    expect(taroDouble.toasts).toContainEqual({ title: '已记录宣讲', icon: 'success' });
  });
});
