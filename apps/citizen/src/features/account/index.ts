// What the other parts use of account/ (the layer rules let them import it only through this file).
export { AccountPage } from './AccountPage.tsx';
export { ApplicationPage } from './ApplicationPage.tsx';
export { NamePage } from './NamePage.tsx';
export { NewApplicationPage } from './NewApplicationPage.tsx';
export { RequireCitizen } from './RequireCitizen.tsx';
export { RequireName } from './RequireName.tsx';
