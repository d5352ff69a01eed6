/** The UMD build of chinese-days (see demand-calendar.ts); only what the app uses. */
declare module 'chinese-days/dist/index.min.js' {
  export function isWorkday(date: string): boolean;
}
