export default definePageConfig({
  navigationBarTitleText: '审核诉求',
});
