export default definePageConfig({ navigationBarTitleText: '管家培训情况', enablePullDownRefresh: true });
