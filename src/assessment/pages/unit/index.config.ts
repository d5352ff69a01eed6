export default definePageConfig({
  navigationBarTitleText: '单位考核结果',
  enablePullDownRefresh: true,
});
