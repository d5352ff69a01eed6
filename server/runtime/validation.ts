import * as z from 'zod';
import zhCN from 'zod/v4/locales/zh-CN.js';
import { AppError } from '../../src/core/errors';

// Chinese messages for every schema failure that has no message of its own.
z.config(zhCN());

/** Parse an action's input or throw VALIDATION_FAILED naming each bad field in Chinese. */
export const parseInput = <S extends z.ZodType>(schema: S, input: unknown): z.output<S> => {
  const result = schema.safeParse(input ?? {});
  if (result.success) return result.data;
  const fields: Record<string, string> = {};
  for (const issue of result.error.issues) {
    const path = issue.path.join('.') || '_';
    fields[path] ??= issue.message;
  }
  const first = Object.values(fields)[0];
  throw new AppError('VALIDATION_FAILED', `填写的内容有误：${first}`, fields);
};
