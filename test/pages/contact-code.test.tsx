import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import ContactCodePage from '@/steward/pages/contact-code/index';
import { CloudError } from '@/services/cloud-error';
import { taroDouble } from '../doubles/taro';
import { answerActions, inputsOf } from './cloud-mock';
import { device } from './device-apis';

jest.mock('@/services/cloud');

const QR = 'data:image/png;base64,iVBORw0KGgo=';

describe('contact binding code', () => {
  beforeEach(() => {
    taroDouble.routerParams = { enterpriseId: 'ent-005', name: encodeURIComponent('戊科技有限公司') };
  });

  it('shows the code big, its QR code, its expiry and the way to bind', async () => {
    answerActions({ 'enterpriseContact.issueCode': () => ({ code: 'K7M2Q9XP', expiresAt: '2024-05-31T01:30:00.000Z', qrDataUrl: QR }) });
    const { container } = render(<ContactCodePage />);

    expect(await screen.findByText('K7M2Q9XP')).toHaveClass('issued-code');
    expect(container.querySelector('img.issued-code-qr')).toHaveAttribute('src', QR);
    expect(screen.getByText('有效期至 2024-05-31 09:30，仅可使用一次')).toBeInTheDocument();
    expect(screen.getByText(/请企业联系人打开小程序，输入绑定码或扫码完成绑定/)).toBeInTheDocument();
    expect(screen.getByText('戊科技有限公司')).toBeInTheDocument();
    expect(inputsOf('enterpriseContact.issueCode')).toEqual([{ enterpriseId: 'ent-005' }]);

    fireEvent.click(screen.getByRole('button', { name: '复制绑定码' }));
    expect(device.setClipboardData).toHaveBeenCalledWith({ data: 'K7M2Q9XP' });
    await waitFor(() => expect(taroDouble.toasts).toContainEqual({ title: '已复制', icon: 'success' }));
  });

  it('shows a refusal with a retry', async () => {
    let refuse = true;
    answerActions({
      'enterpriseContact.issueCode': () => {
        if (refuse) throw new CloudError('FORBIDDEN', '只能为您服务的企业发放绑定码');
        return { code: 'ABCD2345', expiresAt: '2024-05-31T01:30:00.000Z', qrDataUrl: QR };
      },
    });
    render(<ContactCodePage />);
    expect(await screen.findByText('只能为您服务的企业发放绑定码')).toBeInTheDocument();
    refuse = false;
    fireEvent.click(screen.getByRole('button', { name: '重试' }));
    expect(await screen.findByText('ABCD2345')).toBeInTheDocument();
  });
});
