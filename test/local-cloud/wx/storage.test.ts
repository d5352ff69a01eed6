import { DEFAULT_TEMP_URL_SECONDS } from '../../../local-cloud/wx/storage';
import { openTestCloud, type TestCloud } from '../../support/test-cloud';

/** Cloud storage as CloudBase's private bucket: temporary URLs last as long as asked (a day by default), then are refused. */
describe('local cloud storage: temporary URLs', () => {
  let t: TestCloud;
  let fileID: string;
  beforeAll(async () => {
    t = openTestCloud({ seed: false });
    fileID = (await t.cloud.sdk.uploadFile({ cloudPath: 'exports/report.xlsx', fileContent: Buffer.from('PK') })).fileID;
  });
  afterAll(() => t.close());

  const parts = (url: string) => {
    const u = new URL(url);
    return { path: decodeURIComponent(u.pathname.replace('/local/storage/', '')), expires: u.searchParams.get('expires'), sign: u.searchParams.get('sign') };
  };

  it('lasts maxAge seconds when asked, a day otherwise, as getTempFileURL answers', async () => {
    const now = Date.now();
    const { fileList } = await t.cloud.sdk.getTempFileURL({ fileList: [{ fileID, maxAge: 600 }, fileID] });
    expect(fileList.map((f) => [f.status, f.maxAge])).toEqual([[0, 600], [0, DEFAULT_TEMP_URL_SECONDS]]);
    const [short, long] = fileList.map((f) => parts(f.tempFileURL));
    expect(Number(short.expires) - Math.floor(now / 1000)).toBeGreaterThanOrEqual(600);
    expect(Number(short.expires) - Math.floor(now / 1000)).toBeLessThanOrEqual(601);
    expect(Number(long.expires) - Number(short.expires)).toBeGreaterThanOrEqual(DEFAULT_TEMP_URL_SECONDS - 601);
  });

  it('refuses a link after it expires, a tampered link and a path without one', async () => {
    const { fileList } = await t.cloud.sdk.getTempFileURL({ fileList: [{ fileID, maxAge: 60 }] });
    const link = parts(fileList[0].tempFileURL);
    expect(t.cloud.storage.check(link.path, link.expires, link.sign)).toBe('ok');
    expect(t.cloud.storage.check(link.path, link.expires, link.sign, Date.now() + 61_000)).toBe('expired');
    expect(t.cloud.storage.check(link.path, String(Number(link.expires) + 3600), link.sign)).toBe('invalid');
    expect(t.cloud.storage.check('exports/other.xlsx', link.expires, link.sign)).toBe('invalid');
    expect(t.cloud.storage.check(link.path, null, null)).toBe('invalid');
  });

  it('answers a missing file with status 1 and no link', async () => {
    const { fileList } = await t.cloud.sdk.getTempFileURL({ fileList: ['cloud://local.local/exports/missing.xlsx'] });
    expect(fileList[0]).toMatchObject({ status: 1, tempFileURL: '' });
  });
});
