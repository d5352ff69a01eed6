import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { policyCreateInput } from '@/core/contracts/fieldwork.contracts';
import PolicyNewPage from '@/district/pages/policy-new/index';
import { showModal } from '../doubles/taro';
import { answerActions, inputsOf } from './cloud-mock';
import { policyView } from './fieldwork-fixtures';
import { shanghaiDay } from './org-fixtures';

jest.mock('@/services/cloud');
jest.mock('@tarojs/components', () => jest.requireActual('./components-with-date'));

describe('publishing a policy', () => {
  it('sends the policy with its industries, tags and validity', async () => {
    answerActions({ 'policy.create': (input) => policyView({ ...input, push: { status: 'done', enterprises: 12, contacts: 15 } }) });
    const { container } = render(<PolicyNewPage />);
    fireEvent.change(screen.getByPlaceholderText(/集成电路产业/), { target: { value: '浦东新区支持人工智能大模型创新发展若干措施' } });
    fireEvent.change(screen.getByPlaceholderText(/支持对象/), { target: { value: '对大模型备案企业给予算力和数据补贴，最高 1000 万元。' } });
    const [, to] = [...container.querySelectorAll('.date-picker-input')] as HTMLInputElement[];
    fireEvent.change(to, { target: { value: shanghaiDay(365) } });
    const industries = container.querySelector('.chip-picker--industries') as HTMLElement;
    fireEvent.click(within(industries).getByText('人工智能'));
    fireEvent.change(within(industries).getByPlaceholderText('其他行业'), { target: { value: '大模型' } });
    fireEvent.click(within(industries).getByText('添加'));
    fireEvent.click(within(container.querySelector('.chip-picker--tags') as HTMLElement).getByText('专精特新'));
    fireEvent.click(screen.getByRole('button', { name: '发布政策' }));

    await waitFor(() => expect(inputsOf('policy.create')).toHaveLength(1));
    const sent = inputsOf('policy.create')[0];
    expect(sent).toEqual({
      title: '浦东新区支持人工智能大模型创新发展若干措施',
      summary: '对大模型备案企业给予算力和数据补贴，最高 1000 万元。',
      issuer: '区科经委',
      validFrom: shanghaiDay(0),
      validTo: shanghaiDay(365),
      industries: ['人工智能', '大模型'],
      tags: ['专精特新'],
    });
    expect(policyCreateInput.safeParse(sent).error).toBeUndefined();
    await waitFor(() => expect(showModal).toHaveBeenCalledWith(expect.objectContaining({ title: '已发布', content: '已推送 12 家匹配企业（通知联系人 15 人），并为其管家生成宣讲待办' })));
  });

  it('checks the form in the server’s words', async () => {
    const { container } = render(<PolicyNewPage />);
    fireEvent.change(screen.getByPlaceholderText(/https/), { target: { value: 'not a link' } });
    const [from, to] = [...container.querySelectorAll('.date-picker-input')] as HTMLInputElement[];
    fireEvent.change(from, { target: { value: '2024-06-01' } });
    fireEvent.change(to, { target: { value: '2024-05-01' } });
    fireEvent.click(screen.getByRole('button', { name: '发布政策' }));
    expect(await screen.findByText('请填写政策名称（至少 4 个字）')).toBeInTheDocument();
    expect(screen.getByText('请填写政策要点（至少 10 个字）')).toBeInTheDocument();
    expect(screen.getByText('截止日期不能早于生效日期')).toBeInTheDocument();
    expect(screen.getByText('链接须以 http:// 或 https:// 开头')).toBeInTheDocument();
    expect(inputsOf('policy.create')).toEqual([]);
  });
});
