// The decision pages outside the application page, for a signed-in citizen: the request for rectification
// (/applications/{id}/decisions/{decisionId}/rectification). Loaded only when visited (React.lazy in AppRoutes).

import '../common/application.css';
import '../common/correspondence.css';
import './decisions.css';
import { RequireCitizen } from '../account/index.ts';
import { RectificationPage } from './RectificationPage.tsx';

export default function DecisionRoutes() {
  return (
    <RequireCitizen>
      <RectificationPage />
    </RequireCitizen>
  );
}
