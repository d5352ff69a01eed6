export default definePageConfig({ navigationBarTitleText: '整改方案', enablePullDownRefresh: true });
