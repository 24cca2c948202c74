// The citizen's settings, /settings: loaded only when visited (React.lazy in AppRoutes), for a signed-in citizen.

import '../application/application.css';
import '../correspondence/correspondence.css';
import { RequireCitizen } from '../account/RequireCitizen.tsx';
import { SettingsPage } from './SettingsPage.tsx';

export default function SettingsRoutes() {
  return (
    <RequireCitizen>
      <SettingsPage />
    </RequireCitizen>
  );
}
