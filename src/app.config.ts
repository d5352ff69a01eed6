import { COLOR_PAGE, COLOR_PRIMARY } from './styles/colors';

// The sign-in pages exist only in the H5 build (the local demo's identities, and the desk console's
// unified identity sign-in); the weapp build never contains them.
const localOnlyPages = process.env.TARO_ENV === 'h5' ? ['pages/login/index', 'pages/desk-login/index'] : [];

// Field work (guideline art. 5): research visits, key-information reports, policies, cadence; and the
// enterprise's and the district's own pages for it.
const FIELDWORK_PAGES = ['pages/cadence/index', 'pages/research/index', 'pages/research-new/index', 'pages/research-plan/index', 'pages/reports/index', 'pages/report-new/index', 'pages/policies/index', 'pages/policy-promote/index', 'pages/promotions/index', 'pages/contact-edit/index', 'pages/enterprise-demands/index'];
const FIELDWORK_ENTERPRISE_PAGES = ['pages/preferences/index', 'pages/contacts/index', 'pages/policies/index'];
// Training (art. 2, 6): the district's courses, case library and completion figures.
const TRAINING_DISTRICT_PAGES = ['pages/courses/index', 'pages/course-new/index', 'pages/course-admin/index', 'pages/training-stats/index'];
const FIELDWORK_DISTRICT_PAGES = ['pages/policy-new/index', 'pages/reports/index'];

export default defineAppConfig({
  pages: ['pages/index/index', 'pages/demand-detail/index', 'pages/enterprise-profile/index', 'pages/messages/index', 'pages/bind/index', ...localOnlyPages],
  subPackages: [
    { root: 'enterprise', pages: [...FIELDWORK_ENTERPRISE_PAGES, 'pages/demand-new/index', 'pages/demands/index', 'pages/demand-rate/index', 'pages/demand-supply/index'] },
    {
      root: 'steward',
      pages: [
        'pages/demands/index', 'pages/enterprises/index', 'pages/handover-tasks/index', 'pages/record-contact/index', 'pages/contact-code/index', 'pages/demand-review/index',
        'pages/training/index', 'pages/course/index', 'pages/training-sign-in/index',
      ],
    },
    {
      root: 'unit',
      pages: ['pages/assign/index', 'pages/handover/index', 'pages/liaisons/index', 'pages/cadence/index', 'pages/cadence-edit/index', 'pages/proposals/index', 'pages/proposal-new/index', 'pages/training/index'],
    },
    {
      root: 'district',
      pages: [
        ...FIELDWORK_DISTRICT_PAGES,
        'pages/dashboard/index',
        'pages/accounts/index',
        'pages/account-new/index',
        'pages/account-code/index',
        'pages/enterprises/index',
        'pages/enterprise-edit/index',
        'pages/enterprise-import/index',
        'pages/proposals/index',
        'pages/handovers/index',
        'pages/account-edit/index',
        'pages/audit/index',
        'pages/calendar/index',
        'pages/demand-reroute/index',
        'pages/demand-decide/index',
        ...TRAINING_DISTRICT_PAGES,
        'pages/integrity/index',
        'pages/integrity-detail/index',
      ],
    },
    { root: 'department', pages: ['pages/demands/index', 'pages/demand-extend/index'] },
    { root: 'fieldwork', pages: FIELDWORK_PAGES },
    // The unit's and the district's oversight: the demand watch list, stewards, contact cadence; the figures with
    // their charts (the only subpackage that carries ECharts) and the district's similar demands.
    { root: 'oversight', pages: ['pages/demands/index', 'pages/steward/index', 'pages/stewards/index', 'pages/cadence/index', 'pages/figures/index', 'pages/similar/index'] },
    // 亲清 reports (art. 11): any bound person reports to the district, out of the steward's and the unit's sight.
    { root: 'integrity', pages: ['pages/new/index', 'pages/mine/index'] },
    // Accountability (art. 7): weekly spot checks, quarterly interviews and the units' rectification plans.
    { root: 'inspection', pages: ['pages/rectifications/index', 'pages/rectification/index', 'pages/spot-checks/index', 'pages/findings/index', 'pages/interviews/index', 'pages/interview-new/index'] },
    // Annual summaries (art. 8): stewards and units write, units and the district review and export.
    { root: 'summary', pages: ['pages/write/index', 'pages/list/index', 'pages/view/index'] },
  ],
  // WeChat refuses location APIs an app has not declared: the visit check-in and the map point of an enterprise.
  requiredPrivateInfos: ['getLocation', 'chooseLocation'],
  permission: { 'scope.userLocation': { desc: '上门走访现场打卡、在地图上标注企业位置' } },
  window: {
    backgroundTextStyle: 'dark',
    backgroundColor: COLOR_PAGE,
    navigationBarBackgroundColor: COLOR_PRIMARY,
    navigationBarTitleText: '浦东服务包',
    navigationBarTextStyle: 'white',
  },
});
