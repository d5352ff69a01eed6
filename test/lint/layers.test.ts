import { execFileSync } from 'node:child_process';
import path from 'node:path';

/**
 * The layer rules (README, "Layers") hold for every import `npx eslint` sees. Each case puts one
 * import in a file at a given place and expects a layer rule to fire, or not. The snippets are
 * linted with the project's own config through ESLint's Node API, in a child process.
 */
const LAYER_RULES = ['import-x/no-restricted-paths', 'no-restricted-imports', '@typescript-eslint/no-restricted-imports'];

interface Case {
  file: string;
  code: string;
  fires: RegExp | null;
}

const refused = (file: string, code: string, fires: RegExp): Case => ({ file, code, fires });
const allowed = (file: string, code: string): Case => ({ file, code, fires: null });

const CASES: Record<string, Case[]> = {
  'src/core imports no Taro, React, wx-server-sdk or app code': [
    refused('src/core/demand/probe.ts', "import Taro from '@tarojs/taro';\nexport const probe = Taro;", /no platform code/),
    refused('src/core/demand/probe.ts', "import { useState } from 'react';\nexport const probe = useState;", /no platform code/),
    refused('src/core/demand/probe.ts', "import cloud from 'wx-server-sdk';\nexport const probe = cloud;", /no platform code/),
    refused('src/core/demand/probe.ts', "import { randomUUID } from 'node:crypto';\nexport const probe = randomUUID;", /no Node built-ins/),
    refused('src/core/demand/probe.ts', "import { formatTime } from '../../utils/format-time';\nexport const probe = formatTime;", /imports only src\/core/),
    refused('src/core/demand/probe.ts', "import { listDemands } from '@/services/demand.service';\nexport const probe = listDemands;", /imports only src\/core/),
    allowed('src/core/demand/probe.ts', "import { z } from 'zod';\nimport dayjs from 'dayjs';\nimport { DEMAND_STATUSES } from './demand.model';\nexport const probe = [z, dayjs, DEMAND_STATUSES];"),
  ],
  'src/ never imports server/ or local-cloud/': [
    refused('src/pages/index/probe.ts', "import { apiActions } from '../../../server/actions/registry';\nexport const probe = apiActions;", /never imports cloud-function/),
    refused('src/hooks/use-probe.ts', "import { LocalCloud } from '../../local-cloud/runtime/local-cloud';\nexport const probe = LocalCloud;", /never imports cloud-function/),
    allowed('src/pages/index/probe.ts', "import { DEMAND_STATUSES } from '@/core/demand/demand.model';\nexport const probe = DEMAND_STATUSES;"),
  ],
  'server/ uses only src/core from the app': [
    refused('server/actions/probe.ts', "import { listDemands } from '../../src/services/demand.service';\nexport const probe = listDemands;", /only src\/core/),
    refused('server/actions/probe.ts', "import { hasErrors } from '../../src/utils/form-errors';\nexport const probe = hasErrors;", /only src\/core/),
    allowed('server/actions/probe.ts', "import { demandSubmitInput } from '../../src/core/contracts/demand.contracts';\nexport const probe = demandSubmitInput;"),
  ],
  'hooks import no components': [
    refused('src/hooks/use-probe.ts', "import { Card } from '@/components/card';\nexport const probe = Card;", /a hook imports no component/),
    refused('src/hooks/use-probe.ts', "import type { CardProps } from '../components/card';\nexport type Probe = CardProps;", /a hook imports no component/),
    refused('src/district/hooks/use-probe.ts', "import { OverrideReasonField } from '../components/override-reason-field';\nexport const probe = OverrideReasonField;", /a hook imports no component/),
    refused('src/pages/bind/use-probe.ts', "import BindPage from './index';\nexport const probe = BindPage;", /a hook imports no component/),
    allowed('src/hooks/use-probe.ts', "import { useSession } from './use-session';\nimport { listDemands } from '@/services/demand.service';\nexport const probe = [useSession, listDemands];"),
  ],
  'a role area uses no other role area, and shared code none': [
    refused('src/enterprise/pages/probe/index.tsx', "import { listAccounts } from '@/district/services/account.service';\nexport const probe = listAccounts;", /A role area imports nothing from another/),
    refused('src/unit/pages/probe/index.tsx', "import { listAccounts } from '../../../district/services/account.service';\nexport const probe = listAccounts;", /A role area imports nothing from another/),
    refused('src/fieldwork/pages/probe/index.tsx', "import { assignEnterprise } from '@/unit/services/unit.service';\nexport const probe = assignEnterprise;", /A role area imports nothing from another/),
    refused('src/pages/index/probe.tsx', "import { listAccounts } from '@/district/services/account.service';\nexport const probe = listAccounts;", /imports nothing from a role area/),
    refused('src/hooks/use-probe.ts', "import { assignEnterprise } from '@/unit/services/unit.service';\nexport const probe = assignEnterprise;", /imports nothing from a role area/),
    allowed('src/district/pages/probe/index.tsx', "import { listAccounts } from '../../services/account.service';\nimport { listDemands } from '@/services/demand.service';\nexport const probe = [listAccounts, listDemands];"),
  ],
  'the app ships no zod and calls actions through services': [
    refused('src/pages/index/probe.ts', "import { demandSubmitInput } from '@/core/contracts/demand.contracts';\nexport const probe = demandSubmitInput;", /contract types only/),
    refused('src/pages/index/probe.ts', "import { z } from 'zod';\nexport const probe = z;", /only zod types/),
    refused('src/pages/index/probe.ts', "import { callAction } from '@/services/cloud';\nexport const probe = callAction;", /through a service/),
    allowed('src/pages/index/probe.ts', "import type { z } from 'zod';\nimport type { demandSubmitInput } from '@/core/contracts/demand.contracts';\nexport type Probe = z.input<typeof demandSubmitInput>;"),
    allowed('src/district/services/probe.service.ts', "import { callAction } from '@/services/cloud';\nexport const probe = callAction;"),
  ],
  'the app ships no chart library: the server draws charts': [
    refused('src/components/chart/probe.tsx', "import { init } from 'echarts';\nexport const probe = init;", /charts the server draws/),
    refused('src/oversight/components/probe.tsx', "import * as echarts from 'echarts/core';\nexport const probe = echarts;", /no chart library in the app/),
    refused('src/bulletin/pages/probe/index.tsx', "import { init } from 'zrender';\nexport const probe = init;", /no chart library in the app/),
    allowed('src/components/chart/probe.tsx', "import type { EChartsOption } from 'echarts';\nexport type Probe = EChartsOption;"),
  ],
};

const all = Object.values(CASES).flat();
let results: string[][] = [];

beforeAll(() => {
  const script = path.join(__dirname, 'lint-imports.mjs');
  const output = execFileSync(process.execPath, [script, ...LAYER_RULES], { input: JSON.stringify(all), encoding: 'utf8' });
  results = JSON.parse(output);
}, 120_000);

describe.each(Object.entries(CASES))('%s', (_rule, cases) => {
  it.each(cases.map((c) => [c.fires ? 'refuses' : 'allows', c.file, c.code.split('\n')[0], c] as const))('%s in %s: %s', (_verdict, _file, _line, c) => {
    const messages = results[all.indexOf(c)];
    if (c.fires) expect(messages).toEqual([expect.stringMatching(c.fires)]);
    else expect(messages).toEqual([]);
  });
});
