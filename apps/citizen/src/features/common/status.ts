// How a status is shown: the HDS status label colour, the same in both apps, and a status this app knows.

export { knownStatus, statusLabelType } from '@tuki/ui/status';
