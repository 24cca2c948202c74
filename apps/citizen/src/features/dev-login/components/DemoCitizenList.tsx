// The demo citizens as buttons: name and household, one click signs in.

import type { DevCitizenAccount } from '@tuki/api-client';
import { useT } from '@tuki/ui';

/** The households the demo data describes, each with its text under devLogin.household. */
const households = ['single', 'couple_with_children', 'single_parent', 'young_adult_with_parents'] as const;

function isHousehold(value: string): value is (typeof households)[number] {
  return (households as readonly string[]).includes(value);
}

export function DemoCitizenList({
  citizens,
  onSelect,
  disabled,
}: {
  citizens: readonly DevCitizenAccount[];
  onSelect: (personalIdentityCode: string) => void;
  disabled: boolean;
}) {
  const t = useT();
  if (citizens.length === 0) return <p>{t('devLogin.noDemoCitizens')}</p>;

  // The server describes a household with a short English key; an unknown one is shown as it is.
  const household = (key: string) => (isHousehold(key) ? t(`devLogin.household.${key}`) : key);
  return (
    <ul className="tuki-button-list">
      {citizens.map((citizen) => (
        <li key={citizen.personalIdentityCode}>
          <button
            type="button"
            className="tuki-account-button"
            onClick={() => onSelect(citizen.personalIdentityCode)}
            disabled={disabled}
          >
            <span className="tuki-account-name">
              {citizen.firstName} {citizen.lastName}
            </span>
            <span className="tuki-account-detail">{household(citizen.household)}</span>
            <span className="tuki-account-detail">{citizen.personalIdentityCode}</span>
          </button>
        </li>
      ))}
    </ul>
  );
}
