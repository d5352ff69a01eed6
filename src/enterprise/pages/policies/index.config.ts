export default definePageConfig({
  navigationBarTitleText: '为您推荐的政策',
  enablePullDownRefresh: true,
  onReachBottomDistance: 80,
});
