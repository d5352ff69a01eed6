export default definePageConfig({
  navigationBarTitleText: '调整建议',
  enablePullDownRefresh: true,
  onReachBottomDistance: 80,
});
