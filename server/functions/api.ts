import cloud from 'wx-server-sdk';
import tcb from '@cloudbase/node-sdk';
import { asDatabase } from '../runtime/cloud-types';
import { requireFunctionSettings } from '../runtime/settings';
import * as z from 'zod';
import { apiActions } from '../actions/registry';
import { createRouter, type ApiEvent } from '../runtime/router';

// The symbol makes each call use the environment it runs in; the SDK's typings only admit strings.
cloud.init({ env: cloud.DYNAMIC_CURRENT_ENV as unknown as string });
requireFunctionSettings('api');
const router = createRouter(apiActions);
// wx-server-sdk names WeChat callers only; a desk console session (CloudBase custom login) is named by the node SDK.
const auth = tcb.init({ env: tcb.SYMBOL_CURRENT_ENV }).auth();

/**
 * Download links the app gets (attachments, exports) work for ten minutes: long enough to view
 * or save the file, too short to be worth passing around. Each screen asks again when it loads.
 */
const TEMP_URL_SECONDS = 600;

const files = {
  download: async (fileID: string) => ((await cloud.downloadFile({ fileID })) as { fileContent: Buffer }).fileContent,
  tempUrls: async (fileIDs: string[]) => {
    const { fileList } = (await cloud.getTempFileURL({ fileList: fileIDs.map((fileID) => ({ fileID, maxAge: TEMP_URL_SECONDS })) })) as { fileList: Array<{ fileID: string; tempFileURL: string; status: number }> };
    return new Map(fileList.filter((f) => f.status === 0).map((f) => [f.fileID, f.tempFileURL]));
  },
  upload: async (cloudPath: string, content: Buffer) => ((await cloud.uploadFile({ cloudPath, fileContent: content })) as { fileID: string }).fileID,
};

/** Cloud function `api`: routes `event.action` to its declared handler. */
export const main = async (event: ApiEvent) =>
  router.dispatch(event, {
    db: asDatabase(cloud.database()),
    files,
    messages: cloud.openapi.subscribeMessage,
    openid: cloud.getWXContext().OPENID || undefined,
    customUserId: auth.getUserInfo().customUserId || undefined,
  });

/** The action list with roles and JSON Schemas, for tooling (the local server's /local/actions). */
export const describeActions = async () =>
  (await apiActions.all()).map((a) => ({
    name: a.name,
    function: 'api',
    roles: a.roles,
    writes: a.writes,
    summary: a.summary,
    input: z.toJSONSchema(a.input, { io: 'input', unrepresentable: 'any' }),
  }));

/** The declaration of one action, its group loaded (the bench times what a first call loads). */
export const loadAction = (name: string) => apiActions.find(name);
