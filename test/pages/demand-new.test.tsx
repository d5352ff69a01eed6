import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import DemandNewPage from '@/enterprise/pages/demand-new/index';
import { DEMAND_DRAFT_KEY } from '@/hooks/use-demand-draft';
import { CloudError, NETWORK_ERROR_MESSAGE } from '@/services/cloud-error';
import { taroDouble } from '../doubles/taro';
import { answerActions, callActionMock, inputsOf } from './cloud-mock';

jest.mock('@/services/cloud');
jest.mock('@/services/subscribe.service');

const VALID_DESCRIPTION = '企业计划扩建厂房，需要了解用地指标和审批流程。';

function fillForm({ categoryIndex = 2, title = '扩建厂房用地咨询', description = VALID_DESCRIPTION } = {}) {
  fireEvent.change(screen.getAllByRole('combobox')[0], { target: { value: String(categoryIndex) } });
  fireEvent.change(screen.getByPlaceholderText(/一句话概括/), { target: { value: title } });
  fireEvent.change(screen.getByPlaceholderText(/请写明遇到的问题/), { target: { value: description } });
}

const submitButton = () => screen.getByRole('button', { name: /提交诉求|提交中…/ });

describe('new demand form', () => {
  it('blocks a too-short title with a message and sends nothing', async () => {
    render(<DemandNewPage />);
    fillForm({ title: '扩' });
    fireEvent.click(submitButton());

    expect(await screen.findByText('标题至少 2 个字')).toBeInTheDocument();
    expect(callActionMock).not.toHaveBeenCalled();
  });

  it('asks for a category and a long enough description before sending', async () => {
    render(<DemandNewPage />);
    fireEvent.change(screen.getByPlaceholderText(/一句话概括/), { target: { value: '扩建厂房用地咨询' } });
    fireEvent.change(screen.getByPlaceholderText(/请写明遇到的问题/), { target: { value: '太短了' } });
    fireEvent.click(submitButton());

    expect(await screen.findByText('请选择诉求类别')).toBeInTheDocument();
    expect(screen.getByText(/描述至少 10 个字/)).toBeInTheDocument();
    expect(callActionMock).not.toHaveBeenCalled();
  });

  it('sends the fields with a clientRequestId, then shows the new demand', async () => {
    answerActions({ 'demand.submit': () => ({ id: 'd42' }) });
    render(<DemandNewPage />);
    fillForm();
    fireEvent.click(screen.getByText('紧急'));
    fireEvent.change(screen.getByPlaceholderText(/一句话概括/), { target: { value: '  扩建厂房用地咨询  ' } });
    fireEvent.click(submitButton());

    await waitFor(() => expect(taroDouble.lastNavigation()).toEqual({ kind: 'redirectTo', url: '/pages/demand-detail/index?id=d42' }));
    expect(inputsOf('demand.submit')).toEqual([
      {
        category: '用地/厂房',
        title: '扩建厂房用地咨询',
        description: VALID_DESCRIPTION,
        urgency: 'urgent',
        clientRequestId: expect.stringMatching(/^[A-Za-z0-9_-]{8,64}$/),
        attachments: [],
      },
    ]);
    expect(taroDouble.toasts).toContainEqual({ title: '提交成功', icon: 'success' });
    expect(taroDouble.storage.has(DEMAND_DRAFT_KEY)).toBe(false);
  });

  it('shows 提交中… while sending, sends once, and never gives the button a disabled prop', async () => {
    let finish: (value: { id: string }) => void = () => undefined;
    answerActions({ 'demand.submit': () => new Promise((resolve) => (finish = resolve)) });
    render(<DemandNewPage />);
    fillForm();
    expect(submitButton()).not.toHaveClass('is-disabled');
    fireEvent.click(submitButton());

    const busy = await screen.findByRole('button', { name: '提交中…' });
    // Taro H5 fades any Button given `disabled`, even false: the busy look is a class.
    expect(busy).toHaveClass('is-disabled');
    expect(busy).toBeEnabled();
    fireEvent.click(submitButton());
    await act(async () => finish({ id: 'd1' }));
    expect(inputsOf('demand.submit')).toHaveLength(1);
  });

  it('reuses the same clientRequestId when retrying after a network error', async () => {
    answerActions({
      'demand.submit': () => {
        throw new CloudError('NETWORK', NETWORK_ERROR_MESSAGE);
      },
    });
    render(<DemandNewPage />);
    fillForm();
    fireEvent.click(submitButton());
    expect(await screen.findByText(NETWORK_ERROR_MESSAGE)).toBeInTheDocument();
    expect(submitButton()).toBeEnabled();

    answerActions({ 'demand.submit': () => ({ id: 'd7' }) });
    fireEvent.click(submitButton());
    await waitFor(() => expect(taroDouble.lastNavigation()?.url).toBe('/pages/demand-detail/index?id=d7'));

    const [first, second] = inputsOf('demand.submit');
    expect(second.clientRequestId).toBe(first.clientRequestId);
  });

  it('shows the server field errors next to the fields', async () => {
    answerActions({
      'demand.submit': () => {
        throw new CloudError('VALIDATION_FAILED', '填写的内容有误，请检查后重试', { 'input.title': '标题不能只包含标点' });
      },
    });
    render(<DemandNewPage />);
    fillForm();
    fireEvent.click(submitButton());

    const error = await screen.findByText('标题不能只包含标点');
    expect(error).toHaveClass('field-error--title');
    expect(screen.getByText('填写的内容有误，请检查后重试')).toBeInTheDocument();
  });

  it('restores a saved draft into the fields', () => {
    taroDouble.storage.set(DEMAND_DRAFT_KEY, {
      category: '融资',
      title: '申请科创贷款贴息',
      description: '企业希望了解区级科创贷款贴息的申请条件。',
      urgency: 'urgent',
      clientRequestId: 'draft-12345678',
    });
    render(<DemandNewPage />);

    expect(screen.getByPlaceholderText(/一句话概括/)).toHaveValue('申请科创贷款贴息');
    expect(screen.getByPlaceholderText(/请写明遇到的问题/)).toHaveValue('企业希望了解区级科创贷款贴息的申请条件。');
    expect(screen.getByText('融资', { selector: '.category-picker' })).toBeInTheDocument();
    expect(screen.getByText('紧急')).toHaveClass('chip--selected');
    expect(screen.getByText('20/1000')).toBeInTheDocument();
  });

  it('keeps what is typed on the device until it is sent', () => {
    render(<DemandNewPage />);
    fillForm();
    expect(taroDouble.storage.get(DEMAND_DRAFT_KEY)).toMatchObject({ category: '用地/厂房', title: '扩建厂房用地咨询' });
  });

  it('lets a steward submit on an enterprise’s behalf (代提) and dispatch it at once, with its own draft and no reminder prompt', async () => {
    const { askForReminders } = jest.requireMock('@/services/subscribe.service') as { askForReminders: jest.Mock };
    askForReminders.mockClear();
    taroDouble.routerParams = { enterpriseId: 'ent-001', enterpriseName: encodeURIComponent('上海联影信息技术有限公司') };
    answerActions({ 'demand.submit': () => ({ id: 'd43' }), 'org.departments': () => [{ id: 'dept-01', name: '区科经委' }, { id: 'dept-05', name: '区人社局' }] });
    render(<DemandNewPage />);
    expect(screen.getByText(/代「上海联影信息技术有限公司」提交诉求：由您直接派给承办部门/)).toBeInTheDocument();
    fillForm();
    // Dispatched in the same step: the department and the complexity are asked for first.
    fireEvent.click(screen.getByRole('button', { name: '代企业提交并派单' }));
    expect(await screen.findByText('请选择承办部门')).toHaveClass('field-error--departmentId');
    expect(screen.getByText('请选择办理类型')).toHaveClass('field-error--complexity');
    expect(inputsOf('demand.submit')).toHaveLength(0);
    await screen.findByText('区人社局');
    fireEvent.change(screen.getAllByRole('combobox')[1], { target: { value: '1' } });
    fireEvent.click(screen.getByText('复杂件'));
    fireEvent.click(screen.getByRole('button', { name: '代企业提交并派单' }));
    await waitFor(() => expect(taroDouble.lastNavigation()).toEqual({ kind: 'redirectTo', url: '/pages/demand-detail/index?id=d43' }));
    expect(inputsOf('demand.submit')[0]).toMatchObject({ enterpriseId: 'ent-001', title: '扩建厂房用地咨询', departmentId: 'dept-05', complexity: 'complex' });
    expect(askForReminders).not.toHaveBeenCalled();
    // The enterprise's own draft slot is left alone.
    expect(taroDouble.storage.has(DEMAND_DRAFT_KEY)).toBe(false);
  });
});
