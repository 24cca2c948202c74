// English. Typed against the Finnish source dictionary: a missing or extra key fails the build.

import type { Dictionary } from './fi.ts';
import { calculation } from './sections/en/calculation.ts';
import { calculator } from './sections/en/calculator.ts';
import { caseWork } from './sections/en/caseWork.ts';
import { citizenCorrespondence } from './sections/en/citizenCorrespondence.ts';
import { citizenDecisions } from './sections/en/citizenDecisions.ts';
import { correspondence } from './sections/en/correspondence.ts';
import { decisions } from './sections/en/decisions.ts';
import { parameterSets } from './sections/en/parameterSets.ts';
import { printBatches } from './sections/en/printBatches.ts';
import { rectification } from './sections/en/rectification.ts';
import { staffCorrespondence } from './sections/en/staffCorrespondence.ts';
import { staffDecisions } from './sections/en/staffDecisions.ts';
import { staffUsers } from './sections/en/staffUsers.ts';
import { workQueue } from './sections/en/workQueue.ts';

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
    dateTime: '{date} at {time}',
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
      accountHeading: 'Your e-services account',
      accountHelp:
        'In your e-services account you can make an application, continue an application you have started and follow how your applications are processed.',
      toAccount: 'Go to the e-services account',
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
  application: {
    documentTitle: '{step} – application for social assistance',
    formTitle: 'Application: {kind}',
    stepperLabel: 'Steps of the application',
    stepCount: 'Step {current} of {total}',
    optionalLabel: '{label} (optional)',
    choose: 'Choose',
    listFull: 'You can add up to {max} rows to the list.',
    kind: {
      basic: 'Basic social assistance',
      supplementary: 'Supplementary social assistance',
      preventive: 'Preventive social assistance',
      rectification: 'Request for rectification',
    },
    kindDescription: {
      basic: 'For everyday costs such as food, clothing, medicines and housing.',
      supplementary:
        'For special costs that basic social assistance does not cover, such as moving costs or a rent deposit.',
      preventive:
        'To help you manage on your own and to prevent financial difficulties, for example after a sudden change in your life.',
    },
    status: {
      draft: 'Not sent',
      submitted: 'Sent',
      in_processing: 'Being processed',
      waiting_for_information: 'Waiting for additional information',
      decided: 'Decision made',
      withdrawn: 'Withdrawn',
    },
    steps: {
      applicant: 'Applicant',
      household: 'Family',
      housing: 'Housing',
      incomes: 'Income',
      assets: 'Assets',
      expenses: 'Expenses',
      payment: 'Account and month',
      urgency: 'Urgency',
      additional: 'More information',
      attachments: 'Attachments',
      check: 'Check',
    },
    stepState: {
      done: 'done',
      attention: 'needs checking',
    },
    stepTitles: {
      applicant: 'About you',
      household: 'Your family and others in your household',
      housing: 'Housing and housing costs',
      incomes: 'Income',
      assets: 'Assets',
      expenses: 'Expenses you are applying for',
      payment: 'Month and bank account',
      urgency: 'Urgency',
      additional: 'More information',
      attachments: 'Attachments',
      check: 'Check your answers and send the application',
    },
    stepIntros: {
      applicant: 'Check your contact details and tell us about your family situation.',
      household:
        'Tell us who lives in the same household as you. Social assistance is calculated for the whole family together.',
      housing: 'Tell us how you live and how much your housing costs each month.',
      incomes:
        'Tell us all the income that you and your family members receive in the month you are applying for. If there is no income, go on to the next step.',
      assets:
        'Tell us about your family’s assets, such as bank balances, savings and investments. If there are none, go on to the next step.',
      expenses:
        'Tell us about expenses you are applying for on top of housing and everyday costs, such as medicines. If there are none, go on to the next step.',
      payment: 'Choose the month you are applying for and give the bank account the assistance is paid to.',
      urgency: 'Tell us whether you need assistance straight away.',
      additional: 'Here you can tell us anything else you want the person handling your application to know.',
      attachments:
        'Attachments speed up the processing. If an attachment is missing, we will ask you for it and the decision may take longer.',
      check: 'Check your answers before you send the application.',
    },
    actions: {
      continue: 'Continue',
      previous: 'Previous',
      continueLater: 'Continue later – your application is saved in your e-services account',
      backToCheck: 'Save and return to the check page',
    },
    save: {
      auto: 'Your application is saved automatically.',
      saving: 'Saving…',
      saved: 'Saved at {time}',
      retrying: 'Saving failed – trying again',
      conflict: 'Not saved: the application was changed in another window',
      signedOut:
        'Not saved: your session has ended. Your changes are kept in this browser and will be saved when you sign in again.',
      locked: 'The application can no longer be changed.',
      restoredTitle: 'Unsaved changes were restored',
      restored:
        'This browser had changes that had not been saved yet. They have been restored and are now being saved.',
    },
    conflict: {
      title: 'The application was changed in another window',
      body: 'The application was changed in another browser window or on another device after you opened it here. We did not save the changes made in this window, so that nothing is overwritten without you noticing. Load the newest version and make your changes again if needed.',
      load: 'Load the newest version',
      loadedTitle: 'The newest version has been loaded',
      loaded: 'You are now seeing the most recently saved version of the application.',
    },
    locked: {
      title: 'The application can no longer be changed',
      body: 'The application has already been sent or withdrawn, so it can no longer be changed.',
      link: 'Show the application',
    },
    errors: {
      summaryItem: '{field}: {message}',
      itemField: '{item}, {field}',
    },
    money: {
      help: 'In euros, for example 675.50',
      invalid: 'Enter the amount in euros, for example 675.50.',
    },
    date: {
      help: 'As day.month.year, for example 31.1.2015',
    },
    fields: {
      applicant: {
        firstName: 'First name',
        lastName: 'Last name',
        personalIdentityCode: 'Personal identity code',
        email: 'E-mail address',
        phone: 'Phone number',
        address: {
          street: 'Street address',
          postalCode: 'Postal code',
          city: 'Town or city',
        },
        maritalStatus: 'Marital status',
        occupation: 'Occupation or situation',
      },
      spouse: {
        firstName: 'First name',
        lastName: 'Last name',
        personalIdentityCode: 'Personal identity code',
        occupation: 'Occupation or situation',
      },
      children: {
        firstName: 'First name',
        lastName: 'Last name',
        dateOfBirth: 'Date of birth',
      },
      otherMembers: {
        firstName: 'First name',
        lastName: 'Last name',
        dateOfBirth: 'Date of birth',
        relation: 'Relationship to you',
      },
      housing: {
        type: 'How do you live?',
        rentCents: 'Rent per month',
        waterCents: 'Water charge per month',
        heatingCents: 'Heating costs per month',
        maintenanceChargeCents: 'Maintenance or usage charge per month',
        loanInterestCents: 'Interest on your housing loan per month',
        homeInsuranceCents: 'Home insurance per month',
      },
      incomes: {
        member: 'Whose income?',
        type: 'Type of income',
        amountCents: 'Amount per month',
      },
      assets: {
        type: 'Type of asset',
        valueCents: 'Value',
        description: 'Details',
      },
      expenses: {
        type: 'Type of expense',
        amountCents: 'Amount',
        description: 'Details',
      },
      month: 'Month you are applying for',
      iban: 'Bank account number (IBAN)',
      urgent: 'Is your situation urgent?',
      urgentReason: 'Why do you need assistance straight away?',
      additionalInformation: 'More information',
      declaration: 'Declaration',
    },
    options: {
      maritalStatus: {
        single: 'Single',
        married: 'Married',
        cohabiting: 'Living with a partner',
        registered_partnership: 'In a registered partnership',
        separated: 'Separated',
        divorced: 'Divorced',
        widowed: 'Widowed',
      },
      housingType: {
        rental: 'In a rented home',
        owner_occupied: 'In a home I own',
        right_of_occupancy: 'In a right-of-occupancy home',
        subtenant: 'As a subtenant',
        homeless: 'I am homeless',
        other: 'Some other way',
      },
      incomeType: {
        wage: 'Wages',
        entrepreneur: 'Income from a business',
        unemployment_benefit: 'Unemployment allowance',
        labour_market_subsidy: 'Labour market subsidy',
        housing_allowance: 'Housing allowance',
        child_benefit: 'Child benefit',
        student_aid: 'Student financial aid',
        pension: 'Pension',
        sickness_allowance: 'Sickness allowance',
        maintenance_payment: 'Child maintenance or maintenance allowance',
        other: 'Other income',
      },
      assetType: {
        bank_account: 'Bank account balance',
        savings: 'Savings',
        investments: 'Shares, funds or other investments',
        vehicle: 'Car or other vehicle',
        property: 'Home, property or land',
        other: 'Other assets',
      },
      expenseType: {
        health_care: 'Health care',
        medicine: 'Medicines',
        day_care: 'Early childhood education fees',
        moving: 'Moving costs',
        rent_deposit: 'Rent deposit',
        other: 'Other expense',
      },
    },
    members: {
      applicant: 'You',
      applicantNamed: '{name} (you)',
      spouse: 'Spouse or partner',
      spouseNamed: '{name} (spouse or partner)',
      childNamed: '{name} (child)',
    },
    applicant: {
      recordHeading: 'Personal details',
      name: 'Name',
      recordHelp:
        'Your name and personal identity code come from the Population Information System. You cannot change them here.',
      addressHeading: 'Address',
      contactHeading: 'Contact details',
      contactHelp: 'Give at least a phone number or an e-mail address, so that we can contact you if needed.',
      situationHeading: 'Family situation and work',
      maritalStatusHelp:
        'If you live with a spouse or partner, we will ask for their details in the next step.',
      occupationHelp: 'For example unemployed job seeker, student, pensioner or in full-time work.',
    },
    household: {
      spouseHeading: 'Spouse or partner',
      spouseHelp:
        'This means a husband, wife, cohabiting partner or registered partner you live with. Give their details.',
      noSpouse:
        'We do not ask about a spouse or partner, because you have not told us that you are married, living with a partner or in a registered partnership. If this is not right, change your marital status in the details about you.',
      personalIdentityCodeHelp: 'For example 131052-308T',
      childrenHeading: 'Children',
      childrenHelp: 'Add the children under 18 who live with you.',
      childHeading: 'Child {number}',
      addChild: 'Add a child',
      removeChild: 'Remove child {number}',
      noChildren: 'You have not added any children.',
      othersHeading: 'Others in your household',
      othersHelp:
        'Add other people who live with you and share the costs with you, for example an adult child.',
      memberHeading: 'Person {number}',
      addMember: 'Add a person',
      removeMember: 'Remove person {number}',
      noMembers: 'You have not added any other people.',
      relationHelp: 'For example adult child, parent or sibling',
    },
    housing: {
      costsHeading: 'Housing costs',
      costsHelp: 'Enter the monthly amounts in euros. Leave empty any costs you do not have.',
      insuranceHelp: 'If you pay the insurance once a year, divide the amount by 12. For example 12.50',
      homelessHelp:
        'Tell us about your situation under more information. If you need a place to sleep tonight, contact the social services emergency unit.',
    },
    incomes: {
      rowHeading: 'Income {number}',
      add: 'Add income',
      remove: 'Remove income {number}',
      none: 'You have not added any income.',
      amountHelp: 'In euros per month, for example 675.50. For wages, give the net amount after tax.',
    },
    assets: {
      rowHeading: 'Asset {number}',
      add: 'Add an asset',
      remove: 'Remove asset {number}',
      none: 'You have not added any assets.',
      valueHelp: 'In euros, for example 120.00',
      descriptionHelp: 'For example the name of the bank, or the make and year of the car',
    },
    expenses: {
      rowHeading: 'Expense {number}',
      add: 'Add an expense',
      remove: 'Remove expense {number}',
      none: 'You have not added any expenses.',
      amountHelp: 'In euros, for example 35.90',
      descriptionHelp: 'Say briefly what the expense is for. Required if you chose “Other expense”.',
    },
    payment: {
      monthHelp: 'You can apply for this month, next month, or for up to three previous months.',
      currentMonth: '{month} (this month)',
      ibanHelp: 'The assistance is paid to this account. For example FI21 1234 5600 0007 85',
    },
    urgency: {
      help: 'Your situation is urgent if you have no money for essentials such as food or medicines and cannot wait for the usual processing. An urgent application is decided by the next working day at the latest.',
      yes: 'Yes, I need assistance straight away',
      no: 'No',
      reasonHelp: 'Tell us briefly what you need straight away and why.',
    },
    additional: {
      help: 'For example changes in your situation, or things that did not fit the other questions.',
    },
    attachments: {
      allowed:
        'Allowed file types are PDF, JPEG, PNG, HEIC and WebP. Each file can be up to {maxMegabytes} MB, and an application can have {max} attachments in total. On a phone you can also take a photo of a document.',
      choose: 'Choose files',
      dropHere: 'or drag the files here',
      uploading: 'Sending: {name}',
      cancel: 'Cancel',
      cancelNamed: 'Cancel sending the file {name}',
      cancelled: 'Sending was cancelled.',
      retry: 'Try again',
      retryNamed: 'Try again: {name}',
      dismiss: 'Close',
      dismissNamed: 'Close the message: {name}',
      delete: 'Delete',
      deleteNamed: 'Delete the attachment {name}',
      deleteFailed: 'The attachment could not be deleted. Try again.',
      deleted: 'The attachment {name} has been deleted.',
      uploaded: 'The file {name} has been sent.',
      scanning: 'virus check in progress',
      sentHeading: 'Files sent: {category}',
      stillUploading: 'Files are still being sent. Wait until sending is finished, or cancel it.',
      categories: {
        bank_statement: {
          title: 'Bank statements',
          help: 'Statements for the last two months of every account of every family member. Missing bank statements are the most common reason for a negative decision.',
        },
        rental_agreement: {
          title: 'Rental agreement',
          help: 'If you rent your home, attach the rental agreement. It is needed when you apply for the first time or when your rent has changed.',
        },
        pay_slip: {
          title: 'Pay slips',
          help: 'Pay slips for the month you are applying for and the month before it.',
        },
        receipt: {
          title: 'Receipts and bills',
          help: 'Receipts and bills for the expenses you are applying for, such as medicines or health care.',
        },
        other: {
          title: 'Other attachments',
          help: 'Other documents about your application, for example a water bill or a decision on another benefit.',
        },
      },
    },
    check: {
      intro: 'Check that your answers are correct. You can change an answer with the link next to it.',
      change: 'Change',
      notAnswered: 'No answer',
      none: 'None given',
      declarationHeading: 'Declaration',
      declaration:
        'I declare that the information I have given is correct and that I will report any changes without delay.',
      declarationHelp:
        'If assistance is granted on the basis of wrong or incomplete information, it may have to be paid back.',
      send: 'Send the application',
      sending: 'Sending…',
      sendFailed: 'The application could not be sent. Check your internet connection and try again.',
      saveFirst:
        'The application could not be saved, so it was not sent. Check your internet connection and try again.',
      changedElsewhere:
        'The application was changed in another window. You are now seeing the newest version. Check your answers and send the application again.',
    },
    receipt: {
      pageTitle: 'Application sent',
      title: 'Your application has been sent',
      noticeTitle: 'Application received',
      due: 'A decision will be made by {date} at the latest.',
      nextHeading: 'What happens next',
      next: {
        review: 'A handler goes through your application and attachments.',
        moreInformation:
          'If we need more information, we will send you a request for additional information. You will see it in your e-services account.',
        decision:
          'You will receive the decision in your e-services account. The decision tells you how to appeal against it.',
      },
      urgent: 'You told us that your situation is urgent, so your application is handled as urgent.',
      changes: 'If your situation changes before the decision, tell the handler.',
      showApplication: 'Show the application',
    },
  },
  account: {
    pageTitle: 'E-services account',
    title: 'E-services account',
    intro:
      'Here you can see your applications and how their processing is going. You can also make a new application.',
    newApplication: 'Make a new application',
    applicationsHeading: 'Your applications',
    none: 'You do not have any applications yet.',
    referenceNumber: 'Reference number',
    submittedAt: 'Sent',
    createdAt: 'Started',
    dueDate: 'Decision by',
    draftDeletes: 'If you do not continue the application, it will be deleted on {date}.',
    continue: 'Continue the application',
    backToAccount: 'Back to the e-services account',
    signInRequired: {
      title: 'Sign in to your e-services account',
      body: 'Sign in to see your applications and to make a new application.',
    },
    new: {
      pageTitle: 'New application',
      title: 'What assistance are you applying for?',
      intro:
        'Choose the assistance you are applying for. If you are not sure, choose basic social assistance.',
      legend: 'Type of assistance',
      saved:
        'The application is saved in your e-services account as you fill it in, so you can continue it later.',
      start: 'Start the application',
      failed: 'The application could not be started. Try again.',
    },
    detail: {
      pageTitle: 'Application',
      notFoundTitle: 'Application not found',
      notFound: 'The application was not found. It may have been deleted, or the address is wrong.',
      urgency: 'Priority',
      urgent: 'Urgent',
      historyHeading: 'Processing stages',
      informationRequestsHeading: 'Requests for additional information',
      noInformationRequests: 'You have not been asked for additional information.',
      informationRequestCount: 'Requests for additional information: {count}',
      messagesHeading: 'Messages',
      noMessages: 'No new messages.',
      unreadMessages: 'Unread messages: {count}',
      decisionsHeading: 'Decisions',
      noDecisions: 'No decision has been made yet.',
      decisionCount: 'Decisions: {count}',
      attachmentsHeading: 'Attachments',
      noAttachments: 'The application has no attachments.',
      contentHeading: 'Your answers',
      withdrawHeading: 'Withdrawing the application',
      withdrawHelp: 'You can withdraw the application as long as no decision has been made on it.',
      withdraw: 'Withdraw the application',
      withdrawTitle: 'Do you want to withdraw the application?',
      withdrawBody: 'A withdrawn application is not processed. You can make a new application later.',
      withdrawConfirm: 'Yes, withdraw the application',
      withdrawCancel: 'Do not withdraw',
      withdrawFailed: 'The application could not be withdrawn. Try again.',
      withdrawnTitle: 'The application has been withdrawn',
      withdrawn:
        'Your application will not be processed. You can make a new application in your e-services account.',
    },
  },
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
  email: {
    common: {
      greeting: 'Hello,',
      signature: 'City of Helsinki social services',
      noReply: 'Please do not reply to this message.',
      settings: 'You can turn e-mail notifications off in the e-services settings.',
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
  },
  workQueue,
  caseWork,
  staffUsers,
  parameterSets,
  printBatches,
  correspondence,
  decisions,
  rectification,
  citizenCorrespondence,
  citizenDecisions,
  staffCorrespondence,
  staffDecisions,
  calculation,
  calculator,
};
