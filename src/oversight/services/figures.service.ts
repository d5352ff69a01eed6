import { action } from '@/services/action';

/** The figures screens (issue 9 items 1, 2) and the district's similar demands (item 6). */

export const fetchFigures = action('figures.get');
export const fetchRanking = action('figures.ranking');
export const fetchTrend = action('figures.trend');

export const listSimilarGroups = action('demand.similarGroups');
export const replyToGroup = action('demand.replyToGroup');
