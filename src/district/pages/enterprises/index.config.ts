export default definePageConfig({
  navigationBarTitleText: '重点企业清单',
  enablePullDownRefresh: true,
  onReachBottomDistance: 80,
});
