import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import type { Role } from '@/core/roles';
import BulletinPage from '@/bulletin/pages/detail/index';
import BulletinListPage from '@/bulletin/pages/list/index';
import { SessionProvider } from '@/hooks/use-session';
import { CloudError } from '@/services/cloud-error';
import { showModal, taroDouble } from '../doubles/taro';
import { chartTexts } from './chart-images';
import { answerActions, inputsOf } from './cloud-mock';
import { page } from './fixtures';
import { bigUnitDetail, bulletinSummary, bulletinView, unitDetail } from './bulletin-fixtures';

jest.mock('@/services/cloud');
// The charts are drawn for real (chart.render answered by the server's SVG drawing), which takes a few seconds a page.
jest.setTimeout(20_000);

function renderDetail(role: Role, handlers: Record<string, (input: any) => unknown>, params: Record<string, string> = { id: 'bulletin-2026-11' }) {
  taroDouble.routerParams = params;
  answerActions({ 'session.me': () => ({ user: { id: 'me', role, name: '某人' } }), ...handlers });
  return render(
    <SessionProvider>
      <BulletinPage />
    </SessionProvider>,
  );
}

describe('the monthly bulletin screens', () => {
  it('lists the bulletins with their state and red flags, each opening its detail', async () => {
    taroDouble.routerParams = {};
    answerActions({ 'session.me': () => ({ user: { id: 'me', role: 'district_admin', name: '区科经委' } }), 'bulletin.list': () => page([bulletinSummary(), bulletinSummary({ id: 'bulletin-2026-10', month: '2026-10', title: '浦东新区重点企业服务管家工作月通报 2026年10月', status: 'published', publishedAt: '2026-11-03T02:00:00.000Z', flaggedUnits: 0, seriousUnits: 0 })]) });
    render(
      <SessionProvider>
        <BulletinListPage />
      </SessionProvider>,
    );
    expect(await screen.findByText('浦东新区重点企业服务管家工作月通报 2026年11月')).toBeInTheDocument();
    expect(screen.getByText('待发布')).toBeInTheDocument();
    expect(screen.getByText(/1 个单位有红色预警（严重 1 个）/)).toBeInTheDocument();
    expect(screen.getByText(/2026-11-03 10:00 发布 · 无红色预警/)).toBeInTheDocument();
    fireEvent.click(screen.getByText('浦东新区重点企业服务管家工作月通报 2026年10月'));
    expect(taroDouble.lastNavigation()).toEqual({ kind: 'navigateTo', url: '/bulletin/pages/detail/index?id=bulletin-2026-10' });
  });

  it('lets the district save remarks with the version it saw, then publish after confirming', async () => {
    let view = bulletinView();
    renderDetail('district_admin', {
      'bulletin.get': () => view,
      'bulletin.update': (input) => (view = { ...view, ...input, version: view.version + 1 }),
      'bulletin.publish': () => (view = { ...view, status: 'published', version: view.version + 1, publishedAt: '2026-12-01T03:00:00.000Z' }),
    });
    expect(await screen.findByText('审核与发布')).toBeInTheDocument();
    expect(screen.getByText('单位排名与红色预警')).toBeInTheDocument();
    expect(screen.getByText('二次差评 1 件（严重）')).toBeInTheDocument();
    expect(screen.getByText('严重预警：二次差评 1 件')).toBeInTheDocument();
    // The charts draw the frozen figures: the units' scores by name.
    const charts = document.querySelector('.bulletin-charts')!;
    // Several charts share the card: each is named above it.
    expect([...charts.querySelectorAll('.chart__caption')].map((c) => c.textContent)).toEqual(['全区近六个月数量走势', '全区近六个月比率走势', '企业首次评价分布', '各单位综合得分']);
    expect(await waitFor(() => chartTexts(charts, '各单位综合得分'))).toContain('2. 张江科学城');
    expect(await waitFor(() => chartTexts(charts, '全区近六个月数量走势'))).toContain('受理诉求');

    fireEvent.change(document.querySelector('.remarks-input')!, { target: { value: ' 请各单位对照预警逐项整改。 ' } });
    await act(async () => {
      fireEvent.click(screen.getByText('保存修改'));
    });
    expect(inputsOf('bulletin.update')).toEqual([{ id: 'bulletin-2026-11', version: 1, remarks: '请各单位对照预警逐项整改。' }]);
    expect(await screen.findByText('已保存')).toBeInTheDocument();

    await act(async () => {
      fireEvent.click(screen.getByText('发布至各单位'));
    });
    expect(showModal).toHaveBeenCalledWith(expect.objectContaining({ title: '确认发布', content: expect.stringContaining('每位单位管理员将收到消息') }));
    expect(inputsOf('bulletin.publish')).toEqual([{ id: 'bulletin-2026-11', version: 2 }]);
    await waitFor(() => expect(screen.queryByText('审核与发布')).not.toBeInTheDocument());
    expect(screen.getByText('已发布')).toBeInTheDocument();
    expect(screen.getByText('请各单位对照预警逐项整改。')).toBeInTheDocument();

    // A unit's row opens that unit's detail.
    fireEvent.click(screen.getByText('张江科学城', { selector: '.ranking-row__name *' }));
    expect(taroDouble.lastNavigation()).toEqual({ kind: 'navigateTo', url: '/bulletin/pages/detail/index?id=bulletin-2026-11&unitId=unit-z02' });
  });

  it('says why a save was refused: someone else changed the draft', async () => {
    renderDetail('district_admin', { 'bulletin.get': () => bulletinView(), 'bulletin.update': () => Promise.reject(new CloudError('CONFLICT', '月通报已被他人修改，请刷新后重试')) });
    await screen.findByText('审核与发布');
    fireEvent.change(document.querySelector('.summary-input')!, { target: { value: '太短' } });
    await act(async () => {
      fireEvent.click(screen.getByText('保存修改'));
    });
    expect(inputsOf('bulletin.update')).toEqual([]);
    expect(screen.getByText('请填写通报摘要（至少 20 个字）')).toBeInTheDocument();
    fireEvent.change(document.querySelector('.summary-input')!, { target: { value: '11月全区共受理诉求 12 件，办结 9 件，整体平稳，个别单位需整改。' } });
    await act(async () => {
      fireEvent.click(screen.getByText('保存修改'));
    });
    expect(await screen.findByText('月通报已被他人修改，请刷新后重试')).toBeInTheDocument();
  });

  it('shows a unit admin the published bulletin with their own unit first, and exports it', async () => {
    renderDetail('unit_admin', {
      'bulletin.get': () => bulletinView({ status: 'published', publishedAt: '2026-12-01T03:00:00.000Z', remarks: '请逐项整改。', unitDetails: [unitDetail('unit-z01', '陆家嘴管理局')] }),
      'bulletin.export': (input) => ({ fileID: `cloud://x/exports/b.${input.format}`, url: `http://127.0.0.1/local/storage/exports/b.${input.format}`, rows: 12 }),
    });
    expect(await screen.findByText('陆家嘴管理局 管家排名')).toBeInTheDocument();
    expect(screen.queryByText('审核与发布')).not.toBeInTheDocument();
    expect(screen.getByText('请逐项整改。')).toBeInTheDocument();
    expect(screen.getByText('白丽')).toBeInTheDocument();
    await act(async () => {
      fireEvent.click(screen.getByText('导出 PDF'));
    });
    expect(inputsOf('bulletin.export')).toEqual([{ id: 'bulletin-2026-11', format: 'pdf' }]);
    expect(screen.getByText('下载 PDF（12 条）')).toBeInTheDocument();
  });

  it('shows a big unit’s first page of stewards with a chart of the leaders, and loads the rest on demand', async () => {
    const { detail, lines } = bigUnitDetail('unit-z01', '陆家嘴管理局', 45);
    let failNext = true;
    renderDetail('unit_admin', {
      'bulletin.get': () => bulletinView({ status: 'published', publishedAt: '2026-12-01T03:00:00.000Z', unitDetails: [detail] }),
      'bulletin.stewards': (input) => {
        if (input.page === 3 && failNext) {
          failNext = false;
          return Promise.reject(new CloudError('NETWORK', '网络不可用'));
        }
        return { items: lines.slice((input.page - 1) * input.pageSize, input.page * input.pageSize), page: input.page, pageSize: input.pageSize, hasMore: input.page * input.pageSize < lines.length };
      },
    });
    expect(await screen.findByText('陆家嘴管理局 管家排名（前 20 名）')).toBeInTheDocument();
    expect(screen.getByText('共 45 名管家')).toBeInTheDocument();
    const shown = () => [...document.querySelectorAll('.bulletin-stewards .ranking-row__name .text-body')].map((n) => n.textContent);
    // The first page came with the bulletin: nothing more is asked for until the reader wants it.
    expect(shown()).toEqual(lines.slice(0, 20).map((l) => l.name));
    expect(inputsOf('bulletin.stewards')).toEqual([]);

    await act(async () => {
      fireEvent.click(screen.getByText('加载更多'));
    });
    expect(inputsOf('bulletin.stewards')).toEqual([{ id: 'bulletin-2026-11', unitId: 'unit-z01', page: 2, pageSize: 20 }]);
    await waitFor(() => expect(shown()).toEqual(lines.slice(0, 40).map((l) => l.name)));

    await act(async () => {
      fireEvent.click(screen.getByText('加载更多'));
    });
    expect(await screen.findByText('加载失败，点击重试')).toBeInTheDocument();
    await act(async () => {
      fireEvent.click(screen.getByText('加载失败，点击重试'));
    });
    await waitFor(() => expect(shown()).toEqual(lines.map((l) => l.name)));
    expect(screen.getByText('没有更多了')).toBeInTheDocument();
    expect(inputsOf('bulletin.stewards').map((i) => i.page)).toEqual([2, 3, 3]);
  });

  it('says so when a unit admin opens a bulletin that is not published', async () => {
    renderDetail('unit_admin', { 'bulletin.get': () => Promise.reject(new CloudError('NOT_FOUND', '月通报尚未发布')) });
    expect(await screen.findByText('月通报不存在或尚未发布')).toBeInTheDocument();
  });
});
