export default definePageConfig({
  navigationBarTitleText: '管家与企业',
  enablePullDownRefresh: true,
  onReachBottomDistance: 80,
});
