// English texts of the `citizen` section, typed against the Finnish source.

import type { DeepStringShape } from '../../types.ts';
import type { citizen as source } from '../fi/citizen.ts';

export const citizen: DeepStringShape<typeof source> = {
  landing: {
    pageTitle: 'Front page',
    title: 'Apply for social assistance online',
    intro:
      'Social assistance is financial support of last resort. It secures the income you need to live when your own income and assets or other benefits are not enough for everyday expenses.',
    servicesHeading: 'In this service you can',
    services: {
      apply: 'apply for basic, supplementary and preventive social assistance',
      attachments: 'send the attachments of your application',
      follow: 'follow how your application is being processed',
      answer: 'answer requests for additional information and messages',
      decisions: 'read the decisions that concern you',
    },
    signInHeading: 'Sign in to the service',
    signInHelp:
      'To sign in you need online banking credentials, a mobile certificate or a certificate card. Once you have identified yourself, the service knows who you are and you do not need to fill in your basic details again.',
    signInToApply: 'Sign in to apply',
    urgentHelp:
      'If your situation is urgent and you cannot wait for your application to be processed, contact the city’s emergency social services.',
    welcome: 'Welcome, {name}',
    accountHeading: 'Your e-services account',
    accountHelp:
      'In your e-services account you can make an application, continue an application you have started and follow how your applications are processed.',
    toAccount: 'Go to the e-services account',
  },
};
