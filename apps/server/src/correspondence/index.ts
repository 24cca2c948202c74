// What the other parts use of correspondence/ (the layer rules let them import it only through this file).
export {
  type InformationRequestView,
  informationRequestSchema,
  type MessageView,
  presentInformationRequest,
  presentMessage,
} from './correspondence.presenter.ts';
export {
  countUnreadMessages,
  type InformationRequestRecord,
  listInformationRequests,
  listMessageRecords,
} from './correspondence.repository.ts';
