// English texts of the `application` section, typed against the Finnish source.

import type { DeepStringShape } from '../../types.ts';
import type { application as source } from '../fi/application.ts';

export const application: DeepStringShape<typeof source> = {
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
    closed_as_duplicate: 'Merged into another application',
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
    tooLarge: 'The sum is too large: at most {max}.',
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
      relationship: 'Relationship to you',
      relation: 'Relationship to you (in your words)',
    },
    housing: {
      type: 'How do you live?',
      rentCents: 'Rent per month',
      waterCents: 'Water charge per month',
      heatingCents: 'Heating costs per month',
      maintenanceChargeCents: 'Maintenance or usage charge per month',
      loanInterestCents: 'Interest on your housing loan per month',
      homeInsuranceCents: 'Home insurance per month',
      electricityCents: 'Household electricity per month',
      saunaCents: 'Sauna fee per month',
      detachedHouse: 'Do you live in a detached house?',
      wasteCents: 'Waste collection per month',
      chimneySweepingCents: 'Chimney sweeping per month',
      propertyInsuranceCents: 'Property insurance per month',
      propertyTaxCents: 'Property tax per month',
      plotRentCents: 'Plot rent per month',
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
    relationship: {
      parent: 'Parent (mother or father)',
      child: 'Child',
      sibling: 'Sibling',
      grandparent: 'Grandparent',
      other_relative: 'Other relative',
      other: 'Roommate or other person',
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
    relationshipHelp:
      'Choose who the person is to you. If you live with your parents, choose “Parent (mother or father)” for each of them.',
    earlierRelation: 'Earlier you wrote: {relation}',
  },
  housing: {
    costsHeading: 'Housing costs',
    costsHelp: 'Enter the monthly amounts in euros. Leave empty any costs you do not have.',
    insuranceHelp: 'If you pay the insurance once a year, divide the amount by 12. For example 12.50',
    otherCostsHeading: 'Electricity, home insurance and sauna',
    otherCostsHelp:
      'These costs are accepted in reasonable amounts in addition to the housing costs. Enter the monthly amounts in euros. Leave empty any costs you do not have.',
    electricityHelp:
      'The electricity bill of your home, without electric heating. If the bill comes less often than monthly, divide it per month. For example 45.00',
    saunaHelp:
      'The fee for a sauna turn in your building or a public sauna, at most once a week. For example 12.00',
    detachedYes: 'Yes, I live in a detached house',
    detachedNo: 'No',
    detachedHelp:
      'For a detached house we also ask about waste collection, chimney sweeping, insurance, property tax and plot rent.',
    detachedHeading: 'Costs of the detached house',
    detachedCostsHelp:
      'Enter the costs you pay yourself. If you pay a cost once a year or less often, divide the yearly amount by 12. Leave empty any costs you do not have.',
    formerVersion:
      'The application was made on an earlier version of the form, which did not ask about electricity, the sauna fee or the costs of a detached house.',
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
      electricity_bill: {
        title: 'Electricity bill',
        help: 'The latest electricity bill of your home, because you told us about electricity costs.',
      },
      insurance_policy: {
        title: 'Insurance policy or bill',
        help: 'The policy or bill of your home insurance or property insurance, because you told us about an insurance premium.',
      },
      sauna_fee_receipt: {
        title: 'Sauna fee receipt',
        help: 'A receipt or bill for the sauna fee, because you told us about a sauna fee.',
      },
      property_tax_decision: {
        title: 'Property tax decision',
        help: 'The Tax Administration’s property tax decision, because you told us about property tax.',
      },
      plot_lease: {
        title: 'Plot lease',
        help: 'The plot lease or the latest rent bill, because you told us about plot rent.',
      },
      waste_and_chimney_bills: {
        title: 'Waste collection and chimney sweeping bills',
        help: 'The latest bills for waste collection and chimney sweeping, because you told us about these costs.',
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
};
