import { textRule } from './text-rule';

/** What the bulletin actions accept, as plain data the review form checks too. */
export const BULLETIN_TEXT = {
  summary: textRule('通报摘要', 20, 2000),
  remarks: textRule('区科经委意见', 0, 2000),
};
