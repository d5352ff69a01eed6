/**
 * The cloud client itself (every page test mocks it). Runs against the Taro double's
 * request / cloud.callFunction, the real transports' only dependencies.
 */
type CloudModule = typeof import('@/services/cloud');
type ErrorModule = typeof import('@/services/cloud-error');
type TaroDouble = typeof import('../doubles/taro');

/**
 * A fresh copy of the client built for one target, as the bundler would see TARO_ENV, with the
 * Taro double and error class from the same module registry.
 */
function loadCloudFor(target: 'weapp' | 'h5') {
  const previous = process.env.TARO_ENV;
  process.env.TARO_ENV = target;
  let loaded: { client: CloudModule; errors: ErrorModule; taro: TaroDouble } | undefined;
  jest.isolateModules(() => {
    loaded = {
      client: jest.requireActual('@/services/cloud'),
      errors: jest.requireActual('@/services/cloud-error'),
      taro: jest.requireActual('../doubles/taro'),
    };
  });
  process.env.TARO_ENV = previous;
  const { client, errors, taro } = loaded!;
  return {
    callAction: client.callAction,
    CloudError: errors.CloudError,
    NETWORK_ERROR_MESSAGE: errors.NETWORK_ERROR_MESSAGE,
    storage: taro.taroDouble.storage,
    request: taro.request as unknown as jest.Mock,
    callFunction: taro.cloud.callFunction as unknown as jest.Mock,
  };
}

describe('callAction on H5 (local demo server)', () => {
  it('posts { action, input } with the stored token and unwraps data', async () => {
    const { callAction, storage, request } = loadCloudFor('h5');
    storage.set('local-session-token', 'tok-1');
    request.mockResolvedValueOnce({ statusCode: 200, data: { result: { ok: true, data: { id: 'd1' } } } });

    await expect(callAction('demand.get', { id: 'd1' })).resolves.toEqual({ id: 'd1' });
    expect(request).toHaveBeenCalledWith(
      expect.objectContaining({
        url: '/local/functions/api',
        method: 'POST',
        data: { action: 'demand.get', input: { id: 'd1' } },
        header: expect.objectContaining({ Authorization: 'Bearer tok-1' }),
      }),
    );
  });

  it('throws the server error with code, message and fields', async () => {
    const { callAction, request, CloudError } = loadCloudFor('h5');
    request.mockResolvedValueOnce({
      statusCode: 200,
      data: { result: { ok: false, error: { code: 'VALIDATION_FAILED', message: '填写有误', fields: { title: '太短' } } } },
    });

    const error = await callAction('demand.get', { id: 'd1' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CloudError);
    expect(error).toMatchObject({ code: 'VALIDATION_FAILED', message: '填写有误', fields: { title: '太短' } });
    expect(request.mock.calls[0][0].header).not.toHaveProperty('Authorization');
  });

  it('turns a failed connection into a NETWORK error', async () => {
    const { callAction, request, NETWORK_ERROR_MESSAGE } = loadCloudFor('h5');
    request.mockRejectedValueOnce(new Error('request:fail'));
    await expect(callAction('session.me')).rejects.toMatchObject({ code: 'NETWORK', message: NETWORK_ERROR_MESSAGE });
  });
});

describe('callAction on weapp', () => {
  it('calls the api cloud function and reads res.result', async () => {
    const { callAction, callFunction, request } = loadCloudFor('weapp');
    callFunction.mockResolvedValueOnce({ result: { ok: true, data: { user: null } } });

    await expect(callAction('session.me')).resolves.toEqual({ user: null });
    expect(callFunction).toHaveBeenCalledWith({ name: 'api', data: { action: 'session.me', input: undefined } });
    expect(request).not.toHaveBeenCalled();
  });

  it('turns a failed call into a NETWORK error', async () => {
    const { callAction, callFunction } = loadCloudFor('weapp');
    callFunction.mockRejectedValueOnce(new Error('cloud.callFunction:fail'));
    await expect(callAction('session.me')).rejects.toMatchObject({ code: 'NETWORK' });
  });
});
