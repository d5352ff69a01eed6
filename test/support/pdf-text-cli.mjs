// Prints a PDF's page count and each page's text as JSON: `node test/support/pdf-text-cli.mjs file.pdf`.
// A child process, because pdf.js (through unpdf) loads itself with import(), which Jest's module
// sandbox refuses.
import { readFileSync } from 'node:fs';
import { extractText } from 'unpdf';

const { totalPages, text } = await extractText(new Uint8Array(readFileSync(process.argv[2])), { mergePages: false });
process.stdout.write(JSON.stringify({ totalPages, text }));
