import { localValues, DESK_SIGN_IN_SETTINGS } from '../../src/core/settings';
import type { LocalCloud } from '../runtime/local-cloud';
import type { LocalIdpUser } from './local-provider';

/**
 * The people of the local unified identity provider. Some are already bound to a demo account
 * (they land on the desk console at once); `desk-new` is bound to nobody, to try binding with a
 * code (the demo's 区科经委 code PUDN-GHQ2, or one made on 账号管理); `desk-ent` stands for an
 * enterprise person, whom the console sends to the mini-program.
 */
export const DEMO_DESK_PEOPLE: ReadonlyArray<LocalIdpUser & { account?: string }> = [
  { sub: 'sso-31011500001', username: 'desk-district', name: '顾敏', title: '区科经委，已绑定 区科经委 服务包专班', account: 'u-district-01' },
  { sub: 'sso-31011500002', username: 'desk-unit', name: '钱立', title: '陆家嘴管理局，已绑定 总管家', account: 'u-unit-admin-z01' },
  { sub: 'sso-31011500003', username: 'desk-dept', name: '蒋涛', title: '区科经委办理处室，已绑定 承办部门', account: 'u-dept-01' },
  { sub: 'sso-31011500004', username: 'desk-steward', name: '沈洁', title: '陆家嘴管理局，已绑定 服务管家', account: 'u-steward-01' },
  { sub: 'sso-31011500005', username: 'desk-new', name: '周宁', title: '新到岗，尚未绑定' },
  { sub: 'sso-31011500006', username: 'desk-ent', name: '吴倩', title: '企业人员，尚未绑定' },
];
export const DEMO_DESK_PASSWORD = 'pudong2024';

const LOCAL = localValues(DESK_SIGN_IN_SETTINGS);

/** The login function's settings for the local provider at this server's address. */
export const localDeskSettings = (publicUrl: string): Record<string, string> => ({
  OIDC_ISSUER: `${publicUrl}/local/oidc`,
  OIDC_CLIENT_ID: LOCAL.OIDC_CLIENT_ID,
  OIDC_CLIENT_SECRET: LOCAL.OIDC_CLIENT_SECRET,
  OIDC_REDIRECT_URI: `${publicUrl}/`,
});

/** Bind the demo people who have an account, once (as if each had bound with a code). */
export const bindDemoDeskPeople = (cloud: LocalCloud, now = new Date()) =>
  cloud.run(async () => {
    const users = cloud.database().collection('users');
    for (const person of DEMO_DESK_PEOPLE) {
      if (!person.account) continue;
      await users.where({ _id: person.account, oidcSubject: cloud.database().command.exists(false) }).update({
        data: { oidcSubject: person.sub, deskUserId: `desk-demo-${person.sub.slice(-5)}`, deskBoundAt: now },
      });
    }
  });
