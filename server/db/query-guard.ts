/**
 * wx-server-sdk drops a field whose value is undefined from a query, so `where({ stewardId:
 * user.stewardId })` for a user without one matches every document. This guard refuses such a
 * query instead of letting it widen: the one place that stands between a missing value and a
 * leak. It walks filters, command operands (`_.in([...])`, `_.or([...])`) and nested objects.
 */
export class UndefinedQueryValueError extends Error {
  constructor(readonly path: string) {
    super(`query refused: ${path} is undefined (a missing value would widen the query)`);
    this.name = 'UndefinedQueryValueError';
  }
}

const isPlain = (value: object) => {
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
};

const assertNoUndefined = (value: unknown, path = 'filter'): void => {
  if (value === undefined) throw new UndefinedQueryValueError(path);
  if (value === null || typeof value !== 'object' || value instanceof Date) return;
  if (Array.isArray(value)) return value.forEach((v, i) => assertNoUndefined(v, `${path}[${i}]`));
  // SDK commands (QueryCommand, LogicCommand) keep their arguments in `operands`.
  const operands = (value as { operands?: unknown }).operands;
  if (Array.isArray(operands)) return assertNoUndefined(operands, `${path}.${String((value as { operator?: unknown }).operator ?? 'command')}`);
  if (!isPlain(value)) return;
  for (const [key, v] of Object.entries(value)) assertNoUndefined(v, `${path}.${key}`);
};

/** Methods whose first argument selects documents. */
const SELECTORS = new Set(['where', 'match']);

/** The SDK's collection, query or aggregate, with every selector checked before it is sent. */
export const guardQueries = <Q extends object>(target: Q): Q =>
  new Proxy(target, {
    get(obj, prop, receiver) {
      const value = Reflect.get(obj, prop, receiver);
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        if (typeof prop === 'string' && SELECTORS.has(prop)) assertNoUndefined(args[0]);
        if (prop === 'doc' && (typeof args[0] !== 'string' || args[0] === '')) throw new UndefinedQueryValueError('doc(id)');
        const result = value.apply(obj, args);
        // Chained queries (where → orderBy → limit, aggregate → match) stay guarded.
        const chained = result && typeof result === 'object' && typeof result.then !== 'function' && ('where' in result || 'match' in result);
        return chained ? guardQueries(result as object) : result;
      };
    },
  });
