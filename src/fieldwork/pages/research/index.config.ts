export default definePageConfig({
  navigationBarTitleText: '领导调研',
  enablePullDownRefresh: true,
  onReachBottomDistance: 80,
});
