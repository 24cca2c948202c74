// The answers of an application, read-only, grouped by the steps of the form: on the check page with a "change"
// link per answer (to the step, focusing the field), and in the e-services account without.

import {
  type ApplicationContent,
  attachmentCategoriesAsked,
  detachedHouseHousingTypes,
  housingCostsAsked,
} from '@tuki/domain';
import type { Language, Translator } from '@tuki/i18n';
import { formatDate, formatEuros, formatFileSize, formatMonth, useLanguage, useT } from '@tuki/ui';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { Attachment } from '../api/applications.ts';
import { fileTypeName } from '../attachments/file-type.ts';
import { householdMembers, isRequiredHousingCost } from '../form/household.ts';
import { itemHeading } from '../form/labels.ts';
import { memberLabel } from '../form/member-label.ts';
import { type FocusFieldState, stepPath } from '../form/step-path.ts';
import { hasSpouse, type StepId, stepIds } from '../form/steps.ts';

interface Row {
  /** The answer's path (the change link focuses it); undefined for a row about a whole list. */
  path: string | undefined;
  label: string;
  value: ReactNode;
  /** From the person record: no change link. */
  fixed?: boolean;
}

interface Group {
  heading?: string;
  rows: Row[];
}

function describe(
  t: Translator,
  language: Language,
  content: ApplicationContent,
  step: StepId,
  attachments: readonly Attachment[],
): Group[] {
  const missing = t('application.check.notAnswered');
  const text = (value: string | undefined) => (value?.trim() ? value : missing);
  const money = (value: number | undefined) => (value === undefined ? missing : formatEuros(value, language));
  const row = (path: string | undefined, label: string, value: ReactNode): Row => ({ path, label, value });
  const field = (path: string, value: ReactNode): Row =>
    row(path, (t as (key: string) => string)(`application.fields.${path.replace(/\.\d+\./g, '.')}`), value);

  switch (step) {
    case 'applicant': {
      const a = content.applicant ?? {};
      const status = a.maritalStatus;
      return [
        {
          rows: [
            {
              path: undefined,
              label: t('application.applicant.name'),
              value: text([a.firstName, a.lastName].filter(Boolean).join(' ')),
              fixed: true,
            },
            {
              path: undefined,
              label: t('application.fields.applicant.personalIdentityCode'),
              value: text(a.personalIdentityCode),
              fixed: true,
            },
            field('applicant.address.street', text(a.address?.street)),
            field('applicant.address.postalCode', text(a.address?.postalCode)),
            field('applicant.address.city', text(a.address?.city)),
            field('applicant.phone', text(a.phone)),
            field('applicant.email', text(a.email)),
            field(
              'applicant.maritalStatus',
              status ? t(`application.options.maritalStatus.${status}`) : missing,
            ),
            field('applicant.occupation', text(a.occupation)),
          ],
        },
      ];
    }
    case 'household': {
      const groups: Group[] = [];
      if (hasSpouse(content)) {
        const s = content.spouse ?? {};
        groups.push({
          heading: t('application.household.spouseHeading'),
          rows: [
            field('spouse.firstName', text(s.firstName)),
            field('spouse.lastName', text(s.lastName)),
            field('spouse.personalIdentityCode', text(s.personalIdentityCode)),
            field('spouse.occupation', text(s.occupation)),
          ],
        });
      }
      const children = content.children ?? [];
      if (children.length === 0) {
        groups.push({
          rows: [row(undefined, t('application.household.childrenHeading'), t('application.check.none'))],
        });
      }
      for (const [index, child] of children.entries()) {
        groups.push({
          heading: itemHeading(t, 'children', index),
          rows: [
            field(`children.${index}.firstName`, text(child.firstName)),
            field(`children.${index}.lastName`, text(child.lastName)),
            field(`children.${index}.dateOfBirth`, text(formatDate(child.dateOfBirth))),
          ],
        });
      }
      const others = content.otherMembers ?? [];
      if (others.length === 0) {
        groups.push({
          rows: [row(undefined, t('application.household.othersHeading'), t('application.check.none'))],
        });
      }
      for (const [index, member] of others.entries()) {
        groups.push({
          heading: itemHeading(t, 'otherMembers', index),
          rows: [
            field(`otherMembers.${index}.firstName`, text(member.firstName)),
            field(`otherMembers.${index}.lastName`, text(member.lastName)),
            field(`otherMembers.${index}.dateOfBirth`, text(formatDate(member.dateOfBirth))),
            field(
              `otherMembers.${index}.relationship`,
              member.relationship ? t(`application.options.relationship.${member.relationship}`) : missing,
            ),
            // The earlier form's free text, kept on the application that has it.
            ...(member.relation?.trim() ? [field(`otherMembers.${index}.relation`, member.relation)] : []),
          ],
        });
      }
      return groups;
    }
    case 'housing': {
      const housing = content.housing ?? {};
      const rows = [
        field('housing.type', housing.type ? t(`application.options.housingType.${housing.type}`) : missing),
      ];
      if (housing.type && detachedHouseHousingTypes.includes(housing.type)) {
        rows.push(
          field(
            'housing.detachedHouse',
            housing.detachedHouse === undefined
              ? missing
              : housing.detachedHouse
                ? t('application.housing.detachedYes')
                : t('application.housing.detachedNo'),
          ),
        );
      }
      for (const cost of housingCostsAsked(housing)) {
        const value = housing[cost];
        // An optional cost left empty is one the citizen does not have, not a question left unanswered.
        const empty =
          housing.type && isRequiredHousingCost(housing.type, cost) ? missing : t('application.check.none');
        rows.push(field(`housing.${cost}`, value === undefined ? empty : money(value)));
      }
      return [{ rows }];
    }
    case 'incomes': {
      const incomes = content.incomes ?? [];
      if (incomes.length === 0)
        return [{ rows: [row(undefined, t('application.steps.incomes'), t('application.check.none'))] }];
      const members = householdMembers(content, hasSpouse(content));
      return incomes.map((income, index) => {
        const member = members.find((candidate) => candidate.value === income.member);
        return {
          heading: itemHeading(t, 'incomes', index),
          rows: [
            field(`incomes.${index}.member`, member ? memberLabel(t, member) : missing),
            field(
              `incomes.${index}.type`,
              income.type ? t(`application.options.incomeType.${income.type}`) : missing,
            ),
            field(`incomes.${index}.amountCents`, money(income.amountCents)),
          ],
        };
      });
    }
    case 'assets': {
      const assets = content.assets ?? [];
      if (assets.length === 0)
        return [{ rows: [row(undefined, t('application.steps.assets'), t('application.check.none'))] }];
      return assets.map((asset, index) => ({
        heading: itemHeading(t, 'assets', index),
        rows: [
          field(
            `assets.${index}.type`,
            asset.type ? t(`application.options.assetType.${asset.type}`) : missing,
          ),
          field(`assets.${index}.valueCents`, money(asset.valueCents)),
          field(`assets.${index}.description`, text(asset.description)),
        ],
      }));
    }
    case 'expenses': {
      const expenses = content.expenses ?? [];
      if (expenses.length === 0) {
        return [{ rows: [row(undefined, t('application.steps.expenses'), t('application.check.none'))] }];
      }
      return expenses.map((expense, index) => ({
        heading: itemHeading(t, 'expenses', index),
        rows: [
          field(
            `expenses.${index}.type`,
            expense.type ? t(`application.options.expenseType.${expense.type}`) : missing,
          ),
          field(`expenses.${index}.amountCents`, money(expense.amountCents)),
          field(`expenses.${index}.description`, text(expense.description)),
        ],
      }));
    }
    case 'payment':
      return [
        {
          rows: [
            field('month', content.month ? formatMonth(content.month, language) : missing),
            field('iban', text(content.iban)),
          ],
        },
      ];
    case 'urgency': {
      const rows = [
        field(
          'urgent',
          content.urgent === undefined
            ? missing
            : content.urgent
              ? t('application.urgency.yes')
              : t('application.urgency.no'),
        ),
      ];
      if (content.urgent) rows.push(field('urgentReason', text(content.urgentReason)));
      return [{ rows }];
    }
    case 'additional':
      return [
        {
          rows: [
            field(
              'additionalInformation',
              content.additionalInformation?.trim()
                ? content.additionalInformation
                : t('application.check.none'),
            ),
          ],
        },
      ];
    case 'attachments':
      return [
        {
          rows: [
            ...new Set([
              ...attachmentCategoriesAsked(content),
              ...attachments.map((attachment) => attachment.category),
            ]),
          ].map((category) => {
            const files = attachments.filter((attachment) => attachment.category === category);
            return row(
              undefined,
              t(`application.attachments.categories.${category}.title`),
              files.length === 0 ? (
                t('application.check.none')
              ) : (
                <ul className="tuki-plain-list">
                  {files.map((file) => (
                    <li key={file.id}>
                      {file.fileName} ({fileTypeName(file.mediaType)},{' '}
                      {formatFileSize(file.sizeBytes, language)})
                    </li>
                  ))}
                </ul>
              ),
            );
          }),
        },
      ];
    case 'check':
      return [];
  }
}

export function ContentSummary({
  content,
  attachments,
  applicationId,
  editable,
  headingLevel = 2,
  withinId,
}: {
  content: ApplicationContent;
  attachments: readonly Attachment[];
  applicationId: string;
  /** Show a "change" link per answer (the check page). */
  editable: boolean;
  headingLevel?: 2 | 3;
  /**
   * The id of the heading of the section the summary is in: each step's section is named after both ("Your
   * answers Attachments"), so that its name differs from the page's other sections (axe landmark-unique).
   */
  withinId?: string;
}) {
  const t = useT();
  const { language } = useLanguage();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const SubHeading = headingLevel === 2 ? 'h3' : 'h4';
  return (
    <div className="tuki-summary">
      {stepIds
        .filter((step) => step !== 'check')
        .map((step) => {
          const groups = describe(t, language, content, step, attachments);
          const headingId = `summary-${step}`;
          return (
            <section
              key={step}
              aria-labelledby={withinId ? `${withinId} ${headingId}` : headingId}
              className="tuki-summary-section"
            >
              <Heading id={headingId}>{t(`application.stepTitles.${step}`)}</Heading>
              {groups.map((group, groupIndex) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: groups are positional (Lapsi 1, Lapsi 2)
                <div key={groupIndex} className="tuki-summary-group">
                  {group.heading ? <SubHeading>{group.heading}</SubHeading> : null}
                  <dl className="tuki-summary-list">
                    {group.rows.map((item) => (
                      <div key={`${item.path ?? ''}-${item.label}`} className="tuki-summary-row">
                        <dt>{item.label}</dt>
                        <dd className="tuki-summary-value">{item.value}</dd>
                        {editable && !item.fixed ? (
                          <dd className="tuki-summary-change">
                            <Link
                              to={stepPath(applicationId, step)}
                              aria-label={`${t('application.check.change')}: ${group.heading ? `${group.heading}, ` : ''}${item.label}`}
                              state={
                                (item.path
                                  ? { focusPath: item.path, returnToCheck: true }
                                  : { returnToCheck: true }) satisfies FocusFieldState
                              }
                            >
                              {t('application.check.change')}
                            </Link>
                          </dd>
                        ) : null}
                      </div>
                    ))}
                  </dl>
                </div>
              ))}
            </section>
          );
        })}
    </div>
  );
}
