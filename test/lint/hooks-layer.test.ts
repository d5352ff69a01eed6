import { spawnSync } from 'node:child_process';
import path from 'node:path';

const root = path.resolve(__dirname, '../..');

/**
 * Lints `code` as if it were the file at `file` and returns the rules it broke. ESLint runs as
 * its own process: it loads its flat config by dynamic import, which jest's VM does not allow.
 */
function brokenRules(file: string, code: string): string[] {
  const run = spawnSync(process.execPath, [path.join(root, 'node_modules/eslint/bin/eslint.js'), '--stdin', '--stdin-filename', file, '--format', 'json'], { cwd: root, input: code, encoding: 'utf8' });
  const [result] = JSON.parse(run.stdout) as Array<{ messages: Array<{ ruleId: string }> }>;
  return result.messages.map((m) => m.ruleId);
}

describe('hooks never import components', () => {
  it('fails a hook in src/hooks that imports a component', () => {
    expect(brokenRules('src/hooks/use-probe.ts', "import { Card } from '@/components/card';\nexport const useProbe = () => Card;\n")).toContain('import-x/no-restricted-paths');
  });

  it('fails a role-area hook that imports its area components by a relative path', () => {
    const code = "import { OverrideReasonField } from '../components/override-reason-field';\nexport const useProbe = () => OverrideReasonField;\n";
    expect(brokenRules('src/district/hooks/use-probe.ts', code)).toContain('import-x/no-restricted-paths');
  });

  it('lets a hook import utils and core', () => {
    const code = "import type { Option } from '@/utils/option';\nimport type { Complexity } from '@/core/demand/demand.deadlines';\nexport const useProbe = (o: Option, c: Complexity) => [o, c];\n";
    expect(brokenRules('src/hooks/use-probe.ts', code)).toEqual([]);
  });
});
