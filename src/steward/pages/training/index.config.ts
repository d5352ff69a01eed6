export default definePageConfig({ navigationBarTitleText: '培训学习', enablePullDownRefresh: true });
