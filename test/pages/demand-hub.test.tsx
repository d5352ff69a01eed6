import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import DemandDetailPage from '@/pages/demand-detail/index';
import { CloudError } from '@/services/cloud-error';
import { taroDouble } from '../doubles/taro';
import { answerActions, inputsOf } from './cloud-mock';
import { demandDevice } from './demand-apis';
import { demandDetail } from './fixtures';

jest.mock('@/services/cloud');

const buttons = () => [...document.querySelectorAll('.step-button')].map((b) => b.textContent);

describe('demand detail as the hub', () => {
  beforeEach(() => {
    taroDouble.routerParams = { id: 'd1' };
  });

  it('shows only the buttons for the steps the server lists', async () => {
    answerActions({ 'demand.get': () => demandDetail({ steps: ['recordContact', 'progress', 'extend', 'resolve', 'returnMisrouted'] }) });
    render(<DemandDetailPage />);
    await screen.findByText('办理操作');
    expect(buttons()).toEqual(['记录联系', '办结', '发布进展', '申请延期', '非本部门职责，退回']);
  });

  it('shows no actions when the viewer may take none', async () => {
    answerActions({ 'demand.get': () => demandDetail({ steps: [] }) });
    render(<DemandDetailPage />);
    await screen.findByText('申请研发费用加计扣除政策辅导');
    expect(screen.queryByText('办理操作')).toBeNull();
    expect(document.querySelectorAll('.step-button')).toHaveLength(0);
  });

  it('says where the deadline stands, in red once missed, and that it was escalated', async () => {
    answerActions({
      'demand.get': () =>
        demandDetail({ due: { stage: 'review', label: '管家审核', dueAt: '2026-11-30T15:59:59.999Z', overdue: true }, escalated: true }),
    });
    render(<DemandDetailPage />);
    const due = (await screen.findByText('管家审核 · 11月30日前')).closest('.due-line');
    expect(due).toHaveClass('due-line--overdue');
    expect(due).toHaveTextContent('已逾期');
    expect(due).toHaveTextContent('已督办');
  });

  it('shows the department, extensions, the result and the ratings', async () => {
    answerActions({
      'demand.get': () =>
        demandDetail({
          departmentName: '区科经委',
          complexity: 'complex',
          resolution: '已按政策口径答复企业，并协助准备申报材料。',
          extensions: [{ at: '2026-11-20T02:00:00.000Z', reason: '需市级部门会商', newDueAt: '2026-12-11T15:59:59.999Z' }],
          ratings: [{ at: '2026-11-25T02:00:00.000Z', resolved: '部分解决', satisfaction: '不满意', comment: '答复不够具体' }],
        }),
    });
    render(<DemandDetailPage />);
    expect(await screen.findByText('区科经委 · 复杂件（15个工作日）')).toBeInTheDocument();
    expect(screen.getByText('延期至12月11日，理由：需市级部门会商')).toBeInTheDocument();
    expect(screen.getByText('已按政策口径答复企业，并协助准备申报材料。')).toBeInTheDocument();
    const rating = document.querySelector('.demand-rating') as HTMLElement;
    expect(rating).toHaveTextContent('部分解决 · 不满意');
    expect(rating).toHaveTextContent('答复不够具体');
  });

  it('shows images as thumbnails that open full screen, and PDFs as links', async () => {
    answerActions({
      'demand.get': () =>
        demandDetail({
          attachments: [
            { fileID: 'f1', name: '现场照片.png', contentType: 'image/png', size: 20480, url: 'https://x/1.png' },
            { fileID: 'f2', name: '厂房.jpg', contentType: 'image/jpeg', size: 40960, url: 'https://x/2.jpg' },
            { fileID: 'f3', name: '申请书.pdf', contentType: 'application/pdf', size: 2 * 1024 * 1024, url: 'https://x/3.pdf' },
          ],
        }),
    });
    render(<DemandDetailPage />);
    const card = (await screen.findByText('附件（3）')).closest('.demand-attachments') as HTMLElement;
    const thumbs = card.querySelectorAll('img.attachment-thumb');
    expect(thumbs).toHaveLength(2);
    fireEvent.click(thumbs[1]);
    expect(demandDevice.previewImage).toHaveBeenCalledWith({ urls: ['https://x/1.png', 'https://x/2.jpg'], current: 'https://x/2.jpg' });
    expect(within(card).getByText('申请书.pdf')).toHaveClass('link');
    expect(within(card).getByText('2.0 MB')).toBeInTheDocument();
  });

  it('sends a one-text step with the version it saw, then shows the demand as it is now', async () => {
    let version = 3;
    answerActions({
      'demand.get': () => demandDetail({ version, steps: version === 3 ? ['recordContact', 'resolve'] : ['resolve'] }),
      'demand.recordContact': () => {
        version = 4;
        return { id: 'd1', status: 'accepted', version: 4 };
      },
    });
    render(<DemandDetailPage />);
    fireEvent.click(await screen.findByRole('button', { name: '记录联系' }));

    // Too short: refused on the device with the server's words.
    fireEvent.change(screen.getByPlaceholderText(/何时以何种方式联系/), { target: { value: '已联' } });
    fireEvent.click(screen.getByRole('button', { name: '保存联系记录' }));
    expect(await screen.findByText('请填写联系情况（至少 4 个字）')).toBeInTheDocument();
    expect(inputsOf('demand.recordContact')).toHaveLength(0);

    fireEvent.change(screen.getByPlaceholderText(/何时以何种方式联系/), { target: { value: '  电话联系李经理，约定周三上门  ' } });
    fireEvent.click(screen.getByRole('button', { name: '保存联系记录' }));

    await waitFor(() => expect(buttons()).toEqual(['办结']));
    expect(inputsOf('demand.recordContact')).toEqual([{ id: 'd1', version: 3, note: '电话联系李经理，约定周三上门' }]);
    expect(taroDouble.toasts).toContainEqual({ title: '已记录联系', icon: 'success' });
    expect(inputsOf('demand.get')).toHaveLength(2);
  });

  it('accepts without a note, sending none', async () => {
    answerActions({
      'demand.get': () => demandDetail({ status: 'dispatched', steps: ['accept', 'returnMisrouted'] }),
      'demand.accept': () => ({ id: 'd1', status: 'accepted', version: 4 }),
    });
    render(<DemandDetailPage />);
    fireEvent.click(await screen.findByRole('button', { name: '受理' }));
    fireEvent.click(screen.getByRole('button', { name: '确认受理' }));
    await waitFor(() => expect(inputsOf('demand.accept')).toEqual([{ id: 'd1', version: 3 }]));
  });

  it('on a CONFLICT shows the message and loads the demand again', async () => {
    let calls = 0;
    answerActions({
      'demand.get': () => {
        calls++;
        return calls === 1
          ? demandDetail({ status: 'submitted', version: 1, steps: ['withdraw'] })
          : demandDetail({ status: 'dispatched', version: 2, steps: ['withdraw'], departmentName: '区商务委' });
      },
      'demand.withdraw': () => {
        throw new CloudError('CONFLICT', '诉求已被他人更新，请刷新后查看最新状态再操作');
      },
    });
    render(<DemandDetailPage />);
    fireEvent.click(await screen.findByRole('button', { name: '撤回诉求' }));
    fireEvent.change(screen.getByPlaceholderText('请说明撤回的原因'), { target: { value: '问题已自行解决' } });
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: '确认撤回' }));
    });

    expect(await screen.findByText('诉求已被他人更新，请刷新后查看最新状态再操作', { selector: '.stale-notice' })).toBeInTheDocument();
    expect(await screen.findByText('区商务委')).toBeInTheDocument();
    expect(inputsOf('demand.get')).toHaveLength(2);
    expect(inputsOf('demand.withdraw')).toEqual([{ id: 'd1', version: 1, reason: '问题已自行解决' }]);
  });

  it('on INVALID_STATE does the same: the step is gone once the demand is reloaded', async () => {
    let calls = 0;
    answerActions({
      'demand.get': () => (++calls === 1 ? demandDetail({ status: 'rectifying', steps: ['callback'] }) : demandDetail({ status: 'closed', steps: [] })),
      'demand.callback': () => {
        throw new CloudError('INVALID_STATE', '诉求当前为「已关闭」，不能执行此操作，请刷新后查看最新状态');
      },
    });
    render(<DemandDetailPage />);
    fireEvent.click(await screen.findByRole('button', { name: '记录回访' }));
    fireEvent.change(screen.getByPlaceholderText(/回访了谁/), { target: { value: '已电话回访企业负责人' } });
    fireEvent.click(screen.getByRole('button', { name: '保存回访记录' }));

    expect(await screen.findByText(/诉求当前为「已关闭」/, { selector: '.stale-notice' })).toBeInTheDocument();
    await waitFor(() => expect(document.querySelector('.demand-status')).toHaveTextContent('已关闭'));
    expect(document.querySelectorAll('.step-button')).toHaveLength(0);
  });

  it('shows a server field error by the field', async () => {
    answerActions({
      'demand.get': () => demandDetail({ steps: ['resolve'] }),
      'demand.resolve': () => {
        throw new CloudError('VALIDATION_FAILED', '填写的内容有误，请检查后重试', { resolution: '办理结果不超过 1000 个字' });
      },
    });
    render(<DemandDetailPage />);
    fireEvent.click(await screen.findByRole('button', { name: '办结' }));
    fireEvent.change(screen.getByPlaceholderText(/办理结果和给企业的答复/), { target: { value: '已协调园区提供 5000 平方米厂房。' } });
    fireEvent.click(screen.getByRole('button', { name: '确认办结' }));
    expect(await screen.findByText('办理结果不超过 1000 个字')).toHaveClass('field-error--resolution');
  });

  it('opens the own page of a step that needs more than a text', async () => {
    answerActions({ 'demand.get': () => demandDetail({ status: 'resolved', steps: ['rate'] }) });
    render(<DemandDetailPage />);
    fireEvent.click(await screen.findByRole('button', { name: '评价办理结果' }));
    expect(taroDouble.lastNavigation()).toEqual({ kind: 'navigateTo', url: '/enterprise/pages/demand-rate/index?id=d1' });
  });
});
