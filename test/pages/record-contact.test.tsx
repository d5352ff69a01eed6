import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import RecordContactPage from '@/steward/pages/record-contact/index';
import { LOCATION_DENIED_MESSAGE } from '@/hooks/use-check-in';
import { taroDouble } from '../doubles/taro';
import { answerActions, inputsOf } from './cloud-mock';
import { device } from './device-apis';

jest.mock('@/services/cloud');

const save = () => fireEvent.click(screen.getByRole('button', { name: '保存记录' }));
const fill = (placeholder: RegExp, value: string) => fireEvent.change(screen.getByPlaceholderText(placeholder), { target: { value } });

function fillContent() {
  fill(/张经理/, '张经理（总经理）');
  fill(/谈了哪些事项/, '了解二期扩产计划和用地需求');
  fill(/解决了什么/, '企业将于下月提交用地诉求');
}

beforeEach(() => {
  taroDouble.routerParams = { enterpriseId: 'ent-010', name: encodeURIComponent('乙医药有限公司') };
});

describe('record contact', () => {
  it('refuses a contact without who, topics and outcome on the device', async () => {
    render(<RecordContactPage />);
    expect(screen.getByText('乙医药有限公司')).toBeInTheDocument();
    fireEvent.click(screen.getByText('电话'));
    save();

    expect(await screen.findByText('请填写联系对象（至少 2 个字）')).toBeInTheDocument();
    expect(screen.getByText('请填写沟通内容（至少 4 个字）')).toBeInTheDocument();
    expect(screen.getByText('请填写联系成效（至少 2 个字）')).toBeInTheDocument();
    expect(inputsOf('contact.record')).toEqual([]);
  });

  it('asks for the contact type', async () => {
    render(<RecordContactPage />);
    fillContent();
    save();
    expect(await screen.findByText('请选择联系方式')).toBeInTheDocument();
    expect(inputsOf('contact.record')).toEqual([]);
  });

  it('requires an on-site check-in for 上门走访, then sends it with the position', async () => {
    answerActions({ 'contact.record': () => ({ id: 'c9', completedHandoverTasks: 0 }) });
    render(<RecordContactPage />);
    fireEvent.click(screen.getByText('上门走访'));
    fillContent();
    save();
    expect(await screen.findByText('上门走访需要现场打卡定位')).toBeInTheDocument();
    expect(inputsOf('contact.record')).toEqual([]);

    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: '现场打卡定位' }));
    });
    expect(await screen.findByText(/已打卡 .*（31\.23970, 121\.49980）/)).toBeInTheDocument();
    save();

    await waitFor(() => expect(inputsOf('contact.record')).toHaveLength(1));
    const sent = inputsOf('contact.record')[0];
    expect(sent).toEqual({
      enterpriseId: 'ent-010',
      type: '上门走访',
      at: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}\+08:00$/),
      who: '张经理（总经理）',
      topics: '了解二期扩产计划和用地需求',
      outcome: '企业将于下月提交用地诉求',
      nextStep: '',
      demandIds: [],
      checkIn: { at: expect.any(String), latitude: 31.2397, longitude: 121.4998, photoFileIds: [] },
    });
    // Left unchanged, the time is the exact instant the form opened, not a whole minute.
    expect(Math.abs(Date.parse(sent.at as string) - Date.now())).toBeLessThan(5000);
    expect(taroDouble.toasts).toContainEqual({ title: '已记录', icon: 'success' });
  });

  it('says clearly when the location is refused', async () => {
    device.getLocation.mockRejectedValueOnce({ errMsg: 'getLocation:fail auth deny' });
    render(<RecordContactPage />);
    fireEvent.click(screen.getByText('上门走访'));
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: '现场打卡定位' }));
    });
    expect(await screen.findByText(LOCATION_DENIED_MESSAGE)).toBeInTheDocument();
  });

  it('tells the steward the handover task is done, then goes back', async () => {
    answerActions({ 'contact.record': () => ({ id: 'c10', completedHandoverTasks: 1 }) });
    taroDouble.pageStackDepth = 2;
    render(<RecordContactPage />);
    fireEvent.click(screen.getByText('电话'));
    fillContent();
    save();

    await waitFor(() => expect(taroDouble.toasts).toContainEqual({ title: '已记录，交接任务已完成', icon: 'none' }));
    expect(inputsOf('contact.record')[0]).not.toHaveProperty('checkIn');
    await waitFor(() => expect(taroDouble.lastNavigation()).toEqual({ kind: 'navigateBack' }), { timeout: 2000 });
  });

  it('shows server field errors by the field', async () => {
    const { CloudError } = jest.requireActual('@/services/cloud-error');
    answerActions({
      'contact.record': () => {
        throw new CloudError('VALIDATION_FAILED', '填写的内容有误：联系成效不超过 500 个字', { outcome: '联系成效不超过 500 个字' });
      },
    });
    render(<RecordContactPage />);
    fireEvent.click(screen.getByText('座谈'));
    fillContent();
    save();
    expect(await screen.findByText('联系成效不超过 500 个字', { selector: '.field-error' })).toBeInTheDocument();
    expect(screen.getByText('填写的内容有误：联系成效不超过 500 个字')).toBeInTheDocument();
  });
});
