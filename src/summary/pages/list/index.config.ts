export default definePageConfig({ navigationBarTitleText: '年度总结', enablePullDownRefresh: true });
