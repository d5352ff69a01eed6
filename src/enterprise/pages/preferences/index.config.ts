export default definePageConfig({
  navigationBarTitleText: '联系偏好',
});
