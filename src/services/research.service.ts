import { action } from './action';

export const recordResearch = action('research.record');

export const listResearch = action('research.list');

export const closePromise = action('research.closePromise');

export const followUpResearch = action('research.followUp');
