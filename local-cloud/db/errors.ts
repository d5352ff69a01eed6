/**
 * Error replies shaped like CloudBase's `{ code, message }`. The codes are the ones wx-server-sdk maps
 * to errCode (TCB_ERR_CODE): DATABASE_COLLECTION_NOT_EXIST → -502005, DATABASE_REQUEST_FAILED → -502001,
 * INVALID_PARAM → -501007; unmapped codes (the transaction conflict) become -501001 there, and the
 * database layer's runTransaction retries on DATABASE_TRANSACTION_CONFLICT by code.
 */
export class DbError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export const collectionNotExist = (name: string) =>
  new DbError('DATABASE_COLLECTION_NOT_EXIST', `Db or Table not exist: ${name}`);

export const collectionExists = (name: string) =>
  new DbError('DATABASE_COLLECTION_ALREADY_EXIST', `Table exist: ${name}`);

/** MongoDB's wording, which CloudBase passes through for unique-key violations. */
export const duplicateKey = (collection: string, index: string, key: string) =>
  new DbError(
    'DATABASE_REQUEST_FAILED',
    `E11000 duplicate key error collection: ${collection} index: ${index} dup key: ${key}`,
  );

export const invalidParam = (message: string) => new DbError('INVALID_PARAM', message);

export const requestFailed = (message: string) => new DbError('DATABASE_REQUEST_FAILED', message);

export const transactionConflict = (message: string) => new DbError('DATABASE_TRANSACTION_CONFLICT', message);

export interface ErrorReply {
  code: string;
  message: string;
  requestId: string;
}

/** Any failure while serving a request becomes an error reply, never an exception into the SDK. */
export function toErrorReply(err: unknown, requestId: string): ErrorReply {
  if (err instanceof DbError) return { code: err.code, message: err.message, requestId };
  const message = err instanceof Error ? err.message : String(err);
  return { code: 'DATABASE_REQUEST_FAILED', message, requestId };
}
