// An application's content as both apps show it: a section per step of the form, a description list per group.
// The sections come from describeApplicationContent; the citizen's check page adds a "change" link per row.

import type { ReactNode } from 'react';
import type { ContentGroup, ContentRow, ContentSection } from './describe-content.ts';

export function ApplicationContentView({
  sections,
  headingLevel,
  idPrefix,
  withinId,
  className,
  testId,
  change,
}: {
  sections: readonly ContentSection[];
  /** The level of the sections' headings; the groups' headings are one below. */
  headingLevel: 2 | 3;
  /** The sections' heading ids are `<idPrefix>-<section>`. */
  idPrefix: string;
  /**
   * The id of the heading of the part of the page the content is in: each section is named after both ("Your
   * answers Attachments"), so that its name differs from the page's other sections (axe landmark-unique).
   */
  withinId?: string | undefined;
  className?: string | undefined;
  testId?: string | undefined;
  /** A control after a row's value (the check page's "change" link), or nothing. */
  change?: ((section: ContentSection, group: ContentGroup, row: ContentRow) => ReactNode) | undefined;
}) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const SubHeading = headingLevel === 2 ? 'h3' : 'h4';
  return (
    <div className={className ? `tuki-summary ${className}` : 'tuki-summary'} data-testid={testId}>
      {sections.map((section) => {
        const headingId = `${idPrefix}-${section.id}`;
        return (
          <section
            key={section.id}
            aria-labelledby={withinId ? `${withinId} ${headingId}` : headingId}
            className="tuki-summary-section"
          >
            <Heading id={headingId}>{section.title}</Heading>
            {section.groups.map((group, groupIndex) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: groups are positional (Lapsi 1, Lapsi 2)
              <div key={groupIndex} className="tuki-summary-group">
                {group.heading ? <SubHeading>{group.heading}</SubHeading> : null}
                <dl className="tuki-summary-list">
                  {group.rows.map((row) => {
                    const control = change?.(section, group, row);
                    return (
                      <div key={`${row.path ?? ''}-${row.label}`} className="tuki-summary-row">
                        <dt>{row.label}</dt>
                        <dd className="tuki-summary-value">
                          {typeof row.value === 'string' ? (
                            row.value
                          ) : (
                            <ul className="tuki-plain-list">
                              {row.value.map((item, index) => (
                                // biome-ignore lint/suspicious/noArrayIndexKey: two files may be named alike
                                <li key={index}>{item}</li>
                              ))}
                            </ul>
                          )}
                        </dd>
                        {control ? <dd className="tuki-summary-change">{control}</dd> : null}
                      </div>
                    );
                  })}
                </dl>
              </div>
            ))}
          </section>
        );
      })}
    </div>
  );
}
