/**
 * Now in milliseconds, below the millisecond: two computations begun in the same millisecond still
 * order, so a conditional store ("only over an older one") never ties.
 */
export const preciseNow = (): number => performance.timeOrigin + performance.now();
