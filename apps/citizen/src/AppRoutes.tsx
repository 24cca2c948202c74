import { devLoginPath, NotFoundPage } from '@tuki/ui';
import { Route, Routes } from 'react-router';
import { DevLoginPage } from './features/dev-login/components/DevLoginPage.tsx';
import { LandingPage } from './features/landing/components/LandingPage.tsx';

export function AppRoutes() {
  return (
    <Routes>
      <Route index element={<LandingPage />} />
      <Route path={devLoginPath} element={<DevLoginPage />} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
