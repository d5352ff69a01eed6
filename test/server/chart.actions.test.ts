import { rankingChart, satisfactionChart } from '@/core/charts';
import { DEMO, dataOf, openTestCloud, type TestCloud } from '../support/test-cloud';

/**
 * chart.render: the app's charts drawn on the server, from the very options the app builds
 * (src/core/charts) on figures the caller read. The image is SVG as a base64 data URI.
 */
const month = { kind: 'month' } as const;
const svgOf = (image: string) => {
  expect(image).toMatch(/^data:image\/svg\+xml;base64,[A-Za-z0-9+/]+=*$/);
  const svg = Buffer.from(image.slice(image.indexOf(',') + 1), 'base64').toString('utf8');
  // Attributes stay quoted (a font name in double quotes would end a style attribute early).
  expect(svg).not.toMatch(/="[^"]*"[^\s>/]/);
  return svg;
};

describe('chart.render', () => {
  let t: TestCloud;
  beforeAll(() => {
    t = openTestCloud();
  });
  afterAll(() => t.close());

  it('draws the district’s satisfaction and unit ranking as SVG naming what the figures name', async () => {
    const figures = dataOf(await t.as(DEMO.district).call('figures.get', { period: month }));
    const satisfaction = dataOf(await t.as(DEMO.district).call('chart.render', { option: satisfactionChart(figures), width: 360, height: 220 }));
    expect(satisfaction).toMatchObject({ width: 360, height: 220 });
    const pie = svgOf(satisfaction.image);
    expect(pie).toMatch(/^<svg[^>]+width="360" height="220"/);
    for (const level of ['非常满意', '满意', '基本满意', '不满意', '非常不满意']) expect(pie).toContain(`>${level}<`);
    expect(pie).toContain('PingFang SC');

    const ranking = dataOf(await t.as(DEMO.district).call('figures.ranking', { of: 'units', period: month }));
    const ranked = ranking.rows.filter((r: { score: number | null }) => r.score != null) as Array<{ name: string; rank: number }>;
    expect(ranked.length).toBeGreaterThan(10);
    const bars = svgOf(dataOf(await t.as(DEMO.district).call('chart.render', { option: rankingChart(ranking), width: 360, height: 1200 })).image);
    // Every ranked unit is labelled with its rank, none hidden for want of room (a long name is cut short with …).
    for (const row of ranked) expect(bars).toContain(`>${row.rank}. ${row.name.slice(0, 4)}`);
  });

  it('draws for everyone who can open a chart, and refuses everyone else', async () => {
    const option = { xAxis: { type: 'category', data: ['10月', '11月'] }, yAxis: { type: 'value' }, series: [{ type: 'line', name: '受理诉求', data: [3, 5] }] };
    for (const openid of [DEMO.district, DEMO.unitAdmin, DEMO.steward, DEMO.department]) {
      expect(svgOf(dataOf(await t.as(openid).call('chart.render', { option, width: 360, height: 200 })).image)).toContain('11月');
    }
    for (const openid of [DEMO.enterprise, DEMO.liaison]) {
      expect(await t.as(openid).call('chart.render', { option, width: 360, height: 200 })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    }
    expect(await t.as(DEMO.unbound).call('chart.render', { option, width: 360, height: 200 })).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
  });

  it('refuses an option or size it will not draw, in words, and does nothing else', async () => {
    const before = { audit: (await t.read('audit_log')).length, refusals: await t.read('refusals') };
    const bar = { xAxis: { type: 'value' }, yAxis: { type: 'category', data: ['甲'] }, series: [{ type: 'bar', data: [1] }] };
    const refusals: Array<[input: object, message: RegExp]> = [
      [{ option: [bar], width: 360, height: 200 }, /图表配置应为对象/],
      [{ option: 'bar', width: 360, height: 200 }, /图表配置应为对象/],
      [{ option: { ...bar, title: { text: '长'.repeat(70_000) } }, width: 360, height: 200 }, /图表配置过大/],
      [{ option: { series: [{ type: 'pie', data: [1] }] }, width: 360, height: 200 }, /图表只支持折线图和柱状图/],
      [{ option: bar, width: 199, height: 200 }, /图表宽度不能小于 200/],
      [{ option: bar, width: 1201, height: 200 }, /图表宽度不能大于 1200/],
      [{ option: bar, width: 360.5, height: 200 }, /图表宽度应为整数/],
      [{ option: bar, width: 360, height: 99 }, /图表高度不能小于 100/],
      [{ option: bar, width: 360, height: 2001 }, /图表高度不能大于 2000/],
      [{ option: bar, width: 360 }, /缺少图表高度/],
      // Valid in shape, but ECharts cannot draw it: an axis that is not an axis.
      [{ option: { ...bar, xAxis: 5 }, width: 360, height: 200 }, /^图表配置无法绘制/],
    ];
    for (const [input, message] of refusals) {
      const reply = await t.as(DEMO.district).call('chart.render', input);
      expect(reply).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED' } });
      if (reply.ok) continue;
      expect(`${reply.error.message} ${Object.values(reply.error.fields ?? {}).join(' ')}`).toMatch(message);
    }
    expect({ audit: (await t.read('audit_log')).length, refusals: await t.read('refusals') }).toEqual(before);
  });
});
