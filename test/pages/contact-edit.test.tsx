import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import ContactEditPage from '@/fieldwork/pages/contact-edit/index';
import { CloudError } from '@/services/cloud-error';
import { taroDouble } from '../doubles/taro';
import { answerActions, inputsOf } from './cloud-mock';
import { contactView } from './org-fixtures';

jest.mock('@/services/cloud');

beforeEach(() => {
  taroDouble.routerParams = { id: 'c1' };
  taroDouble.storage.set('contact-correction', contactView({ id: 'c1', who: '张经理', topics: '了解扩产计划', outcome: '企业暂无新诉求' }));
});

describe('correcting a contact record', () => {
  it('sends only what changed', async () => {
    answerActions({ 'contact.update': () => ({ id: 'c1', changed: ['outcome'] }) });
    render(<ContactEditPage />);
    fireEvent.change(screen.getByDisplayValue('企业暂无新诉求'), { target: { value: '企业提出用地诉求，下周提交' } });
    fireEvent.click(screen.getByRole('button', { name: '保存更正' }));
    await waitFor(() => expect(inputsOf('contact.update')).toEqual([{ id: 'c1', outcome: '企业提出用地诉求，下周提交' }]));
    expect(taroDouble.toasts).toContainEqual({ title: '已更正', icon: 'success' });
  });

  it('checks the content on the device and shows the server’s refusal after 24 hours', async () => {
    answerActions({
      'contact.update': () => {
        throw new CloudError('FORBIDDEN', '联系记录只能在 24 小时内更正，如需补充请新增一条记录');
      },
    });
    render(<ContactEditPage />);
    fireEvent.change(screen.getByDisplayValue('了解扩产计划'), { target: { value: '扩产' } });
    fireEvent.click(screen.getByRole('button', { name: '保存更正' }));
    expect(await screen.findByText('请填写沟通内容（至少 4 个字）')).toBeInTheDocument();
    expect(inputsOf('contact.update')).toEqual([]);

    fireEvent.change(screen.getByDisplayValue('扩产'), { target: { value: '了解二期扩产计划' } });
    fireEvent.click(screen.getByRole('button', { name: '保存更正' }));
    expect(await screen.findByText('联系记录只能在 24 小时内更正，如需补充请新增一条记录')).toBeInTheDocument();
  });

  it('asks to come back from the profile when the record is not at hand', () => {
    taroDouble.storage.clear();
    render(<ContactEditPage />);
    expect(screen.getByText('请从企业档案的联系记录中重新点击“更正”')).toBeInTheDocument();
  });
});
