export default definePageConfig({
  navigationBarTitleText: '管家交接确认',
  enablePullDownRefresh: true,
  onReachBottomDistance: 80,
});
