// What the other parts use of correspondence/ (the layer rules let them import it only through this file).

export { type MyPreferences, myPreferencesQueryKey, updateMyPreferences, useMyPreferences } from './api.ts';
export { FilesField, filesInputId, useWaitingFiles } from './FilesField.tsx';
export { InformationRequestNotice, InformationRequests } from './InformationRequests.tsx';
export { MessagesPage } from './MessagesPage.tsx';
