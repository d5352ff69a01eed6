/** One choice of a picker, tab row or chip row: what is stored and what is shown. */
export interface Option<V = string> {
  value: V;
  label: string;
}
