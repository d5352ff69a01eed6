import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import DemandNewPage from '@/enterprise/pages/demand-new/index';
import DemandRatePage from '@/enterprise/pages/demand-rate/index';
import DemandSupplyPage from '@/enterprise/pages/demand-supply/index';
import { uploadFile } from '@/services/cloud';
import { askForReminders } from '@/services/subscribe.service';
import { taroDouble } from '../doubles/taro';
import { answerActions, inputsOf } from './cloud-mock';
import { fakeFile } from './demand-apis';
import { demandDetail } from './fixtures';

jest.mock('@/services/cloud');
jest.mock('@/services/subscribe.service');

const uploadMock = uploadFile as jest.MockedFunction<typeof uploadFile>;
const askMock = askForReminders as jest.MockedFunction<typeof askForReminders>;
const MB = 1024 * 1024;

/** Taps 添加附件, then picks `files` in the (H5) file dialog the page opened. */
async function pickFiles(...files: File[]) {
  fireEvent.click(screen.getByText(/添加附件/));
  const input = document.querySelector('input.demand-file-input') as HTMLInputElement;
  expect(input).toHaveAttribute('accept', expect.stringContaining('.pdf'));
  await act(async () => {
    fireEvent.change(input, { target: { files } });
  });
}

function fillNewDemand() {
  fireEvent.change(screen.getByRole('combobox'), { target: { value: '2' } });
  fireEvent.change(screen.getByPlaceholderText(/一句话概括/), { target: { value: '扩建厂房用地咨询' } });
  fireEvent.change(screen.getByPlaceholderText(/请写明遇到的问题/), { target: { value: '企业计划扩建厂房，需要了解用地指标和审批流程。' } });
}

describe('attachments on a new demand', () => {
  it('refuses a file over 10 MB and a wrong type on the device, uploading neither', async () => {
    render(<DemandNewPage />);
    await pickFiles(fakeFile('厂房全景.jpg', 11 * MB, 'image/jpeg'), fakeFile('报价.docx', 1000, 'application/msword'));

    expect(await screen.findByText(/附件「厂房全景.jpg」超过 10 MB，请压缩后再上传/)).toHaveClass('field-error--attachments');
    expect(screen.getByText(/附件「报价.docx」格式不支持/)).toBeInTheDocument();
    expect(uploadMock).not.toHaveBeenCalled();
    expect(document.querySelectorAll('.attachment-item')).toHaveLength(0);
  });

  it('uploads what was picked, lets one be removed, and names the rest in the demand', async () => {
    uploadMock.mockImplementation(async (path) => `cloud://env/${path}`);
    answerActions({ 'demand.submit': () => ({ id: 'd9' }) });
    render(<DemandNewPage />);
    fillNewDemand();
    await pickFiles(fakeFile('site.png', 200 * 1024, 'image/png'), fakeFile('申请书.pdf', 2 * MB, 'application/pdf'));

    await waitFor(() => expect(document.querySelectorAll('.attachment-item--done')).toHaveLength(2));
    expect(inputsOf('file.uploadTarget')).toEqual([{ purpose: 'demand', name: 'site.png' }, { purpose: 'demand', name: '申请书.pdf' }]);
    expect(uploadMock).toHaveBeenCalledWith(expect.stringMatching(/^uploads\/u-test\/demand\/\d+-site\.png$/), expect.any(File));
    expect(uploadMock).toHaveBeenCalledWith(expect.stringMatching(/^uploads\/u-test\/demand\/\d+-申请书\.pdf$/), expect.any(File));
    fireEvent.click(document.querySelectorAll('.attachment-remove')[0]);
    expect(screen.getByText('＋ 添加附件（1/6）')).toBeInTheDocument();

    fireEvent.click(screen.getByRole('button', { name: '提交诉求' }));
    await waitFor(() => expect(inputsOf('demand.submit')).toHaveLength(1));
    expect(inputsOf('demand.submit')[0].attachments).toEqual([{ fileID: expect.stringMatching(/申请书\.pdf$/), name: '申请书.pdf' }]);
    // The tap on 提交诉求 asks for the progress reminder first.
    expect(askMock).toHaveBeenCalledWith(['demandStatus']);
  });

  it('will not send while an upload failed, and retries it on a tap', async () => {
    uploadMock.mockRejectedValueOnce(new Error('offline')).mockResolvedValueOnce('cloud://env/demands/x/site.png');
    render(<DemandNewPage />);
    fillNewDemand();
    await pickFiles(fakeFile('site.png', 1000, 'image/png'));
    fireEvent.click(await screen.findByText('上传失败，点击重试'));
    await waitFor(() => expect(document.querySelectorAll('.attachment-item--done')).toHaveLength(1));
    expect(uploadMock).toHaveBeenCalledTimes(2);
  });
});

describe('revising a returned demand', () => {
  beforeEach(() => {
    taroDouble.routerParams = { id: 'd1' };
  });

  it('starts from the demand as returned and resubmits it with its version', async () => {
    answerActions({
      'demand.get': () =>
        demandDetail({
          status: 'returned',
          version: 2,
          steps: ['revise', 'withdraw'],
          category: '融资',
          attachments: [{ fileID: 'f1', name: '报表.pdf', contentType: 'application/pdf', size: 1000 }],
        }),
      'demand.revise': () => ({ id: 'd1', status: 'submitted', version: 3 }),
    });
    render(<DemandNewPage />);
    const title = await screen.findByPlaceholderText(/一句话概括/);
    expect(title).toHaveValue('申请研发费用加计扣除政策辅导');
    expect(screen.getByText('融资', { selector: '.category-picker' })).toBeInTheDocument();
    expect(screen.getByText('报表.pdf')).toBeInTheDocument();

    fireEvent.change(title, { target: { value: '申请研发费用加计扣除政策辅导（补充研发投入明细）' } });
    fireEvent.click(screen.getByRole('button', { name: '修改后重新提交' }));
    await waitFor(() => expect(inputsOf('demand.revise')).toHaveLength(1));
    expect(inputsOf('demand.revise')[0]).toEqual({
      id: 'd1',
      version: 2,
      category: '融资',
      title: '申请研发费用加计扣除政策辅导（补充研发投入明细）',
      description: '企业今年研发投入较大，希望了解加计扣除的申报口径和材料要求。',
      urgency: 'normal',
      attachments: [{ fileID: 'f1', name: '报表.pdf' }],
    });
  });

  it('says so when the demand can no longer be revised', async () => {
    answerActions({ 'demand.get': () => demandDetail({ status: 'submitted', steps: ['withdraw'] }) });
    render(<DemandNewPage />);
    expect(await screen.findByText('当前不能修改后重新提交')).toBeInTheDocument();
    expect(screen.getByText(/当前为「待管家审核」/)).toBeInTheDocument();
  });
});

describe('rating a resolved demand', () => {
  beforeEach(() => {
    taroDouble.routerParams = { id: 'd1' };
  });

  it('refuses to send without both answers', async () => {
    answerActions({ 'demand.get': () => demandDetail({ status: 'resolved', steps: ['rate'], resolution: '已协调办理。' }) });
    render(<DemandRatePage />);
    fireEvent.click(await screen.findByRole('button', { name: '提交评价' }));
    expect(await screen.findByText('请选择诉求是否解决')).toBeInTheDocument();
    expect(screen.getByText('请选择满意度')).toBeInTheDocument();

    fireEvent.click(screen.getByText('已解决'));
    fireEvent.click(screen.getByRole('button', { name: '提交评价' }));
    expect(await screen.findByText('请选择满意度')).toBeInTheDocument();
    expect(screen.queryByText('请选择诉求是否解决')).toBeNull();
    expect(inputsOf('demand.rate')).toHaveLength(0);
  });

  it('explains the bad-review loop and sends the rating with the version', async () => {
    answerActions({
      'demand.get': () => demandDetail({ status: 'resolved', version: 7, steps: ['rate'] }),
      'demand.rate': () => ({ id: 'd1', status: 'rectifying', version: 8 }),
    });
    render(<DemandRatePage />);
    expect(await screen.findByText(/服务管家将在 1 个工作日内回访.*整改后您可以再评价一次/)).toBeInTheDocument();
    fireEvent.click(screen.getByText('部分解决'));
    fireEvent.click(screen.getByText('不满意'));
    expect(document.querySelector('.rate-explain')).toHaveClass('rate-explain--bad');
    fireEvent.change(screen.getByPlaceholderText(/说说办理中/), { target: { value: '答复不够具体' } });
    fireEvent.click(screen.getByRole('button', { name: '提交评价' }));

    await waitFor(() => expect(inputsOf('demand.rate')).toEqual([{ id: 'd1', version: 7, resolved: '部分解决', satisfaction: '不满意', comment: '答复不够具体' }]));
    expect(taroDouble.toasts).toContainEqual({ title: '感谢您的评价', icon: 'success' });
  });

  it('tells a second rating that it closes the demand', async () => {
    answerActions({
      'demand.get': () =>
        demandDetail({ status: 'resolved', steps: ['rate'], ratings: [{ at: '2026-11-20T02:00:00.000Z', resolved: '未解决', satisfaction: '不满意', comment: '' }] }),
    });
    render(<DemandRatePage />);
    expect(await screen.findByText('这是整改后的再次评价，提交后诉求将关闭。')).toBeInTheDocument();
  });
});

describe('supplying materials', () => {
  it('sends the note and the uploaded files with the version', async () => {
    taroDouble.routerParams = { id: 'd1' };
    uploadMock.mockResolvedValue('cloud://env/demands/a/scan.pdf');
    answerActions({
      'demand.get': () =>
        demandDetail({
          status: 'waiting_enterprise',
          version: 5,
          steps: ['supplyMaterials', 'withdraw'],
          timeline: [{ at: '2026-11-20T02:00:00.000Z', actorName: '专员', actorRole: 'department', kind: 'materials_requested', text: '区科经委请企业补充材料：近三年研发投入明细' }],
        }),
      'demand.supplyMaterials': () => ({ id: 'd1', status: 'accepted', version: 6 }),
    });
    render(<DemandSupplyPage />);
    expect(await screen.findByText(/近三年研发投入明细/)).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: '提交补充材料' }));
    expect(await screen.findByText('请填写补充说明')).toBeInTheDocument();

    fireEvent.change(screen.getByPlaceholderText('说明补充了哪些材料'), { target: { value: '已上传研发投入明细表' } });
    await pickFiles(fakeFile('scan.pdf', 5000, 'application/pdf'));
    await waitFor(() => expect(document.querySelectorAll('.attachment-item--done')).toHaveLength(1));
    fireEvent.click(screen.getByRole('button', { name: '提交补充材料' }));
    await waitFor(() =>
      expect(inputsOf('demand.supplyMaterials')).toEqual([
        { id: 'd1', version: 5, note: '已上传研发投入明细表', attachments: [{ fileID: 'cloud://env/demands/a/scan.pdf', name: 'scan.pdf' }] },
      ]),
    );
  });
});
