export default definePageConfig({ navigationBarTitleText: '月通报', enablePullDownRefresh: true });
