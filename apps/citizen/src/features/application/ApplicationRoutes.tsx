// The e-services account and the application form, /applications/…: loaded only when visited (React.lazy in
// AppRoutes), so that the front page stays light.

import { NotFoundPage } from '@tuki/ui';
import '../common/application.css';
import '../common/correspondence.css';
import { Route, Routes } from 'react-router';
import {
  AccountPage,
  ApplicationPage,
  NamePage,
  NewApplicationPage,
  RequireCitizen,
  RequireName,
} from '../account/index.ts';
import { MessagesPage } from '../correspondence/index.ts';
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
