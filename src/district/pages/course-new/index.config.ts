export default definePageConfig({ navigationBarTitleText: '新建课程' });
