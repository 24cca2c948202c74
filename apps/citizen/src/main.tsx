import { citizenTexts } from '@tuki/i18n/web/citizen';
import { TukiApp } from '@tuki/ui';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { AppRoutes } from './AppRoutes.tsx';
import './citizen.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

createRoot(root).render(
  <StrictMode>
    <TukiApp audience="citizen" basePath={import.meta.env.BASE_URL} texts={citizenTexts}>
      <AppRoutes />
    </TukiApp>
  </StrictMode>,
);
