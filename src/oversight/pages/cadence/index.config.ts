export default definePageConfig({
  navigationBarTitleText: '联系走访督查',
  enablePullDownRefresh: true,
  onReachBottomDistance: 80,
});
