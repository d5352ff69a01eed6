export default definePageConfig({
  navigationBarTitleText: '得分依据',
  enablePullDownRefresh: true,
  onReachBottomDistance: 80,
});
