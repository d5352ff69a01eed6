export default definePageConfig({
  navigationBarTitleText: '修改联系周期',
});
