// Step 5: assets (bank balances, savings, investments, vehicles, property).

import { assetTypes } from '@tuki/domain';
import { useT } from '@tuki/ui';
import { MoneyField, SelectField, TextField } from '../fields/fields.tsx';
import { RepeatableList } from '../fields/RepeatableList.tsx';
import { useDraft } from '../form/form-context.tsx';
import { StepForm } from '../form/StepForm.tsx';

export function AssetsStep() {
  const t = useT();
  const { content, update } = useDraft();
  const assets = content.assets ?? [];
  return (
    <StepForm step="assets">
      <RepeatableList
        count={assets.length}
        max={50}
        heading={(index) => t('application.assets.rowHeading', { number: index + 1 })}
        addLabel={t('application.assets.add')}
        removeLabel={(index) => t('application.assets.remove', { number: index + 1 })}
        emptyText={t('application.assets.none')}
        onAdd={() => update((current) => ({ ...current, assets: [...(current.assets ?? []), {}] }))}
        onRemove={(index) =>
          update((current) => ({ ...current, assets: (current.assets ?? []).filter((_, i) => i !== index) }))
        }
        renderItem={(index) => (
          <>
            <SelectField
              path={`assets.${index}.type`}
              options={assetTypes.map((value) => ({
                value,
                label: t(`application.options.assetType.${value}`),
              }))}
            />
            <MoneyField path={`assets.${index}.valueCents`} helperText={t('application.assets.valueHelp')} />
            <TextField
              path={`assets.${index}.description`}
              helperText={t('application.assets.descriptionHelp')}
              optional
              maxLength={500}
            />
          </>
        )}
      />
    </StepForm>
  );
}
