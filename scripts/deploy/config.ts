/**
 * The deployment's own configuration: credentials and ids, from the environment or an ignored
 * `.env` file at the repository root (the environment wins). The functions' variables come from
 * the same place under the names declared in src/core/settings.ts.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseEnv } from 'node:util';
import { FUNCTION_SETTINGS, describeMissing, missingSettings, type SettingDeclaration } from '../../src/core/settings';

export const CLOUDBASE_CONFIG: readonly SettingDeclaration[] = [
  { name: 'CLOUDBASE_ENV_ID', description: '云开发环境 id（云开发控制台 → 环境设置）', requiredInProduction: true },
  { name: 'CLOUDBASE_SECRET_ID', description: '腾讯云 API 密钥 SecretId（访问管理 → API 密钥；可访问该环境的子账号）', requiredInProduction: true },
  { name: 'CLOUDBASE_SECRET_KEY', description: '腾讯云 API 密钥 SecretKey', requiredInProduction: true },
];

export const MINIPROGRAM_CONFIG: readonly SettingDeclaration[] = [
  { name: 'MP_APPID', description: '小程序 AppID', requiredInProduction: true },
  { name: 'MP_UPLOAD_KEY_PATH', description: '小程序代码上传密钥文件路径（MP 后台 → 开发管理 → 开发设置 → 小程序代码上传）', requiredInProduction: true },
];

export type DeployConfig = Record<string, string | undefined>;

/** The environment over the `.env` file; blank values count as unset. */
export const loadDeployConfig = (root: string, env: Record<string, string | undefined> = process.env): DeployConfig => {
  const file = path.join(root, '.env');
  const fromFile = existsSync(file) ? parseEnv(readFileSync(file, 'utf8')) : {};
  const names = [...CLOUDBASE_CONFIG, ...MINIPROGRAM_CONFIG, ...FUNCTION_SETTINGS].map((s) => s.name);
  const extra = ['MP_VERSION', 'MP_DESCRIPTION', 'MP_ROBOT'];
  return Object.fromEntries(
    [...names, ...extra].map((name) => [name, (env[name] ?? (fromFile as Record<string, string | undefined>)[name])?.trim() || undefined]),
  );
};

export class ConfigurationMissing extends Error {}

/** Throws one message naming everything missing from the groups a run needs. */
export const requireConfig = (config: DeployConfig, groups: ReadonlyArray<readonly [string, readonly SettingDeclaration[]]>): void => {
  const messages = groups
    .map(([what, declared]) => [what, declared, missingSettings(declared, config)] as const)
    .filter(([, , missing]) => missing.length > 0)
    .map(([what, declared, missing]) =>
      describeMissing(what, declared, missing, declared === FUNCTION_SETTINGS ? 'src/core/settings.ts' : 'scripts/deploy/config.ts'),
    );
  if (messages.length > 0) {
    throw new ConfigurationMissing(`${messages.join('\n')}\nSet them in the environment or in .env at the repository root (see README, “Deploy”).`);
  }
};
