import { citizenTexts } from '@tuki/i18n/web/citizen';
import { type FooterLink, TukiApp } from '@tuki/ui';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { AppRoutes, dataProtectionPath } from './AppRoutes.tsx';
import './citizen.css';

/** On every page: the data-protection notice. */
const footerLinks: readonly FooterLink[] = [
  { path: `/${dataProtectionPath}`, label: (t) => t('citizenDecisions.dataProtectionLink') },
];

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

createRoot(root).render(
  <StrictMode>
    <TukiApp
      audience="citizen"
      basePath={import.meta.env.BASE_URL}
      texts={citizenTexts}
      footerLinks={footerLinks}
    >
      <AppRoutes />
    </TukiApp>
  </StrictMode>,
);
