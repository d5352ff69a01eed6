import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { SessionProvider } from '@/hooks/use-session';
import SummaryListPage from '@/summary/pages/list/index';
import SummaryViewPage from '@/summary/pages/view/index';
import SummaryWritePage from '@/summary/pages/write/index';
import { taroDouble } from '../doubles/taro';
import { answerActions, inputsOf } from './cloud-mock';
import { summaryDetail, summaryList, summaryRow } from './summary-fixtures';

jest.mock('@/services/cloud');
jest.mock('@tarojs/components', () => jest.requireActual('./components-with-date'));

const PLANS = '明年每季度上门走访每家企业一次，加强政策宣讲。';
const field = (container: HTMLElement, key: string) => container.querySelector(`.section-input--${key}`) as HTMLTextAreaElement;
const click = async (element: Element) => {
  await act(async () => {
    fireEvent.click(element);
  });
};

describe('the steward\'s summary', () => {
  it('shows the prefilled text and the data beside it, refuses an incomplete submission on the device, and submits the edited text on the version read', async () => {
    answerActions({
      'summary.mine': () => summaryDetail({ id: '', version: 0 }),
      'summary.submit': (input) => summaryDetail({ status: 'submitted', version: 1, frozen: true, sections: input.sections, can: { edit: false, submit: false, review: false, export: true } }),
    });
    taroDouble.routerParams = { year: '2026' };
    const { container } = render(<SummaryWritePage />);
    expect(await screen.findByText('总结正文（已按平台数据预填，请修改补充）')).toBeInTheDocument();
    expect(inputsOf('summary.mine')).toEqual([{ year: 2026 }]);
    expect(field(container, 'duties').value).toContain('服务重点企业11家');
    expect(container.querySelector('.summary-status')?.textContent).toBe('未保存');
    const satisfied = container.querySelector('.summary-reference__row--satisfiedRate') as HTMLElement;
    expect(within(satisfied).getByText('93.3%')).toBeInTheDocument();
    expect(within(satisfied).getByText(/首次评价/)).toBeInTheDocument();
    expect(screen.getByText(/申请贷款贴息（上海联影信息技术有限公司，张伟）/)).toBeInTheDocument();

    await click(screen.getByRole('button', { name: '提交审核' }));
    // The device's check runs after the click's own turn: found once it has shown (a loaded machine is slower).
    expect(await screen.findByText('请填写问题与不足（至少 10 个字）')).toBeInTheDocument();
    expect(screen.getByText('请填写下一步计划（至少 10 个字）')).toBeInTheDocument();
    expect(inputsOf('summary.submit')).toEqual([]);

    fireEvent.change(field(container, 'problems'), { target: { value: '上门走访次数偏少，政策解读不够深入。' } });
    fireEvent.change(field(container, 'plans'), { target: { value: PLANS } });
    await click(screen.getByRole('button', { name: '提交审核' }));
    const [sent] = inputsOf('summary.submit');
    expect(sent).toMatchObject({ year: 2026, version: 0, sections: { plans: PLANS, duties: expect.stringContaining('服务重点企业11家') } });
    expect(await screen.findByText('总结已提交，正在审核，审核期间不能修改。')).toBeInTheDocument();
    expect(screen.getByText(PLANS)).toBeInTheDocument();
    expect(screen.getByText(/提交时定格/)).toBeInTheDocument();
  });

  it('shows why a returned summary came back and saves a draft on the version read', async () => {
    answerActions({
      'summary.mine': () => summaryDetail({ status: 'returned', version: 3, returns: [{ at: '2026-12-03T02:00:00.000Z', byName: '陆家嘴总管家', reason: '请补充典型案例的办理经过' }] }),
      'summary.save': (input) => summaryDetail({ status: 'returned', version: 4, sections: input.sections }),
    });
    const { container } = render(<SummaryWritePage />);
    expect(await screen.findByText(/陆家嘴总管家于 2026-12-03 10:00 退回修改：请补充典型案例的办理经过/)).toBeInTheDocument();
    fireEvent.change(field(container, 'results'), { target: { value: '受理企业诉求20件，办结18件；贷款贴息一案五个工作日办结。' } });
    await click(screen.getByRole('button', { name: '保存草稿' }));
    expect(inputsOf('summary.save')[0]).toMatchObject({ year: 2026, version: 3, sections: { results: expect.stringContaining('五个工作日') } });
    expect(taroDouble.toasts.at(-1)).toMatchObject({ title: '已保存' });
    expect(screen.getByRole('button', { name: '修改后重新提交' })).toBeInTheDocument();
  });

  it('offers a way back when loading fails', async () => {
    answerActions({ 'summary.mine': () => Promise.reject(Object.assign(new Error('x'), { code: 'NETWORK' })) });
    render(<SummaryWritePage />);
    expect(await screen.findByRole('button', { name: '重试' })).toBeInTheDocument();
  });
});

describe('the unit\'s review', () => {
  const session = (role: string) => ({ 'session.me': () => ({ user: { id: 'u-1', role, name: '某人', unitId: 'unit-z01' } }) });

  it('lists its stewards\' summaries with their state and opens one; its own unit summary is one tap away', async () => {
    answerActions({ ...session('unit_admin'), 'summary.list': () => summaryList() });
    const { container } = render(<SessionProvider><SummaryListPage /></SessionProvider>);
    expect(await screen.findByText('陆家嘴管理局 管家个人总结（待审核 1，已通过 0，共 2）')).toBeInTheDocument();
    expect(inputsOf('summary.list').at(-1)).toEqual({ year: expect.any(Number), of: 'stewards' });
    const rows = [...container.querySelectorAll('.summary-row')] as HTMLElement[];
    expect(rows.map((r) => within(r).getByText(/待审核|未开始/, { selector: '.summary-row__state' }).textContent)).toEqual(['待审核', '未开始']);
    await click(rows[0]);
    expect(taroDouble.lastNavigation()?.url).toBe(`/summary/pages/view/index?id=${encodeURIComponent('2026-steward-u-steward-01')}`);
    await click(rows[1]);
    expect(taroDouble.lastNavigation()?.url).toContain('2026-steward-u-steward-01');
    await click(screen.getByRole('button', { name: '撰写单位总结' }));
    expect(taroDouble.lastNavigation()?.url).toBe('/summary/pages/write/index?year=2026');
  });

  it('returns a summary only with a reason, and accepts one on the version read', async () => {
    const submitted = summaryDetail({ status: 'submitted', version: 2, frozen: true, can: { edit: false, submit: false, review: true, export: true } });
    answerActions({
      'summary.get': () => submitted,
      'summary.return': (input) => ({ ...submitted, status: 'returned', version: 3, returns: [{ at: '2026-12-03T02:00:00.000Z', byName: '陆家嘴总管家', reason: input.reason }], can: { ...submitted.can, review: false } }),
      'summary.accept': () => ({ ...submitted, status: 'accepted', version: 3 }),
    });
    taroDouble.routerParams = { id: submitted.id };
    const { container } = render(<SummaryViewPage />);
    expect(await screen.findByText('审核')).toBeInTheDocument();
    await click(screen.getByRole('button', { name: '退回修改' }));
    expect(screen.getByText('请填写退回理由（至少 5 个字）')).toBeInTheDocument();
    expect(inputsOf('summary.return')).toEqual([]);
    fireEvent.change(container.querySelector('.return-reason')!, { target: { value: '请补充典型案例的办理经过' } });
    await click(screen.getByRole('button', { name: '退回修改' }));
    expect(inputsOf('summary.return')).toEqual([{ id: submitted.id, version: 2, reason: '请补充典型案例的办理经过' }]);
    await waitFor(() => expect(container.querySelector('.summary-status')?.textContent).toBe('退回修改'));
    expect(screen.queryByText('审核通过')).not.toBeInTheDocument();
  });

  it('accepts after confirming', async () => {
    const submitted = summaryDetail({ status: 'submitted', version: 2, frozen: true, can: { edit: false, submit: false, review: true, export: true } });
    answerActions({ 'summary.get': () => submitted, 'summary.accept': () => ({ ...submitted, status: 'accepted', version: 3, acceptedAt: '2026-12-04T02:00:00.000Z', acceptedByName: '陆家嘴总管家', can: { ...submitted.can, review: false } }) });
    taroDouble.routerParams = { id: submitted.id };
    const { container } = render(<SummaryViewPage />);
    await click(await screen.findByRole('button', { name: '审核通过' }));
    expect(inputsOf('summary.accept')).toEqual([{ id: submitted.id, version: 2 }]);
    await waitFor(() => expect(container.querySelector('.summary-status')?.textContent).toBe('已通过'));
  });
});

describe('the district', () => {
  const session = { 'session.me': () => ({ user: { id: 'u-district-01', role: 'district_admin', name: '区科经委' } }) };

  it('lists every unit\'s summary, opens a unit\'s stewards, and sets the deadline on the version read', async () => {
    const units = summaryList({ of: 'units', unitId: undefined, unitName: undefined, unitSummary: undefined, deadline: null, deadlineVersion: 0, rows: [summaryRow({ subjectId: 'unit-z01', subjectName: '陆家嘴管理局', summaryId: '2026-unit-unit-z01' })] });
    answerActions({ ...session, 'summary.list': () => units, 'summary.setDeadline': (input) => ({ year: 2026, deadline: input.deadline, version: 1 }) });
    const { container } = render(<SessionProvider><SummaryListPage /></SessionProvider>);
    expect(await screen.findByText('尚未设定')).toBeInTheDocument();
    expect(inputsOf('summary.list').at(-1)).toMatchObject({ of: 'units' });
    await click(screen.getByText(/管家总结/));
    expect(taroDouble.lastNavigation()?.url).toBe('/summary/pages/list/index?year=2026&unitId=unit-z01');
    await click(screen.getByRole('button', { name: '保存截止日期' }));
    expect(screen.getByText('请选择截止日期')).toBeInTheDocument();
    fireEvent.change(container.querySelector('.date-picker-input')!, { target: { value: '2026-12-25' } });
    await click(screen.getByRole('button', { name: '保存截止日期' }));
    expect(inputsOf('summary.setDeadline')).toEqual([{ year: 2026, deadline: '2026-12-25', version: 0 }]);
    expect(taroDouble.toasts.at(-1)).toMatchObject({ title: '截止日期已设定' });
  });

  it('exports a unit summary as a Word document and shows its annex of stewards', async () => {
    const unitSummary = summaryDetail({
      id: '2026-unit-unit-z01', kind: 'unit', subjectName: '陆家嘴管理局', status: 'accepted', frozen: true, can: { edit: false, submit: false, review: false, export: true },
      reference: { ...summaryDetail().reference, stewards: [{ stewardId: 'u-steward-01', name: '张伟', state: 'accepted', summaryId: '2026-steward-u-steward-01', enterprises: 11, contacts: 45, onsiteVisits: 12, resolved: 18, satisfiedRate: 0.933, trainingHours: 6 }] },
    });
    answerActions({ 'summary.get': () => unitSummary, 'summary.export': () => ({ fileID: 'cloud://x.docx', url: 'http://127.0.0.1/x.docx', rows: 1 }) });
    taroDouble.routerParams = { id: unitSummary.id };
    const { container } = render(<SummaryViewPage />);
    const annex = (await screen.findByText('本单位管家（1 名）')).closest('.summary-annex') as HTMLElement;
    expect(within(annex).getByText('服务企业 11 家')).toBeInTheDocument();
    expect(within(annex).getByText('满意率 93.3%')).toBeInTheDocument();
    await click(screen.getByRole('button', { name: '导出 Word' }));
    expect(inputsOf('summary.export')).toEqual([{ id: '2026-unit-unit-z01' }]);
    expect(within(container.querySelector('.document-link') as HTMLElement).getByText('下载 2026 年度总结（Word）')).toBeInTheDocument();
    expect(taroDouble.toasts.at(-1)).toMatchObject({ title: '已导出' });
    expect(screen.queryByText('审核')).not.toBeInTheDocument();
    await click(within(annex).getByText('张伟'));
    expect(taroDouble.lastNavigation()?.url).toContain('2026-steward-u-steward-01');
  });
});
