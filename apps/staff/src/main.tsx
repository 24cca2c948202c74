import { staffTexts } from '@tuki/i18n/web/staff';
import { TukiApp } from '@tuki/ui';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { AppRoutes } from './AppRoutes.tsx';
import './staff.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

createRoot(root).render(
  <StrictMode>
    <TukiApp audience="staff" basePath={import.meta.env.BASE_URL} texts={staffTexts}>
      <AppRoutes />
    </TukiApp>
  </StrictMode>,
);
