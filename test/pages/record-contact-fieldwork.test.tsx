import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import RecordContactPage from '@/steward/pages/record-contact/index';
import { uploadFile } from '@/services/cloud';
import { taroDouble } from '../doubles/taro';
import { answerActions, inputsOf } from './cloud-mock';
import './device-apis';
import { enterprise } from './org-fixtures';

jest.mock('@/services/cloud');
const uploadMock = uploadFile as jest.MockedFunction<typeof uploadFile>;

const preferences = { channels: ['微信', '电话'], quietPeriods: '月底', note: '上门请提前一天预约', updatedAt: '2024-05-01T00:00:00.000Z' };

beforeEach(() => {
  taroDouble.routerParams = { enterpriseId: 'ent-001', name: encodeURIComponent('上海联影信息技术有限公司') };
  (URL as unknown as { createObjectURL: (f: Blob) => string }).createObjectURL = jest.fn((file: Blob) => `blob:${(file as File).name}`);
  let n = 0;
  uploadMock.mockImplementation(async (cloudPath) => `cloud://env/${cloudPath}#${++n}`);
});

/** The hidden file input the H5 picker opens, answered with these files. */
async function pickPhotos(names: string[]) {
  fireEvent.click(screen.getByText('添加照片'));
  const input = document.querySelector('.h5-image-input') as HTMLInputElement;
  Object.defineProperty(input, 'files', { value: names.map((name) => new File(['jpeg'], name, { type: 'image/jpeg' })) });
  await act(async () => {
    fireEvent.change(input);
  });
}

describe('record contact: preferences and photos', () => {
  it('shows the enterprise’s preferences before anything is recorded', async () => {
    answerActions({ 'enterprise.get': () => enterprise({ id: 'ent-001', preferences }) });
    render(<RecordContactPage />);
    expect(await screen.findByText('偏好：微信、电话；免打扰：月底；备注：上门请提前一天预约')).toBeInTheDocument();
    expect(screen.getByText('无事不扰')).toBeInTheDocument();
    expect(inputsOf('enterprise.get')).toEqual([{ id: 'ent-001' }]);
  });

  it('says so when the enterprise set no preferences', async () => {
    answerActions({ 'enterprise.get': () => enterprise({ id: 'ent-001' }) });
    render(<RecordContactPage />);
    expect(await screen.findByText('企业未设置联系偏好')).toBeInTheDocument();
  });

  it('uploads the photos of an on-site visit, lets one be removed, and sends the rest with the check-in', async () => {
    answerActions({ 'enterprise.get': () => enterprise({ id: 'ent-001' }), 'contact.record': () => ({ id: 'c1', completedHandoverTasks: 0 }) });
    const { container } = render(<RecordContactPage />);
    fireEvent.click(screen.getByText('上门走访'));
    expect(screen.getByText('走访凭证')).toBeInTheDocument();
    await pickPhotos(['gate.jpg', 'meeting.jpg']);
    await waitFor(() => expect(container.querySelectorAll('.photo-thumb--done')).toHaveLength(2));
    // Each photo goes to a path the server issued for a check-in photo.
    expect(inputsOf('file.uploadTarget')).toEqual([{ purpose: 'checkIn', name: 'photo-1.jpg' }, { purpose: 'checkIn', name: 'photo-2.jpg' }]);
    expect(uploadMock.mock.calls.map(([path]) => path)).toEqual([expect.stringMatching(/^uploads\/u-test\/checkIn\/\d+-photo-1\.jpg$/), expect.stringMatching(/^uploads\/u-test\/checkIn\/\d+-photo-2\.jpg$/)]);

    fireEvent.click(container.querySelectorAll('.photo-thumb__remove')[0]);
    expect(container.querySelectorAll('.photo-thumb')).toHaveLength(1);

    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: '现场打卡定位' }));
    });
    fireEvent.change(screen.getByPlaceholderText(/张经理/), { target: { value: '刘总经理' } });
    fireEvent.change(screen.getByPlaceholderText(/谈了哪些事项/), { target: { value: '参观新产线，了解用工需求' } });
    fireEvent.change(screen.getByPlaceholderText(/解决了什么/), { target: { value: '记录招工需求，对接人社部门' } });
    fireEvent.click(screen.getByRole('button', { name: '保存记录' }));

    await waitFor(() => expect(inputsOf('contact.record')).toHaveLength(1));
    const checkIn = inputsOf('contact.record')[0].checkIn as { photoFileIds: string[] };
    expect(checkIn.photoFileIds).toEqual([expect.stringMatching(/photo-2\.jpg#2$/)]);
  });

  it('refuses more than nine photos', async () => {
    answerActions({ 'enterprise.get': () => enterprise({ id: 'ent-001' }) });
    const { container } = render(<RecordContactPage />);
    fireEvent.click(screen.getByText('上门走访'));
    await pickPhotos(Array.from({ length: 12 }, (_, i) => `p${i}.jpg`));
    await waitFor(() => expect(container.querySelectorAll('.photo-thumb--done')).toHaveLength(9));
    expect(screen.queryByText('添加照片')).not.toBeInTheDocument();
  });

  it('waits for photos still uploading before saving', async () => {
    uploadMock.mockImplementation(() => new Promise(() => undefined));
    answerActions({ 'enterprise.get': () => enterprise({ id: 'ent-001' }), 'contact.record': () => ({ id: 'c1', completedHandoverTasks: 0 }) });
    render(<RecordContactPage />);
    fireEvent.click(screen.getByText('上门走访'));
    await pickPhotos(['gate.jpg']);
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: '现场打卡定位' }));
    });
    fireEvent.change(screen.getByPlaceholderText(/张经理/), { target: { value: '刘总经理' } });
    fireEvent.change(screen.getByPlaceholderText(/谈了哪些事项/), { target: { value: '参观新产线，了解用工需求' } });
    fireEvent.change(screen.getByPlaceholderText(/解决了什么/), { target: { value: '记录招工需求' } });
    fireEvent.click(screen.getByRole('button', { name: '保存记录' }));
    expect(await screen.findByText('照片还在上传，请稍候再保存')).toBeInTheDocument();
    expect(inputsOf('contact.record')).toEqual([]);
  });
});
