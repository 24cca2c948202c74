// The delivery of decision letters through Suomi.fi Messages: what the rest of the server uses.
export {
  type LetterDeliveryOptions,
  letterDeliveryHandler,
  letterRendered,
  planLetterDelivery,
} from './deliver-letter.ts';
export { type DeliveryView, deliveriesOfDecisions, deliverySchema } from './delivery.presenter.ts';
export { type EventsRun, SuomifiEventsPoller } from './events-poller.ts';
export { recordDeliveriesPrintedLocally } from './letter-delivery.repository.ts';
