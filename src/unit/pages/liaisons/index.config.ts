export default definePageConfig({
  navigationBarTitleText: '联络员',
  enablePullDownRefresh: true,
  onReachBottomDistance: 80,
});
