import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { AppError, ERROR_MESSAGES, errorCodeOf } from '@/core/errors';

const root = path.resolve(__dirname, '../..');
const sources = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sources(full);
    return /\.tsx?$/.test(name) ? [full] : [];
  });

/** Every way code names an error code: thrown, built, compared, or listed as a refusal reason. */
const CODE_USES = [
  /new (?:AppError|CloudError)\(\s*'([A-Z_]+)'/g,
  /\bcode: '([A-Z_]+)'/g,
  /\bcode [!=]== '([A-Z_]+)'/g,
  /RefusalReason = ([^;]+);/g,
];

const codesUsedIn = (files: string[]) => {
  const used = new Map<string, string>();
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    for (const pattern of CODE_USES) {
      for (const match of text.matchAll(pattern)) {
        for (const code of match[1].match(/[A-Z][A-Z_]+/g) ?? []) used.set(code, path.relative(root, file));
      }
    }
  }
  return used;
};

describe('the error catalogue', () => {
  const server = sources(path.join(root, 'server'));
  const app = sources(path.join(root, 'src')).filter((f) => !f.endsWith(path.join('core', 'errors.ts')));

  it('lists every code the server throws or sends', () => {
    const unlisted = [...codesUsedIn(server)].filter(([code]) => !(code in ERROR_MESSAGES));
    expect(unlisted).toEqual([]);
    expect(codesUsedIn(server).size).toBeGreaterThan(10);
  });

  it('lists every code the app raises or looks for', () => {
    expect([...codesUsedIn(app)].filter(([code]) => !(code in ERROR_MESSAGES))).toEqual([]);
  });

  it('has no code nobody uses, and a Chinese message for each', () => {
    const everything = [...server, ...app].map((f) => readFileSync(f, 'utf8')).join('\n');
    for (const [code, message] of Object.entries(ERROR_MESSAGES)) {
      expect({ code, used: everything.includes(`'${code}'`) }).toEqual({ code, used: true });
      expect(message).toMatch(/[\u4e00-\u9fa5]/);
    }
  });

  it('gives a thrown code its catalogue message, and maps foreign codes to INTERNAL', () => {
    expect(new AppError('INVALID_STATE').message).toBe(ERROR_MESSAGES.INVALID_STATE);
    expect(errorCodeOf('CONFLICT')).toBe('CONFLICT');
    expect(errorCodeOf('SOMETHING_ELSE')).toBe('INTERNAL');
    expect(errorCodeOf('toString')).toBe('INTERNAL');
  });
});
