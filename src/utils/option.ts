/** One choice of a picker, tab row or chip row: what is stored and what is shown. */
export interface Option<V = string> {
  value: V;
  label: string;
}

/** Options that load from the server, for a picker that says so while they load or fail. */
export interface OptionsState {
  options: Option[];
  loading: boolean;
  error?: string;
  reload: () => void;
}
