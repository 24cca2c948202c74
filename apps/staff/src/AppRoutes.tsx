import { devLoginPath, LoadingIndicator, lazyPage, NotFoundPage } from '@tuki/ui';
import { Suspense } from 'react';
import { Route, Routes } from 'react-router';
import { DevLoginPage } from './features/dev-login/components/DevLoginPage.tsx';
import { LandingPage } from './features/landing/components/LandingPage.tsx';
import { StaffNav } from './features/navigation/StaffNav.tsx';
import { NoAccessPage } from './features/session/components/NoAccessPage.tsx';
import { RequireStaff } from './features/session/components/RequireStaff.tsx';
import { handlesCases, isAuditor, readsPayments } from './features/session/roles.ts';

// The work queue and the case view load when first needed (the initial bundle stays small), with the texts of
// what needs attention after a decision; the case view brings those of its decisions' deliveries and payments too.
const WorkQueuePage = lazyPage(
  () => import('./features/work-queue/WorkQueuePage.tsx').then((module) => module.WorkQueuePage),
  ['caseAttention'],
);
const CaseViewPage = lazyPage(
  () => import('./features/case/CaseViewPage.tsx').then((module) => module.CaseViewPage),
  ['staffSentAndPaid', 'caseAttention'],
);
// The admin, supervisor and auditor pages bring their own texts. A page the user's roles do not open says so
// ("no access"), not that it does not exist.
const ParametersPage = lazyPage(
  () => import('./features/parameters/ParametersPage.tsx').then((module) => module.ParametersPage),
  ['parameterSets'],
);
const StatisticsPage = lazyPage(
  () => import('./features/statistics/StatisticsPage.tsx').then((module) => module.StatisticsPage),
  ['statistics'],
);
const ApiClientsPage = lazyPage(
  () => import('./features/api-clients/ApiClientsPage.tsx').then((module) => module.ApiClientsPage),
  ['apiClients'],
);
const PrintBatchesPage = lazyPage(
  () => import('./features/print-batches/PrintBatchesPage.tsx').then((module) => module.PrintBatchesPage),
  ['printBatches'],
);
const PaymentsPage = lazyPage(
  () => import('./features/payments/PaymentsPage.tsx').then((module) => module.PaymentsPage),
  ['payments'],
);
const AuditTrailPage = lazyPage(
  () => import('./features/audit/AuditTrailPage.tsx').then((module) => module.AuditTrailPage),
  ['auditTrail'],
);
const ApprovalsPage = lazyPage(
  () => import('./features/approvals/ApprovalsPage.tsx').then((module) => module.ApprovalsPage),
  ['approvals'],
);
const ArchivePage = lazyPage(
  () => import('./features/archive/ArchivePage.tsx').then((module) => module.ArchivePage),
  ['archive'],
);
const StaffUsersPage = lazyPage(
  () => import('./features/staff-users/StaffUsersPage.tsx').then((module) => module.StaffUsersPage),
  ['staffUsers'],
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
                <NoAccessPage />
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
        path="/approvals"
        element={<RequireStaff>{(session) => <ApprovalsPage session={session} />}</RequireStaff>}
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
            {(session) => (handlesCases(session.staffUser.roles) ? <PrintBatchesPage /> : <NoAccessPage />)}
          </RequireStaff>
        }
      />
      <Route
        path="/payments"
        element={
          <RequireStaff>
            {(session) =>
              readsPayments(session.staffUser.roles) ? <PaymentsPage session={session} /> : <NoAccessPage />
            }
          </RequireStaff>
        }
      />
      <Route
        path="/statistics"
        element={<RequireStaff>{(session) => <StatisticsPage session={session} />}</RequireStaff>}
      />
      <Route
        path="/audit"
        element={
          <RequireStaff>
            {(session) =>
              isAuditor(session.staffUser.roles) ? <AuditTrailPage session={session} /> : <NoAccessPage />
            }
          </RequireStaff>
        }
      />
      <Route
        path="/archive"
        element={<RequireStaff>{(session) => <ArchivePage session={session} />}</RequireStaff>}
      />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
