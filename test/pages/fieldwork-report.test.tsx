import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { reportCreateInput } from '@/core/contracts/fieldwork.contracts';
import ReportNewPage from '@/fieldwork/pages/report-new/index';
import { REPORT_CATEGORIES, REPORT_FIELDS, type ReportField } from '@/fieldwork/report-fields';
import { CloudError } from '@/services/cloud-error';
import { taroDouble } from '../doubles/taro';
import { answerActions, inputsOf } from './cloud-mock';
import { reportView } from './fieldwork-fixtures';

jest.mock('@/services/cloud');
jest.mock('@tarojs/components', () => jest.requireActual('./components-with-date'));

/** A value each field accepts, as typed, and as the server receives it. */
function sample(field: ReportField): { typed: string; sent: unknown } {
  switch (field.kind) {
    case 'number':
      return { typed: '23.5', sent: 23.5 };
    case 'choice':
      return { typed: field.options[field.options.length - 1], sent: field.options[field.options.length - 1] };
    case 'date':
      return { typed: '2024-05-20', sent: '2024-05-20' };
    default:
      return { typed: `${field.what}的内容说明`, sent: `${field.what}的内容说明` };
  }
}

function fill(container: HTMLElement, field: ReportField, typed: string) {
  const box = container.querySelector(`.report-fields .form-field--${field.key}`) as HTMLElement;
  if (field.kind === 'choice') fireEvent.click(within(box).getByText(typed));
  else fireEvent.change(box.querySelector('input, textarea') as HTMLElement, { target: { value: typed } });
}

const chooseCategory = (container: HTMLElement, category: string) =>
  fireEvent.click(within(container.querySelector('.report-categories') as HTMLElement).getByText(category));

beforeEach(() => {
  taroDouble.routerParams = { enterpriseId: 'ent-001', name: encodeURIComponent('上海联影信息技术有限公司') };
});

describe('key-information report form', () => {
  it.each(REPORT_CATEGORIES.map((c) => [c]))('sends the fields of %s', async (category) => {
    answerActions({ 'report.create': (input) => reportView({ category: input.category, enterpriseName: '上海联影信息技术有限公司', summary: '已记录' }) });
    const { container } = render(<ReportNewPage />);
    chooseCategory(container, category);
    const expected: Record<string, unknown> = {};
    for (const field of REPORT_FIELDS[category]) {
      const { typed, sent } = sample(field);
      fill(container, field, typed);
      expected[field.key] = sent;
    }
    fireEvent.click(screen.getByRole('button', { name: '报送' }));
    await waitFor(() => expect(inputsOf('report.create')).toEqual([{ category, enterpriseId: 'ent-001', fields: expected }]));
    // What the form sends is what the server's contract accepts.
    expect(reportCreateInput.safeParse(inputsOf('report.create')[0]).error).toBeUndefined();
    expect(await screen.findByText('已报送', { selector: '.report-result__title' })).toBeInTheDocument();
    expect(screen.queryByText('已同步提示属地单位和区科经委')).not.toBeInTheDocument();
  });

  it('shows the risk flag the server returns for an out-migration', async () => {
    answerActions({
      'report.create': () => reportView({ category: '企业迁入迁出', summary: '迁出（部分）至江苏省苏州市', risk: true, riskReason: '企业计划部分迁出至江苏省苏州市' }),
    });
    const { container } = render(<ReportNewPage />);
    chooseCategory(container, '企业迁入迁出');
    for (const field of REPORT_FIELDS['企业迁入迁出']) fill(container, field, field.key === 'direction' ? '迁出' : sample(field).typed);
    fireEvent.click(screen.getByRole('button', { name: '报送' }));
    expect(await screen.findByText('已同步提示属地单位和区科经委')).toBeInTheDocument();
    expect(screen.getByText('企业计划部分迁出至江苏省苏州市')).toBeInTheDocument();
    expect(inputsOf('report.create')[0].fields).toMatchObject({ direction: '迁出' });
  });

  it('checks each field on the device in the server’s words', async () => {
    const { container } = render(<ReportNewPage />);
    chooseCategory(container, '经营业绩变动');
    fireEvent.click(screen.getByRole('button', { name: '报送' }));
    expect(await screen.findByText('请填写统计期（至少 4 个字）')).toBeInTheDocument();
    expect(screen.getByText('请选择指标')).toBeInTheDocument();
    expect(screen.getByText('请选择变动方向')).toBeInTheDocument();
    expect(screen.getByText('请填写变动幅度')).toBeInTheDocument();
    expect(inputsOf('report.create')).toEqual([]);
  });

  it('puts the server’s field errors by the field', async () => {
    answerActions({
      'report.create': () => {
        throw new CloudError('VALIDATION_FAILED', '填写的内容有误：请填写来访省市（至少 2 个字）', { 'fields.province': '请填写来访省市（至少 2 个字）' });
      },
    });
    const { container } = render(<ReportNewPage />);
    chooseCategory(container, '外省市领导来访调研');
    for (const field of REPORT_FIELDS['外省市领导来访调研']) fill(container, field, sample(field).typed);
    fireEvent.click(screen.getByRole('button', { name: '报送' }));
    expect(await screen.findByText('请填写来访省市（至少 2 个字）', { selector: '.field-error' })).toBeInTheDocument();
  });

  it('asks for the enterprise when opened from the home', async () => {
    taroDouble.routerParams = {};
    answerActions({ 'enterprise.list': () => ({ items: [], page: 1, pageSize: 50, hasMore: false }) });
    const { container } = render(<ReportNewPage />);
    chooseCategory(container, '所处行业发展动态');
    fireEvent.click(screen.getByRole('button', { name: '报送' }));
    expect(await screen.findByText('请选择企业')).toBeInTheDocument();
  });
});
