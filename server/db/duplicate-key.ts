/** Whether an insert failed because a document with the same _id (or unique index key) exists. */
export const isDuplicateKey = (error: unknown): boolean =>
  /duplicate|E11000|-502001/i.test(String((error as Error)?.message ?? error) + String((error as { errCode?: number })?.errCode ?? ''));
