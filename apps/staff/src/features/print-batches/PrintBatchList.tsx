// The earlier print batches, newest first, each with its download link; "show more" by the API's cursor.

import { formatFileSize, helsinkiDateAndTime, LoadingIndicator, Notice, useLanguage, useT } from '@tuki/ui';
import { ShowMoreButton } from '../common/ShowMoreButton.tsx';
import { StaffTable } from '../common/StaffTable.tsx';
import { usePrintBatches } from './print-batches-api.ts';

export function PrintBatchList() {
  const t = useT();
  const { language } = useLanguage();
  const batches = usePrintBatches();
  const items = batches.data?.pages.flatMap((page) => page.items);

  return (
    <section aria-labelledby="print-batches-heading" className="tuki-section">
      <h2 id="print-batches-heading">{t('printBatches.listHeading')}</h2>
      {batches.isPending ? <LoadingIndicator /> : null}
      {batches.isError && !batches.data ? (
        <Notice type="error" label={t('errors.unexpectedTitle')}>
          {t('printBatches.listFailed')}
        </Notice>
      ) : null}
      <StaffTable
        testId="print-batch-table"
        texts="printBatches.table"
        columns={['createdAt', 'createdBy', 'letters', 'document']}
        rows={items}
        empty={t('printBatches.none')}
      >
        {(batch) => {
          const dateTime = t('common.dateTime', helsinkiDateAndTime(batch.createdAt, language));
          return (
            <tr key={batch.id} data-testid="print-batch-row" data-batch-id={batch.id}>
              <th scope="row">
                <time dateTime={batch.createdAt}>{dateTime}</time>
              </th>
              <td>
                {batch.createdBy.firstName} {batch.createdBy.lastName}
              </td>
              <td>{batch.letters}</td>
              <td>
                <a href={batch.documentUrl} download>
                  {t('printBatches.downloadRow', { size: formatFileSize(batch.sizeBytes, language) })}
                  <span className="tuki-visually-hidden">
                    {`, ${t('printBatches.downloadRowContext', { dateTime })}`}
                  </span>
                </a>
              </td>
            </tr>
          );
        }}
      </StaffTable>
      <ShowMoreButton query={batches} label={t('printBatches.showMore')} />
    </section>
  );
}
