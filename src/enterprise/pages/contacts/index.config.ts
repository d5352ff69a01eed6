export default definePageConfig({
  navigationBarTitleText: '与政府的联系记录',
  enablePullDownRefresh: true,
  onReachBottomDistance: 80,
});
