export default definePageConfig({
  navigationBarTitleText: '本部门诉求',
  enablePullDownRefresh: true,
  onReachBottomDistance: 80,
});
