import { wholeRuns } from '@/core/fieldwork/policy-push';

const rows = (spec: Array<[string, number]>) => spec.flatMap(([stewardId, n]) => Array.from({ length: n }, (_, i) => ({ enterpriseId: `${stewardId}-${i}`, enterpriseName: `${stewardId} 企业${i}`, stewardId })));

describe('policy push batches', () => {
  it('holds back the last steward of a full batch, who may go on in the next', () => {
    const { runs, heldBack } = wholeRuns(rows([['', 2], ['s1', 3], ['s2', 1]]), true);
    expect(runs.map((r) => [r.stewardId, r.enterpriseNames.length])).toEqual([['', 2], ['s1', 3]]);
    expect(heldBack).toBe('s2');
  });

  it('takes every run of the last batch', () => {
    expect(wholeRuns(rows([['s1', 3], ['s2', 1]]), false)).toMatchObject({ runs: [{ stewardId: 's1' }, { stewardId: 's2' }], heldBack: null });
  });

  it('names a steward filling a whole batch alone, to be read whole', () => {
    expect(wholeRuns(rows([['s9', 5]]), true)).toMatchObject({ runs: [{ stewardId: 's9' }], heldBack: 's9' });
  });
});
