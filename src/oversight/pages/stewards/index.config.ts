export default definePageConfig({
  navigationBarTitleText: '单位管家',
  enablePullDownRefresh: true,
});
