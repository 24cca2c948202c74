// English. Typed against the Finnish source dictionary: a missing or extra key fails the build.

import type { Dictionary } from './fi.ts';

export const en: Dictionary = {
  common: {
    citizenAppName: 'Tuki – social assistance e-services',
    staffAppName: 'Tuki – social assistance case handling',
    documentTitle: '{page} – {app}',
    cityName: 'City of Helsinki',
    frontPage: 'Front page',
    signIn: 'Sign in',
    signOut: 'Sign out',
    signedInAs: 'Signed in as {name}',
    userMenu: 'User menu',
    skipToContent: 'Skip to main content',
    language: 'Language',
    changeLanguage: 'Change language',
    menu: 'Menu',
    close: 'Close',
    loading: 'Loading…',
    backToTop: 'Back to top',
    allRightsReserved: 'All rights reserved',
    languageNames: {
      fi: 'Suomi',
      sv: 'Svenska',
      en: 'English',
    },
    roles: {
      handler: 'Benefits handler',
      social_worker: 'Social worker',
      supervisor: 'Supervisor',
      admin: 'Administrator',
      auditor: 'Auditor',
    },
  },
  citizen: {
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
      comingSoonTitle: 'Your e-services account is coming',
      comingSoon:
        'This service will become your e-services account. Soon you can make an application here, send attachments, answer requests for additional information and read decisions.',
    },
  },
  staff: {
    landing: {
      pageTitle: 'Front page',
      title: 'Welcome, {name}',
      rolesHeading: 'Your roles',
      noRoles: 'You have not been given any roles yet. Please contact an administrator.',
      comingLater:
        'The work queue and the handling of applications will come to this view later. For now you can check that signing in and your access rights work.',
    },
    signInRequired: {
      pageTitle: 'Sign-in required',
      title: 'Please sign in as staff',
      body: 'This service is for the city’s staff who handle social assistance cases.',
      signIn: 'Sign in as staff',
      signedInAsCitizen:
        'You are now signed in as a client. Sign out first, then sign in again with your staff credentials.',
    },
  },
  signIn: {
    pageTitle: 'Sign in',
    citizen: {
      title: 'Sign in to the service',
      intro:
        'Sign in with strong identification. You can identify yourself with online banking codes, a mobile certificate or an identity card.',
    },
    staff: {
      title: 'Sign in as staff',
      intro: 'Sign in with your work account.',
    },
    errorTitle: 'Signing in failed',
    validation: {
      required: 'This information is missing.',
      invalid_personal_identity_code: 'The personal identity code is not valid. Please check it.',
      invalid_postal_code: 'A postal code has five digits.',
      invalid_email: 'The e-mail address is not valid, for example name@example.fi.',
      invalid_phone: 'The phone number is not valid, for example 040 123 4567.',
      contact_required: 'Give an e-mail address or a phone number so that we can contact you.',
      invalid_date: 'The date is not valid, for example 31.1.2015.',
      date_in_future: 'The date cannot be in the future.',
      child_not_minor: 'The child is an adult: add them to the other members of the household.',
      invalid_month: 'The month is not valid.',
      month_out_of_range: 'You can apply for at most the three previous months or the next month.',
      invalid_iban: 'The account number is not a valid IBAN, for example FI21 1234 5600 0007 85.',
      amount_required: 'Give the amount in euros.',
      unknown_member: 'Choose a member of the household.',
      declaration_required: 'Confirm that the information is correct.',
      summary: 'There is something to correct in the application.',
    },
    upload: {
      tooLarge: 'The file is too large. The largest size allowed is {maxMegabytes} MB.',
      unsupportedType: 'This file type cannot be sent. Allowed types: PDF, JPEG, PNG, HEIC and WebP.',
      empty: 'The file is empty.',
      infected: 'Malware was found in the file, so it was deleted. Please send a clean file.',
      tooMany: 'An application can have at most {max} attachments.',
      interrupted: 'The upload was interrupted. Please try again.',
    },
    errors: {
      insufficientLoa:
        'This service needs strong identification. Sign in again with online banking codes, a mobile certificate or an identity card.',
      noIdentityCode:
        'We did not get your personal identity code from the identification service, so we could not identify you. Please try again. If the problem continues, try another identification method.',
      interrupted: 'The sign-in was interrupted or expired. Please try again.',
      cancelled: 'The sign-in was cancelled or failed at the identification service. Please try again.',
      noUsername:
        'We did not get your username from the sign-in service. Please try again. If the problem continues, contact an administrator.',
      inactive:
        'Your user account has been disabled in this service. If you need access to the service, contact an administrator.',
      notConfigured: 'Signing in is not available right now. Please try again later.',
      unknown: 'Something went wrong while signing in. Please try again in a moment.',
    },
  },
  devLogin: {
    pageTitle: 'Development sign-in',
    title: 'Development sign-in',
    intro:
      'This is the sign-in page of the development environment. It replaces the strong electronic identification that the service uses in production. Do not use real personal data.',
    citizenInstructions: 'Choose a demo person or type any valid personal identity code.',
    demoCitizensHeading: 'Demo persons',
    noDemoCitizens: 'There are no demo persons.',
    household: {
      single: 'Lives alone',
      couple_with_children: 'Couple with children',
      single_parent: 'Single parent',
      young_adult_with_parents: 'Young adult living with parents',
    },
    personalIdentityCodeHeading: 'Sign in with a personal identity code',
    personalIdentityCodeLabel: 'Personal identity code',
    personalIdentityCodeHelp:
      'If there is no person with this personal identity code yet, one is created. Example: 131052-308T',
    submit: 'Sign in with this code',
    staffInstructions: 'Choose a test user. Each user has one role.',
    staffUsersHeading: 'Test users by role',
    noStaffUsers: 'There are no test users.',
    errorSummaryHeading: 'Signing in failed',
    personalIdentityCodeRequired: 'Enter a personal identity code.',
    notAvailableTitle: 'Development sign-in is not in use',
    notAvailable: 'In this environment you sign in with strong identification.',
  },
  errors: {
    networkTitle: 'Connection error',
    network: 'Could not connect to the service. Check your network connection and try again.',
    sessionExpiredTitle: 'Session expired',
    sessionExpired: 'Your session has expired. Please sign in again.',
    invalidPersonalIdentityCode: 'The personal identity code is not valid. Please check it.',
    forbiddenTitle: 'Not allowed',
    forbidden: 'You are not allowed to do this.',
    notFoundTitle: 'Page not found',
    notFound: 'The page you are looking for was not found. Check the address or go back to the front page.',
    unknownUser: 'User not found.',
    unexpectedTitle: 'Error',
    unexpected: 'An unexpected error occurred. Please try again later.',
    retry: 'Try again',
  },
};
