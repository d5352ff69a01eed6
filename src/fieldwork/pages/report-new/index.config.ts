export default definePageConfig({
  navigationBarTitleText: '信息报送',
});
