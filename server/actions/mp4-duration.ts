/**
 * The length of an MP4 (ISO base media) video, read from its movie header box (`moov/mvhd`):
 * timescale and duration. The server needs the true length to judge "watched to the end"; one
 * box in a documented layout is less to ship and audit than a media library for the whole format.
 */
const boxes = function* (buf: Buffer, start: number, end: number): Generator<{ type: string; body: number; end: number }> {
  let at = start;
  while (at + 8 <= end) {
    let size = buf.readUInt32BE(at);
    const type = buf.toString('latin1', at + 4, at + 8);
    let header = 8;
    if (size === 1) {
      if (at + 16 > end) return;
      size = Number(buf.readBigUInt64BE(at + 8));
      header = 16;
    } else if (size === 0) size = end - at;
    if (size < header || at + size > end) return;
    yield { type, body: at + header, end: at + size };
    at += size;
  }
};

/** Whether the file starts like an MP4 / MOV (an `ftyp` box first). */
export const isMp4 = (buf: Buffer): boolean => buf.length >= 12 && buf.toString('latin1', 4, 8) === 'ftyp';

/** Seconds, or null when the file has no readable movie header. */
export const mp4DurationSeconds = (buf: Buffer): number | null => {
  for (const moov of boxes(buf, 0, buf.length)) {
    if (moov.type !== 'moov') continue;
    for (const box of boxes(buf, moov.body, moov.end)) {
      if (box.type !== 'mvhd') continue;
      const version = buf[box.body];
      const timescaleAt = box.body + (version === 1 ? 20 : 12);
      if (timescaleAt + (version === 1 ? 12 : 8) > box.end) return null;
      const timescale = buf.readUInt32BE(timescaleAt);
      const duration = version === 1 ? Number(buf.readBigUInt64BE(timescaleAt + 4)) : buf.readUInt32BE(timescaleAt + 4);
      return timescale > 0 ? duration / timescale : null;
    }
  }
  return null;
};
