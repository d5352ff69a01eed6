import { textRule } from './text-rule';

export const SPOT_CHECK_NOTE = textRule('核实情况', 0, 500);
/** A finding that the record is false must say what the enterprise said. */
export const FALSE_NOTE_MIN = 6;
