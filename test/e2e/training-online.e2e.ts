import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { launchBrowser, openPhone, screenshot, seen, seenIn, signInAs } from './support/browser';

const VIDEO = readFileSync(path.join(__dirname, '../fixtures/course-4s.mp4'));

let browser: Browser;
before(async () => {
  browser = await launchBrowser();
});
after(() => browser?.close());

test('the district publishes a video course and a steward completes it by watching to the end', async () => {
  const title = `服务包政策解读 ${Date.now().toString(36).slice(-4)}`;
  const district = await openPhone(browser);
  await signInAs(district, 'district-01');
  await seenIn(district, '.district-tile--training').click();
  await district.waitForURL(/district\/pages\/courses/);
  await seenIn(district, '.new-course').click();
  await district.waitForURL(/course-new/);
  await seenIn(district, '.course-title-input input').fill(title);
  await seenIn(district, '.course-summary-input textarea').fill('解读服务包政策要点与管家服务规范，约 4 秒的示例视频。');
  await seenIn(district, '.course-hours-input input').fill('1.5');
  const chooser = district.waitForEvent('filechooser');
  await seenIn(district, '.upload-material').click();
  await (await chooser).setFiles({ name: 'policy.mp4', mimeType: 'video/mp4', buffer: VIDEO });
  await seen(district, '已上传：policy.mp4').waitFor();
  await screenshot(district, 'training-course-new');
  await seenIn(district, '.submit-button').click();
  await district.waitForURL(/course-admin/);
  await seenIn(district, '.course-status').filter({ hasText: '草稿' }).waitFor();
  await screenshot(district, 'training-course-draft');
  await seenIn(district, '.publish-button').click();
  await seenIn(district, '.taro-modal__foot').getByText('确定').click();
  await seenIn(district, '.course-status').filter({ hasText: '已发布' }).waitFor();
  await screenshot(district, 'training-course-published');

  const steward = await openPhone(browser);
  await signInAs(steward, 'steward-01');
  await seenIn(steward, '.fieldwork-entry--training').click();
  await steward.waitForURL(/steward\/pages\/training/);
  await screenshot(steward, 'training-steward-list');
  await seenIn(steward, '.tabs__tab').filter({ hasText: '课程库' }).click();
  await seenIn(steward, '.training-course').filter({ hasText: title }).click();
  await steward.waitForURL(/steward\/pages\/course/);
  const video = steward.locator('video').filter({ visible: true }).first();
  await video.waitFor();
  await steward.waitForFunction(() => {
    const v = [...document.querySelectorAll('video')].find((e) => e.offsetParent !== null);
    return !!v && v.readyState >= 1;
  });
  // The person taps play; the app reports as it plays and at the end.
  await video.evaluate((v: HTMLVideoElement) => {
    v.muted = true;
    return v.play();
  });
  const done = seenIn(steward, '.course-completed');
  await done.waitFor({ timeout: 20_000 });
  assert.match(await done.innerText(), /已完成，计 1.5 学时/);
  await steward.evaluate(() => window.scrollTo(0, 0));
  await screenshot(steward, 'training-course-completed');

  await steward.goBack();
  await seenIn(steward, '.tabs__tab').filter({ hasText: '已完成' }).click();
  await seenIn(steward, '.training-record').filter({ hasText: title }).waitFor();
  await screenshot(steward, 'training-steward-completed');
});
