import type { z } from 'zod';
import type { materialInput } from '../../src/core/contracts/training.contracts';
import { MAX_PAGE_IMAGE_BYTES, MAX_VIDEO_BYTES } from '../../src/core/contracts/training.fields';
import { invalid } from '../../src/core/errors';
import type { CourseMaterialDoc } from '../db/course.repo';
import type { FileStore } from '../runtime/action-context';
import { sniff } from './demand-attachments';
import { isMp4, mp4DurationSeconds } from './mp4-duration';

const fetchUploaded = async (files: FileStore, fileID: string, name: string, field: string): Promise<Buffer> => {
  try {
    return await files.download(fileID);
  } catch {
    throw invalid(`「${name}」上传未完成，请重新上传`, { [field]: '上传未完成' });
  }
};

/**
 * Check online material on the server, by content: a video must be an MP4 whose length can be
 * read (completion is judged against it); a document's pages must be JPG or PNG images.
 */
export const checkMaterial = async (files: FileStore, material: z.output<typeof materialInput>): Promise<CourseMaterialDoc> => {
  if (material.type === 'video') {
    const { fileID, name } = material.file;
    const content = await fetchUploaded(files, fileID, name, 'material');
    if (content.length > MAX_VIDEO_BYTES) throw invalid(`视频「${name}」超过 ${MAX_VIDEO_BYTES / 1024 / 1024} MB，请压缩后上传`, { material: '视频过大' });
    const seconds = isMp4(content) ? mp4DurationSeconds(content) : null;
    if (!seconds || seconds < 1) throw invalid(`「${name}」不是可播放的 MP4 视频`, { material: '只支持 MP4 视频' });
    return { type: 'video', file: { fileID, name, contentType: 'video/mp4', size: content.length }, durationSeconds: Math.round(seconds * 10) / 10 };
  }
  const pages = [];
  for (const [index, page] of material.pages.entries()) {
    const content = await fetchUploaded(files, page.fileID, page.name, `material.pages.${index}`);
    const contentType = sniff(content);
    if (contentType !== 'image/png' && contentType !== 'image/jpeg') throw invalid(`第 ${index + 1} 页「${page.name}」不是 JPG 或 PNG 图片`, { material: '文档页面须为 JPG 或 PNG 图片' });
    if (content.length > MAX_PAGE_IMAGE_BYTES) throw invalid(`第 ${index + 1} 页图片超过 5 MB`, { material: '单页图片不超过 5 MB' });
    pages.push({ fileID: page.fileID, name: page.name, contentType, size: content.length });
  }
  return { type: 'document', name: material.name, pages };
};
