// The app's echarts/core build is ES modules, which jest does not load from node_modules; the
// page tests' chart double (taro-react-echarts.tsx) draws with the full CommonJS build instead.
export const echarts = {};
