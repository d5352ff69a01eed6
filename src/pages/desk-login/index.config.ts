export default definePageConfig({
  navigationBarTitleText: '专窗平台登录',
});
