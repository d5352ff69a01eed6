export default definePageConfig({
  navigationBarTitleText: '同类诉求',
  enablePullDownRefresh: true,
});
