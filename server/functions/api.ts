import cloud from 'wx-server-sdk';
import { asDatabase } from '../runtime/cloud-types';
import { z } from 'zod';
import { apiActions } from '../actions/registry';
import { createRouter, type ApiEvent } from '../runtime/router';

// The symbol makes each call use the environment it runs in; the SDK's typings only admit strings.
cloud.init({ env: cloud.DYNAMIC_CURRENT_ENV as unknown as string });
const router = createRouter(apiActions);

const files = {
  download: async (fileID: string) => (await cloud.downloadFile({ fileID })).fileContent as Buffer,
};

/** Cloud function `api`: routes `event.action` to its declared handler. */
export const main = async (event: ApiEvent) =>
  router.dispatch(event, { db: asDatabase(cloud.database()), files, openid: cloud.getWXContext().OPENID || undefined });

/** The action list with roles and JSON Schemas, for tooling (the local server's /local/actions). */
export const describeActions = () =>
  router.actions.map((a) => ({
    name: a.name,
    function: 'api',
    roles: a.roles,
    writes: a.writes,
    summary: a.summary,
    input: z.toJSONSchema(a.input, { io: 'input', unrepresentable: 'any' }),
  }));
