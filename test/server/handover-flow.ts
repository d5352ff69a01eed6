import { DEMO, dataOf, type TestCloud } from '../support/test-cloud';

/**
 * A steward change as art. 10 has it: the unit admin proposes, the district confirms. Answers
 * the district's confirmation (the handover and the tasks it created).
 */
export const handOver = async (t: TestCloud, input: { fromStewardId: string; toStewardId: string; enterpriseIds?: string[] }, unitAdmin: string = DEMO.unitAdmin) => {
  const proposed = dataOf(await t.as(unitAdmin).call('handover.create', { reason: '管家岗位调整', ...input }));
  return dataOf(await t.as(DEMO.district).call('handover.decide', { id: proposed.handover.id, confirm: true }));
};
