// What needs attention after a decision, shared by the work queue and the case view (their texts are in the lazy
// section caseAttention, which only those pages use): which of the bank's reason codes for a rejected payment have a
// text of their own (ISO 20022 status reason codes), and the styles of the flags and the panel.
import './attention.css';

const knownCodes = ['AC01', 'AC04', 'AC06', 'AG01', 'BE05', 'MD07'] as const;

/** The text key under caseAttention.codes for the bank's reason code: its own, `other` (named) or `none`. */
export function rejectionCodeKey(code: string | null): (typeof knownCodes)[number] | 'other' | 'none' {
  if (code === null || code === '') return 'none';
  return knownCodes.find((candidate) => candidate === code) ?? 'other';
}
