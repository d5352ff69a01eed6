import type { z } from 'zod';
import type { materialInput } from '../../src/core/contracts/training.contracts';
import { MAX_PAGE_IMAGE_BYTES } from '../../src/core/contracts/training.fields';
import { CONTENT_TYPES } from '../../src/core/files/upload.rules';
import { invalid } from '../../src/core/errors';
import type { CourseMaterialDoc } from '../db/course.repo';
import type { ActionContext } from '../runtime/action-context';
import { mp4DurationSeconds } from './mp4-duration';
import { acceptUpload, acceptUploads } from './uploaded-files';

const IMAGE_TYPES: readonly string[] = [CONTENT_TYPES.jpg, CONTENT_TYPES.png];

/**
 * Online material, taken only from course uploads the district itself was issued (uploaded-files.ts
 * checks owner, name and first bytes). A video must be an MP4 whose length can be read (completion
 * is judged against it); a document's pages must be JPG or PNG images, each small enough to page through.
 */
export const checkMaterial = async (ctx: ActionContext, material: z.output<typeof materialInput>): Promise<CourseMaterialDoc> => {
  if (material.type === 'video') {
    const { file, content } = await acceptUpload(ctx, 'course', material.file, 'material.file');
    const seconds = file.contentType === CONTENT_TYPES.mp4 ? mp4DurationSeconds(content) : null;
    if (!seconds || seconds < 1) throw invalid(`「${file.name}」不是可播放的 MP4 视频`, { material: '只支持 MP4 视频' });
    return { type: 'video', file, durationSeconds: Math.round(seconds * 10) / 10 };
  }
  const pages = await acceptUploads(ctx, 'course', material.pages, 'material.pages');
  for (const [index, page] of pages.entries()) {
    if (!IMAGE_TYPES.includes(page.contentType)) throw invalid(`第 ${index + 1} 页「${page.name}」不是 JPG 或 PNG 图片`, { material: '文档页面须为 JPG 或 PNG 图片' });
    if (page.size > MAX_PAGE_IMAGE_BYTES) throw invalid(`第 ${index + 1} 页图片超过 ${MAX_PAGE_IMAGE_BYTES / 1024 / 1024} MB`, { material: '单页图片不超过 5 MB' });
  }
  return { type: 'document', name: material.name, pages };
};
