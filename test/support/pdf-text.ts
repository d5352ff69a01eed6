import { execFileSync } from 'node:child_process';
import path from 'node:path';

/** A PDF's pages and their text (pdf.js, run in a child process). */
export const pdfText = (file: string): { totalPages: number; text: string[] } =>
  JSON.parse(execFileSync(process.execPath, [path.join(__dirname, 'pdf-text-cli.mjs'), file], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }));
