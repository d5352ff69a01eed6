import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { summaryYearOn } from '@/core/summary/summary.deadline';
import { SessionProvider } from '@/hooks/use-session';
import { shanghaiNow } from '@/utils/shanghai-clock';
import SummaryListPage from '@/summary/pages/list/index';
import SummaryViewPage from '@/summary/pages/view/index';
import SummaryWritePage from '@/summary/pages/write/index';
import { taroDouble } from '../doubles/taro';
import { answerActions, inputsOf } from './cloud-mock';
import type { SummaryRow, SummaryState } from '@/core/summary/summary.model';
import { stewardList, summaryDetail, summaryRow, unitList } from './summary-fixtures';

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

  // The year the page opens on (the one just ended until the end of February).
  const YEAR = summaryYearOn(shanghaiNow().date);
  const chipsOf = (container: HTMLElement) => [...container.querySelectorAll('.tabs--state .tabs__tab')].map((c) => c.textContent);
  const activeChip = (container: HTMLElement) => container.querySelector('.tabs--state .tabs__tab--active')?.textContent;
  const namesOf = (container: HTMLElement) => [...container.querySelectorAll('.summary-row__name')].map((n) => n.textContent);
  const stewardRow = (n: number, state: SummaryState = 'submitted') =>
    summaryRow({ subjectId: `u-steward-${n}`, subjectName: `管家${n}`, state, summaryId: state === 'not_started' ? undefined : `2026-steward-u-steward-${n}`, submittedAt: state === 'not_started' ? undefined : '2026-12-02T02:00:00.000Z' });

  it('opens on the summaries waiting for review, with a chip counting each state; a row opens its summary; its own unit summary is one tap away', async () => {
    answerActions({ ...session('unit_admin'), 'summary.list': () => stewardList({}, [stewardRow(1), stewardRow(2)]) });
    const { container } = render(<SessionProvider><SummaryListPage /></SessionProvider>);
    expect(await screen.findByText('陆家嘴管理局 管家个人总结（共 3 名）')).toBeInTheDocument();
    expect(inputsOf('summary.list')).toEqual([{ year: YEAR, of: 'stewards', state: 'submitted', page: 1, pageSize: 20 }]);
    expect(chipsOf(container)).toEqual(['待审核 2', '退回修改 0', '草稿 0', '未开始 1', '已通过 0']);
    expect(activeChip(container)).toBe('待审核 2');
    const rows = [...container.querySelectorAll('.summary-row')] as HTMLElement[];
    expect(rows.map((r) => [within(r).getByText(/管家/, { selector: '.summary-row__name' }).textContent, within(r).getByText(/待审核|未开始/, { selector: '.summary-row__state' }).textContent])).toEqual([['管家1', '待审核'], ['管家2', '待审核']]);
    await click(rows[1]);
    expect(taroDouble.lastNavigation()?.url).toBe(`/summary/pages/view/index?id=${encodeURIComponent('2026-steward-u-steward-2')}`);
    await click(screen.getByRole('button', { name: '撰写单位总结' }));
    expect(taroDouble.lastNavigation()?.url).toBe('/summary/pages/write/index?year=2026');
  });

  it('lists the chosen chip\'s state from its first page, and pages on to the end of it', async () => {
    const pages: Record<string, SummaryRow[][]> = {
      submitted: [Array.from({ length: 20 }, (_, i) => stewardRow(i + 1)), [stewardRow(21), stewardRow(22)]],
      not_started: [[stewardRow(30, 'not_started')]],
      accepted: [[]],
    };
    const counts = { not_started: 1, draft: 0, submitted: 22, returned: 0, accepted: 0 };
    answerActions({
      ...session('unit_admin'),
      'summary.list': ({ state, page }) => stewardList({ state, counts }, pages[state][page - 1], page < pages[state].length),
    });
    const { container } = render(<SessionProvider><SummaryListPage /></SessionProvider>);
    await screen.findByText('管家20');
    expect(namesOf(container)).toHaveLength(20);
    await click(screen.getByText('加载更多'));
    expect(inputsOf('summary.list').at(-1)).toEqual({ year: YEAR, of: 'stewards', state: 'submitted', page: 2, pageSize: 20 });
    expect(namesOf(container)).toEqual(Array.from({ length: 22 }, (_, i) => `管家${i + 1}`));
    expect(screen.getByText('没有更多了')).toBeInTheDocument();
    // The end reached, scrolling asks for nothing more.
    await act(() => taroDouble.reachBottom());
    expect(inputsOf('summary.list')).toHaveLength(2);

    await click(screen.getByText('未开始 1'));
    expect(await screen.findByText('管家30')).toBeInTheDocument();
    expect(inputsOf('summary.list').at(-1)).toEqual({ year: YEAR, of: 'stewards', state: 'not_started', page: 1, pageSize: 20 });
    expect(activeChip(container)).toBe('未开始 1');
    expect(namesOf(container)).toEqual(['管家30']);
    expect(screen.getByText('个人总结未提交')).toBeInTheDocument();
    // Not started: nothing to open.
    const before = taroDouble.lastNavigation();
    await click(container.querySelector('.summary-row')!);
    expect(taroDouble.lastNavigation()).toBe(before);

    await click(screen.getByText('已通过 0'));
    expect(await screen.findByText('没有“已通过”的管家总结')).toBeInTheDocument();
  });

  it('scrolls to the next page, refreshes the chosen state on a pull with fresh counts, and offers a retry when loading fails', async () => {
    let fail = true;
    let submitted = 21;
    answerActions({
      ...session('unit_admin'),
      'summary.list': ({ state, page }) => {
        if (fail) return Promise.reject(Object.assign(new Error('x'), { code: 'NETWORK', message: '网络不稳定' }));
        const counts = { not_started: 0, draft: 0, submitted, returned: 0, accepted: 0 };
        return stewardList({ state, counts }, page === 1 ? Array.from({ length: 20 }, (_, i) => stewardRow(i + 1)) : [stewardRow(21)], page === 1);
      },
    });
    const { container } = render(<SessionProvider><SummaryListPage /></SessionProvider>);
    const retry = await screen.findByText(/点击重试/);
    fail = false;
    await click(retry);
    expect(await screen.findByText('管家20')).toBeInTheDocument();
    expect(chipsOf(container)[0]).toBe('待审核 21');
    await act(() => taroDouble.reachBottom());
    expect(inputsOf('summary.list').at(-1)).toMatchObject({ state: 'submitted', page: 2 });
    expect(namesOf(container)).toHaveLength(21);

    submitted = 20;
    await act(() => taroDouble.pullDownRefresh());
    expect(inputsOf('summary.list').at(-1)).toEqual({ year: YEAR, of: 'stewards', state: 'submitted', page: 1, pageSize: 20 });
    expect(chipsOf(container)[0]).toBe('待审核 20');
    expect(namesOf(container)).toHaveLength(20);
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
    const units = unitList();
    answerActions({ ...session, 'summary.list': () => units, 'summary.setDeadline': (input) => ({ year: 2026, deadline: input.deadline, version: 1 }) });
    const { container } = render(<SessionProvider><SummaryListPage /></SessionProvider>);
    expect(await screen.findByText('尚未设定')).toBeInTheDocument();
    expect(inputsOf('summary.list')).toEqual([{ year: expect.any(Number), of: 'units' }]);
    expect(screen.getByText('各单位总结（待审核 1，已通过 0，共 1）')).toBeInTheDocument();
    await click(screen.getByText(/管家总结/));
    expect(taroDouble.lastNavigation()?.url).toBe('/summary/pages/list/index?year=2026&unitId=unit-z01');
    await click(screen.getByRole('button', { name: '保存截止日期' }));
    expect(screen.getByText('请选择截止日期')).toBeInTheDocument();
    fireEvent.change(container.querySelector('.date-picker-input')!, { target: { value: '2026-12-25' } });
    await click(screen.getByRole('button', { name: '保存截止日期' }));
    expect(inputsOf('summary.setDeadline')).toEqual([{ year: 2026, deadline: '2026-12-25', version: 0 }]);
    expect(taroDouble.toasts.at(-1)).toMatchObject({ title: '截止日期已设定' });
  });

  it('opens one unit\'s stewards by its id, without the unit admin\'s own summary card', async () => {
    answerActions({ ...session, 'summary.list': () => stewardList({}, [summaryRow()]) });
    taroDouble.routerParams = { year: '2026', unitId: 'unit-z01' };
    render(<SessionProvider><SummaryListPage /></SessionProvider>);
    expect(await screen.findByText('陆家嘴管理局 管家个人总结（共 3 名）')).toBeInTheDocument();
    expect(inputsOf('summary.list')).toEqual([{ year: expect.any(Number), of: 'stewards', unitId: 'unit-z01', state: 'submitted', page: 1, pageSize: 20 }]);
    expect(screen.getByText('张伟')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '撰写单位总结' })).not.toBeInTheDocument();
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

  it('says when a draft\'s annex lists only its first stewards, and opens the list of them all', async () => {
    const row = { stewardId: 'u-steward-01', name: '张伟', state: 'submitted' as const, summaryId: '2026-steward-u-steward-01', enterprises: 11, contacts: 45, onsiteVisits: 12, resolved: 18, satisfiedRate: 0.933, trainingHours: 6 };
    const draft = summaryDetail({
      id: '2026-unit-unit-z01', kind: 'unit', subjectId: 'unit-z01', unitId: 'unit-z01', subjectName: '陆家嘴管理局', status: 'draft', frozen: false,
      reference: { ...summaryDetail().reference, stewards: [row], stewardCount: 300 },
    });
    answerActions({ 'summary.get': () => draft });
    taroDouble.routerParams = { id: draft.id };
    render(<SummaryViewPage />);
    const annex = (await screen.findByText('本单位管家（300 名）')).closest('.summary-annex') as HTMLElement;
    expect(within(annex).getByText('此处列出 1 名，提交时附件列出全部 300 名。')).toBeInTheDocument();
    await click(within(annex).getByText('查看全部管家的个人总结 ›'));
    expect(taroDouble.lastNavigation()?.url).toBe(`/summary/pages/list/index?year=${draft.year}&unitId=unit-z01`);
  });
});
