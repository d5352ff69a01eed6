export default definePageConfig({
  navigationBarTitleText: '优秀管家评选',
  enablePullDownRefresh: true,
});
