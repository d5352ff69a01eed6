export default definePageConfig({ navigationBarTitleText: '修改账号' });
