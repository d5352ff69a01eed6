export default definePageConfig({
  navigationBarTitleText: '单位总览',
  enablePullDownRefresh: true,
});
