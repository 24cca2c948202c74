// English texts of the `email` section, typed against the Finnish source.

import type { DeepStringShape } from '../../types.ts';
import type { email as source } from '../fi/email.ts';

export const email: DeepStringShape<typeof source> = {
  common: {
    greeting: 'Hello,',
    signature: 'City of Helsinki social services',
    noReply: 'Please do not reply to this message.',
    settings: 'You can turn e-mail notifications off in the e-services settings.',
    dataProtection: 'The privacy notice tells how we process your personal data and what rights you have:',
  },
  applicationReceived: {
    subject: 'Something new in your Tuki e-services account',
    body: 'there is new information about your social assistance matter in your e-services account. Sign in to see it:',
  },
  informationRequested: {
    subject: 'Request for additional information in your Tuki e-services account',
    body: 'additional information is requested for your social assistance matter. Sign in to your e-services account to see the request and answer it:',
  },
  newMessage: {
    subject: 'New message in your Tuki e-services account',
    body: 'you have a new message about your social assistance matter in your e-services account. Sign in to read it:',
  },
  decisionMade: {
    subject: 'Decision in your Tuki e-services account',
    body: 'a decision has been made in your social assistance matter. Sign in to your e-services account to read it:',
  },
  applicationMerged: {
    subject: 'Your application has been merged',
    body: 'your application has been merged into another application for the same month and will not be handled separately. Sign in to your e-services account to read more:',
  },
};
