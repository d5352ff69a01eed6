export default definePageConfig({
  navigationBarTitleText: '联系周期与位置',
});
