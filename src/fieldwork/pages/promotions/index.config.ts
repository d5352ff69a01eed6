export default definePageConfig({
  navigationBarTitleText: '政策宣讲记录',
  enablePullDownRefresh: true,
  onReachBottomDistance: 80,
});
