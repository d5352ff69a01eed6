export default definePageConfig({
  navigationBarTitleText: '我服务的企业诉求',
  enablePullDownRefresh: true,
  onReachBottomDistance: 80,
});
