// What the other parts use of session/ (the layer rules let them import it only through this file).
export { NoAccessPage } from './components/NoAccessPage.tsx';
export {
  handlesCases,
  isAdmin,
  isAuditor,
  isSupervisor,
  readsPayments,
} from './roles.ts';
