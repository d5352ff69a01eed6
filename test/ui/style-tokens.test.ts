import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { CHART_TOKENS } from '../../src/core/charts/chart-palette';
import * as colors from '../../src/styles/colors';

const src = path.resolve(__dirname, '../../src');
const TOKENS = path.join(src, 'styles/tokens.scss');

const filesUnder = (dir: string, ext: RegExp): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(full, ext) : ext.test(entry.name) ? [full] : [];
  });

const stylesheets = filesUnder(src, /\.scss$/).filter((file) => file !== TOKENS);
const COLOUR_LITERAL = /#[0-9a-f]{3,8}\b|\brgba?\(|\bhsla?\(/gi;

/** Where a file writes a colour as a value: `file:line: text`. */
const colourLiterals = (file: string) =>
  readFileSync(file, 'utf8')
    .split('\n')
    .flatMap((line, i) => (line.replace(/\/\/.*$/, '').match(COLOUR_LITERAL) ? [`${path.relative(src, file)}:${i + 1}: ${line.trim()}`] : []));

const tokenValues = new Map(Array.from(readFileSync(TOKENS, 'utf8').matchAll(/^\$([a-z0-9-]+):\s*([^;]+);/gm), (m) => [m[1], m[2].trim()]));

describe('style tokens', () => {
  it('finds the stylesheets to check', () => {
    expect(stylesheets.length).toBeGreaterThan(40);
  });

  it('keeps colour values in the tokens file only', () => {
    expect(stylesheets.flatMap(colourLiterals)).toEqual([]);
  });

  it('has every stylesheet use the tokens', () => {
    const without = stylesheets.filter((file) => !readFileSync(file, 'utf8').includes("@use '@/styles/tokens' as *;"));
    expect(without.map((file) => path.relative(src, file))).toEqual([]);
  });

  it('uses only tokens that exist', () => {
    const unknown = stylesheets.flatMap((file) =>
      // `$name:` is a mixin's keyword argument, not a token.
      Array.from(readFileSync(file, 'utf8').matchAll(/\$([a-z][a-z0-9-]*)(?![a-z0-9-]|\s*:)/g), (m) => m[1])
        .filter((name) => !tokenValues.has(name))
        .map((name) => `${path.relative(src, file)}: $${name}`),
    );
    expect(unknown).toEqual([]);
  });

  it('gives script the same colours as the stylesheets', () => {
    expect(colors.COLOR_PRIMARY).toBe(tokenValues.get('color-primary'));
    expect(colors.COLOR_PAGE).toBe(tokenValues.get('color-page'));
    expect(colors.COLOR_DANGER).toBe(tokenValues.get('color-danger'));
  });

  it('gives charts the tokens\' colours under the tokens\' names', () => {
    for (const [name, value] of Object.entries(CHART_TOKENS)) expect([name, value]).toEqual([name, tokenValues.get(name)]);
  });

  it('keeps hex colours out of the app code', () => {
    const mirrors = [path.join('styles', 'colors.ts'), path.join('core', 'charts', 'chart-palette.ts')];
    const code = filesUnder(src, /\.tsx?$/).filter((file) => !mirrors.some((mirror) => file.endsWith(mirror)));
    expect(code.flatMap(colourLiterals)).toEqual([]);
  });
});
