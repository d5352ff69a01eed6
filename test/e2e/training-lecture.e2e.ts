import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser } from 'playwright-core';
import { launchBrowser, openPhone, screenshot, seen, seenIn, signInAs } from './support/browser';

let browser: Browser;
before(async () => {
  browser = await launchBrowser();
});
after(() => browser?.close());

test('a steward signs in to an offline lecture at the venue with the code the district shows', async () => {
  const title = `亲清政商关系专题讲座 ${Date.now().toString(36).slice(-4)}`;
  const district = await openPhone(browser);
  await signInAs(district, 'district-01');
  await seenIn(district, '.district-tile--training').click();
  await seenIn(district, '.new-course').click();
  await district.waitForURL(/course-new/);
  await seenIn(district, '.course-kinds .chip--choice').filter({ hasText: '线下讲座' }).click();
  await seenIn(district, '.course-title-input input').fill(title);
  await seenIn(district, '.course-summary-input textarea').fill('邀请区纪委解读亲清政商关系的规定与典型案例。');
  await seenIn(district, '.course-hours-input input').fill('2');
  await seenIn(district, '.course-venue-input input').fill('浦东新区行政中心 2 号楼报告厅');
  await screenshot(district, 'training-lecture-new');
  await seenIn(district, '.submit-button').click();
  await district.waitForURL(/course-admin/);
  await seenIn(district, '.publish-button').click();
  await seenIn(district, '.taro-modal__foot').getByText('确定').click();
  await seenIn(district, '.course-status').filter({ hasText: '已发布' }).waitFor();
  const code = (await seenIn(district, '.sign-in-card__code').innerText()).trim();
  assert.match(code, /^[2-9A-HJKMNP-Z]{6}$/);
  await screenshot(district, 'training-lecture-sign-in-code');

  const steward = await openPhone(browser);
  await signInAs(steward, 'steward-01');
  await seenIn(steward, '.fieldwork-entry--training').click();
  await seenIn(steward, '.sign-in-entry').click();
  await steward.waitForURL(/training-sign-in/);
  await seenIn(steward, '.sign-in-code-input input').fill('ABCDEF');
  await seenIn(steward, '.sign-in-button').click();
  await seen(steward, '签到码不正确，请核对后重新输入').waitFor();
  await seenIn(steward, '.sign-in-code-input input').fill(code.toLowerCase());
  await screenshot(steward, 'training-sign-in');
  await seenIn(steward, '.sign-in-button').click();
  const done = seenIn(steward, '.sign-in-done');
  await done.waitFor();
  assert.match(await done.innerText(), new RegExp(`已签到「${title}」，计 2 学时`));
  await screenshot(steward, 'training-sign-in-done');

  // The unit sees its steward's hours; the district sees the unit's.
  const unit = await openPhone(browser);
  await signInAs(unit, 'unit-admin-z01');
  await seenIn(unit, '.entry-grid__item').filter({ hasText: '管家培训' }).click();
  await unit.waitForURL(/unit\/pages\/training/);
  // Nobody is overdue yet: the first tab says so; every steward is on the other.
  await seen(unit, '没有逾期未完成必修课程的管家').waitFor();
  await seenIn(unit, '.tabs--stewards .tabs__tab').filter({ hasText: '全部管家' }).click();
  await seenIn(unit, '.training-stats-list .training-stats-row').first().waitFor();
  assert.match(await seenIn(unit, '.training-stats-total').innerText(), /学时 [1-9]/);
  await screenshot(unit, 'training-unit-stats');
  await signInAs(district, 'district-01');
  await seenIn(district, '.district-tile--training').click();
  await district.waitForURL(/district\/pages\/courses/);
  await screenshot(district, 'training-district-courses');
  await seenIn(district, '.training-stats-link').click();
  await district.waitForURL(/training-stats/);
  await seenIn(district, '.training-stats-total').waitFor();
  await screenshot(district, 'training-district-units');
  await seenIn(district, '.training-stats-row--link').filter({ hasText: '陆家嘴管理局' }).first().click();
  await district.waitForURL(/unitId=/);
  await seenIn(district, '.tabs--stewards .tabs__tab').filter({ hasText: '全部管家' }).click();
  await seenIn(district, '.training-stats-list .training-stats-row').first().waitFor();
  await screenshot(district, 'training-district-stats');
});
