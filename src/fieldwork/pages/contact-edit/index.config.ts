export default definePageConfig({
  navigationBarTitleText: '更正联系记录',
});
