// The calculation parameters (/parameters and /parameters/<version>), loaded only when first visited: the sets
// and one set's values for admins and the handling roles, the form for a new set for admins only. Other staff see
// that the page is not for them.

import type { StaffSession } from '@tuki/api-client';
import { Notice, useDocumentTitle, useT } from '@tuki/ui';
import { useParams } from 'react-router';
import { handlesCases, isAdmin } from '../session/index.ts';
import { ParameterSets } from './ParameterSets.tsx';
import { ParameterSetView } from './ParameterSetView.tsx';
import './parameters.css';

export function ParametersPage({ session }: { session: StaffSession }) {
  const { version } = useParams();
  const { roles } = session.staffUser;
  if (!isAdmin(roles) && !handlesCases(roles)) return <NotAllowed />;
  return version !== undefined ? (
    <ParameterSetView version={version} />
  ) : (
    <ParameterSets canAdd={isAdmin(roles)} />
  );
}

function NotAllowed() {
  const t = useT();
  useDocumentTitle(t('parameterSets.forbiddenTitle'));
  return (
    <>
      <h1>{t('parameterSets.forbiddenTitle')}</h1>
      <Notice type="error" label={t('parameterSets.forbiddenTitle')} testId="parameter-sets-forbidden">
        {t('parameterSets.forbidden')}
      </Notice>
    </>
  );
}
