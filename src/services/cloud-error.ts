import type { ErrorCode } from '@/core/errors';

export const NETWORK_ERROR_MESSAGE = '网络连接失败，请检查网络后重试';

/** A failed action as the app sees it: the server's code and Chinese message, plus form fields. */
export class CloudError extends Error {
  readonly code: ErrorCode;
  readonly fields?: Record<string, string>;
  /** Structured detail for some codes, e.g. the rows an import refused (IMPORT_REJECTED). */
  readonly details?: unknown;

  constructor(code: ErrorCode, message: string, fields?: Record<string, string>, details?: unknown) {
    super(message);
    this.name = 'CloudError';
    this.code = code;
    this.fields = fields;
    this.details = details;
  }
}

export const networkError = () => new CloudError('NETWORK', NETWORK_ERROR_MESSAGE);

/** Any thrown value as a CloudError, so screens have one shape to show. */
export function toCloudError(err: unknown): CloudError {
  if (err instanceof CloudError) return err;
  return new CloudError('INTERNAL', '系统繁忙，请稍后重试');
}
