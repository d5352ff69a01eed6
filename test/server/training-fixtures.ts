import { readFileSync } from 'node:fs';
import path from 'node:path';
import { dataOf, DEMO, type TestCloud } from '../support/test-cloud';

/** A 4-second, 64×64 H.264 MP4 (made once with ffmpeg's lavfi colour source; 2.6 KB). */
export const VIDEO = readFileSync(path.join(__dirname, '../fixtures/course-4s.mp4'));
export const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(200, 1)]);

/** Course material uploaded by the district, as its course editor does. */
export const upload = (t: TestCloud, name: string, content: Buffer) => t.upload(DEMO.district, 'course', name, content);

const base = { summary: '面向服务管家的政策解读与服务规范课程。', hours: 2 };

/** A published online video course, as the district makes one. */
export const publishedVideoCourse = async (t: TestCloud, extra: object = {}) => {
  const fileID = await upload(t, '政策解读.mp4', VIDEO);
  const course = dataOf(await t.as(DEMO.district).call('course.create', { kind: 'online', title: '服务包政策解读', ...base, material: { type: 'video', file: { fileID, name: '政策解读.mp4' } }, ...extra }));
  return dataOf(await t.as(DEMO.district).call('course.publish', { id: course.id }));
};

/** A published lecture whose session runs from `startsAt` for two hours. */
export const publishedLecture = async (t: TestCloud, startsAt: Date, extra: object = {}) => {
  const endsAt = new Date(startsAt.getTime() + 2 * 3_600_000);
  const course = dataOf(await t.as(DEMO.district).call('course.create', {
    kind: 'lecture', title: '亲清政商关系专题讲座', ...base, session: { venue: '浦东新区行政中心 2 号楼报告厅', startsAt: startsAt.toISOString(), endsAt: endsAt.toISOString() }, ...extra,
  }));
  dataOf(await t.as(DEMO.district).call('course.publish', { id: course.id }));
  return dataOf(await t.as(DEMO.district).call('course.get', { id: course.id }));
};
