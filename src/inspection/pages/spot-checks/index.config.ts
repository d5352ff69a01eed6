export default definePageConfig({ navigationBarTitleText: '周抽查', enablePullDownRefresh: true });
