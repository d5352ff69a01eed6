import { action } from '@/services/action';

/** The unit's and the district's spot checks, interviews and rectification plans. */
export const listRectifications = action('rectification.list');
export const getRectification = action('rectification.get');
export const saveRectification = action('rectification.save');
export const submitRectification = action('rectification.submit');
export const acceptRectification = action('rectification.accept');
export const returnRectification = action('rectification.return');
export const reportMeasureDone = action('rectification.reportMeasure');

export const listSpotCheckItems = action('spotCheck.items');
export const listSpotCheckFindings = action('spotCheck.findings');
export const verifySpotCheck = action('spotCheck.verify');
export const spotCheckSettings = action('spotCheck.settings');
export const configureSpotCheck = action('spotCheck.configure');

export const listInterviews = action('interview.list');
export const recordInterview = action('interview.record');
export const rankUnits = action('figures.ranking');
