// @tuki/ui/dev-login: the development sign-in's accounts as buttons, one click signs in; each shows the person's
// name and what tells the accounts apart (a household, a personal identity code, a username). Apart from the
// package's index, which the apps' other pages use.

export interface AccountButton {
  /** What signing in with the account is asked with (a personal identity code, a username). */
  id: string;
  name: string;
  details: readonly string[];
}

export function AccountButtonList({
  accounts,
  onSelect,
  disabled,
}: {
  accounts: readonly AccountButton[];
  onSelect: (id: string) => void;
  disabled: boolean;
}) {
  return (
    <ul className="tuki-button-list">
      {accounts.map((account) => (
        <li key={account.id}>
          <button
            type="button"
            className="tuki-account-button"
            onClick={() => onSelect(account.id)}
            disabled={disabled}
          >
            <span className="tuki-account-name">{account.name}</span>
            {account.details.map((detail) => (
              <span key={detail} className="tuki-account-detail">
                {detail}
              </span>
            ))}
          </button>
        </li>
      ))}
    </ul>
  );
}
