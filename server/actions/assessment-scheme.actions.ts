import { DEFAULT_SCHEME } from '../../src/core/assessment/default-scheme';
import type { SchemeView } from '../../src/core/assessment/assessment.model';
import { SCORING_RULE, type AssessmentScheme } from '../../src/core/assessment/scheme';
import { assertValidScheme, validateScheme } from '../../src/core/assessment/scheme-validation';
import { schemeGetInput, schemePublishInput, schemeSaveInput } from '../../src/core/contracts/assessment.contracts';
import { AppError } from '../../src/core/errors';
import type { Database } from '../runtime/cloud-types';
import { defineAction } from '../runtime/define-action';
import type { UserDoc } from '../db/user.repo';
import { assessmentSchemeRepo, versionId } from '../db/assessment-scheme.repo';

/**
 * The scoring scheme (issue 10 item 4): the district edits a draft, the core validates it, and
 * publishing makes it the next version, never edited again. Until a version is published the
 * built-in default is proposed (and shown with its 口径 to everyone who reads the scheme).
 */

const schemeView = async (db: Database, user: UserDoc): Promise<SchemeView> => {
  const [versions, draft] = await Promise.all([assessmentSchemeRepo.versions(db), user.role === 'district_admin' ? assessmentSchemeRepo.draft(db) : null]);
  const current = versions[0]?.scheme ?? DEFAULT_SCHEME;
  const next = (versions[0]?.version ?? 0) + 1;
  const draftScheme = { ...(draft?.scheme ?? current), version: next };
  return {
    current, currentPublished: versions.length > 0, rule: SCORING_RULE,
    versions: versions.map((v) => ({ version: v.version, name: v.scheme.name, effectiveFrom: v.scheme.effectiveFrom, publishedAt: v.publishedAt.toISOString(), publishedByName: v.publishedByName })),
    ...(user.role === 'district_admin' ? { draft: { scheme: draftScheme, rev: draft?.rev ?? 0, updatedAt: (draft?.updatedAt ?? new Date(0)).toISOString(), problems: validateScheme(draftScheme) } } : {}),
  };
};

const assessmentScheme = defineAction({
  name: 'assessment.scheme',
  roles: ['district_admin', 'unit_admin'],
  input: schemeGetInput,
  writes: false,
  summary: '年度考核方案：当前版本（或默认方案）、各项指标的分值和口径、历史版本，区科经委另见草稿',
  handler: async (_input, { db, user }) => schemeView(db, user),
});

const saveScheme = defineAction({
  name: 'assessment.saveScheme',
  roles: ['district_admin'],
  input: schemeSaveInput,
  writes: 'assessment_schemes',
  summary: '保存考核方案草稿（发布前可反复修改，保存时列出需要修改之处）',
  async handler({ scheme, rev }, ctx) {
    const { db, user } = ctx;
    const [latest] = await assessmentSchemeRepo.versions(db);
    const draft: AssessmentScheme = { ...scheme, version: (latest?.version ?? 0) + 1 };
    const now = ctx.now();
    const saved = rev === 0
      ? await assessmentSchemeRepo.createDraft(db, { _id: 'draft', kind: 'draft', scheme: draft, rev: 1, updatedAt: now, updatedBy: user._id })
      : (await assessmentSchemeRepo.updateWhere(db, { _id: 'draft', rev }, { scheme: draft, rev: rev + 1, updatedAt: now, updatedBy: user._id })) === 1;
    if (!saved) throw new AppError('CONFLICT', '考核方案草稿已被他人修改，请刷新后再改');
    ctx.audit.record('draft', `保存考核方案草稿“${draft.name}”`);
    return schemeView(db, user);
  },
});

const publishScheme = defineAction({
  name: 'assessment.publishScheme',
  roles: ['district_admin'],
  input: schemePublishInput,
  writes: 'assessment_schemes',
  summary: '校验并发布考核方案草稿，成为新的版本（已发布的版本不再修改）',
  async handler({ rev }, ctx) {
    const { db, user } = ctx;
    const [draft, [latest]] = await Promise.all([assessmentSchemeRepo.draft(db), assessmentSchemeRepo.versions(db)]);
    if (!draft || draft.rev !== rev) throw new AppError('CONFLICT', '考核方案草稿已被他人修改，请刷新后再发布');
    const version = (latest?.version ?? 0) + 1;
    const scheme = assertValidScheme({ ...draft.scheme, version });
    // Publishing consumes the draft's revision: the same draft is not published twice.
    if ((await assessmentSchemeRepo.updateWhere(db, { _id: 'draft', rev }, { rev: rev + 1, updatedAt: ctx.now(), updatedBy: user._id })) !== 1) throw new AppError('CONFLICT', '考核方案草稿已被他人修改，请刷新后再发布');
    if (!(await assessmentSchemeRepo.insertVersion(db, { _id: versionId(version), kind: 'version', version, scheme, publishedAt: ctx.now(), publishedBy: user._id, publishedByName: user.name }))) {
      throw new AppError('CONFLICT', `第 ${version} 版已由他人发布，请刷新后查看`);
    }
    ctx.audit.record(versionId(version), `发布考核方案第 ${version} 版“${scheme.name}”`);
    return schemeView(db, user);
  },
});

export const assessmentSchemeActions = [assessmentScheme, saveScheme, publishScheme];
