// A list of similar answers (children, incomes…): each item in its own fieldset with a remove button, and an add
// button under the list. Adding focuses the new item's first field; removing returns the focus to the add button.

import { useT } from '@tuki/ui';
import { Button, ButtonSize, ButtonVariant, Fieldset, IconCrossCircle, IconPlus } from 'hds-react';
import { type ReactNode, useEffect, useRef, useState } from 'react';

export function RepeatableList({
  count,
  heading,
  addLabel,
  removeLabel,
  emptyText,
  onAdd,
  onRemove,
  renderItem,
  max = 20,
}: {
  count: number;
  heading: (index: number) => string;
  addLabel: string;
  removeLabel: (index: number) => string;
  emptyText: string;
  onAdd: () => void;
  onRemove: (index: number) => void;
  renderItem: (index: number) => ReactNode;
  max?: number;
}) {
  const t = useT();
  const listRef = useRef<HTMLDivElement>(null);
  const addRef = useRef<HTMLButtonElement>(null);
  const [focusAfter, setFocusAfter] = useState<'added' | 'removed' | undefined>();

  useEffect(() => {
    if (focusAfter === 'added') {
      const items = listRef.current?.querySelectorAll<HTMLElement>('.tuki-list-item');
      items?.[items.length - 1]?.querySelector<HTMLElement>('input, select, textarea')?.focus();
    } else if (focusAfter === 'removed') {
      addRef.current?.focus();
    }
    if (focusAfter) setFocusAfter(undefined);
  }, [focusAfter]);

  return (
    <div ref={listRef} className="tuki-list">
      {count === 0 ? <p className="tuki-list-empty">{emptyText}</p> : null}
      {Array.from({ length: count }, (_, index) => (
        // Items have no identity of their own: their position is their name (Lapsi 1, Lapsi 2).
        // biome-ignore lint/suspicious/noArrayIndexKey: the position is the item's identity here
        <Fieldset key={index} heading={heading(index)} border className="tuki-list-item">
          <div className="tuki-fields">{renderItem(index)}</div>
          <Button
            type="button"
            variant={ButtonVariant.Supplementary}
            size={ButtonSize.Small}
            iconStart={<IconCrossCircle aria-hidden />}
            onClick={() => {
              onRemove(index);
              setFocusAfter('removed');
            }}
          >
            {removeLabel(index)}
          </Button>
        </Fieldset>
      ))}
      {count < max ? (
        <Button
          ref={addRef}
          type="button"
          variant={ButtonVariant.Secondary}
          iconStart={<IconPlus aria-hidden />}
          onClick={() => {
            onAdd();
            setFocusAfter('added');
          }}
        >
          {addLabel}
        </Button>
      ) : (
        <p>{t('application.listFull', { max })}</p>
      )}
    </div>
  );
}
