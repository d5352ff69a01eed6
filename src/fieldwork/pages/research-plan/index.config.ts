export default definePageConfig({ navigationBarTitleText: '计划调研' });
