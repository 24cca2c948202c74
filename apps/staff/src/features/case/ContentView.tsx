// Everything the applicant sent (content version 1 or 2), read-only, grouped like the citizen's form: the staff
// side's own rendering of the answers, with the citizen app's texts (`application.*`). An application of version 1
// says that the form then did not ask electricity, the sauna fee or a detached house's costs.

import {
  coupleStatuses,
  detachedHouseHousingTypes,
  type HousingCost,
  housingCostsAsked,
  type Language,
} from '@tuki/domain';
import type { Translator } from '@tuki/i18n';
import { isTranslationKey } from '@tuki/i18n/web';
import { formatDate, formatEuros, formatMonth, useLanguage, useT } from '@tuki/ui';
import type { ReactNode } from 'react';
import type { StaffApplication } from './api.ts';

type Content = StaffApplication['content'];

interface Row {
  label: string;
  value: ReactNode;
}
interface Group {
  heading?: string;
  rows: Row[];
}

/** The costs the citizen's form asked of this home (the domain's one list, so both apps show the same). */
function housingCostsOf(housing: Content['housing']): readonly HousingCost[] {
  return housing?.type ? housingCostsAsked({ type: housing.type, detachedHouse: housing.detachedHouse }) : [];
}

/** A text whose key is built at run time; the key's last part when there is no such text. */
function text(t: Translator, key: string): string {
  return isTranslationKey(key) ? (t as (key: string) => string)(key) : (key.split('.').at(-1) ?? key);
}

function describe(t: Translator, language: Language, content: Content): { id: string; groups: Group[] }[] {
  const missing = t('application.check.notAnswered');
  const none = t('application.check.none');
  const str = (value: string | undefined | null) => (value?.trim() ? value : missing);
  const money = (value: number | undefined | null) =>
    value === undefined || value === null ? missing : formatEuros(value, language);
  const option = (list: string, value: string | undefined | null) =>
    value ? text(t, `application.options.${list}.${value}`) : missing;
  const field = (path: string, value: ReactNode): Row => ({
    label: text(t, `application.fields.${path}`),
    value,
  });
  const name = (person: { firstName?: string; lastName?: string } | undefined) =>
    [person?.firstName, person?.lastName].filter(Boolean).join(' ');

  const applicant = content.applicant ?? {};
  const spouse =
    applicant.maritalStatus && coupleStatuses.includes(applicant.maritalStatus)
      ? (content.spouse ?? {})
      : undefined;
  const children = content.children ?? [];
  const others = content.otherMembers ?? [];
  const memberName = (member: string | undefined) => {
    if (member === 'applicant') return name(applicant) || t('caseWork.overview.applicant');
    if (member === 'spouse') return name(spouse) || t('application.household.spouseHeading');
    const [kind, position] = (member ?? '').split(':');
    const index = Number(position);
    if (kind === 'child' && Number.isInteger(index))
      return name(children[index]) || t('application.household.childHeading', { number: index + 1 });
    if (kind === 'member' && Number.isInteger(index))
      return name(others[index]) || t('application.household.memberHeading', { number: index + 1 });
    return missing;
  };

  const household: Group[] = [];
  if (spouse) {
    household.push({
      heading: t('application.household.spouseHeading'),
      rows: [
        field('spouse.firstName', str(spouse.firstName)),
        field('spouse.lastName', str(spouse.lastName)),
        field('spouse.personalIdentityCode', str(spouse.personalIdentityCode)),
        field('spouse.occupation', str(spouse.occupation)),
      ],
    });
  }
  if (children.length === 0)
    household.push({ rows: [{ label: t('application.household.childrenHeading'), value: none }] });
  children.forEach((child, index) => {
    household.push({
      heading: t('application.household.childHeading', { number: index + 1 }),
      rows: [
        field('children.firstName', str(child.firstName)),
        field('children.lastName', str(child.lastName)),
        field('children.dateOfBirth', str(child.dateOfBirth ? formatDate(child.dateOfBirth) : undefined)),
      ],
    });
  });
  if (others.length === 0)
    household.push({ rows: [{ label: t('application.household.othersHeading'), value: none }] });
  others.forEach((member, index) => {
    household.push({
      heading: t('application.household.memberHeading', { number: index + 1 }),
      rows: [
        field('otherMembers.firstName', str(member.firstName)),
        field('otherMembers.lastName', str(member.lastName)),
        field(
          'otherMembers.dateOfBirth',
          str(member.dateOfBirth ? formatDate(member.dateOfBirth) : undefined),
        ),
        ...(member.relationship || !member.relation?.trim()
          ? [field('otherMembers.relationship', option('relationship', member.relationship))]
          : []),
        // Version 1's free text, as the citizen wrote it.
        ...(member.relation?.trim() ? [field('otherMembers.relation', member.relation)] : []),
      ],
    });
  });

  const housing = content.housing ?? {};
  const housingType = housing.type;
  const listOrNone = (heading: string, groups: Group[]) =>
    groups.length > 0 ? groups : [{ rows: [{ label: heading, value: none }] }];

  return [
    {
      id: 'applicant',
      groups: [
        {
          rows: [
            { label: t('application.applicant.name'), value: str(name(applicant)) },
            field('applicant.personalIdentityCode', str(applicant.personalIdentityCode)),
            field('applicant.address.street', str(applicant.address?.street)),
            field('applicant.address.postalCode', str(applicant.address?.postalCode)),
            field('applicant.address.city', str(applicant.address?.city)),
            field('applicant.phone', str(applicant.phone)),
            field('applicant.email', str(applicant.email)),
            field('applicant.maritalStatus', option('maritalStatus', applicant.maritalStatus)),
            field('applicant.occupation', str(applicant.occupation)),
          ],
        },
      ],
    },
    { id: 'household', groups: household },
    {
      id: 'housing',
      groups: [
        {
          rows: [
            field('housing.type', option('housingType', housingType)),
            ...(housingType && detachedHouseHousingTypes.includes(housingType)
              ? [
                  field(
                    'housing.detachedHouse',
                    housing.detachedHouse === undefined
                      ? missing
                      : housing.detachedHouse
                        ? t('application.housing.detachedYes')
                        : t('application.housing.detachedNo'),
                  ),
                ]
              : []),
            ...housingCostsOf(housing).map((cost) =>
              field(`housing.${cost}`, housing[cost] === undefined ? none : money(housing[cost])),
            ),
          ],
        },
      ],
    },
    {
      id: 'incomes',
      groups: listOrNone(
        t('application.stepTitles.incomes'),
        (content.incomes ?? []).map((income, index) => ({
          heading: t('application.incomes.rowHeading', { number: index + 1 }),
          rows: [
            field('incomes.member', memberName(income.member)),
            field('incomes.type', option('incomeType', income.type)),
            field('incomes.amountCents', money(income.amountCents)),
          ],
        })),
      ),
    },
    {
      id: 'assets',
      groups: listOrNone(
        t('application.stepTitles.assets'),
        (content.assets ?? []).map((asset, index) => ({
          heading: t('application.assets.rowHeading', { number: index + 1 }),
          rows: [
            field('assets.type', option('assetType', asset.type)),
            field('assets.valueCents', money(asset.valueCents)),
            field('assets.description', asset.description?.trim() ? asset.description : none),
          ],
        })),
      ),
    },
    {
      id: 'expenses',
      groups: listOrNone(
        t('application.stepTitles.expenses'),
        (content.expenses ?? []).map((expense, index) => ({
          heading: t('application.expenses.rowHeading', { number: index + 1 }),
          rows: [
            field('expenses.type', option('expenseType', expense.type)),
            field('expenses.amountCents', money(expense.amountCents)),
            field('expenses.description', expense.description?.trim() ? expense.description : none),
          ],
        })),
      ),
    },
    {
      id: 'payment',
      groups: [
        {
          rows: [
            field('month', content.month ? formatMonth(content.month, language) : missing),
            field('iban', str(content.iban)),
          ],
        },
      ],
    },
    {
      id: 'urgency',
      groups: [
        {
          rows: [
            field(
              'urgent',
              content.urgent === undefined
                ? missing
                : content.urgent
                  ? t('application.urgency.yes')
                  : t('application.urgency.no'),
            ),
            ...(content.urgent ? [field('urgentReason', str(content.urgentReason))] : []),
          ],
        },
      ],
    },
    {
      id: 'additional',
      groups: [
        {
          rows: [
            field(
              'additionalInformation',
              content.additionalInformation?.trim() ? content.additionalInformation : none,
            ),
          ],
        },
      ],
    },
  ];
}

export function ContentView({
  content,
  contentVersion,
}: {
  content: Content;
  contentVersion: StaffApplication['contentVersion'];
}) {
  const t = useT();
  const { language } = useLanguage();
  return (
    <div className="staff-summary" data-testid="case-content">
      {contentVersion === 1 ? <p className="staff-muted">{t('application.housing.formerVersion')}</p> : null}
      {describe(t, language, content).map((section) => (
        <section key={section.id} aria-labelledby={`content-${section.id}`} className="staff-summary-section">
          <h3 id={`content-${section.id}`}>{text(t, `application.stepTitles.${section.id}`)}</h3>
          {section.groups.map((group, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: groups are positional (Lapsi 1, Lapsi 2)
            <div key={index} className="staff-summary-group">
              {group.heading ? <h4>{group.heading}</h4> : null}
              <dl className="staff-facts">
                {group.rows.map((row) => (
                  <div key={row.label}>
                    <dt>{row.label}</dt>
                    <dd>{row.value}</dd>
                  </div>
                ))}
              </dl>
            </div>
          ))}
        </section>
      ))}
    </div>
  );
}
