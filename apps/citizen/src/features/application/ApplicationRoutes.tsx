// The e-services account and the application form, /applications/…: loaded only when visited (React.lazy in
// AppRoutes), so that the front page stays light.

import { NotFoundPage } from '@tuki/ui';
import './application.css';
import '../correspondence/correspondence.css';
import { Route, Routes } from 'react-router';
import { AccountPage } from '../account/AccountPage.tsx';
import { ApplicationPage } from '../account/ApplicationPage.tsx';
import { NamePage } from '../account/NamePage.tsx';
import { NewApplicationPage } from '../account/NewApplicationPage.tsx';
import { RequireCitizen } from '../account/RequireCitizen.tsx';
import { RequireName } from '../account/RequireName.tsx';
import { MessagesPage } from '../correspondence/MessagesPage.tsx';
import { ApplicationFormPage } from './form/ApplicationFormPage.tsx';
import { ReceiptPage } from './ReceiptPage.tsx';

export default function ApplicationRoutes() {
  return (
    <RequireCitizen>
      <Routes>
        <Route index element={<AccountPage />} />
        <Route path="name" element={<NamePage />} />
        <Route
          path="new"
          element={
            <RequireName>
              <NewApplicationPage />
            </RequireName>
          }
        />
        <Route path=":id" element={<ApplicationPage />} />
        <Route path=":id/sent" element={<ReceiptPage />} />
        <Route path=":id/messages" element={<MessagesPage />} />
        <Route
          path=":id/:step"
          element={
            <RequireName>
              <ApplicationFormPage />
            </RequireName>
          }
        />
        <Route path="*" element={<NotFoundPage />} />
      </Routes>
    </RequireCitizen>
  );
}
