import ExcelJS from 'exceljs';
import { creditCodeCheckChar } from '@/core/credit-code';
import { distanceMeters } from '@/core/contact/geo';
import { DEMO, dataOf, openTestCloud, type TestCloud } from '../support/test-cloud';

const TINY_PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAAAElFTkSuQmCC', 'base64');
// 陆家嘴: the enterprise's point, a spot 300 m away, and one 2 km away.
const AT = { latitude: 31.2397, longitude: 121.4998 };
const NEAR = { latitude: 31.2424, longitude: 121.4998 };
const FAR = { latitude: 31.2577, longitude: 121.4998 };

/**
 * Locations and check-ins: the district and the unit set where an enterprise is; an on-site
 * check-in farther than 1 km from it is flagged on the record (indexed), listed for the unit,
 * and the visit's photos come back with the history.
 */
describe('enterprise locations and flagged check-ins', () => {
  let t: TestCloud;
  beforeEach(() => {
    t = openTestCloud();
  });
  afterEach(() => t.close());

  const visit = (enterpriseId: string, where: { latitude: number; longitude: number }, photoFileIds: string[] = []) =>
    t.as(DEMO.steward).call('contact.record', {
      enterpriseId, type: '上门走访', at: new Date(Date.now() - 60_000).toISOString(), who: '总经理', topics: '走访了解扩产计划', outcome: '企业将提交用地诉求',
      checkIn: { at: new Date().toISOString(), ...where, photoFileIds },
    });
  const locationOf = async (id: string) => dataOf(await t.as(DEMO.district).call('enterprise.get', { id })).location;

  it('lets the district and the unit set the location and address; the unit still may not rename', async () => {
    dataOf(await t.as(DEMO.district).call('enterprise.update', { id: 'ent-001', location: AT }));
    expect(await locationOf('ent-001')).toEqual(AT);
    const moved = dataOf(await t.as(DEMO.unitAdmin).call('enterprise.update', { id: 'ent-001', address: '上海市浦东新区陆家嘴环路 1000 号', location: NEAR }));
    expect(moved).toMatchObject({ address: '上海市浦东新区陆家嘴环路 1000 号', location: NEAR });
    expect(await t.as(DEMO.unitAdmin).call('enterprise.update', { id: 'ent-001', name: '上海改名科技有限公司' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await t.as(DEMO.otherUnitAdmin).call('enterprise.update', { id: 'ent-001', location: AT })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await t.as(DEMO.district).call('enterprise.update', { id: 'ent-001', location: { latitude: 95, longitude: 121 } })).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED' } });
    dataOf(await t.as(DEMO.district).call('enterprise.update', { id: 'ent-001', location: null }));
    expect(await locationOf('ent-001')).toBeUndefined();
  });

  it('flags a check-in more than 1 km away, lists it for the unit, and leaves a near one alone', async () => {
    dataOf(await t.as(DEMO.district).call('enterprise.update', { id: 'ent-001', location: AT }));
    const near = dataOf(await visit('ent-001', NEAR));
    expect(near.checkIn).toEqual({ distanceMeters: distanceMeters(NEAR, AT) });
    const far = dataOf(await visit('ent-001', FAR));
    expect(far.checkIn).toEqual({ distanceMeters: distanceMeters(FAR, AT), flag: 'far' });
    expect(far.checkIn.distanceMeters).toBeGreaterThan(1000);
    expect((await t.read('contacts', { _id: far.id }))[0].checkInFlag).toBe('far');

    // The newest first: this one, then the demo's far visit to ent-005.
    const flagged = dataOf(await t.as(DEMO.unitAdmin).call('contact.list', { checkInFlag: 'far' }));
    expect(flagged.items.map((c: { id: string }) => c.id)).toEqual([far.id, 'contact-ent-005-visit']);
    expect(flagged.items[0].checkIn).toMatchObject({ flag: 'far', distanceMeters: far.checkIn.distanceMeters });
    expect(dataOf(await t.as(DEMO.district).call('contact.list', { checkInFlag: 'far' })).items.map((c: { id: string }) => c.id)).toContain(far.id);
    expect(dataOf(await t.as(DEMO.otherUnitAdmin).call('contact.list', { checkInFlag: 'far' })).items).toEqual([]);
    const [entry] = dataOf(await t.as(DEMO.district).call('audit.list', { recordId: far.id })).items;
    expect(entry.summary).toContain('已标记');

    // With no location there is nothing to measure against: flagged as such, not as far.
    dataOf(await t.as(DEMO.district).call('enterprise.update', { id: 'ent-002', location: null }));
    expect(dataOf(await visit('ent-002', FAR)).checkIn).toEqual({ distanceMeters: null, flag: 'no_location' });
  });

  it('shows the visit photos in the history, each with a link', async () => {
    const fileID = await t.upload(DEMO.steward, 'checkIn', 'photo-1.png', TINY_PNG);
    const { id } = dataOf(await visit('ent-001', NEAR, [fileID]));
    const [record] = dataOf(await t.as(DEMO.enterprise).call('contact.list', {})).items.filter((c: { id: string }) => c.id === id);
    expect(record.photos).toEqual([{ fileId: fileID, url: expect.stringMatching(/^http/) }]);
    const profile = dataOf(await t.as(DEMO.unitAdmin).call('enterprise.profile', { id: 'ent-001' }));
    expect(profile.contacts.find((c: { id: string }) => c.id === id).photos[0].url).toEqual(expect.any(String));
  });

  it('imports the location from the 纬度 and 经度 columns, both or neither', async () => {
    const code = (n: number) => {
      const body = `91310115MA1K5LC${n}X`;
      return body + creditCodeCheckChar(body);
    };
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('企业清单');
    sheet.addRow(['企业名称', '统一社会信用代码', '行业', '地址', '属地单位', '标签', '纬度', '经度']);
    sheet.addRow(['上海定位导入一号有限公司', code(1), '人工智能', '上海市浦东新区科苑路 1 号', '张江管理局', '', 31.2031, 121.5902]);
    sheet.addRow(['上海定位导入二号有限公司', code(2), '人工智能', '上海市浦东新区科苑路 2 号', '张江管理局', '', '', '']);
    const upload = async (b: ExcelJS.Workbook) => t.upload(DEMO.district, 'import', '企业清单.xlsx', Buffer.from(await b.xlsx.writeBuffer()));
    expect(dataOf(await t.as(DEMO.district).call('enterprise.import', { fileID: await upload(book) }))).toEqual({ imported: 2, errors: [] });
    expect((await t.read('enterprises', { creditCode: code(1) }))[0].location).toEqual({ latitude: 31.2031, longitude: 121.5902 });
    expect((await t.read('enterprises', { creditCode: code(2) }))[0].location).toBeUndefined();

    sheet.addRow(['上海定位导入三号有限公司', code(3), '人工智能', '上海市浦东新区科苑路 3 号', '张江管理局', '', 31.2, '']);
    const reply = await t.as(DEMO.district).call('enterprise.import', { fileID: await upload(book) });
    expect(reply).toMatchObject({ ok: false, error: { code: 'IMPORT_REJECTED' } });
    if (!reply.ok) expect(reply.error.details).toContainEqual({ row: 4, column: '纬度', message: '纬度和经度须同时填写' });
  });
});
