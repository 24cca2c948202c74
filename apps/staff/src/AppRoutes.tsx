import { devLoginPath, LoadingIndicator, NotFoundPage } from '@tuki/ui';
import { lazy, Suspense } from 'react';
import { Route, Routes } from 'react-router';
import { DevLoginPage } from './features/dev-login/components/DevLoginPage.tsx';
import { LandingPage } from './features/landing/components/LandingPage.tsx';
import { StaffNav } from './features/navigation/StaffNav.tsx';
import { RequireStaff } from './features/session/components/RequireStaff.tsx';
import { handlesCases } from './features/session/roles.ts';
import { StaffUsersPage } from './features/staff-users/StaffUsersPage.tsx';

// The work queue and the case view load when first needed (the initial bundle stays small).
const WorkQueuePage = lazy(() =>
  import('./features/work-queue/WorkQueuePage.tsx').then((module) => ({ default: module.WorkQueuePage })),
);
const CaseViewPage = lazy(() =>
  import('./features/case/CaseViewPage.tsx').then((module) => ({ default: module.CaseViewPage })),
);
const ParametersPage = lazy(() =>
  import('./features/parameters/ParametersPage.tsx').then((module) => ({ default: module.ParametersPage })),
);
const StatisticsPage = lazy(() =>
  import('./features/statistics/StatisticsPage.tsx').then((module) => ({ default: module.StatisticsPage })),
);
const ApiClientsPage = lazy(() =>
  import('./features/api-clients/ApiClientsPage.tsx').then((module) => ({ default: module.ApiClientsPage })),
);
const PrintBatchesPage = lazy(() =>
  import('./features/print-batches/PrintBatchesPage.tsx').then((module) => ({
    default: module.PrintBatchesPage,
  })),
);

export function AppRoutes() {
  return (
    <>
      <StaffNav />
      <Suspense fallback={<LoadingIndicator />}>
        <StaffRoutes />
      </Suspense>
    </>
  );
}

function StaffRoutes() {
  return (
    <Routes>
      <Route
        index
        element={
          <RequireStaff>
            {(session) =>
              handlesCases(session.staffUser.roles) ? <WorkQueuePage /> : <LandingPage session={session} />
            }
          </RequireStaff>
        }
      />
      <Route
        path="/applications/:id"
        element={
          <RequireStaff>
            {(session) =>
              handlesCases(session.staffUser.roles) ? (
                <CaseViewPage staffUser={session.staffUser} />
              ) : (
                <NotFoundPage />
              )
            }
          </RequireStaff>
        }
      />
      <Route path={devLoginPath} element={<DevLoginPage />} />
      <Route
        path="/users"
        element={<RequireStaff>{(session) => <StaffUsersPage session={session} />}</RequireStaff>}
      />
      <Route
        path="/api-clients"
        element={<RequireStaff>{(session) => <ApiClientsPage session={session} />}</RequireStaff>}
      />
      <Route
        path="/parameters/:version?"
        element={<RequireStaff>{(session) => <ParametersPage session={session} />}</RequireStaff>}
      />
      <Route
        path="/print"
        element={
          <RequireStaff>
            {(session) => (handlesCases(session.staffUser.roles) ? <PrintBatchesPage /> : <NotFoundPage />)}
          </RequireStaff>
        }
      />
      <Route
        path="/statistics"
        element={<RequireStaff>{(session) => <StatisticsPage session={session} />}</RequireStaff>}
      />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
