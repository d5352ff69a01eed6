/** askForReminders' two consent paths: WeChat's dialog on weapp, the local stand-in on H5. */
export {};
type SubscribeModule = typeof import('@/services/subscribe.service');

interface Loaded {
  service: SubscribeModule;
  taro: Record<string, jest.Mock>;
  callAction: jest.Mock;
}

function loadFor(target: 'weapp' | 'h5'): Loaded {
  const previous = process.env.TARO_ENV;
  process.env.TARO_ENV = target;
  let loaded: Loaded | undefined;
  jest.isolateModules(() => {
    jest.doMock('@/services/cloud', () => ({ callAction: jest.fn() }));
    const service = jest.requireActual('@/services/subscribe.service') as SubscribeModule;
    const taro = jest.requireActual('../doubles/taro').default as Record<string, jest.Mock>;
    const { callAction } = jest.requireMock('@/services/cloud') as { callAction: jest.Mock };
    loaded = { service, taro, callAction };
  });
  process.env.TARO_ENV = previous;
  return loaded!;
}

describe('askForReminders on weapp', () => {
  it('records only the templates the person accepted in WeChat\'s dialog', async () => {
    const { service, taro, callAction } = loadFor('weapp');
    taro.requestSubscribeMessage = jest.fn(async () => ({ errMsg: 'requestSubscribeMessage:ok', 'tpl-todo': 'accept', 'tpl-visit-reminder': 'reject' }));
    callAction.mockResolvedValue({ recorded: ['tpl-todo'] });

    await expect(service.askForReminders(['todo', 'visitReminder'])).resolves.toBe(1);
    expect(taro.requestSubscribeMessage).toHaveBeenCalledWith({ tmplIds: ['tpl-todo', 'tpl-visit-reminder'] });
    expect(callAction).toHaveBeenCalledWith('subscription.record', { templateIds: ['tpl-todo'] });
  });

  it('records nothing when the dialog fails or everything is refused', async () => {
    const { service, taro, callAction } = loadFor('weapp');
    taro.requestSubscribeMessage = jest.fn(async () => {
      throw new Error('requestSubscribeMessage:fail can only be invoked by user TAP gesture.');
    });
    await expect(service.askForReminders(['demandStatus'])).resolves.toBe(0);
    expect(callAction).not.toHaveBeenCalled();
  });
});

describe('askForReminders on the local H5 demo', () => {
  it('grants the credits through /local/subscribe with the token, then records them', async () => {
    const { service, taro, callAction } = loadFor('h5');
    taro.setStorageSync('local-session-token', 'tok-9');
    taro.request.mockImplementation(async () => ({ data: { granted: ['tpl-demand-status'] } }));
    callAction.mockResolvedValue({ recorded: ['tpl-demand-status'] });

    await expect(service.askForReminders(['demandStatus'])).resolves.toBe(1);
    expect(taro.request).toHaveBeenCalledWith(
      expect.objectContaining({ url: '/local/subscribe', method: 'POST', data: { templateIds: ['tpl-demand-status'] }, header: expect.objectContaining({ Authorization: 'Bearer tok-9' }) }),
    );
    expect(callAction).toHaveBeenCalledWith('subscription.record', { templateIds: ['tpl-demand-status'] });
  });

  it('uses a template id set for the build over the default', () => {
    process.env.TARO_APP_TPL_TODO = 'mp-console-todo-id';
    const { service } = loadFor('h5');
    delete process.env.TARO_APP_TPL_TODO;
    expect(service.templateIdOf('todo')).toBe('mp-console-todo-id');
    expect(service.templateIdOf('demandStatus')).toBe('tpl-demand-status');
  });
});
