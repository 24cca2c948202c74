// What the other parts use of admin/ (the layer rules let them import it only through this file).
export { AdminForm, CheckboxGroupField, ErrorTextField } from './AdminForm.tsx';
export { AdminListSection, AdminPageHeader, focusLater, useAdminEditing } from './AdminPage.tsx';
export { AdminTable, DataTable, EditButtonCell, StatusCell } from './AdminTable.tsx';
export { EditPanel } from './EditPanel.tsx';
export { type AdminFormState, useAdminForm } from './useAdminForm.ts';
