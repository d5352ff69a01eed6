export default definePageConfig({ navigationBarTitleText: '记录约谈' });
