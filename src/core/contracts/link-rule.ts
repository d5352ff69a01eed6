import { hasHiddenCharacters } from './text-rule';

/**
 * A link people open from the app (H5 puts it in an <a href>): a web address only — never
 * `javascript:`, `data:`, a file or an app scheme — with a host, no spaces, no credentials
 * before the host (https://gov.cn@elsewhere) and no hidden characters.
 */
const WEB_LINK = /^https?:\/\/[^\s/?#@\\]+(?:[/?#]\S*)?$/i;

export const WEB_LINK_MESSAGE = '链接须以 http:// 或 https:// 开头';
export const linkTooLong = (max: number) => `链接不超过 ${max} 个字符`;

export const isWebLink = (value: string): boolean => WEB_LINK.test(value) && !hasHiddenCharacters(value);

/** What is wrong with a typed link (trimmed; empty is no link), or undefined. */
export function linkProblem(typed: string, max: number): string | undefined {
  const link = typed.trim();
  if (!link) return undefined;
  if (link.length > max) return linkTooLong(max);
  return isWebLink(link) ? undefined : WEB_LINK_MESSAGE;
}
