export default definePageConfig({
  navigationBarTitleText: '记录领导调研',
});
