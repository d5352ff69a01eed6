export default definePageConfig({
  navigationBarTitleText: '绑定码',
});
