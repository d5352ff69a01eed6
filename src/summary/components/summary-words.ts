import type { ChipTone } from '@/components/chip';
import type { SummaryState } from '@/core/summary/summary.model';

/** How a summary's state looks on a chip. */
export const STATE_TONES: Record<SummaryState, ChipTone> = { not_started: 'muted', draft: 'info', submitted: 'waiting', returned: 'danger', accepted: 'ok' };
