export default definePageConfig({
  navigationBarTitleText: '重要信息报送',
  enablePullDownRefresh: true,
  onReachBottomDistance: 80,
});
