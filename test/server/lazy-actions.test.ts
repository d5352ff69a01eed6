import * as z from 'zod';
import { lazyActions, type ActionGroup } from '../../server/runtime/lazy-actions';
import type { AnyAction } from '../../server/runtime/define-action';

const action = (name: string): AnyAction => ({ name, roles: 'bound', input: z.object({}), writes: false, summary: name, handler: async () => name });

describe('action groups loaded on first use', () => {
  it('loads a group once, on the first call of one of its actions, and finds each action by its prefix', async () => {
    const loads = { demand: 0, org: 0 };
    const demand: ActionGroup = async () => (loads.demand++, [action('demand.list'), action('demand.get')]);
    const org: ActionGroup = async () => (loads.org++, [action('org.units'), action('liaison.attach')]);
    const source = lazyActions({ demand, org, liaison: org });

    expect(loads).toEqual({ demand: 0, org: 0 });
    const [list, get] = await Promise.all([source.find('demand.list'), source.find('demand.get')]);
    expect([list?.name, get?.name]).toEqual(['demand.list', 'demand.get']);
    expect(loads).toEqual({ demand: 1, org: 0 });
    expect((await source.find('liaison.attach'))?.name).toBe('liaison.attach');
    expect(loads).toEqual({ demand: 1, org: 1 });
    expect((await source.all()).map((a) => a.name).sort()).toEqual(['demand.get', 'demand.list', 'liaison.attach', 'org.units']);
    expect(loads).toEqual({ demand: 1, org: 1 });
  });

  it('answers nothing for a name of no group or not in its group, without loading another', async () => {
    let loads = 0;
    const source = lazyActions({ demand: async () => (loads++, [action('demand.list')]) });
    for (const name of ['demand.nope', 'nope.list', 'constructor', '__proto__.x', '', 'demand']) expect(await source.find(name)).toBeUndefined();
    expect(loads).toBe(1);
  });

  it('refuses a group holding an action of another prefix or a name twice, and tries the load again on the next call', async () => {
    let attempt = 0;
    const source = lazyActions({
      demand: async () => (attempt++ === 0 ? [action('demand.list'), action('org.units')] : [action('demand.list')]),
      org: async () => [action('org.units'), action('org.units')],
    });
    await expect(source.find('demand.list')).rejects.toThrow('action org.units is not in the group of its prefix');
    expect((await source.find('demand.list'))?.name).toBe('demand.list');
    await expect(source.find('org.units')).rejects.toThrow('duplicate action name');
  });
});
