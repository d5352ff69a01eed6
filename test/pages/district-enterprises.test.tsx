import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import EnterpriseEditPage from '@/district/pages/enterprise-edit/index';
import EnterprisesPage from '@/district/pages/enterprises/index';
import { CloudError } from '@/services/cloud-error';
import { taroDouble } from '../doubles/taro';
import { answerActions, inputsOf } from './cloud-mock';
import { enterprise, stewardLoad, units } from './district-fixtures';
import { pickSteward, stewardPage } from './org-fixtures';
import { page } from './fixtures';

jest.mock('@/services/cloud');

const type = (placeholder: string | RegExp, value: string) => fireEvent.change(screen.getByPlaceholderText(placeholder), { target: { value } });

async function fillNew(creditCode: string) {
  await screen.findByPlaceholderText('营业执照上的全称');
  type('营业执照上的全称', '上海示例集成电路有限公司');
  type(/18 位/, creditCode);
  type(/如 集成电路/, '集成电路');
  type('注册或经营地址', '上海市浦东新区张江路 100 号');
  type(/多个标签/, '专精特新，上市企业、 独角兽');
}

describe('enterprise list', () => {
  it('searches by keyword, filters by unit and includes removed ones on the toggle', async () => {
    answerActions({ 'org.units': () => units, 'enterprise.list': () => page([enterprise(), enterprise({ id: 'e-2', name: '已迁出示例公司', status: 'removed' })]) });
    render(<EnterprisesPage />);

    const removed = (await screen.findByText('已迁出示例公司')).closest('.district-enterprise') as HTMLElement;
    expect(removed).toHaveTextContent('已移出');
    expect(await within(removed).findByText('张江管理局')).toHaveClass('enterprise-unit');
    expect(inputsOf('enterprise.list')).toEqual([{ includeRemoved: false, page: 1, pageSize: 10 }]);

    type('企业名称或信用代码', ' 张江 ');
    fireEvent.click(screen.getByRole('button', { name: '搜索' }));
    await waitFor(() => expect(inputsOf('enterprise.list').at(-1)).toEqual({ keyword: '张江', includeRemoved: false, page: 1, pageSize: 10 }));

    fireEvent.change(await screen.findByRole('combobox'), { target: { value: '2' } });
    fireEvent.click(screen.getByText('含已移出'));
    await waitFor(() =>
      expect(inputsOf('enterprise.list').at(-1)).toEqual({ keyword: '张江', unitId: 'unit-z02', includeRemoved: true, page: 1, pageSize: 10 }),
    );

    fireEvent.click(screen.getByText('上海张江示例生物医药有限公司'));
    expect(taroDouble.lastNavigation()).toEqual({ kind: 'navigateTo', url: '/district/pages/enterprise-edit/index?id=e-1' });
  });
});

describe('new enterprise', () => {
  it('checks the credit code on the device with the server wording', async () => {
    answerActions({ 'org.units': () => units });
    render(<EnterpriseEditPage />);
    await fillNew('91310115MA1K3YJX2B');
    fireEvent.click(await screen.findByRole('button', { name: '加入重点企业清单' }));

    expect(await screen.findByText('统一社会信用代码校验位不正确，请核对后重新输入')).toHaveClass('field-error--creditCode');
    expect(screen.getByText('请选择属地单位')).toHaveClass('field-error--unitId');
    expect(inputsOf('enterprise.create')).toHaveLength(0);

    type(/18 位/, '9131011');
    fireEvent.click(screen.getByRole('button', { name: '加入重点企业清单' }));
    expect(await screen.findByText('统一社会信用代码应为 18 位')).toBeInTheDocument();
  });

  it('sends the enterprise with its unit, steward and split tags', async () => {
    answerActions({
      'org.units': () => units,
      'org.stewards': () => stewardPage([stewardLoad({ id: 's-a', name: '白丽' }), stewardLoad({ id: 's-b' })]),
      'enterprise.create': () => enterprise(),
    });
    taroDouble.pageStackDepth = 2;
    render(<EnterpriseEditPage />);
    await fillNew('91310115ma1k3yjx2d');
    fireEvent.change(await screen.findByRole('combobox'), { target: { value: '1' } });
    await pickSteward(await screen.findByText('暂不分配'), '王芳');
    // Only stewards who can take enterprises are offered.
    expect(inputsOf('org.stewards')).toEqual([{ unitId: 'unit-z02', assignable: true, page: 1, pageSize: 20 }]);
    fireEvent.click(screen.getByRole('button', { name: '加入重点企业清单' }));

    await waitFor(() =>
      expect(inputsOf('enterprise.create')).toEqual([
        {
          name: '上海示例集成电路有限公司',
          creditCode: '91310115MA1K3YJX2D',
          industry: '集成电路',
          address: '上海市浦东新区张江路 100 号',
          unitId: 'unit-z02',
          stewardId: 's-b',
          tags: ['专精特新', '上市企业', '独角兽'],
          contactCadenceDays: 30,
          visitCadenceDays: 90,
        },
      ]),
    );
    expect(taroDouble.toasts).toContainEqual({ title: '已加入清单', icon: 'success' });
    expect(taroDouble.lastNavigation()).toEqual({ kind: 'navigateBack' });
  });

  it('shows a duplicate refusal from the server by the form', async () => {
    answerActions({
      'org.units': () => units,
      'org.stewards': () => stewardPage([]),
      'enterprise.create': () => {
        throw new CloudError('DUPLICATE', '该统一社会信用代码的企业已在清单中', { creditCode: '该统一社会信用代码的企业已在清单中' });
      },
    });
    render(<EnterpriseEditPage />);
    await fillNew('91310115MA1K3YJX2D');
    fireEvent.change(await screen.findByRole('combobox'), { target: { value: '1' } });
    fireEvent.click(screen.getByRole('button', { name: '加入重点企业清单' }));

    const messages = await screen.findAllByText('该统一社会信用代码的企业已在清单中');
    expect(messages[0]).toHaveClass('field-error--creditCode');
  });
});

describe('editing and removing an enterprise', () => {
  it('saves the editable fields only', async () => {
    taroDouble.routerParams = { id: 'e-1' };
    answerActions({ 'org.units': () => units, 'enterprise.get': () => enterprise(), 'enterprise.update': () => enterprise() });
    render(<EnterpriseEditPage />);

    expect(await screen.findByText('91310115MA1K3YJX2D')).toBeInTheDocument();
    expect(await screen.findByText('张江管理局')).toHaveClass('read-only-value');
    type('如 集成电路、生物医药', '创新药');
    type('默认 30 天', '14');
    fireEvent.click(screen.getByRole('button', { name: '保存' }));

    await waitFor(() =>
      expect(inputsOf('enterprise.update')).toEqual([
        {
          id: 'e-1',
          name: '上海张江示例生物医药有限公司',
          industry: '创新药',
          address: '上海市浦东新区张江路 100 号',
          tags: ['专精特新'],
          contactCadenceDays: 14,
          visitCadenceDays: 90,
        },
      ]),
    );
  });

  it('removes with a reason after confirming', async () => {
    taroDouble.routerParams = { id: 'e-1' };
    answerActions({ 'org.units': () => units, 'enterprise.get': () => enterprise(), 'enterprise.remove': () => enterprise({ status: 'removed' }) });
    render(<EnterpriseEditPage />);

    fireEvent.click(await screen.findByRole('button', { name: '移出清单' }));
    expect(await screen.findByText('请填写移出原因')).toHaveClass('field-error--reason');
    expect(inputsOf('enterprise.remove')).toHaveLength(0);

    type(/企业迁出浦东/, '企业已迁出浦东新区');
    fireEvent.click(screen.getByRole('button', { name: '移出清单' }));
    await waitFor(() => expect(inputsOf('enterprise.remove')).toEqual([{ id: 'e-1', reason: '企业已迁出浦东新区' }]));
  });
});
