import { fireEvent, render, screen } from '@testing-library/react';
import { OversightCard } from '@/components/fieldwork/oversight-card';
import { taroDouble } from '../doubles/taro';
import { answerActions, inputsOf } from './cloud-mock';
import { reportView, researchVisit } from './fieldwork-fixtures';
import { page } from './fixtures';

jest.mock('@/services/cloud');

describe('what a unit admin looks at first in field work', () => {
  it('counts the recent risk reports and the open research promises, overdue ones apart', async () => {
    answerActions({
      'research.list': () => page([researchVisit()]),
      'report.list': () => page([reportView({ id: 'r1', enterpriseName: '上海浦江电子有限公司', risk: true, riskReason: '企业计划部分迁出至江苏省苏州市' })]),
    });
    render(<OversightCard />);
    expect(await screen.findByText('企业计划部分迁出至江苏省苏州市')).toBeInTheDocument();
    expect(screen.getByText('1 条 ›')).toHaveClass('oversight-row__value--alert');
    expect(screen.getByText('2 项（逾期 1） ›')).toBeInTheDocument();
    expect(inputsOf('research.list')).toEqual([{ openOnly: true, page: 1, pageSize: 50 }]);
    expect(inputsOf('report.list')[0]).toMatchObject({ riskOnly: true, from: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) });

    fireEvent.click(screen.getByText('调研承诺未办结'));
    expect(taroDouble.lastNavigation()?.url).toBe('/fieldwork/pages/research/index?open=1');
    fireEvent.click(screen.getByText('上海浦江电子有限公司'));
    expect(taroDouble.lastNavigation()?.url).toBe('/fieldwork/pages/reports/index?risk=1');
  });
});
