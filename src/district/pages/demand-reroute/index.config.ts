export default definePageConfig({
  navigationBarTitleText: '待重新派单',
  enablePullDownRefresh: true,
  onReachBottomDistance: 80,
});
