import '@testing-library/jest-dom';
import { taroDouble } from './taro';
import { APP_SETTINGS, localValues } from '../../src/core/settings';

// Page tests see the app as a local build does: the TARO_APP_* settings at their local values.
for (const [name, value] of Object.entries(localValues(APP_SETTINGS))) process.env[name] ??= value;

afterEach(() => {
  taroDouble.reset();
});
