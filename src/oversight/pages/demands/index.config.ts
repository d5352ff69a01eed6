export default definePageConfig({
  navigationBarTitleText: '诉求督办清单',
  enablePullDownRefresh: true,
  onReachBottomDistance: 80,
});
