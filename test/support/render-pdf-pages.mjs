// Renders every page of a PDF to PNG for a person to look at once:
//   node test/support/render-pdf-pages.mjs file.pdf [outDir] [dpi]
// Uses pdftoppm (Debian's poppler-utils); not part of the automated tests, which read the text.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync } from 'node:fs';
import path from 'node:path';

const [file, outDir = 'screenshots/pdf', dpi = '72'] = process.argv.slice(2);
if (!file) throw new Error('usage: node test/support/render-pdf-pages.mjs file.pdf [outDir] [dpi]');
mkdirSync(outDir, { recursive: true });
const prefix = path.join(outDir, path.basename(file, '.pdf'));
execFileSync('pdftoppm', ['-r', dpi, '-png', file, prefix]);
console.log(readdirSync(outDir).filter((f) => f.startsWith(path.basename(prefix))).map((f) => path.join(outDir, f)).join('\n'));
