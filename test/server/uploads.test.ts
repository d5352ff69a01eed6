import { DEMO, dataOf, openTestCloud, type TestCloud } from '../support/test-cloud';
import { VIDEO } from './training-fixtures';

const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(200, 1)]);
const PDF = Buffer.from('%PDF-1.7\n%âãÏÓ\n1 0 obj <<>> endobj\n');
const JPG = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(100, 2)]);

/**
 * Files are tied to the person who uploaded them: the server issues each upload a path in the
 * uploader's own folder, and an action takes only files at paths issued to its caller (or
 * already on the record), whose content is what their name says.
 */
describe('uploads tied to their owner', () => {
  let t: TestCloud;
  beforeEach(() => {
    t = openTestCloud();
  });
  afterEach(() => t.close());

  const demand = (attachments: Array<{ fileID: string; name: string }>) => ({
    category: '其他', title: '附件归属测试', description: '用于测试附件只能由上传者本人引用。', attachments,
  });
  const demandCount = async () => (await t.read('demands')).length;
  /** 代提 names the enterprise, the department and the complexity (it is dispatched at once). */
  const onBehalf = { enterpriseId: 'ent-001', departmentId: 'dept-01', complexity: 'simple' };

  it('issues each upload a fresh path in the caller own folder, for a purpose their role uploads for', async () => {
    const first = dataOf(await t.as(DEMO.enterprise).call('file.uploadTarget', { purpose: 'demand', name: '营业执照.PDF' }));
    const second = dataOf(await t.as(DEMO.enterprise).call('file.uploadTarget', { purpose: 'demand', name: '营业执照.PDF' }));
    expect(first.cloudPath).toMatch(/^uploads\/u-ent-001\/demand\/[0-9a-f]{32}\.pdf$/);
    expect(second.cloudPath).not.toBe(first.cloudPath);
    expect(await t.as(DEMO.enterprise).call('file.uploadTarget', { purpose: 'demand', name: 'page.html' })).toMatchObject({
      ok: false, error: { code: 'VALIDATION_FAILED', fields: { name: '附件「page.html」格式不支持，只能上传图片（JPG/PNG）或 PDF' } },
    });
    expect(await t.as(DEMO.department).call('file.uploadTarget', { purpose: 'demand', name: 'a.pdf' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });

  it('refuses a demand citing another user uploaded file, and gives no link to it', async () => {
    const theirs = await t.upload(DEMO.otherEnterprise, 'demand', '财务报表.pdf', PDF);
    const before = await demandCount();
    const reply = await t.as(DEMO.enterprise).call('demand.submit', demand([{ fileID: theirs, name: '财务报表.pdf' }]));
    expect(reply).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', fields: { 'attachments.0': '附件「财务报表.pdf」不是您本人上传的文件，请重新上传' } } });
    expect(JSON.stringify(reply)).not.toContain('/local/storage/');
    expect(await demandCount()).toBe(before);
    // The steward may not cite it on the enterprise's behalf either.
    expect(await t.as(DEMO.steward).call('demand.submit', { ...demand([{ fileID: theirs, name: 'x.pdf' }]), ...onBehalf })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });

  it('refuses a file put in storage without an issued path, and one issued for another purpose', async () => {
    const stray = (await t.cloud.sdk.uploadFile({ cloudPath: 'demands/anything/scan.pdf', fileContent: PDF })).fileID;
    expect(await t.as(DEMO.enterprise).call('demand.submit', demand([{ fileID: stray, name: 'scan.pdf' }]))).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    const forged = stray.replace('demands/anything/scan.pdf', `uploads/u-ent-001/demand/${'0'.repeat(32)}.pdf`);
    await t.cloud.sdk.uploadFile({ cloudPath: forged.replace(/^cloud:\/\/[^/]+\//, ''), fileContent: PDF });
    expect(await t.as(DEMO.enterprise).call('demand.submit', demand([{ fileID: forged, name: 'scan.pdf' }]))).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    const photo = await t.upload(DEMO.steward, 'checkIn', 'photo.png', PNG);
    expect(await t.as(DEMO.steward).call('demand.submit', { ...demand([{ fileID: photo, name: 'photo.png' }]), ...onBehalf })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });

  it('checks every file type by its first bytes against its name', async () => {
    const pdfNamedPng = await t.upload(DEMO.enterprise, 'demand', 'scan.png', PDF);
    expect(await t.as(DEMO.enterprise).call('demand.submit', demand([{ fileID: pdfNamedPng, name: 'scan.png' }]))).toMatchObject({
      ok: false, error: { code: 'VALIDATION_FAILED', fields: { 'attachments.0': '附件「scan.png」的内容与文件类型不符，请重新选择文件' } },
    });
    // A PDF uploaded as .pdf and then cited under an .html name.
    const pdf = await t.upload(DEMO.enterprise, 'demand', 'scan.pdf', PDF);
    expect(await t.as(DEMO.enterprise).call('demand.submit', demand([{ fileID: pdf, name: 'scan.html' }]))).toMatchObject({ ok: false, error: { fields: { 'attachments.0': expect.stringContaining('格式不支持') } } });
    const jpgNamedPdf = await t.upload(DEMO.enterprise, 'demand', 'scan.pdf', JPG);
    expect(await t.as(DEMO.enterprise).call('demand.submit', demand([{ fileID: jpgNamedPdf, name: 'scan.pdf' }]))).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED' } });
    const created = dataOf(await t.as(DEMO.enterprise).call('demand.submit', demand([{ fileID: pdf, name: 'scan.pdf' }, { fileID: await t.upload(DEMO.enterprise, 'demand', 'a.jpeg', JPG), name: 'a.jpeg' }])));
    const detail = dataOf(await t.as(DEMO.enterprise).call('demand.get', { id: created.id }));
    expect(detail.attachments.map((a: { contentType: string }) => a.contentType)).toEqual(['application/pdf', 'image/jpeg']);
  });

  it('lets materials supplied keep the files already on the demand, whoever uploaded them, but add only the caller own', async () => {
    const stewards = await t.upload(DEMO.steward, 'demand', '现场照片.png', PNG);
    // 代提: the steward's photo is on the demand, which goes to the department at once.
    const { id } = dataOf(await t.as(DEMO.steward).call('demand.submit', { ...demand([{ fileID: stewards, name: '现场照片.png' }]), ...onBehalf }));
    const version = async () => dataOf(await t.as('dept-01').call('demand.get', { id })).version;
    dataOf(await t.as('dept-01').call('demand.accept', { id, version: await version() }));
    dataOf(await t.as('dept-01').call('demand.requestMaterials', { id, version: await version(), note: '请补充具体需求和材料' }));
    const mine = await t.upload(DEMO.enterprise, 'demand', '补充说明.pdf', PDF);
    const theirs = await t.upload(DEMO.otherEnterprise, 'demand', '别家材料.pdf', PDF);
    const supply = async (attachments: Array<{ fileID: string; name: string }>) =>
      t.as(DEMO.enterprise).call('demand.supplyMaterials', { id, version: await version(), note: '补充了具体需求和材料', attachments });
    expect(await supply([{ fileID: stewards, name: '现场照片.png' }, { fileID: theirs, name: '别家材料.pdf' }])).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', fields: { 'attachments.1': expect.any(String) } } });
    dataOf(await supply([{ fileID: stewards, name: '现场照片.png' }, { fileID: mine, name: '补充说明.pdf' }]));
    const detail = dataOf(await t.as(DEMO.enterprise).call('demand.get', { id }));
    expect(detail.attachments.map((a: { name: string }) => a.name)).toEqual(['现场照片.png', '补充说明.pdf']);
  });

  it('holds check-in photos, policy attachments and import files to the same rule', async () => {
    const visit = { enterpriseId: 'ent-001', type: '上门走访', at: new Date().toISOString(), who: '总经理', topics: '了解企业近期经营情况', outcome: '企业运行平稳' };
    const checkIn = (photoFileIds: string[]) => ({ ...visit, checkIn: { at: new Date().toISOString(), latitude: 31.23, longitude: 121.5, photoFileIds } });
    const liaisonsPhoto = await t.upload(DEMO.liaison, 'checkIn', 'p.jpg', JPG);
    expect(await t.as(DEMO.steward).call('contact.record', checkIn([liaisonsPhoto]))).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', fields: { 'checkIn.photoFileIds.0': expect.any(String) } } });
    const notAPhoto = await t.upload(DEMO.steward, 'checkIn', 'p.jpg', PDF);
    expect(await t.as(DEMO.steward).call('contact.record', checkIn([notAPhoto]))).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED' } });
    dataOf(await t.as(DEMO.steward).call('contact.record', checkIn([await t.upload(DEMO.steward, 'checkIn', 'p.jpg', JPG)])));

    const policy = { title: '浦东新区科技企业贷款贴息', summary: '对区内科技型中小企业的银行贷款给予贴息支持。', issuer: '区科经委', validFrom: '2026-01-01', validTo: '2026-12-31', industries: [], tags: [] };
    const enterprisesFile = await t.upload(DEMO.enterprise, 'demand', '政策原文.pdf', PDF);
    expect(await t.as(DEMO.district).call('policy.create', { ...policy, attachmentFileId: enterprisesFile })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', fields: { attachmentFileId: expect.any(String) } } });
    const created = dataOf(await t.as(DEMO.district).call('policy.create', { ...policy, attachmentFileId: await t.upload(DEMO.district, 'policy', '政策原文.pdf', PDF) }));
    expect(created.id).toEqual(expect.any(String));

    const othersSheet = await t.upload(DEMO.enterprise, 'demand', 'list.pdf', PDF);
    expect(await t.as(DEMO.district).call('enterprise.import', { fileID: othersSheet })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', fields: { fileID: expect.any(String) } } });
  });

  it('holds integrity attachments to the rule, for any bound reporter, and logs none of their names', async () => {
    let requests = 0;
    const report = (openid: string, attachments: Array<{ fileID: string; name: string }>) => t.as(openid).call('integrity.submit', {
      category: '干预企业正常经营', description: '服务管家多次要求我司使用其指定的咨询公司办理申报。', anonymous: true, clientRequestId: `req-upload-${++requests}`, attachments,
    });
    const theirs = await t.upload(DEMO.otherEnterprise, 'integrity', '聊天记录.png', PNG);
    expect(await report(DEMO.enterprise, [{ fileID: theirs, name: '聊天记录.png' }])).toMatchObject({
      ok: false, error: { code: 'FORBIDDEN', fields: { 'attachments.0': '附件不是您本人上传的文件，请重新上传' } },
    });
    // The caller's own file, but uploaded for a demand.
    const demandFile = await t.upload(DEMO.enterprise, 'demand', '营业执照.pdf', PDF);
    expect(await report(DEMO.enterprise, [{ fileID: demandFile, name: '营业执照.pdf' }])).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    const pdfNamedPng = await t.upload(DEMO.enterprise, 'integrity', '截图.png', PDF);
    expect(await report(DEMO.enterprise, [{ fileID: pdfNamedPng, name: '截图.png' }])).toMatchObject({
      ok: false, error: { code: 'VALIDATION_FAILED', fields: { 'attachments.0': '附件的内容与文件类型不符，请重新选择文件' } },
    });
    expect(await t.as(DEMO.enterprise).call('file.uploadTarget', { purpose: 'integrity', name: '录音.m4a' })).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED', fields: { name: '附件格式不支持，只能上传图片（JPG/PNG）或 PDF' } } });
    expect(await t.read('integrity_reports')).toHaveLength(0);

    // A steward reports too, with its own file; the district reads it.
    const { id } = dataOf(await report(DEMO.otherSteward, [{ fileID: await t.upload(DEMO.otherSteward, 'integrity', '录音整理.pdf', PDF), name: '录音整理.pdf' }]));
    const [stored] = await t.read('integrity_reports', { _id: id });
    expect(stored.attachments).toEqual([{ fileID: expect.stringContaining('/uploads/u-steward-02/integrity/'), name: '录音整理.pdf', contentType: 'application/pdf', size: PDF.length }]);
    expect(dataOf(await t.as(DEMO.district).call('integrity.get', { id })).attachments).toEqual([{ name: '录音整理.pdf', url: expect.stringMatching(/^http/) }]);
    // Any district admin reads the audit log, but a report only where the read is logged: no file name of the channel is in the log.
    const log = JSON.stringify(await t.read('audit_log'));
    expect(log).toContain('准备上传附件');
    for (const name of ['聊天记录', '截图', '录音']) expect(log).not.toContain(name);
  });

  it('holds course material to the rule: the district own uploads, an MP4 that is one', async () => {
    const course = (material: object) => t.as(DEMO.district).call('course.create', { kind: 'online', title: '服务包政策解读', summary: '面向服务管家的政策解读课程。', hours: 1, material });
    const courseCount = async () => (await t.read('courses')).length;
    const before = await courseCount();
    expect(await t.as(DEMO.steward).call('file.uploadTarget', { purpose: 'course', name: 'talk.mp4' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await t.as(DEMO.district).call('file.uploadTarget', { purpose: 'course', name: 'talk.mov' })).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED', fields: { name: expect.stringContaining('格式不支持') } } });

    const pdfNamedMp4 = await t.upload(DEMO.district, 'course', 'talk.mp4', PDF);
    expect(await course({ type: 'video', file: { fileID: pdfNamedMp4, name: 'talk.mp4' } })).toMatchObject({
      ok: false, error: { code: 'VALIDATION_FAILED', fields: { 'material.file': '课程材料「talk.mp4」的内容与文件类型不符，请重新选择文件' } },
    });
    // The district's own video, but uploaded as a policy attachment; and one put in storage without an issued path.
    const policyFile = await t.upload(DEMO.district, 'policy', '政策原文.pdf', PDF);
    expect(await course({ type: 'video', file: { fileID: policyFile, name: '政策原文.pdf' } })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', fields: { 'material.file': expect.any(String) } } });
    const stray = (await t.cloud.sdk.uploadFile({ cloudPath: 'training/anything/0.mp4', fileContent: VIDEO })).fileID;
    expect(await course({ type: 'video', file: { fileID: stray, name: 'talk.mp4' } })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    const enterprisesPicture = await t.upload(DEMO.enterprise, 'demand', 'page.png', PNG);
    expect(await course({ type: 'document', name: '工作规范', pages: [{ fileID: enterprisesPicture, name: 'page.png' }] })).toMatchObject({
      ok: false, error: { code: 'FORBIDDEN', fields: { 'material.pages.0': '课程材料「page.png」不是您本人上传的文件，请重新上传' } },
    });
    expect(await courseCount()).toBe(before);

    const video = await t.upload(DEMO.district, 'course', '政策解读.mp4', VIDEO);
    expect(dataOf(await course({ type: 'video', file: { fileID: video, name: '政策解读.mp4' } })).material).toMatchObject({ type: 'video', durationSeconds: 4 });
    const [stored] = await t.read('courses', { title: '服务包政策解读' });
    expect(stored.material.file).toEqual({ fileID: video, name: '政策解读.mp4', contentType: 'video/mp4', size: VIDEO.length });
  });

  it('holds research plan files to the rule: the steward own uploads only', async () => {
    const plan = (openid: string, planFiles: Array<{ fileID: string; name: string }>) => t.as(openid).call('research.plan', {
      enterpriseId: 'ent-001', date: '2099-01-05', leaders: '副区长 王强', topics: '了解企业扩产计划和用地需求', accompanying: '', stewardAccompanies: true, planFiles,
    });
    expect(await t.as(DEMO.liaison).call('file.uploadTarget', { purpose: 'researchPlan', name: '方案.pdf' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    const othersPlan = await t.upload(DEMO.otherSteward, 'researchPlan', '调研方案.pdf', PDF);
    expect(await plan(DEMO.steward, [{ fileID: othersPlan, name: '调研方案.pdf' }])).toMatchObject({
      ok: false, error: { code: 'FORBIDDEN', fields: { 'planFiles.0': '调研方案「调研方案.pdf」不是您本人上传的文件，请重新上传' } },
    });
    const pngNamedPdf = await t.upload(DEMO.steward, 'researchPlan', '调研方案.pdf', PNG);
    expect(await plan(DEMO.steward, [{ fileID: pngNamedPdf, name: '调研方案.pdf' }])).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED', fields: { 'planFiles.0': expect.stringContaining('内容与文件类型不符') } } });
    expect(await t.read('research_visits', { status: 'planned' })).toHaveLength(0);
    const mine = await t.upload(DEMO.steward, 'researchPlan', '调研方案.pdf', PDF);
    expect(dataOf(await plan(DEMO.steward, [{ fileID: mine, name: '调研方案.pdf' }])).planFiles).toEqual([expect.objectContaining({ name: '调研方案.pdf', contentType: 'application/pdf' })]);
  });

  it('names no file the caller did not name when refusing another person upload', async () => {
    // A check-in takes fileIDs without names: the refusal must not tell the steward what the reporter called the file.
    const reporters = await t.upload(DEMO.enterprise, 'integrity', '管家索要好处的聊天记录.jpg', JPG);
    const visit = { enterpriseId: 'ent-001', type: '上门走访', at: new Date().toISOString(), who: '总经理', topics: '了解企业近期经营情况', outcome: '企业运行平稳' };
    const reply = await t.as(DEMO.steward).call('contact.record', { ...visit, checkIn: { at: new Date().toISOString(), latitude: 31.23, longitude: 121.5, photoFileIds: [reporters] } });
    expect(reply).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', message: '照片不是您本人上传的文件，请重新上传' } });
    expect(JSON.stringify(reply)).not.toContain('聊天记录');
  });

  it('hands out download links that expire in ten minutes', async () => {
    const fileID = await t.upload(DEMO.enterprise, 'demand', 'site.png', PNG);
    const { id } = dataOf(await t.as(DEMO.enterprise).call('demand.submit', demand([{ fileID, name: 'site.png' }])));
    const [attachment] = dataOf(await t.as(DEMO.enterprise).call('demand.get', { id })).attachments;
    const expires = Number(new URL(attachment.url).searchParams.get('expires'));
    expect(expires - Date.now() / 1000).toBeGreaterThan(590);
    expect(expires - Date.now() / 1000).toBeLessThanOrEqual(601);
  });
});
