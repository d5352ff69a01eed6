export default definePageConfig({ navigationBarTitleText: '廉洁监督反映' });
