import { action } from '@/services/action';

/** The unit's stewards' training hours and completion. */
export const fetchUnitTrainingStats = action('training.stats');
