// Swedish texts of the staffCorrespondence section, typed against the Finnish source.

import type { DeepStringShape } from '../../types.ts';
import type { staffCorrespondence as source } from '../fi/staffCorrespondence.ts';

export const staffCorrespondence: DeepStringShape<typeof source> = {
  requests: {
    none: 'Ingen tilläggsutredning har begärts.',
    notAllowed: 'Tilläggsutredning begärs av ansökans handläggare ({name}) eller en förman.',
    requestedBy: 'Begärd av {name} {when}',
    dueDate: 'Ska besvaras senast {date}',
    state: {
      open: 'Väntar på svar',
      overdue: 'Försenad: inget svar har kommit före sista dagen',
      answered: 'Besvarad',
    },
    answerHeading: 'Klientens svar {when}',
    answerFiles: 'Bilagor till svaret',
    noAnswerText: 'Klienten skrev ingen text i svaret.',
    formHeading: 'Begär tilläggsutredning',
    commonItems: 'Vanliga utredningar',
    ownItems: 'Egna punkter',
    ownItemLabel: 'Egen punkt {number}',
    addOwnItem: 'Lägg till en egen punkt',
    removeOwnItem: 'Ta bort egen punkt {number}',
    message: 'Följebrev till klienten',
    messageHint: 'Berätta varför utredningarna behövs. Klienten ser texten i e-tjänsten.',
    due: 'Ska besvaras senast',
    dueHint: 'Beslutet ska fattas inom 7 vardagar från denna dag om klienten inte svarar tidigare.',
    send: 'Skicka begäran',
    sending: 'Skickas…',
    sent: 'Begäran om tilläggsutredning skickades. Klienten får ett meddelande.',
    noItems: 'Välj minst en utredning eller skriv en egen punkt.',
    noDue: 'Ange ett datum.',
    notAllowedNow: 'Tilläggsutredning kan inte begäras nu: ansökan väntar redan på svar eller har avgjorts.',
    emptyOwnItem: 'Egen punkt {number} är tom. Skriv den eller ta bort den.',
    forbidden: 'Du har inte rätt att begära tilläggsutredning för denna ansökan.',
    invalid:
      'Begäran kunde inte skickas med dessa uppgifter. Kontrollera punkterna, följebrevet och datumet.',
    failed: 'Det gick inte att skicka begäran. Försök igen.',
    reason: 'Varför utredning begärs på nytt',
    reasonHint:
      'Tilläggsutredning har redan begärts för ansökan. Det som saknas ska begäras på en gång, så anteckna varför en ny begäran behövs. Skälet visas för handläggarna.',
    reasonRequired: 'Skriv varför tilläggsutredning begärs på nytt.',
    reasonShown: 'Skäl till ny begäran: {reason}',
    lateTitle: 'Begäran görs efter den 7:e vardagen',
    late: 'Ansökan kom in {arrived}. Det som saknas borde ha begärts senast {latest} (den 7:e vardagen, 14 a § lagen om utkomststöd). Begäran kan ändå skickas.',
    lateBadge: 'Begärd efter den 7:e vardagen',
  },
  messages: {
    none: 'Inga meddelanden ännu.',
    unread: '{count} olästa meddelanden från klienten',
    fromClient: 'Klienten',
    fromOffice: '{name} (byrån)',
    sentAt: 'Skickat {when}',
    readAt: 'Läst {when}',
    notRead: 'Inte läst ännu',
    files: 'Bilagor',
    newMessage: 'Nytt meddelande till klienten',
    newMessageHint: 'Klienten får ett e-postmeddelande om det nya meddelandet (utan innehållet).',
    attach: 'Bifoga filer',
    attachHint: 'PDF, JPEG, PNG, HEIC eller WebP, högst 25 MB per fil.',
    send: 'Skicka meddelandet',
    sending: 'Skickas…',
    sent: 'Meddelandet skickades.',
    empty: 'Skriv ett meddelande eller bifoga en fil.',
    uploadFailed: 'Filen {name} kunde inte läggas till: {detail}',
    uploadReasons: {
      tooLarge: 'filen är för stor.',
      type: 'filformatet kan inte skickas (tillåtna: PDF, JPEG, PNG, HEIC och WebP).',
      infected: 'filen innehöll skadlig kod.',
      tooManyPixels: 'bilden har för många bildpunkter.',
      inflatesTooMuch: 'PDF-filens innehåll packas upp till en för stor storlek.',
      other: 'försök igen.',
    },
    failed: 'Meddelandet kunde inte skickas. Försök igen; det skickas bara en gång.',
    loadFailed: 'Meddelandena kunde inte laddas.',
    earlier: 'Visa fler meddelanden',
  },
  conflict: {
    stale:
      'Någon annan ändrade ansökan under tiden. Det senaste läget laddades; kontrollera det och gör din ändring på nytt.',
  },
  recipient: {
    parts: {
      name: 'namn',
      streetAddress: 'gatuadress',
      postalCode: 'postnummer',
      postOffice: 'postanstalt',
    },
    decideRefused:
      'Beslutet kan inte fattas eftersom mottagarens uppgifter saknar: {missing}. Brevets adressfält behöver namn och postadress. Be klienten om de uppgifter som saknas.',
    printRefused:
      'Ingen utskriftsomgång gjordes: alla väntande brev saknar mottagarens namn eller postadress ({letters}).',
    heldBackTitle: 'En del av breven väntar kvar',
    heldBack:
      'Dessa brev togs inte med i omgången eftersom mottagarens namn eller postadress saknas: {letters}. De väntar tills saken har utretts.',
    letter: '{reference} ({missing})',
  },
};
