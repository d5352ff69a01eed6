// The local sign-in page exists only in the H5 demo build; the weapp build never contains it.
const localOnlyPages = process.env.TARO_ENV === 'h5' ? ['pages/login/index'] : [];

export default defineAppConfig({
  pages: ['pages/index/index', 'pages/demand-detail/index', 'pages/enterprise-profile/index', 'pages/bind/index', ...localOnlyPages],
  subPackages: [
    { root: 'enterprise', pages: ['pages/demand-new/index', 'pages/demands/index'] },
    {
      root: 'steward',
      pages: ['pages/demands/index', 'pages/enterprises/index', 'pages/handover-tasks/index', 'pages/record-contact/index', 'pages/contact-code/index'],
    },
    {
      root: 'unit',
      pages: ['pages/assign/index', 'pages/handover/index', 'pages/liaisons/index', 'pages/cadence/index', 'pages/cadence-edit/index', 'pages/proposals/index', 'pages/proposal-new/index'],
    },
    {
      root: 'district',
      pages: [
        'pages/dashboard/index',
        'pages/accounts/index',
        'pages/account-new/index',
        'pages/account-code/index',
        'pages/enterprises/index',
        'pages/enterprise-edit/index',
        'pages/enterprise-import/index',
        'pages/proposals/index',
        'pages/audit/index',
        'pages/calendar/index',
      ],
    },
  ],
  window: {
    backgroundTextStyle: 'dark',
    backgroundColor: '#f5f6f8',
    navigationBarBackgroundColor: '#1f5fbf',
    navigationBarTitleText: '浦东服务包',
    navigationBarTextStyle: 'white',
  },
});
