const formats = new Map<number, Intl.NumberFormat>();

/**
 * A number with thousands separators and at most `fractionDigits` decimals: 1,234.5. The same as
 * `toLocaleString('en-US', …)`, which builds a new formatter on every call (~50 µs): a bulletin
 * formats tens of thousands of figures, so each formatter is made once and kept.
 */
export const groupedNumber = (value: number, fractionDigits: number): string => {
  let format = formats.get(fractionDigits);
  if (!format) formats.set(fractionDigits, (format = new Intl.NumberFormat('en-US', { maximumFractionDigits: fractionDigits })));
  return format.format(value);
};
