import { action } from '@/services/action';

/** The monthly bulletin (月通报): the district reviews and publishes it; units read it. */
export const listBulletins = action('bulletin.list');
export const getBulletin = action('bulletin.get');
export const updateBulletin = action('bulletin.update');
export const publishBulletin = action('bulletin.publish');
export const exportBulletin = action('bulletin.export');
export const getBulletinStewards = action('bulletin.stewards');
