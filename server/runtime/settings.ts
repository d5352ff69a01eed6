/**
 * The cloud functions' settings, read from the function's environment variables as declared in
 * src/core/settings.ts. A function checks them when it loads, so a deployment without them fails
 * at once with the missing names, instead of sending with demo template ids that WeChat refuses.
 */
import { describeMissing, functionSettings, missingSettings, templateSettingName, type FunctionName } from '../../src/core/settings';
import type { TemplateKey } from '../../src/core/notify/templates';

/** Throws, naming every missing variable, unless `fn` has all its required settings. */
export const requireFunctionSettings = (fn: FunctionName, env: Record<string, string | undefined> = process.env): void => {
  const declared = functionSettings(fn);
  const missing = missingSettings(declared, env);
  if (missing.length > 0) throw new Error(describeMissing(`cloud function ${fn} refuses to start`, declared, missing));
};

/** The template id a notice is sent with (checked present when the function loaded). */
export const templateId = (key: TemplateKey): string => {
  const name = templateSettingName(key);
  const value = process.env[name]?.trim();
  if (!value) throw new Error(`setting ${name} is missing (see src/core/settings.ts)`);
  return value;
};
