export default definePageConfig({
  navigationBarTitleText: '浦东服务包',
});
