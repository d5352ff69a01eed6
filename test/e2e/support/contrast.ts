import type { Page } from 'playwright-core';

/**
 * What counts as a control a person reads before tapping: Taro buttons and navigators, anchors,
 * and, since a Taro view with onClick leaves no trace in the DOM, the app's classes for links,
 * buttons, tappable tiles, entries, count cells and list rows, tabs and selectable chips.
 */
export const CONTROL_SELECTOR = [
  'taro-button-core',
  'button',
  'a',
  'taro-navigator-core',
  '.link',
  '[class*="-button"]',
  '[class*="-link"]',
  '[class*="__link"]',
  '[class*="__action"]',
  '[class*="row-action"]',
  '[class*="-tile"]',
  '[class*="-entry"]',
  '.entry-grid__item',
  '.entry-row',
  '[class*="-cell"]',
  '.identity-item',
  '.list-footer--action',
  '.tabs__item',
  '.chip--choice',
].join(', ');

export interface ContrastProblem {
  text: string;
  className: string;
  color: string;
  background: string;
  ratio: number;
  needed: number;
}

/**
 * Every visible control's text against its effective background (WCAG 2 contrast ratio): the
 * text colour with its alpha and the element's opacity, over the background found by walking up
 * and compositing each ancestor's background colour until an opaque one (white if none).
 * Normal text needs 4.5, large text (24 px, or 18.66 px bold) 3.
 */
export async function contrastProblems(page: Page): Promise<{ checked: number; problems: ContrastProblem[] }> {
  // tsx compiles this file with esbuild's keepNames, whose __name helper the page lacks.
  await page.evaluate('window.__name = window.__name || ((f) => f)');
  return page.evaluate((selector) => {
    type RGBA = [number, number, number, number];
    const parse = (value: string): RGBA => {
      const m = /rgba?\(([^)]+)\)/.exec(value);
      if (!m) return [0, 0, 0, 0];
      const parts = m[1].split(/[\s,/]+/).filter(Boolean).map(Number);
      return [parts[0], parts[1], parts[2], parts.length > 3 ? parts[3] : 1];
    };
    const over = (top: RGBA, bottom: RGBA): RGBA => {
      const a = top[3] + bottom[3] * (1 - top[3]);
      if (a === 0) return [0, 0, 0, 0];
      const mix = (i: number) => (top[i] * top[3] + bottom[i] * bottom[3] * (1 - top[3])) / a;
      return [mix(0), mix(1), mix(2), a];
    };
    const luminance = ([r, g, b]: RGBA) => {
      const lin = (c: number) => {
        const s = c / 255;
        return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      };
      return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
    };
    const ratioOf = (a: RGBA, b: RGBA) => {
      const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
      return (hi + 0.05) / (lo + 0.05);
    };
    const backgroundBehind = (el: Element): RGBA => {
      let bg: RGBA = [0, 0, 0, 0];
      for (let node: Element | null = el; node; node = node.parentElement) {
        bg = over(bg, parse(getComputedStyle(node).backgroundColor));
        if (bg[3] >= 0.999) return bg;
      }
      return over(bg, [255, 255, 255, 1]);
    };
    const opacityOf = (el: Element) => {
      let o = 1;
      for (let node: Element | null = el; node; node = node.parentElement) o *= Number(getComputedStyle(node).opacity);
      return o;
    };
    const hasOwnText = (el: Element) => Array.from(el.childNodes).some((n) => n.nodeType === Node.TEXT_NODE && (n.textContent ?? '').trim() !== '');
    const visible = (el: Element) => {
      const rect = el.getBoundingClientRect();
      return rect.width > 0 && rect.height > 0 && el.checkVisibility({ opacityProperty: true, visibilityProperty: true });
    };

    const seen = new Set<Element>();
    const problems: Array<{ text: string; className: string; color: string; background: string; ratio: number; needed: number }> = [];
    for (const control of Array.from(document.querySelectorAll(selector))) {
      if (!visible(control)) continue;
      // The control and whatever inside it carries text (a Text in a button has its own colour).
      for (const el of [control, ...Array.from(control.querySelectorAll('*'))]) {
        if (seen.has(el) || !hasOwnText(el) || !visible(el)) continue;
        seen.add(el);
        const style = getComputedStyle(el);
        const background = backgroundBehind(el);
        const text = parse(style.color);
        const shown = over([text[0], text[1], text[2], text[3] * opacityOf(el)], background);
        const size = parseFloat(style.fontSize);
        const large = size >= 24 || (size >= 18.66 && Number(style.fontWeight) >= 700);
        const needed = large ? 3 : 4.5;
        const ratio = ratioOf(shown, background);
        if (ratio < needed) {
          problems.push({
            text: (el.textContent ?? '').trim().slice(0, 30),
            className: String((el as HTMLElement).className ?? ''),
            color: style.color,
            background: `rgb(${background.slice(0, 3).map(Math.round).join(', ')})`,
            ratio: Math.round(ratio * 100) / 100,
            needed,
          });
        }
      }
    }
    return { checked: seen.size, problems };
  }, CONTROL_SELECTOR);
}
