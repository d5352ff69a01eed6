import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { FlaggedCheckInsCard } from '@/components/fieldwork/flagged-check-ins-card';
import { SessionProvider } from '@/hooks/use-session';
import EnterpriseContactsPage from '@/enterprise/pages/contacts/index';
import EnterpriseProfilePage from '@/pages/enterprise-profile/index';
import CadenceEditPage from '@/unit/pages/cadence-edit/index';
import { previewImage, taroDouble } from '../doubles/taro';
import { answerActions, inputsOf } from './cloud-mock';
import { profileOf } from './fieldwork-fixtures';
import { page } from './fixtures';
import { contactView, enterprise } from './org-fixtures';

jest.mock('@/services/cloud');

const photos = [
  { fileId: 'cloud://p1.png', url: 'http://127.0.0.1/local/storage/p1.png' },
  { fileId: 'cloud://p2.png', url: 'http://127.0.0.1/local/storage/p2.png' },
];
const farVisit = contactView({ id: 'far', type: '上门走访', who: '刘总', checkIn: { at: '2024-05-24T02:00:00.000Z', distanceMeters: 2300, flag: 'far' }, photos });

describe('check-ins in the contact history', () => {
  it('shows staff the flag of a far check-in and the photos, which open full-screen', async () => {
    taroDouble.routerParams = { id: 'ent-001' };
    answerActions({
      'session.me': () => ({ user: { id: 'u-unit', role: 'unit_admin', name: '郭超' } }),
      'enterprise.profile': () => profileOf({ contacts: [farVisit] }),
      'enterpriseContact.list': () => [],
      'contact.list': () => page([farVisit]),
    });
    const { container } = render(<SessionProvider><EnterpriseProfilePage /></SessionProvider>);
    const record = (await screen.findAllByText('刘总'))[0].closest('.contact-record') as HTMLElement;
    expect(within(record).getByText('打卡距企业超过 1 公里')).toHaveClass('check-in-flag--far');
    expect(record).toHaveTextContent('距企业约 2.3 公里');
    const thumbs = record.querySelectorAll('.contact-photos__thumb');
    expect(thumbs).toHaveLength(2);
    fireEvent.click(thumbs[1]);
    expect(previewImage).toHaveBeenCalledWith({ current: photos[1].url, urls: photos.map((p) => p.url) });
    expect(container.querySelector('.profile-head')).toBeTruthy();
  });

  it('shows the enterprise its visit photos, without the oversight flag', async () => {
    answerActions({ 'contact.list': () => page([farVisit]) });
    const { container } = render(<EnterpriseContactsPage />);
    await screen.findByText('刘总', { exact: false });
    expect(container.querySelectorAll('.contact-photos__thumb')).toHaveLength(2);
    expect(screen.queryByText('打卡距企业超过 1 公里')).toBeNull();
  });

  it('lists far check-ins on the unit home, each opening its enterprise', async () => {
    answerActions({ 'contact.list': (input) => (input.checkInFlag === 'far' ? page([farVisit]) : page([])) });
    render(<FlaggedCheckInsCard />);
    const row = (await screen.findByText(farVisit.enterpriseName)).closest('.flagged-check-in') as HTMLElement;
    expect(row).toHaveTextContent('距 2.3 公里');
    fireEvent.click(row);
    expect(taroDouble.lastNavigation()).toEqual({ kind: 'navigateTo', url: '/pages/enterprise-profile/index?id=ent-001' });
    expect(inputsOf('contact.list')).toEqual([{ checkInFlag: 'far', page: 1, pageSize: 5 }]);
  });
});

describe('the unit sets an enterprise’s address and location', () => {
  const renderEdit = (location?: { latitude: number; longitude: number }) => {
    taroDouble.routerParams = { id: 'ent-001' };
    answerActions({ 'enterprise.get': () => enterprise({ location }), 'enterprise.update': (input) => enterprise(input) });
    return render(<CadenceEditPage />);
  };

  it('sends the typed point with the cadence and address', async () => {
    const { container } = renderEdit();
    await screen.findByText('企业位置');
    fireEvent.input(container.querySelector('.location-latitude-input') as HTMLElement, { target: { value: '31.2397' } });
    fireEvent.input(container.querySelector('.location-longitude-input') as HTMLElement, { target: { value: '121.4998' } });
    fireEvent.click(screen.getByRole('button', { name: '保存' }));
    await waitFor(() =>
      expect(inputsOf('enterprise.update')).toEqual([
        { id: 'ent-001', contactCadenceDays: 30, visitCadenceDays: 90, address: '上海市浦东新区世纪大道100号', location: { latitude: 31.2397, longitude: 121.4998 } },
      ]),
    );
  });

  it('refuses half a point on the device, and takes a point off when both are cleared', async () => {
    const { container } = renderEdit({ latitude: 31.2, longitude: 121.5 });
    await screen.findByText('企业位置');
    const longitude = container.querySelector('.location-longitude-input') as HTMLElement;
    fireEvent.input(longitude, { target: { value: '' } });
    fireEvent.click(screen.getByRole('button', { name: '保存' }));
    expect(await screen.findByText('纬度和经度须同时填写')).toBeInTheDocument();
    expect(inputsOf('enterprise.update')).toHaveLength(0);
    fireEvent.input(container.querySelector('.location-latitude-input') as HTMLElement, { target: { value: '' } });
    fireEvent.click(screen.getByRole('button', { name: '保存' }));
    await waitFor(() => expect(inputsOf('enterprise.update')[0]).toMatchObject({ location: null }));
  });
});
