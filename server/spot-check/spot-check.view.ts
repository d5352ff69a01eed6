import { SPOT_CHECK_STATUS_LABELS, type SpotCheckDrawView, type SpotCheckItemView } from '../../src/core/spot-check/spot-check.model';
import type { SpotCheckDrawDoc } from '../db/spot-check-draw.repo';
import type { SpotCheckItemDoc } from '../db/spot-check-item.repo';

export const toItemView = (i: SpotCheckItemDoc): SpotCheckItemView => ({
  id: i._id, listWeek: i.listWeek, drawnWeek: i.drawnWeek, carried: i.carried, unitId: i.unitId, unitName: i.unitName,
  enterpriseId: i.enterpriseId, enterpriseName: i.enterpriseName, stewardId: i.stewardId, stewardName: i.stewardName,
  contactType: i.contactType, onsite: i.onsite, contactAt: i.contactAt.toISOString(), who: i.who, topics: i.topics,
  status: i.status, statusLabel: SPOT_CHECK_STATUS_LABELS[i.status],
  ...(i.result ? { result: i.result, note: i.note ?? '' } : {}),
  ...(i.verifiedAt ? { verifiedAt: i.verifiedAt.toISOString(), verifiedByName: i.verifiedByName } : {}),
  attempts: i.attempts.map((a) => ({ at: a.at.toISOString(), result: a.result, note: a.note, byName: a.byName })),
});

export const toDrawView = (d: SpotCheckDrawDoc): SpotCheckDrawView => ({
  week: d._id, from: d.from, to: d.to, seed: d.seed, algorithm: d.algorithm, drawnAt: d.drawnAt.toISOString(), units: d.units.length,
  candidates: d.units.reduce((n, u) => n + u.candidates, 0), items: d.units.reduce((n, u) => n + u.picked.length, 0), carriedOver: d.carriedOver,
});
