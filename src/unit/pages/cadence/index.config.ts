export default definePageConfig({
  navigationBarTitleText: '联系周期',
  enablePullDownRefresh: true,
  onReachBottomDistance: 80,
});
