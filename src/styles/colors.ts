// The token colours that script needs (app.config's window, a modal's confirm button): the same
// values as src/styles/tokens.scss, which test/ui/style-tokens.test.ts keeps in step.
export const COLOR_PRIMARY = '#1f5fbf';
export const COLOR_PAGE = '#f5f6f8';
export const COLOR_DANGER = '#c9302c';
