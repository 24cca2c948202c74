// The answers of an application, read-only (the shared description of the content, @tuki/ui): on the check page
// with a "change" link per answer (to the step, focusing the field), and in the e-services account without.

import type { ApplicationContent } from '@tuki/domain';
import { formatFileSize, useLanguage, useT } from '@tuki/ui';
import { ApplicationContentView, describeApplicationContent } from '@tuki/ui/content';
import { Link } from 'react-router';
import type { Attachment } from '../api/applications.ts';
import { fileTypeName } from '../attachments/file-type.ts';
import { type FocusFieldState, stepPath } from '../form/step-path.ts';

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
  /** The id of the heading of the section the summary is in (see ApplicationContentView). */
  withinId?: string;
}) {
  const t = useT();
  const { language } = useLanguage();
  const sections = describeApplicationContent(content, t, language, {
    reader: 'applicant',
    attachments: attachments.map((file) => ({
      category: file.category,
      text: `${file.fileName} (${fileTypeName(file.mediaType)}, ${formatFileSize(file.sizeBytes, language)})`,
    })),
  });
  return (
    <ApplicationContentView
      sections={sections}
      headingLevel={headingLevel}
      idPrefix="summary"
      withinId={withinId}
      change={
        editable
          ? (section, group, row) =>
              row.fixed ? null : (
                <Link
                  to={stepPath(applicationId, section.id)}
                  aria-label={`${t('application.check.change')}: ${group.heading ? `${group.heading}, ` : ''}${row.label}`}
                  state={
                    (row.path
                      ? { focusPath: row.path, returnToCheck: true }
                      : { returnToCheck: true }) satisfies FocusFieldState
                  }
                >
                  {t('application.check.change')}
                </Link>
              )
          : undefined
      }
    />
  );
}
