// Lints snippets with the project's ESLint config, outside jest (ESLint loads its config with a
// dynamic import, which jest's module sandbox refuses). Reads [{ file, code }] as JSON on stdin,
// prints, for each, the messages of the given rules.
import path from 'node:path';
import { ESLint } from 'eslint';

const root = path.resolve(import.meta.dirname, '../..');
const rules = process.argv.slice(2);
const cases = JSON.parse(await new Promise((resolve) => {
  let input = '';
  process.stdin.on('data', (chunk) => (input += chunk)).on('end', () => resolve(input));
}));
const eslint = new ESLint({ cwd: root, overrideConfigFile: path.join(root, 'eslint.config.mjs') });
const results = [];
for (const { file, code } of cases) {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, file) });
  results.push(result.messages.filter((m) => rules.includes(m.ruleId ?? '') || m.fatal).map((m) => `${m.ruleId}: ${m.message}`));
}
process.stdout.write(JSON.stringify(results));
