import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { installSdkBridge, openLocalDatabase, type LocalDatabase } from '../db';
import { environmentCollections } from './environment-collections';
import { FUNCTION_SETTINGS, localValues } from '../../src/core/settings';
import type { Database } from '../../server/runtime/cloud-types';
import { callScope, type CallUser, type WXContext } from './call-context';
import { loadCloudFunction, type CloudFunctionModule } from './function-host';
import { interleave, inTurn } from './interleaving';
import { scheduleTimers, type TimerTrigger } from './timers';
import { createWxServerSdk, type LocalWxServerSdk } from '../wx/create-wx-server-sdk';
import { createNodeSdk, type LocalNodeSdk } from '../wx/create-node-sdk';
import { createTicketChecker, loadCustomLoginKey, type CustomLoginKey } from '../wx/custom-login';
import { LocalStorage } from '../wx/storage';
import { createSubscribeMessage } from '../wx/subscribe-message';

export interface LocalCloudOptions {
  /** Folder for the database and stored files; ':memory:' keeps the database in memory. */
  dataDir: string;
  /** Folder holding the bundled functions (cloudfunctions/<name>/index.js + config.json). */
  functionsDir: string;
  env?: string;
  appid?: string;
  /** Base URL that temp file URLs point at (the local server's address). */
  publicUrl?: () => string;
  /**
   * Environment variables of the hosted functions (as set on each function in CloudBase), read
   * when a function is first loaded. Default: the local values of the declared function settings
   * (demo template ids), overridden by the same variables in this process's environment. The
   * environment's custom-login key (CUSTOM_LOGIN_KEY) is added unless given.
   */
  functionEnv?: Record<string, string> | (() => Record<string, string>);
  /**
   * The database, when this cloud hosts functions for another that owns it (a function instance in
   * a worker thread, see function-pool.ts); by default the cloud opens its own in `dataDir`.
   */
  database?: LocalDatabase;
  /** The key that signs storage temp URLs, shared by the instances of one environment. */
  storageSecret?: Buffer;
}

export interface InvokeOptions {
  openid?: string;
  /** A CloudBase custom-login user (the desk console signed in with a ticket). */
  customUserId?: string;
  source?: WXContext['SOURCE'];
}

/** The setting that carries the custom-login private key to the functions that sign tickets. */
export const CUSTOM_LOGIN_KEY_SETTING = 'CUSTOM_LOGIN_KEY';

let lastOpened: LocalCloud | undefined;

export const defaultFunctionEnv = (): Record<string, string> => {
  const env = localValues(FUNCTION_SETTINGS);
  for (const { name } of FUNCTION_SETTINGS) if (process.env[name]) env[name] = process.env[name] as string;
  return env;
};

/** An embedded stand-in for one CloudBase environment: functions, database, storage, openapi, timers. */
export class LocalCloud {
  readonly engine: LocalDatabase;
  readonly sdk: LocalWxServerSdk;
  readonly nodeSdk: LocalNodeSdk;
  /** The environment's custom-login key (the CloudBase console's 私钥), made once per data folder. */
  readonly customLoginKey: CustomLoginKey;
  /** Checks a custom-login ticket as the CloudBase auth service does; answers its custom user id. */
  readonly checkTicket: (ticket: string, now?: number) => string;
  readonly subscribeMessage: ReturnType<typeof createSubscribeMessage>;
  /** Where cloud storage keeps its files. */
  readonly storageDir: string;
  /** Cloud storage (a private bucket): the local server checks its temp URLs. */
  readonly storage: LocalStorage;
  private readonly functions = new Map<string, CloudFunctionModule>();
  private stopTimers?: () => void;

  constructor(private readonly options: LocalCloudOptions) {
    const inMemory = options.dataDir === ':memory:';
    const storageDir = inMemory ? path.join(tmpdir(), `local-cloud-${process.pid}-${Date.now()}`) : path.join(options.dataDir, 'storage');
    this.storageDir = storageDir;
    if (!inMemory) mkdirSync(options.dataDir, { recursive: true });
    this.engine = options.database ?? openLocalDatabase({ dir: options.dataDir, collections: environmentCollections() });
    installSdkBridge(() => ((callScope.getStore()?.cloud as LocalCloud | undefined) ?? lastOpened ?? this).engine, inTurn);
    const env = options.env ?? 'local';
    this.customLoginKey = loadCustomLoginKey(options.dataDir, env);
    this.checkTicket = createTicketChecker(this.customLoginKey);
    this.nodeSdk = createNodeSdk(env);
    this.storage = new LocalStorage(storageDir, env, options.publicUrl ?? (() => 'http://127.0.0.1:8787'), options.storageSecret);
    this.subscribeMessage = createSubscribeMessage(() => this.sdk.database());
    this.sdk = createWxServerSdk({
      env,
      appid: options.appid ?? 'wxlocal000000000',
      invoke: (name, event, wx) => this.invoke(name, event, { openid: wx.OPENID, customUserId: callScope.getStore()?.user?.customUserId, source: wx.SOURCE }),
      storage: this.storage,
      subscribeMessage: this.subscribeMessage,
    });
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- the bridge resolves calls made outside any invocation (seeding, inspection) to the newest cloud
    lastOpened = this;
  }

  /** Run `work` as this cloud's code with the given WeChat context (the database follows it). */
  run<T>(work: () => Promise<T>, wx: Partial<WXContext> = {}, user: CallUser = {}): Promise<T> {
    const context: WXContext = { APPID: this.options.appid ?? 'wxlocal000000000', ENV: this.options.env ?? 'local', SOURCE: 'wx_client', ...wx };
    return callScope.run({ cloud: this, wx: context, user }, work);
  }

  /** The SDK database, for seeding and inspection by the local server itself. */
  database(): Database {
    return this.sdk.database();
  }

  functionNames(): string[] {
    return readdirSync(this.options.functionsDir).filter((name) =>
      existsSync(path.join(this.options.functionsDir, name, 'package.json')),
    );
  }

  loadFunction(name: string): CloudFunctionModule {
    let fn = this.functions.get(name);
    if (!fn) {
      const file = path.join(this.options.functionsDir, name, 'index.js');
      if (!/^[a-z][a-z0-9_-]*$/i.test(name) || !existsSync(file)) {
        throw Object.assign(new Error(`FunctionName parameter could not be found: ${name}`), { errCode: -501000 });
      }
      fn = loadCloudFunction(file, this.sdk, this.functionEnv(), this.nodeSdk);
      this.functions.set(name, fn);
    }
    return fn;
  }

  /** The hosted functions' environment variables (see LocalCloudOptions.functionEnv). */
  functionEnv(): Record<string, string> {
    const given = typeof this.options.functionEnv === 'function' ? this.options.functionEnv() : this.options.functionEnv;
    return { [CUSTOM_LOGIN_KEY_SETTING]: JSON.stringify(this.customLoginKey), ...(given ?? defaultFunctionEnv()) };
  }

  /**
   * Call a function as CloudBase would: a fresh context for this call only, with a WeChat OPENID
   * (the mini-program), a custom-login user (the desk console), or neither (an anonymous web call).
   */
  invoke(name: string, event: unknown, opts: InvokeOptions = {}): Promise<unknown> {
    const fn = this.loadFunction(name);
    const wx: Partial<WXContext> = { SOURCE: opts.source ?? 'wx_client', OPENID: opts.openid };
    // Events cross the wire as JSON in CloudBase, so they do here too (no Dates, no undefined).
    const wireEvent = JSON.parse(JSON.stringify(event ?? {}));
    return this.run(() => fn.main(wireEvent, { function_name: name }), wx, { customUserId: opts.customUserId });
  }

  /**
   * Run calls at once with their database requests interleaved as two CloudBase instances might
   * (round robin, or the participant indices in `schedule`): how tests reproduce a race.
   */
  interleave<T>(calls: ReadonlyArray<() => Promise<T>>, schedule?: readonly number[]) {
    return interleave(calls, schedule);
  }

  timerTriggers(): TimerTrigger[] {
    return this.functionNames().flatMap((functionName) => {
      const configFile = path.join(this.options.functionsDir, functionName, 'config.json');
      if (!existsSync(configFile)) return [];
      const config = JSON.parse(readFileSync(configFile, 'utf8')) as { triggers?: Array<{ name: string; type: string; config: string }> };
      return (config.triggers ?? []).filter((t) => t.type === 'timer').map((t) => ({ functionName, name: t.name, config: t.config }));
    });
  }

  /**
   * Fire a timer trigger now, with the event shape and SOURCE CloudBase uses; run by this cloud, or
   * by the function instances given (function-pool.ts).
   */
  fireTimer(functionName: string, triggerName: string, at = new Date(), functions: Pick<LocalCloud, 'invoke'> = this): Promise<unknown> {
    const event = { Type: 'Timer', TriggerName: triggerName, Time: at.toISOString() };
    return functions.invoke(functionName, event, { source: 'wx_trigger' });
  }

  startTimers(onResult?: (t: TimerTrigger, result: unknown) => void, functions: Pick<LocalCloud, 'invoke'> = this) {
    this.stopTimers = scheduleTimers(this.timerTriggers(), (t, at) => {
      this.fireTimer(t.functionName, t.name, at, functions).then(
        (result) => onResult?.(t, result),
        (error) => console.error(`[timer] ${t.functionName}/${t.name} failed`, error),
      );
    });
  }

  close() {
    this.stopTimers?.();
    this.engine.close();
    if (lastOpened === this) lastOpened = undefined;
  }
}
