export default definePageConfig({
  navigationBarTitleText: '记录政策宣讲',
});
