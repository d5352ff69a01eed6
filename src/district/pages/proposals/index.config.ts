export default definePageConfig({
  navigationBarTitleText: '清单调整建议',
  enablePullDownRefresh: true,
  onReachBottomDistance: 80,
});
