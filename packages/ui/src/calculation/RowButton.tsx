// The button of a calculation form's list (incomes, expenses, members, children) that adds a row (a plus icon) or
// removes one (a minus icon), the same in the citizen's calculator and the handler's calculation panel.

import { Button, ButtonSize, ButtonVariant, IconMinusCircle, IconPlusCircle } from 'hds-react';

export function RowButton({
  label,
  onClick,
  remove = false,
  className,
}: {
  label: string;
  onClick: () => void;
  remove?: boolean;
  className?: string;
}) {
  return (
    <Button
      type="button"
      variant={ButtonVariant.Supplementary}
      size={ButtonSize.Small}
      iconStart={remove ? <IconMinusCircle aria-hidden /> : <IconPlusCircle aria-hidden />}
      onClick={onClick}
      className={className}
    >
      {label}
    </Button>
  );
}
