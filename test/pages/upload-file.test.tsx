/** uploadFile's two transports: CloudBase storage on weapp, the local server's /local/upload on H5. */
export {};
type CloudModule = typeof import('@/services/cloud');
type TaroDouble = typeof import('../doubles/taro');

function loadFor(target: 'weapp' | 'h5') {
  const previous = process.env.TARO_ENV;
  process.env.TARO_ENV = target;
  let loaded: { client: CloudModule; taro: TaroDouble } | undefined;
  jest.isolateModules(() => {
    loaded = { client: jest.requireActual('@/services/cloud'), taro: jest.requireActual('../doubles/taro') };
  });
  process.env.TARO_ENV = previous;
  return loaded!;
}

afterEach(() => {
  delete (globalThis as { fetch?: unknown }).fetch;
});

describe('uploadFile on H5', () => {
  it('posts the raw bytes with the token and answers the fileID', async () => {
    const { client, taro } = loadFor('h5');
    taro.taroDouble.storage.set('local-session-token', 'tok-1');
    const fetchMock = jest.fn(async () => ({ ok: true, status: 200, json: async () => ({ fileID: 'cloud://env.local/imports/a.xlsx' }) }));
    Object.assign(globalThis, { fetch: fetchMock });
    const file = new Blob(['PK']);

    await expect(client.uploadFile('imports/a b.xlsx', file)).resolves.toBe('cloud://env.local/imports/a.xlsx');
    expect(fetchMock).toHaveBeenCalledWith('/local/upload?cloudPath=imports%2Fa%20b.xlsx', {
      method: 'POST',
      body: file,
      headers: { Authorization: 'Bearer tok-1' },
    });
  });

  it('turns a refused or failed upload into a CloudError with a Chinese message', async () => {
    const { client } = loadFor('h5');
    Object.assign(globalThis, { fetch: jest.fn(async () => ({ ok: false, status: 401, json: async () => ({ error: 'sign in first' }) })) });
    await expect(client.uploadFile('imports/a.xlsx', new Blob(['PK']))).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });

    Object.assign(globalThis, { fetch: jest.fn(async () => Promise.reject(new TypeError('Failed to fetch'))) });
    await expect(client.uploadFile('imports/a.xlsx', new Blob(['PK']))).rejects.toMatchObject({ code: 'NETWORK', message: '文件上传失败，请检查网络后重试' });
  });
});

describe('uploadFile on weapp', () => {
  it('uploads the temporary file path to cloud storage', async () => {
    const { client, taro } = loadFor('weapp');
    const upload = jest.fn(async () => ({ fileID: 'cloud://prod-1.bucket/imports/a.xlsx', statusCode: 200, errMsg: 'ok' }));
    Object.assign(taro.cloud, { uploadFile: upload });

    await expect(client.uploadFile('imports/a.xlsx', 'wxfile://tmp_123.xlsx')).resolves.toBe('cloud://prod-1.bucket/imports/a.xlsx');
    expect(upload).toHaveBeenCalledWith({ cloudPath: 'imports/a.xlsx', filePath: 'wxfile://tmp_123.xlsx' });
  });
});
