export default definePageConfig({ navigationBarTitleText: '季度约谈', enablePullDownRefresh: true });
