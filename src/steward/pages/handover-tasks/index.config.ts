export default definePageConfig({
  navigationBarTitleText: '交接任务',
  enablePullDownRefresh: true,
  onReachBottomDistance: 80,
});
