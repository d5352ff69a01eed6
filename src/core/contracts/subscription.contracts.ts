import * as z from 'zod';
import { deferred } from './common.contracts';
import { TEMPLATE_KEYS } from '../notify/templates';

/** The one-time subscribe-message credits a person accepted: at most one per template. */
export const subscriptionRecordInput = deferred(() => z.object({ templateIds: z.array(z.string().min(1).max(64)).min(1).max(TEMPLATE_KEYS.length) }));
