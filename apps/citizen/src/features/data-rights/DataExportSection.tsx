// "Download your data" on the settings page: what the zip holds and a link to exportMyData. A plain link, so the
// browser streams the zip straight to disk with its own progress (a large export never sits in the page's memory);
// the README inside is in the language the page is shown in. After the click a polite status says the download
// starts in a moment (the server first puts the data together).
import { useLanguage, useT } from '@tuki/ui';
import { IconDownload } from 'hds-react';
import { useState } from 'react';

export const dataExportUrl = (language: string) => `/api/v1/my/data-export?language=${language}`;

export function DataExportSection() {
  const t = useT();
  const { language } = useLanguage();
  const [started, setStarted] = useState(false);
  return (
    <section className="tuki-section" aria-labelledby="data-export-heading" data-testid="data-export">
      <h2 id="data-export-heading">{t('dataRights.export.heading')}</h2>
      <p>{t('dataRights.export.intro')}</p>
      <p>{t('dataRights.export.files')}</p>
      <p>
        <a
          href={dataExportUrl(language)}
          download
          className="tuki-button-link"
          onClick={() => setStarted(true)}
          data-testid="data-export-link"
        >
          <IconDownload aria-hidden />
          <span>{t('dataRights.export.button')}</span>
        </a>
      </p>
      <p role="status" aria-live="polite">
        {started ? t('dataRights.export.preparing') : ''}
      </p>
    </section>
  );
}
