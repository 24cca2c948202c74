// Swedish texts of decisions in the citizen's e-services account, typed against the Finnish source.

import type { DeepStringShape } from '../../types.ts';
import type { citizenDecisions as source } from '../fi/citizenDecisions.ts';

export const citizenDecisions: DeepStringShape<typeof source> = {
  /** The footer link to the data-protection notice, on every page. */
  dataProtectionLink: 'Dataskydd',
  notice: {
    title: 'Ett beslut har fattats om din ansökan',
    titleRectification: 'Ett beslut har fattats om din begäran om omprövning',
    body: 'Beslut: {outcome}. Du ser beslutets uppgifter och beslutsbrevet på den här sidan.',
    link: 'Gå till beslutet',
  },
  heading: 'Beslut',
  headingMany: 'Beslut',
  decisionHeading: 'Beslut {date}',
  outcome: {
    approved: 'Stöd beviljas',
    partially_approved: 'Stöd beviljas delvis',
    rejected: 'Stöd beviljas inte',
  },
  facts: {
    month: 'Stödmånad',
    amount: 'Beviljat stöd',
    decidedAt: 'Beslutsdatum',
    decidedBy: 'Beslutsfattare',
    paymentDate: 'Utbetalningsdag',
  },
  letter: {
    heading: 'Beslutsbrev',
    open: 'Öppna beslutsbrevet (PDF)',
    opensInNewWindow: 'öppnas i ett nytt fönster',
    download: 'Ladda ner beslutsbrevet (PDF)',
    help: 'I beslutsbrevet finns motiveringen, kalkylen och anvisningar för hur du begär omprövning.',
  },
  delivery: {
    paper: 'Beslutsbrevet skickas också per post.',
    mailed: 'Beslutsbrevet har skickats per post {date}.',
    electronic:
      'Beslutet har getts endast elektroniskt i den här e-tjänsten, och inget brev skickas per post.',
  },
  reasonsHeading: 'Motivering',
  provisionsHeading: 'Tillämpade bestämmelser',
  calculation: {
    show: 'Visa kalkylen',
    line: 'Post',
    amount: 'Belopp',
  },
  rectification: {
    heading: 'Begäran om omprövning',
    canRequest:
      'Om du är missnöjd med beslutet kan du begära omprövning. Begäran om omprövning ska göras senast {date}.',
    request: 'Begär omprövning',
    requested: 'Du har begärt omprövning av det här beslutet.',
    requestedLink: 'Begäran om omprövning {reference}',
    status: 'Behandlingens status',
    tooLate:
      'Tiden för att begära omprövning gick ut {date}. Om du har frågor om beslutet, kontakta socialbyrån.',
    contact: 'Skicka ett meddelande till socialbyrån',
    appeal:
      'Ett beslut om en begäran om omprövning kan överklagas hos förvaltningsdomstolen. Anvisningarna finns i beslutsbrevet.',
  },
  form: {
    pageTitle: 'Begäran om omprövning',
    title: 'Begär omprövning av beslutet',
    backToApplication: 'Tillbaka till ansökan',
    intro:
      'Om du är missnöjd med beslutet kan du kräva att det granskas och rättas. Begäran om omprövning behandlas som ett eget ärende, och du får ett nytt beslut i din e-tjänst.',
    decisionHeading: 'Beslutet som du begär omprövning av',
    application: 'Ansökan',
    deadline: 'Skicka begäran om omprövning senast {date}.',
    includeHeading: 'Berätta i begäran om omprövning',
    include: {
      what: 'vad i beslutet som enligt dig är fel',
      how: 'hur beslutet borde ändras',
      why: 'varför beslutet borde ändras.',
    },
    attachments: 'Bifoga handlingar som stöder ditt krav, till exempel räkningar, kvitton eller kontoutdrag.',
    reasons: 'Motivering till begäran om omprövning',
    reasonsHelp: 'Vad i beslutet är fel, hur borde det ändras och varför.',
    reasonsRequired: 'Berätta varför beslutet enligt dig borde ändras.',
    send: 'Skicka begäran om omprövning',
    sending: 'Skickas…',
    errorHeading: 'Begäran om omprövning skickades inte',
    failed:
      'Det gick inte att skicka begäran om omprövning. Kontrollera nätverksanslutningen och försök igen.',
    notFoundTitle: 'Beslutet hittades inte',
    notFound: 'Beslutet hittades inte. Adressen kan vara fel.',
    notAvailableTitle: 'Omprövning kan inte begäras med den här blanketten',
  },
  sent: {
    title: 'Begäran om omprövning har skickats',
    body: 'Vi har tagit emot din begäran om omprövning, och dess nummer är {reference}. Du får beslutet i din e-tjänst.',
  },
  concerns: {
    heading: 'Vad begäran om omprövning gäller',
    decision: 'Beslutet som du begär omprövning av',
    decisionOf: 'Beslutet om ansökan {reference}',
    decisionOfUnnamed: 'Beslutet om din ansökan',
    reasonsHeading: 'Din motivering',
  },
  settings: {
    deliveryLegend: 'Hur beslut delges',
    electronic: 'Jag vill få besluten endast elektroniskt i e-tjänsten (inget brev per post)',
    electronicHelp:
      'Om du inte väljer detta skickas beslutsbrevet också per post. Besluten syns alltid i din e-tjänst.',
  },
};
