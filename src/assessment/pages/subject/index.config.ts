export default definePageConfig({
  navigationBarTitleText: '得分明细',
  enablePullDownRefresh: true,
});
