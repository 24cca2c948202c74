// The citizen's settings, /settings: loaded only when visited (React.lazy in AppRoutes), for a signed-in citizen.

import '../common/application.css';
import '../common/correspondence.css';
import { RequireCitizen } from '../account/index.ts';
import { SettingsPage } from './SettingsPage.tsx';

export default function SettingsRoutes() {
  return (
    <RequireCitizen>
      <SettingsPage />
    </RequireCitizen>
  );
}
