export default definePageConfig({
  navigationBarTitleText: '联系走访',
  enablePullDownRefresh: true,
  onReachBottomDistance: 80,
});
