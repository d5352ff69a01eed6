import { action } from './action';

export const listResearch = action('research.list');
