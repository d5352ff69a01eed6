import type { ScheduleEntry, ScheduleKind } from './year-schedule';
import { SCHEDULE_LIMITS } from './year-schedule';

/**
 * Reads a year's holiday schedule from the State Council's notice as published (or typed line by
 * line): “二、春节：2月6日（周六）至13日（周六）放假调休，共8天。2月14日（周日）、2月20日（周六）上班。”
 * Each sentence with dates becomes entries: 放假 makes a holiday range, 上班 make-up working days;
 * a festival's name carries to the sentences after it. Sentences with dates but neither word are
 * handed back unread, so the form can show them; prose without dates is skipped.
 */
export interface ParsedNotice {
  entries: ScheduleEntry[];
  unread: string[];
}

const pad = (n: number) => String(n).padStart(2, '0');
const iso = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`;

// Full-width digits and punctuation as people paste them; notes in brackets (weekdays, 农历) dropped.
const normalise = (text: string) =>
  text
    .replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[（(][^）)]*[）)]/g, '')
    .replace(/[~～—–－]/g, '至')
    // A hyphen between dates is a range too; inside an ISO date it is not.
    .replace(/日\s*-\s*(?=\d)/g, '日至')
    .replace(/(\d)\s+-\s+(?=\d)/g, '$1至')
    .replace(/[ \t\u3000]+/g, ' ');

const TOKEN = /(\d{4})-(\d{1,2})-(\d{1,2})|(?:(\d{4})\s*年\s*)?(\d{1,2})\s*月\s*(\d{1,2})\s*日|(\d{1,2})\s*日|(至|到)/g;
const NAME = /^\s*(?:[一二三四五六七八九十]+\s*[、.．]\s*)?([\u4e00-\u9fa5、]+?)\s*[：:\s]/;

const kindOf = (sentence: string): ScheduleKind | null => (/上班/.test(sentence) ? 'workday' : /放假|休息|休假/.test(sentence) ? 'holiday' : null);

/** The dates of one sentence as ranges: “A至B” is one, “A、B” two. */
const rangesOf = (sentence: string, year: number): Array<[string, string]> => {
  const ranges: Array<[string, string]> = [];
  let last: { y: number; m: number } | null = null;
  let rangeOpen = false;
  for (const t of sentence.matchAll(TOKEN)) {
    if (t[8]) {
      rangeOpen = ranges.length > 0;
      continue;
    }
    let date: string;
    if (t[1]) date = iso(Number(t[1]), Number(t[2]), Number(t[3]));
    else if (t[5]) date = iso(t[4] ? Number(t[4]) : last && !t[4] && Number(t[5]) < last.m ? last.y + (last.y < year ? 1 : 0) : (last?.y ?? year), Number(t[5]), Number(t[6]));
    else if (last) date = iso(last.y, last.m, Number(t[7]));
    else continue;
    last = { y: Number(date.slice(0, 4)), m: Number(date.slice(5, 7)) };
    if (rangeOpen) ranges[ranges.length - 1][1] = date;
    else ranges.push([date, date]);
    rangeOpen = false;
  }
  return ranges;
};

export const parseOfficialNotice = (year: number, text: string): ParsedNotice => {
  const entries: ScheduleEntry[] = [];
  const unread: string[] = [];
  for (const line of normalise(text).split(/\n+/)) {
    let name = '';
    for (const sentence of line.split(/[。；;]/)) {
      const named = NAME.exec(sentence);
      const before = sentence.split(/\d/)[0];
      if (named && named[1].length <= SCHEDULE_LIMITS.maxNameLength && !/\d/.test(named[1]) && before.includes(named[1])) name = named[1].replace(/(放假|上班)$/, '');
      const ranges = rangesOf(sentence, year);
      if (ranges.length === 0) continue;
      const kind = kindOf(sentence);
      if (!kind) {
        unread.push(sentence.trim());
        continue;
      }
      for (const [from, to] of ranges) entries.push({ kind, from, to, name });
    }
  }
  return { entries, unread };
};
