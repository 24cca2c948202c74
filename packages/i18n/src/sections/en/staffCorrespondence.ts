// English texts of the staffCorrespondence section, typed against the Finnish source.

import type { DeepStringShape } from '../../types.ts';
import type { staffCorrespondence as source } from '../fi/staffCorrespondence.ts';

export const staffCorrespondence: DeepStringShape<typeof source> = {
  requests: {
    none: 'No additional information has been requested.',
    notAllowed:
      'Additional information is requested by the application’s caseworker ({name}) or a supervisor.',
    requestedBy: 'Requested by {name} {when}',
    dueDate: 'To be answered by {date}',
    state: {
      open: 'Waiting for an answer',
      overdue: 'Overdue: no answer by the due date',
      answered: 'Answered',
    },
    answerHeading: 'The client’s answer {when}',
    answerFiles: 'Files with the answer',
    noAnswerText: 'The client wrote no text in the answer.',
    formHeading: 'Request additional information',
    commonItems: 'Common items',
    ownItems: 'Items of your own',
    ownItemLabel: 'Own item {number}',
    addOwnItem: 'Add an item of your own',
    removeOwnItem: 'Remove own item {number}',
    message: 'Covering message to the client',
    messageHint: 'Say why the information is needed. The client sees this text in the e-services.',
    due: 'To be answered by',
    dueHint: 'The decision is due within 7 working days of this date unless the client answers earlier.',
    send: 'Send the request',
    sending: 'Sending…',
    sent: 'The request for additional information was sent. The client is notified.',
    noItems: 'Choose at least one item or write one of your own.',
    noDue: 'Give a date.',
    notAllowedNow:
      'Information cannot be requested now: the application is already waiting for an answer or has been decided.',
    emptyOwnItem: 'Own item {number} is empty. Write it or remove it.',
    forbidden: 'You may not ask for more information on this application.',
    invalid:
      'The request could not be sent with these details. Check the items, the covering message and the date.',
    failed: 'Sending the request failed. Try again.',
    reason: 'Why information is asked for again',
    reasonHint:
      'Additional information has already been asked for on this application. What is missing should be asked for at once, so record why a new request is needed. The reason is shown to caseworkers.',
    reasonRequired: 'Write why additional information is asked for again.',
    reasonShown: 'Reason for a new request: {reason}',
    lateTitle: 'The request comes after the 7th working day',
    late: 'The application arrived on {arrived}. Missing information should have been asked for by {latest} (the 7th working day, Social Assistance Act section 14 a). The request can still be sent.',
    lateBadge: 'Asked after the 7th working day',
  },
  messages: {
    none: 'No messages yet.',
    unread: '{count} unread messages from the client',
    fromClient: 'Client',
    fromOffice: '{name} (office)',
    sentAt: 'Sent {when}',
    readAt: 'Read {when}',
    notRead: 'Not read yet',
    files: 'Files',
    newMessage: 'New message to the client',
    newMessageHint: 'The client gets an e-mail about the new message (without its content).',
    attach: 'Attach files',
    attachHint: 'PDF, JPEG, PNG, HEIC or WebP, at most 25 MB per file.',
    send: 'Send the message',
    sending: 'Sending…',
    sent: 'The message was sent.',
    empty: 'Write a message or attach a file.',
    uploadFailed: 'The file {name} could not be added: {detail}',
    uploadReasons: {
      tooLarge: 'the file is too large.',
      type: 'the file type cannot be sent (allowed: PDF, JPEG, PNG, HEIC and WebP).',
      infected: 'the file contained malware.',
      tooManyPixels: 'the image has too many pixels.',
      inflatesTooMuch: 'the content of the PDF unpacks to too large a size.',
      other: 'try again.',
    },
    failed: 'Sending the message failed. Try again; it is sent only once.',
    loadFailed: 'The messages could not be loaded.',
    earlier: 'Show more messages',
  },
  conflict: {
    stale:
      'Someone else changed the application in the meantime. The latest state was loaded; check it and make your change again.',
  },
  recipient: {
    parts: {
      name: 'name',
      streetAddress: 'street address',
      postalCode: 'postal code',
      postOffice: 'post office',
    },
    decideRefused:
      'The decision cannot be made because the recipient’s details lack: {missing}. The letter’s address window needs a name and a postal address. Ask the client for what is missing.',
    printRefused:
      'No print batch was made: every waiting letter lacks its recipient’s name or postal address ({letters}).',
    heldBackTitle: 'Some letters were left waiting',
    heldBack:
      'These letters were not put into the batch because the recipient’s name or postal address is missing: {letters}. They wait until this has been sorted out.',
    letter: '{reference} ({missing})',
  },
};
