import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser } from 'playwright-core';
import { launchBrowser, openPhone, screenshot, seen, seenIn, signInAs } from './support/browser';

const SCREENSHOT_PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(200, 1)]);

let browser: Browser;
before(async () => {
  browser = await launchBrowser();
});
after(() => browser?.close());

test('an enterprise reports its steward; the district acknowledges, investigates, concludes and replies; the enterprise reads the reply', async () => {
  const description = `服务管家要求我司使用其指定的咨询公司办理申报，并暗示不配合会影响诉求办理进度。${Date.now().toString(36).slice(-4)}`;
  const reply = '您反映的问题经调查属实，已对相关人员严肃处理，感谢您的监督。';
  const ent = await openPhone(browser);
  await signInAs(ent, 'ent-001');
  await seenIn(ent, '.integrity-entry').click();
  await ent.waitForURL(/integrity\/pages\/mine/);
  await screenshot(ent, 'integrity-mine-empty');
  await seenIn(ent, '.new-integrity-report').click();
  await ent.waitForURL(/integrity\/pages\/new/);
  await seenIn(ent, '.integrity-categories .chip--choice').filter({ hasText: '干预企业正常经营' }).click();
  await seenIn(ent, '.integrity-description-input textarea').fill(description);
  // The evidence goes to a path issued for the report, in the reporter's own folder.
  const chooser = ent.waitForEvent('filechooser');
  await seenIn(ent, '.add-attachment').click();
  await (await chooser).setFiles({ name: '聊天记录截图.png', mimeType: 'image/png', buffer: SCREENSHOT_PNG });
  await seenIn(ent, '.attachment-item--done').filter({ hasText: '聊天记录截图.png' }).waitFor();
  await screenshot(ent, 'integrity-new');
  await seenIn(ent, '.submit-button').click();
  await ent.waitForURL(/integrity\/pages\/mine/);
  const mine = seenIn(ent, '.integrity-mine-item').filter({ hasText: description });
  await mine.waitFor();
  assert.match(await mine.innerText(), /已提交，待受理/);

  const district = await openPhone(browser);
  await signInAs(district, 'district-01');
  await seenIn(district, '.district-tile--integrity').click();
  await district.waitForURL(/district\/pages\/integrity/);
  await screenshot(district, 'integrity-district-list');
  await seenIn(district, '.integrity-row').filter({ hasText: '干预企业正常经营' }).first().click();
  await district.waitForURL(/integrity-detail/);
  await seen(district, description).waitFor();
  await seenIn(district, '.fact-line').filter({ hasText: '聊天记录截图.png' }).waitFor();
  await seenIn(district, '.acknowledge-button').click();
  await seenIn(district, '.integrity-status').filter({ hasText: '已受理' }).waitFor();
  await seenIn(district, '.note-input textarea').fill('已约谈企业负责人并调阅往来记录，情况基本属实。');
  await seenIn(district, '.note-button').click();
  await seenIn(district, '.integrity-status').filter({ hasText: '调查中' }).waitFor();
  await seenIn(district, '.outcome-option--confirmed').click();
  await seenIn(district, '.findings-input textarea').fill('经核实，该管家存在向企业推荐指定中介的行为，违反亲清关系规定。');
  await screenshot(district, 'integrity-district-conclude');
  await seenIn(district, '.conclude-button').click();
  await seenIn(district, '.integrity-status').filter({ hasText: '已认定' }).waitFor();
  await seenIn(district, '.reply-input textarea').fill(reply);
  await seenIn(district, '.reply-button').click();
  await seenIn(district, '.integrity-status').filter({ hasText: '已答复' }).waitFor();
  await seenIn(district, '.integrity-reads .fact-line').first().waitFor();
  await screenshot(district, 'integrity-district-replied');

  await ent.reload();
  const answered = seenIn(ent, '.integrity-mine-item').filter({ hasText: description });
  await answered.waitFor();
  assert.match(await answered.innerText(), /已答复/);
  assert.match(await answered.innerText(), new RegExp(reply));
  await screenshot(ent, 'integrity-mine-replied');
});
