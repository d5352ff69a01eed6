import { combine, emptyFlow, FLOW_COUNTER_KEYS, STOCK_COUNTER_KEYS, sumFlows, sumStocks, type FlowCounters, type StockCounters } from '@/core/figures/counters';
import { figureValues, RANKING_COUNTERS, RANKING_FIGURES } from '@/core/figures/figure-views';

describe('summing counters', () => {
  it('adds sparse parts into a full set, every other counter at zero', () => {
    const sum = sumFlows([{ received: 2, resolved: 1 }, undefined, { received: 3 }]);
    expect(Object.keys(sum).sort()).toEqual([...FLOW_COUNTER_KEYS].sort());
    expect(sum.received).toBe(5);
    expect(sum.resolved).toBe(1);
    expect(Object.entries(sum).filter(([k, v]) => v !== 0 && k !== 'received' && k !== 'resolved')).toEqual([]);
  });

  it('ignores keys that are not counters of the set, and values that are not numbers', () => {
    const part = { enterprises: 4, received: 9, _id: 'x', stewards: null } as unknown as Record<string, number>;
    const stock = sumStocks([part, { enterprises: 1 }]);
    expect(stock.enterprises).toBe(5);
    expect(stock.stewards).toBe(0);
    expect(Object.keys(stock).sort()).toEqual([...STOCK_COUNTER_KEYS].sort());
  });

  it('gives each caller its own set: a sum never leaks into the next', () => {
    const first = emptyFlow();
    first.received = 7;
    expect(emptyFlow().received).toBe(0);
    expect(combine([{ flow: { closed: 1 }, stock: { enterprises: 2 } }, { flow: { closed: 2 } }])).toMatchObject({ flow: { closed: 3, received: 0 }, stock: { enterprises: 2 } });
  });
});

describe('the counters a ranking reads', () => {
  it('compute every ranking figure as the full counters do', () => {
    const random = (keys: readonly string[], seed: number) => Object.fromEntries(keys.map((k, i) => [k, (seed * 31 + i * 17) % 9]));
    for (let seed = 1; seed <= 20; seed++) {
      const flow = random(FLOW_COUNTER_KEYS, seed) as FlowCounters;
      const stock = random(STOCK_COUNTER_KEYS, seed + 7) as StockCounters;
      const only = <T extends Record<string, number>>(all: T, keys: readonly string[]) => Object.fromEntries(keys.map((k) => [k, all[k]]));
      const full = figureValues(flow, stock);
      const read = figureValues(sumFlows([only(flow, RANKING_COUNTERS.flow)]), sumStocks([only(stock, RANKING_COUNTERS.stock)]));
      for (const key of RANKING_FIGURES) expect([key, read[key]]).toEqual([key, full[key]]);
    }
    // The projection is a small part of the row.
    expect(RANKING_COUNTERS.flow.length + RANKING_COUNTERS.stock.length).toBeLessThan((FLOW_COUNTER_KEYS.length + STOCK_COUNTER_KEYS.length) / 3);
  });
});
