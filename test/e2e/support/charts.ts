import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';

/**
 * The charts the server drew (chart.render), as the browser shows them: per visible `.chart` in a
 * card, its label, whether its image loaded, how much of the image is painted (drawn onto a canvas
 * and counted: not transparent, not near-white), and whether it fits the screen.
 */
export interface ShownChart {
  label: string;
  imageLabel: string | null;
  svg: boolean;
  loaded: boolean;
  inked: number;
  overflow: boolean;
  /** Shown height ÷ shown width against the image's own: widthFix kept its proportions. */
  aspectKept: boolean;
  /** Some of the image hidden by a box between it and the chart that clips (an image's default height, say). */
  clipped: boolean;
  /** Where the chart and its image sit (left, right, width, height), for the messages. */
  box: string;
}

export const shownCharts = (page: Page, card: string): Promise<ShownChart[]> =>
  page.evaluate((selector) => {
    const charts = [...document.querySelectorAll(`${selector} .chart`)].filter((c) => (c as HTMLElement).offsetParent) as HTMLElement[];
    return charts.map((chart) => {
      const img = chart.querySelector('img');
      const loaded = !!img && img.complete && img.naturalWidth > 0;
      let inked = 0;
      let aspectKept = false;
      let clipped = false;
      if (img && loaded) {
        const canvas = document.createElement('canvas');
        [canvas.width, canvas.height] = [img.naturalWidth, img.naturalHeight];
        const context = canvas.getContext('2d')!;
        context.drawImage(img, 0, 0);
        const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
        for (let i = 0; i < data.length; i += 4) if (data[i + 3] > 0 && (data[i] < 240 || data[i + 1] < 240 || data[i + 2] < 240)) inked++;
        const shown = img.getBoundingClientRect();
        aspectKept = shown.width > 0 && Math.abs(shown.height / shown.width - img.naturalHeight / img.naturalWidth) < 0.02;
        for (let box = img.parentElement; box && box !== chart.parentElement; box = box.parentElement) {
          const r = box.getBoundingClientRect();
          const clips = getComputedStyle(box).overflow !== 'visible' || box === chart;
          if (clips && (r.bottom < shown.bottom - 1 || r.right < shown.right - 1 || r.top > shown.top + 1 || r.left > shown.left + 1)) clipped = true;
        }
      }
      return {
        label: chart.dataset.label ?? '',
        imageLabel: img?.closest('[aria-label]')?.getAttribute('aria-label') ?? null,
        svg: !!img?.getAttribute('src')?.startsWith('data:image/svg+xml;base64,'),
        loaded,
        inked,
        overflow: chart.getBoundingClientRect().right > window.innerWidth,
        aspectKept,
        clipped,
        box: [chart, img].map((e) => e && ((r) => `${Math.round(r.left)}–${Math.round(r.right)} ${Math.round(r.width)}×${Math.round(r.height)}`)(e.getBoundingClientRect())).join(' / ') + ` in ${window.innerWidth}`,
      };
    });
  }, card);

/** Waits until the card's charts stop moving: a page slides in when it opens, and cards above them may still be loading. */
export const settled = async (page: Page, card: string) => {
  const boxes = () => page.evaluate((selector) => [...document.querySelectorAll(`${selector} .chart`)].map((c) => JSON.stringify(c.getBoundingClientRect())).join(), card);
  let before = await boxes();
  for (let i = 0; i < 30; i++) {
    await page.waitForTimeout(150);
    const now = await boxes();
    if (now === before) return;
    before = now;
  }
};

/** Waits until the card shows `labels`' charts, each an SVG image that loaded, painted, labelled and within the screen. */
export const expectCharts = async (page: Page, card: string, labels: string[]) => {
  await page.waitForFunction(
    ([selector, n]) => [...document.querySelectorAll(`${selector} .chart img`)].filter((img) => (img as HTMLImageElement).complete && (img as HTMLImageElement).naturalWidth > 0).length >= n,
    [card, labels.length] as const,
  );
  await settled(page, card);
  const charts = await shownCharts(page, card);
  assert.deepEqual(charts.map((c) => c.label), labels, `${card}: the charts ${labels.join('、')}`);
  for (const chart of charts) {
    assert.ok(chart.svg && chart.loaded, `${card} ${chart.label}: an SVG image, loaded`);
    assert.equal(chart.imageLabel, chart.label, `${card} ${chart.label}: the image carries its label`);
    assert.ok(chart.inked > 2000, `${card} ${chart.label}: the chart is drawn (${chart.inked} painted pixels)`);
    assert.equal(chart.overflow, false, `${card} ${chart.label}: no wider than the phone (${chart.box})`);
    assert.equal(chart.clipped, false, `${card} ${chart.label}: shown whole, nothing clipped (${chart.box})`);
    assert.ok(chart.aspectKept, `${card} ${chart.label}: scaled to the card's width, proportions kept (${chart.box})`);
  }
};
