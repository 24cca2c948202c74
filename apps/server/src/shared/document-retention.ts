// The classification every document of a case carries (the additive field `retention` of attachments and
// decisions): its record type, publicity, whether it holds personal data, and how long it is kept and why, from the
// city's retention plan (retention/); `destroyAfter` is the last day of its retention, known once the case is closed.
import { destroyAfter, publicityClasses, type RecordType, recordTypes } from '@tuki/domain';
import { z } from 'zod';

export const documentRetentionSchema = z
  .object({
    recordType: z.enum(recordTypes),
    publicity: z
      .enum(publicityClasses)
      .describe('secret: a client document of social welfare (Social Welfare Client Act 812/2000, 14 §)'),
    publicityBasis: z.string(),
    personalData: z.boolean(),
    retentionYears: z.number().int().min(1).describe('Kept this many years after the case is closed'),
    basis: z.string().describe('The basis of the retention period, from the city’s plan'),
    destroyAfter: z.iso
      .date()
      .nullable()
      .describe('The last day of retention (Helsinki); null while the case is open'),
  })
  .meta({ id: 'DocumentRetention' });

export type DocumentRetentionView = z.infer<typeof documentRetentionSchema>;

/** One record type's values in the plan. */
export interface RetentionRule {
  recordType: RecordType;
  publicity: DocumentRetentionView['publicity'];
  publicityBasis: string;
  personalData: boolean;
  retentionYears: number;
  basis: string;
}

export type RetentionRules = ReadonlyMap<RecordType, RetentionRule>;

/** The classification of a document of `recordType` in a case closed on `closedOn` (null: still open). */
export function documentRetention(
  rules: RetentionRules,
  recordType: RecordType,
  closedOn: string | null,
): DocumentRetentionView | undefined {
  const rule = rules.get(recordType);
  if (!rule) return undefined;
  return {
    recordType,
    publicity: rule.publicity,
    publicityBasis: rule.publicityBasis,
    personalData: rule.personalData,
    retentionYears: rule.retentionYears,
    basis: rule.basis,
    destroyAfter: destroyAfter(closedOn, rule.retentionYears),
  };
}
