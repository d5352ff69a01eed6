import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import EnterpriseImportPage from '@/district/pages/enterprise-import/index';
import { uploadFile } from '@/services/cloud';
import { CloudError } from '@/services/cloud-error';
import { answerActions, inputsOf } from './cloud-mock';

jest.mock('@/services/cloud');

const uploadMock = uploadFile as jest.MockedFunction<typeof uploadFile>;
const FILE_ID = 'cloud://env.local/imports/enterprises/x.xlsx';

/** Taps the button, then picks `file` in the (H5) file dialog the page opened. */
async function pickFile(file: File) {
  fireEvent.click(screen.getByRole('button', { name: '选择 Excel 文件并导入' }));
  const input = document.querySelector('input.h5-file-input') as HTMLInputElement;
  expect(input).toHaveAttribute('accept', expect.stringContaining('.xlsx'));
  await act(async () => {
    fireEvent.change(input, { target: { files: [file] } });
  });
}

const xlsx = () => new File(['PK…'], '重点企业名单.xlsx');

describe('enterprise import', () => {
  it('shows the template columns', () => {
    render(<EnterpriseImportPage />);
    const head = document.querySelector('.template-row--head');
    expect(head).toHaveTextContent('企业名称统一社会信用代码行业地址属地单位标签');
    expect(screen.getByText(/用“、”或“,”分隔/)).toBeInTheDocument();
  });

  it('uploads the picked file, imports it and says how many went in', async () => {
    uploadMock.mockResolvedValue(FILE_ID);
    answerActions({ 'enterprise.import': () => ({ imported: 12, errors: [] }) });
    render(<EnterpriseImportPage />);
    const file = xlsx();
    await pickFile(file);

    expect(await screen.findByText('已导入 12 家')).toBeInTheDocument();
    expect(inputsOf('file.uploadTarget')).toEqual([{ purpose: 'import', name: file.name }]);
    expect(uploadMock).toHaveBeenCalledWith(expect.stringMatching(/^uploads\/u-test\/import\/\d+-.+\.xlsx$/), file);
    expect(inputsOf('enterprise.import')).toEqual([{ fileID: FILE_ID }]);
    expect(document.querySelector('input.h5-file-input')).toBeNull();
  });

  it('lists every bad row from the refusal, in row order, and says nothing was imported', async () => {
    uploadMock.mockResolvedValue(FILE_ID);
    answerActions({
      'enterprise.import': () => {
        throw new CloudError('IMPORT_REJECTED', '导入文件有错误，未导入任何企业，请修改后重新上传', undefined, [
          { row: 7, column: '属地单位', message: '找不到单位“张江镇管理局”' },
          { row: 3, column: '统一社会信用代码', message: '统一社会信用代码校验位不正确，请核对后重新输入' },
        ]);
      },
    });
    render(<EnterpriseImportPage />);
    await pickFile(xlsx());

    expect(await screen.findByText('发现 2 处错误，未导入任何企业')).toBeInTheDocument();
    const rows = [...document.querySelectorAll('.import-row-error')].map((row) => row.textContent);
    expect(rows).toEqual([
      '第 3 行 · 统一社会信用代码统一社会信用代码校验位不正确，请核对后重新输入',
      '第 7 行 · 属地单位找不到单位“张江镇管理局”',
    ]);
    expect(screen.getByText('导入文件有错误，未导入任何企业，请修改后重新上传')).toBeInTheDocument();
    expect(screen.queryByText(/已导入/)).toBeNull();
  });

  it('says so when the upload fails and imports nothing', async () => {
    uploadMock.mockRejectedValue(new CloudError('NETWORK', '文件上传失败，请检查网络后重试'));
    answerActions({});
    render(<EnterpriseImportPage />);
    await pickFile(xlsx());

    expect(await screen.findByText('文件上传失败，请检查网络后重试')).toBeInTheDocument();
    expect(inputsOf('enterprise.import')).toHaveLength(0);
  });

  it('does nothing when the file dialog is cancelled', async () => {
    render(<EnterpriseImportPage />);
    fireEvent.click(screen.getByRole('button', { name: '选择 Excel 文件并导入' }));
    const input = document.querySelector('input.h5-file-input') as HTMLInputElement;
    await act(async () => {
      input.dispatchEvent(new Event('cancel'));
    });
    await waitFor(() => expect(document.querySelector('input.h5-file-input')).toBeNull());
    expect(uploadMock).not.toHaveBeenCalled();
    expect(screen.getByRole('button', { name: '选择 Excel 文件并导入' })).toBeEnabled();
  });
});
