/** Joins the class names that apply: `classNames('chip', on && 'chip--on')`. */
export const classNames = (...names: Array<string | false | null | undefined>) => names.filter(Boolean).join(' ');
