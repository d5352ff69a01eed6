import { createHash, randomBytes } from 'node:crypto';
import { bindingCodeFrom } from '../../src/core/org/binding-code.rules';

export const newBindingCode = (): string => bindingCodeFrom(randomBytes(16));

/** Binding codes are stored under their hash: a leaked database does not leak usable codes. */
export const bindingCodeId = (normalizedCode: string): string => createHash('sha256').update(`binding:${normalizedCode}`).digest('hex');

export const newId = (): string => randomBytes(16).toString('hex');
