export default definePageConfig({ navigationBarTitleText: '培训完成情况', enablePullDownRefresh: true });
