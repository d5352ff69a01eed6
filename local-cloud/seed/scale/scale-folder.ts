/**
 * A data folder holding a generated scale: written next to its final place and renamed into it,
 * so a folder is either complete or absent, with a marker that says what it holds and when it
 * was made (its history is relative to that moment).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { openBulkLoad } from '../../db/bulk-load';
import { environmentCollections } from '../../runtime/environment-collections';
import { generateScaleData } from './generate';

/** Bump when the generator's output changes, so cached folders are made again. */
export const GENERATOR_VERSION = 8;
const MARKER = 'scale.json';

export interface ScaleMarker {
  scale: number;
  generator: number;
  generatedAt: string;
  seconds: number;
  counts: Record<string, number>;
}

export const readScaleMarker = (dir: string): ScaleMarker | null => {
  try {
    return JSON.parse(fs.readFileSync(path.join(dir, MARKER), 'utf8')) as ScaleMarker;
  } catch {
    return null;
  }
};

export const writeScaleFolder = (scale: number, dir: string, now = new Date()): ScaleMarker => {
  const started = Date.now();
  const work = `${dir}.tmp-${process.pid}`;
  fs.rmSync(work, { recursive: true, force: true });
  try {
    const load = openBulkLoad(work, environmentCollections());
    generateScaleData(scale, now, { add: (collection, doc, at) => load.add(collection, doc as Record<string, unknown>, at) });
    const counts = load.finish();
    const marker: ScaleMarker = { scale, generator: GENERATOR_VERSION, generatedAt: now.toISOString(), seconds: (Date.now() - started) / 1000, counts };
    fs.writeFileSync(path.join(work, MARKER), JSON.stringify(marker, null, 2));
    fs.rmSync(dir, { recursive: true, force: true });
    fs.renameSync(work, dir);
    return marker;
  } catch (error) {
    fs.rmSync(work, { recursive: true, force: true });
    throw error;
  }
};
