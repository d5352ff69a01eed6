import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser } from 'playwright-core';
import type { DemandDetail } from '../../src/core/demand/demand.model';
import { launchBrowser, openPhone, screenshot, seen, seenIn, signInAs } from './support/browser';
import { backOnDetail, callAs, noteStep, statusIs, tapStep } from './support/demand-flow';
import { pickOption } from './support/taro-picker';

let browser: Browser;
before(async () => {
  browser = await launchBrowser();
});
after(() => browser?.close());

const title = `跨境电商出口退税咨询 ${Date.now() % 100000}`;

/** Submitted by ent-001 and dispatched by its steward to 区商务委 (both clicked through in demand-lifecycle). */
async function demandAtCommerceBureau(): Promise<string> {
  const { id } = await callAs<{ id: string }>('ent-001', 'demand.submit', {
    category: '政策咨询',
    title,
    description: '企业拟开展跨境电商出口业务，希望了解出口退税的办理流程和时限。',
  });
  const { version } = await callAs<DemandDetail>('steward-01', 'demand.get', { id });
  await callAs('steward-01', 'demand.dispatch', { id, version, departmentId: 'dept-03', complexity: 'simple', note: '' });
  return id;
}

test('a department returns a demand that is not its own and the district re-routes it', async () => {
  const id = await demandAtCommerceBureau();

  // 区商务委 finds it among the demands to accept and returns it as not its own.
  const commerce = await openPhone(browser);
  await signInAs(commerce, 'dept-03');
  await seenIn(commerce, '.demand-count-cell--accept').click();
  await commerce.waitForURL(/department\/pages\/demands/);
  await seenIn(commerce, '.demand-item').filter({ hasText: title }).click();
  await commerce.waitForURL(/demand-detail/);
  await tapStep(commerce, '非本部门职责，退回');
  await seenIn(commerce, '.note-step-form textarea').fill('出口退税由区税务局办理，建议改派');
  await screenshot(commerce, 'department-return-misrouted');
  await seen(commerce, '确认退回').click();
  // It leaves the department's scope: back to the list, where it no longer shows.
  await commerce.waitForURL(/department\/pages\/demands/);
  await seen(commerce, '暂无“待受理”的诉求').or(seenIn(commerce, '.demand-item').first()).waitFor();
  // The list shown on the way back is refreshed: once it is, the returned demand is gone from it.
  await seenIn(commerce, '.demand-item').filter({ hasText: title }).waitFor({ state: 'detached' });

  // The district sees it counted on the home tile, and re-routes it to 区科经委.
  const district = await openPhone(browser);
  await signInAs(district, 'district-01');
  const tile = seenIn(district, '.district-tile--reroute');
  await tile.locator('.district-tile__badge').waitFor();
  await screenshot(district, 'district-home-reroute');
  await tile.click();
  await district.waitForURL(/demand-reroute/);
  await seenIn(district, '.demand-item').filter({ hasText: title }).click();
  await district.waitForURL(/demand-detail/);
  await statusIs(district, '待区科经委重新派单');
  await seen(district, /^区科经委重新派单 · \d+月\d+日前$/).waitFor();
  await tapStep(district, '重新派单');
  await district.waitForURL(/demand-reroute.*id=/);
  await seen(district, /出口退税由区税务局办理/).waitFor();
  await seen(district, '已退回过的部门：区商务委').waitFor();
  await pickOption(district, '.department-picker', '区科经委');
  await seenIn(district, '.reroute-note textarea').fill('涉及跨境电商扶持政策，由区科经委牵头会同税务办理');
  await screenshot(district, 'district-reassign');
  await seenIn(district, '.submit-button').click();
  await backOnDetail(district);
  await statusIs(district, '已派单');
  await seenIn(district, '.demand-department').filter({ hasText: '区科经委' }).waitFor();

  // 区科经委 now has it to accept.
  const sci = await openPhone(browser);
  await signInAs(sci, 'dept-01');
  await seenIn(sci, '.demand-count-cell--accept').click();
  await sci.waitForURL(/department\/pages\/demands/);
  await seenIn(sci, '.demand-item').filter({ hasText: title }).click();
  await sci.waitForURL(/demand-detail/);
  await seen(sci, /区科经委重新指定承办部门：区科经委/).waitFor();
  await noteStep(sci, '受理', '', '确认受理');
  await statusIs(sci, '办理中');
  await sci.waitForTimeout(1500); // the 已受理 toast
  await screenshot(sci, 'department-after-reroute');
  assert.ok(id);
});
