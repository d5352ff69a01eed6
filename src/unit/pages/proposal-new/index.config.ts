export default definePageConfig({
  navigationBarTitleText: '提出调整建议',
});
