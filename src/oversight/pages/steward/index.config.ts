export default definePageConfig({
  navigationBarTitleText: '管家服务情况',
  enablePullDownRefresh: true,
});
