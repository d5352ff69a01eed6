export default definePageConfig({ navigationBarTitleText: '廉洁监督', enablePullDownRefresh: true });
