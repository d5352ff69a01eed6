/**
 * docx, loaded on the first export of a document rather than when the function starts: it is a
 * megabyte of code that almost no call needs (see the cold-start line of `npm run bench`).
 */
export const loadDocx = async () => import('docx');
