import { AppError } from '@/core/errors';
import { isSpotCheckDay, spotCheckPeriod } from '@/core/spot-check/spot-check-calendar';
import { drawSpotChecks, sampleSize, type SpotCheckCandidate } from '@/core/spot-check/spot-check-sampler';

const records = (unitId: string, visits: number, others: number): SpotCheckCandidate[] => [
  ...Array.from({ length: visits }, (_, i) => ({ id: `${unitId}-v${i}`, unitId, onsite: true })),
  ...Array.from({ length: others }, (_, i) => ({ id: `${unitId}-c${i}`, unitId, onsite: false })),
];
const picksOf = (draw: ReturnType<typeof drawSpotChecks>, unitId: string) => draw.units.find((u) => u.unitId === unitId)!.picked;

describe('the weekly spot-check draw', () => {
  it('takes 10% per unit with at least 3, or all when a unit has fewer', () => {
    expect([0, 2, 3, 10, 30, 31, 100, 205].map((n) => sampleSize(n))).toEqual([0, 2, 3, 3, 3, 4, 10, 21]);
    const draw = drawSpotChecks([...records('z01', 10, 90), ...records('z02', 0, 2), ...records('z03', 1, 9)], 42);
    expect(draw.units.map((u) => [u.unitId, u.candidates, u.picked.length])).toEqual([['z01', 100, 10], ['z02', 2, 2], ['z03', 10, 3]]);
  });

  it('draws on-site visits first and fills with other contacts', () => {
    const draw = drawSpotChecks([...records('z01', 5, 40), ...records('z02', 2, 30)], 7);
    expect(picksOf(draw, 'z01').sort()).toEqual(['z01-v0', 'z01-v1', 'z01-v2', 'z01-v3', 'z01-v4']);
    const z02 = picksOf(draw, 'z02');
    expect(z02.slice(0, 2).sort()).toEqual(['z02-v0', 'z02-v1']);
    expect(z02[2]).toMatch(/^z02-c\d+$/);
  });

  it('draws flagged check-ins (too far from the enterprise) before other visits', () => {
    const flagged = [{ id: 'z01-far0', unitId: 'z01', onsite: true, flagged: true }, { id: 'z01-far1', unitId: 'z01', onsite: true, flagged: true }];
    const draw = drawSpotChecks([...records('z01', 8, 40), ...flagged], 11);
    expect(picksOf(draw, 'z01').slice(0, 2).sort()).toEqual(['z01-far0', 'z01-far1']);
    expect(picksOf(draw, 'z01')[2]).toMatch(/^z01-v\d+$/);
    expect(draw.units[0]).toMatchObject({ candidates: 50, onsiteCandidates: 10, flaggedCandidates: 2 });
  });

  it('reproduces the same sample from the recorded seed whatever the order of the records', () => {
    const candidates = [...records('z01', 12, 150), ...records('z02', 3, 20)];
    const first = drawSpotChecks(candidates, 20251117);
    const shuffled = [...candidates].sort((a, b) => (a.id.split('').reverse().join('') < b.id.split('').reverse().join('') ? -1 : 1));
    expect(drawSpotChecks(shuffled, 20251117)).toEqual(first);
    expect(drawSpotChecks(candidates, 20251118)).not.toEqual(first);
    // Another unit's records do not move this unit's sample.
    expect(picksOf(drawSpotChecks([...candidates, ...records('z09', 4, 4)], 20251117), 'z01')).toEqual(picksOf(first, 'z01'));
    // A record listed twice counts once (and as a visit if either listing says so).
    expect(drawSpotChecks([...candidates, { id: 'z02-c0', unitId: 'z02', onsite: false }], 20251117)).toEqual(first);
  });

  it('gives every record the same chance', () => {
    const counts = new Map<string, number>();
    for (let seed = 0; seed < 2000; seed++) for (const id of picksOf(drawSpotChecks(records('z01', 0, 10), seed), 'z01')) counts.set(id, (counts.get(id) ?? 0) + 1);
    // 3 of 10 over 2,000 draws: 600 each expected.
    for (const n of counts.values()) expect(Math.abs(n - 600)).toBeLessThan(100);
    expect(counts.size).toBe(10);
  });

  it('refuses a seed that cannot be recorded exactly', () => {
    expect(() => drawSpotChecks([], -1)).toThrow(AppError);
    expect(() => drawSpotChecks([], 2 ** 32)).toThrow('抽查随机种子');
    expect(() => drawSpotChecks([], 1.5)).toThrow(AppError);
  });
});

describe('when the spot check is drawn', () => {
  it('draws on Monday, or on the first working day of a week whose Monday is a holiday', () => {
    expect(isSpotCheckDay('2025-11-17')).toBe(true);
    expect(isSpotCheckDay('2025-11-18')).toBe(false);
    // National Day week 2025: Mon 6 – Wed 8 Oct off, Thu 9 Oct is the first working day.
    expect(isSpotCheckDay('2025-10-06')).toBe(false);
    expect(isSpotCheckDay('2025-10-09')).toBe(true);
    expect(isSpotCheckDay('2025-10-11')).toBe(false); // the make-up Saturday is not a second draw
    // Spring Festival 2026: 16–22 Feb has no working day, no draw; Tue 24 Feb draws.
    expect(['2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20', '2026-02-21', '2026-02-22'].some((d) => isSpotCheckDay(d))).toBe(false);
    expect(isSpotCheckDay('2026-02-23')).toBe(false);
    expect(isSpotCheckDay('2026-02-24')).toBe(true);
    expect(isSpotCheckDay('2025-11-17', { '2025-11-17': false })).toBe(false);
    expect(isSpotCheckDay('2025-11-18', { '2025-11-17': false })).toBe(true);
  });

  it('covers last week, or every day since the last draw, and nothing twice', () => {
    expect(spotCheckPeriod('2025-11-17')).toEqual({ from: '2025-11-10', to: '2025-11-16' });
    expect(spotCheckPeriod('2025-10-09', '2025-09-28')).toEqual({ from: '2025-09-29', to: '2025-10-05' });
    expect(spotCheckPeriod('2026-02-24', '2026-02-08')).toEqual({ from: '2026-02-09', to: '2026-02-22' });
    expect(spotCheckPeriod('2026-02-24', '2026-02-22')).toBeNull();
  });
});
