import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { researchPlanInput } from '@/core/contracts/fieldwork.contracts';
import ResearchPage from '@/fieldwork/pages/research/index';
import ResearchNewPage from '@/fieldwork/pages/research-new/index';
import ResearchPlanPage from '@/fieldwork/pages/research-plan/index';
import { SessionProvider } from '@/hooks/use-session';
import { taroDouble } from '../doubles/taro';
import { answerActions, inputsOf } from './cloud-mock';
import { researchVisit } from './fieldwork-fixtures';
import { page } from './fixtures';
import { shanghaiDay } from './org-fixtures';

jest.mock('@/services/cloud');
jest.mock('@tarojs/components', () => jest.requireActual('./components-with-date'));

const type = (el: Element, value: string) => fireEvent.change(el, { target: { value } });
const plan = researchVisit({
  id: 'plan-1', status: 'planned', date: shanghaiDay(5), leaders: '副区长 王强', topics: '了解扩产计划和用地需求', promises: [], openPromises: 0, followUpDueAt: undefined,
  planFiles: [{ fileID: 'cloud://plan.pdf', name: '调研方案.pdf', contentType: 'application/pdf', size: 20480, url: 'http://127.0.0.1/plan.pdf' }],
});

describe('planning a research visit', () => {
  it('sends the plan with the date ahead and whether the steward goes along', async () => {
    taroDouble.routerParams = { enterpriseId: 'ent-001', name: encodeURIComponent('上海联影信息技术有限公司') };
    answerActions({ 'research.plan': (input) => researchVisit({ ...input, status: 'planned' }) });
    const { container } = render(<ResearchPlanPage />);
    fireEvent.click(screen.getByRole('button', { name: '保存调研计划' }));
    expect(await screen.findByText('请选择计划调研日期')).toBeInTheDocument();
    type(container.querySelector('.date-picker-input') as Element, shanghaiDay(5));
    type(screen.getByPlaceholderText(/副区长/), '副区长 王强');
    type(screen.getByPlaceholderText(/调研要了解的问题/), '了解扩产计划和用地需求');
    fireEvent.click(screen.getByText('管家不陪同'));
    fireEvent.click(screen.getByRole('button', { name: '保存调研计划' }));
    await waitFor(() => expect(inputsOf('research.plan')).toHaveLength(1));
    const sent = inputsOf('research.plan')[0];
    expect(sent).toEqual({ enterpriseId: 'ent-001', date: shanghaiDay(5), leaders: '副区长 王强', accompanying: '', stewardAccompanies: false, topics: '了解扩产计划和用地需求', planFiles: [] });
    expect(researchPlanInput.safeParse(sent).error).toBeUndefined();
  });
});

describe('a planned visit in the list', () => {
  const renderList = () => {
    taroDouble.routerParams = {};
    answerActions({
      'session.me': () => ({ user: { id: 'me', role: 'steward', name: '王管家' } }),
      'research.list': () => page([plan]),
      'research.cancelPlan': (input) => ({ ...plan, status: 'cancelled', cancelReason: input.reason }),
    });
    return render(<SessionProvider><ResearchPage /></SessionProvider>);
  };

  it('shows the plan and its document, and leads to recording it', async () => {
    renderList();
    const card = (await screen.findByText('副区长 王强')).closest('.research-visit') as HTMLElement;
    expect(within(card).getByText('计划中')).toBeInTheDocument();
    expect(within(card).getByText('调研方案.pdf')).toBeInTheDocument();
    expect(card).toHaveTextContent(`计划 ${shanghaiDay(5)}`);
    fireEvent.click(within(card).getByText('记录调研情况'));
    expect(taroDouble.lastNavigation()?.url).toMatch(/^\/fieldwork\/pages\/research-new\/index\?enterpriseId=ent-001&name=.+&planId=plan-1$/);
  });

  it('calls a plan off with a reason', async () => {
    renderList();
    const card = (await screen.findByText('副区长 王强')).closest('.research-visit') as HTMLElement;
    fireEvent.click(within(card).getByText('取消计划'));
    type(within(card).getByPlaceholderText(/取消原因/), '领导行程调整');
    await act(async () => {
      fireEvent.click(within(card).getByRole('button', { name: '取消计划' }));
    });
    expect(inputsOf('research.cancelPlan')).toEqual([{ visitId: 'plan-1', reason: '领导行程调整' }]);
    expect(within(card).getByText('已取消')).toBeInTheDocument();
  });
});

describe('recording a planned visit', () => {
  it('starts from the plan and sends its id, so the plan becomes the record', async () => {
    taroDouble.routerParams = { enterpriseId: 'ent-001', name: encodeURIComponent('上海联影信息技术有限公司'), planId: 'plan-1' };
    const today = researchVisit({ ...plan, date: shanghaiDay(0) });
    answerActions({ 'research.list': () => page([today]), 'research.record': (input) => researchVisit({ ...input, id: 'plan-1' }) });
    render(<ResearchNewPage />);
    expect(await screen.findByDisplayValue('副区长 王强')).toBeInTheDocument();
    expect(screen.getByText(/按调研计划记录/)).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: '保存调研记录' }));
    await waitFor(() => expect(inputsOf('research.record')).toHaveLength(1));
    expect(inputsOf('research.record')[0]).toMatchObject({ planId: 'plan-1', leaders: '副区长 王强', topics: '了解扩产计划和用地需求', date: shanghaiDay(0) });
    expect(inputsOf('research.list')).toEqual([{ enterpriseId: 'ent-001', status: 'planned', page: 1, pageSize: 50 }]);
  });
});
