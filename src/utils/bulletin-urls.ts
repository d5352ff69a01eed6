/** Where the monthly bulletin's screens live; the homes, the message links and the tests share these. */
export const BULLETIN_LIST_URL = '/bulletin/pages/list/index';

export const bulletinUrl = (id: string, unitId?: string) =>
  `/bulletin/pages/detail/index?id=${encodeURIComponent(id)}${unitId ? `&unitId=${encodeURIComponent(unitId)}` : ''}`;
