export default definePageConfig({
  navigationBarTitleText: '差评裁定',
  enablePullDownRefresh: true,
  onReachBottomDistance: 80,
});
