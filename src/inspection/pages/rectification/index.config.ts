export default definePageConfig({ navigationBarTitleText: '整改方案' });
