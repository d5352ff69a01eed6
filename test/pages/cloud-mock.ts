/**
 * Page tests replace only the cloud boundary. Each test file calls
 * `jest.mock('@/services/cloud')` (hoisted by jest), then scripts answers per action here.
 */
import { callAction } from '@/services/cloud';
import { renderChartAnswer } from './chart-images';

export const callActionMock = callAction as jest.MockedFunction<typeof callAction>;

type Handler = (input: any) => unknown;

let issued = 0;
/** The server's answer to `file.uploadTarget`, as uploads ask for it before every file. */
const uploadTarget: Handler = ({ purpose, name }) => ({ cloudPath: `uploads/u-test/${purpose}/${++issued}-${name}` });

/** Charts drawn as the server draws them (chart-images.ts). */
const drawChart: Handler = renderChartAnswer;

/** Answers each action with its handler (and issues upload paths, and draws charts); an action without one fails the test loudly. */
export function answerActions(handlers: Record<string, Handler>) {
  callActionMock.mockImplementation(async (action: string, input?: object) => {
    const handler = { 'file.uploadTarget': uploadTarget, 'chart.render': drawChart, ...handlers }[action];
    if (!handler) throw new Error(`unexpected action in test: ${action}`);
    return handler(input ?? {}) as never;
  });
}

/** The inputs sent for one action, in order. */
export const inputsOf = (action: string) =>
  callActionMock.mock.calls.filter(([name]) => name === action).map(([, input]) => input as Record<string, unknown>);
