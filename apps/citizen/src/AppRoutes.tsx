import { devLoginPath, LoadingIndicator, lazyPage, NotFoundPage } from '@tuki/ui';
import { lazy, Suspense } from 'react';
import { Route, Routes } from 'react-router';
import { DevLoginPage } from './features/dev-login/components/DevLoginPage.tsx';
import { LandingPage } from './features/landing/components/LandingPage.tsx';

// The e-services account and the form are a chunk of their own, fetched when first needed.
const ApplicationRoutes = lazy(() => import('./features/application/ApplicationRoutes.tsx'));
const SettingsRoutes = lazy(() => import('./features/settings/SettingsRoutes.tsx'));
const CalculatorPage = lazy(() => import('./features/calculator/CalculatorPage.tsx'));
const DecisionRoutes = lazy(() => import('./features/decisions/DecisionRoutes.tsx'));
/** The data-protection notice: public, linked from the footer of every page (dataProtectionPath). */
const DataProtectionPage = lazyPage(
  () => import('./features/data-protection/DataProtectionPage.tsx').then((m) => m.DataProtectionPage),
  ['dataProtection'],
);
export const dataProtectionPath = 'privacy';

export function AppRoutes() {
  return (
    <Routes>
      <Route index element={<LandingPage />} />
      <Route path={devLoginPath} element={<DevLoginPage />} />
      <Route
        path="applications/*"
        element={
          <Suspense fallback={<LoadingIndicator />}>
            <ApplicationRoutes />
          </Suspense>
        }
      />
      <Route
        path="applications/:applicationId/decisions/:decisionId/rectification"
        element={
          <Suspense fallback={<LoadingIndicator />}>
            <DecisionRoutes />
          </Suspense>
        }
      />
      <Route
        path="settings"
        element={
          <Suspense fallback={<LoadingIndicator />}>
            <SettingsRoutes />
          </Suspense>
        }
      />
      <Route
        path="calculator"
        element={
          <Suspense fallback={<LoadingIndicator />}>
            <CalculatorPage />
          </Suspense>
        }
      />
      <Route
        path={dataProtectionPath}
        element={
          <Suspense fallback={<LoadingIndicator />}>
            <DataProtectionPage />
          </Suspense>
        }
      />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
