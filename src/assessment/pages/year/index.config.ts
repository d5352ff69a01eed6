export default definePageConfig({
  navigationBarTitleText: '年度考核',
  enablePullDownRefresh: true,
  onReachBottomDistance: 80,
});
