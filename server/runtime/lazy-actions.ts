import type { AnyAction } from './define-action';

/** Where the router finds its actions. */
export interface ActionSource {
  /** The action of this name, its group loaded first if it was not yet; undefined if there is none. */
  find(name: string): Promise<AnyAction | undefined>;
  /** Every action, every group loaded (for tooling and tests). */
  all(): Promise<readonly AnyAction[]>;
}

/** A group of actions, loaded (its code compiled and run) on its first call. */
export type ActionGroup = () => Promise<readonly AnyAction[]>;

const prefixOf = (name: string) => (name.includes('.') ? name.slice(0, name.indexOf('.')) : '');

/**
 * Actions in groups found by their name's prefix (before the dot), each group loaded once, when
 * an action of it is first asked for. A group whose actions do not all carry one of its prefixes,
 * or repeat a name, is refused when it loads: the authorization matrix test loads every group.
 */
export const lazyActions = (groupOfPrefix: Record<string, ActionGroup>): ActionSource => {
  const groups = new Map(Object.entries(groupOfPrefix));
  const loaded = new Map<ActionGroup, Promise<Map<string, AnyAction>>>();

  const load = (group: ActionGroup) => {
    let byName = loaded.get(group);
    if (!byName) {
      byName = group().then((actions) => {
        const named = new Map(actions.map((a) => [a.name, a]));
        if (named.size !== actions.length) throw new Error('duplicate action name in an action group');
        const stray = actions.find((a) => groups.get(prefixOf(a.name)) !== group);
        if (stray) throw new Error(`action ${stray.name} is not in the group of its prefix (server/actions/registry.ts)`);
        return named;
      });
      loaded.set(group, byName);
      // A load that failed is tried again by the next call rather than remembered.
      byName.catch(() => loaded.delete(group));
    }
    return byName;
  };

  return {
    find: async (name) => {
      const group = groups.get(prefixOf(name));
      return group ? (await load(group)).get(name) : undefined;
    },
    all: async () => (await Promise.all([...new Set(groups.values())].map(load))).flatMap((named) => [...named.values()]),
  };
};
