import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import CourseNewPage from '@/district/pages/course-new/index';
import ResearchPlanPage from '@/fieldwork/pages/research-plan/index';
import IntegrityNewPage from '@/integrity/pages/new/index';
import { uploadFile } from '@/services/cloud';
import { CloudError } from '@/services/cloud-error';
import { taroDouble } from '../doubles/taro';
import { answerActions, inputsOf } from './cloud-mock';
import { fakeFile } from './demand-apis';
import { shanghaiDay } from './org-fixtures';

jest.mock('@/services/cloud');
jest.mock('@tarojs/components', () => jest.requireActual('./components-with-date'));

const uploadMock = uploadFile as jest.MockedFunction<typeof uploadFile>;
const type = (el: Element, value: string) => fireEvent.change(el, { target: { value } });

/** Picks `files` in the (H5) file dialog the last tap opened. */
async function pick(selector: string, ...files: File[]) {
  const input = document.querySelector(selector) as HTMLInputElement;
  await act(async () => {
    fireEvent.change(input, { target: { files } });
  });
}

beforeEach(() => {
  uploadMock.mockImplementation(async (path) => `cloud://env/${path}`);
});

/**
 * The integrity report, the research plan and the course editor upload where the server says:
 * each file to a path `file.uploadTarget` issued for the form's purpose, and the form names the
 * fileIDs it got back.
 */
describe('forms upload to paths issued for their purpose', () => {
  it('an integrity report uploads its evidence as integrity files', async () => {
    answerActions({ 'integrity.submit': () => ({ id: 'r1', number: 'LQ20260302-R1', created: true }) });
    render(<IntegrityNewPage />);
    fireEvent.click(screen.getByText('干预企业正常经营'));
    type(screen.getByPlaceholderText('请写明时间、涉及人员和经过'), '服务管家多次要求我司使用其指定的咨询公司办理申报，并暗示不配合会影响办理进度。');
    fireEvent.click(screen.getByText(/添加附件/));
    await pick('input.demand-file-input', fakeFile('聊天记录.png', 120 * 1024, 'image/png'), fakeFile('录音.m4a', 1000, 'audio/mp4'));

    await waitFor(() => expect(document.querySelectorAll('.attachment-item--done')).toHaveLength(1));
    expect(screen.getByText(/附件「录音.m4a」格式不支持/)).toBeInTheDocument();
    expect(inputsOf('file.uploadTarget')).toEqual([{ purpose: 'integrity', name: '聊天记录.png' }]);
    fireEvent.click(screen.getByRole('button', { name: '提交' }));
    await waitFor(() => expect(inputsOf('integrity.submit')).toHaveLength(1));
    expect(inputsOf('integrity.submit')[0].attachments).toEqual([{ fileID: expect.stringMatching(/^cloud:\/\/env\/uploads\/u-test\/integrity\/\d+-聊天记录\.png$/), name: '聊天记录.png' }]);
  });

  it('a research plan uploads its plan document as a research plan file', async () => {
    taroDouble.routerParams = { enterpriseId: 'ent-001', name: encodeURIComponent('上海联影信息技术有限公司') };
    answerActions({ 'research.plan': (input) => ({ ...input, id: 'plan-1', status: 'planned' }) });
    const { container } = render(<ResearchPlanPage />);
    type(container.querySelector('.date-picker-input') as Element, shanghaiDay(5));
    type(screen.getByPlaceholderText(/副区长/), '副区长 王强');
    type(screen.getByPlaceholderText(/调研要了解的问题/), '了解扩产计划和用地需求');
    fireEvent.click(screen.getByText(/添加附件/));
    await pick('input.demand-file-input', fakeFile('调研方案.pdf', 300 * 1024, 'application/pdf'), fakeFile('方案.pdf', 11 * 1024 * 1024, 'application/pdf'));

    await waitFor(() => expect(document.querySelectorAll('.attachment-item--done')).toHaveLength(1));
    expect(screen.getByText(/调研方案「方案.pdf」超过 10 MB/)).toBeInTheDocument();
    expect(inputsOf('file.uploadTarget')).toEqual([{ purpose: 'researchPlan', name: '调研方案.pdf' }]);
    fireEvent.click(screen.getByRole('button', { name: '保存调研计划' }));
    await waitFor(() => expect(inputsOf('research.plan')).toHaveLength(1));
    expect(inputsOf('research.plan')[0].planFiles).toEqual([{ fileID: expect.stringMatching(/\/uploads\/u-test\/researchPlan\/\d+-调研方案\.pdf$/), name: '调研方案.pdf' }]);
  });

  it('the course editor uploads a video as course material, naming one without an extension by its type', async () => {
    answerActions({ 'course.create': () => ({ id: 'c1' }) });
    render(<CourseNewPage />);
    type(screen.getByPlaceholderText('如：服务包政策解读'), '服务包政策解读');
    type(screen.getByPlaceholderText(/学什么、面向谁/), '解读服务包政策要点与管家服务规范。');
    fireEvent.click(screen.getByText('选择视频'));
    await pick('input.course-file-input', fakeFile('政策解读', 3 * 1024 * 1024, 'video/mp4'));

    expect(await screen.findByText('已上传：政策解读.mp4')).toBeInTheDocument();
    expect(inputsOf('file.uploadTarget')).toEqual([{ purpose: 'course', name: '政策解读.mp4' }]);
    expect(uploadMock).toHaveBeenCalledWith(expect.stringMatching(/^uploads\/u-test\/course\/\d+-政策解读\.mp4$/), expect.any(File));
    fireEvent.click(screen.getByRole('button', { name: '保存草稿' }));
    await waitFor(() => expect(inputsOf('course.create')).toHaveLength(1));
    expect(inputsOf('course.create')[0].material).toEqual({ type: 'video', file: { fileID: expect.stringMatching(/\/uploads\/u-test\/course\/\d+-政策解读\.mp4$/), name: '政策解读.mp4' } });
  });

  it('the course editor shows a refused upload by its material', async () => {
    answerActions({
      'file.uploadTarget': ({ name }) => {
        const message = `课程材料「${name}」格式不支持，只能上传MP4 视频或图片（JPG/PNG）`;
        throw new CloudError('VALIDATION_FAILED', message, { name: message });
      },
    });
    render(<CourseNewPage />);
    fireEvent.click(screen.getByText('文档（页面图片）'));
    fireEvent.click(screen.getByText('选择页面图片（按页序）'));
    await pick('input.course-file-input', fakeFile('第1页.gif', 1000, 'image/gif'));
    expect(await screen.findByText(/课程材料「第1页.gif」格式不支持/)).toBeInTheDocument();
    expect(uploadMock).not.toHaveBeenCalled();
  });
});
