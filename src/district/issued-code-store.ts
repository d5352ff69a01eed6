import type { IssuedCode } from '@/core/org/org.model';

export interface IssuedCodeSlip {
  accountName: string;
  roleLabel: string;
  code: IssuedCode;
}

// A binding code is shown once: it travels to the code page in memory, never in a URL or storage,
// and the page forgets it once it has been put on screen.
let pending: IssuedCodeSlip | null = null;

export function handOverIssuedCode(slip: IssuedCodeSlip): void {
  pending = slip;
}

export function peekIssuedCode(): IssuedCodeSlip | null {
  return pending;
}

export function forgetIssuedCode(): void {
  pending = null;
}
