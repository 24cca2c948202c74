// Swedish texts of the payments section, typed against the Finnish source.

import type { DeepStringShape } from '../../types.ts';
import type { payments as source } from '../fi/payments.ts';

export const payments: DeepStringShape<typeof source> = {
  pageTitle: 'Utbetalningar',
  title: 'Utbetalningar',
  intro:
    'Beslut som beviljar pengar ger utbetalningar som betalas med en betalningsfil till banken. Utbetalningarna samlas i en betalningsomgång som godkänns av en annan person: en betalningsgodkännare som varken har gjort omgången eller fattat beslut om dess utbetalningar.',
  batches: {
    heading: 'Betalningsomgångar',
    propose: 'Föreslå dagens betalningsomgång',
    dialogTitle: 'Föreslå dagens betalningsomgång?',
    dialogBody:
      'Omgången får alla utbetalningar som förfaller senast {date} och som ännu inte ingår i någon omgång. En betalningsgodkännare som varken har gjort omgången eller fattat beslut om dess utbetalningar godkänner den innan betalningsfilen kan laddas ner.',
    confirm: 'Föreslå betalningsomgång',
    cancel: 'Avbryt',
    proposing: 'Betalningsomgången sammanställs…',
    proposed:
      'Betalningsomgången är föreslagen: {count} utbetalningar, sammanlagt {sum}. Den väntar på att en annan person godkänner den.',
    nothingToPayTitle: 'Inget att betala',
    nothingToPay: 'Det finns inga utbetalningar som väntar på en omgång och förfaller senast {date}.',
    proposeFailedTitle: 'Ingen betalningsomgång gjordes',
    proposeFailed: 'Det gick inte att sammanställa betalningsomgången. Försök igen.',
    unknownOutcome:
      'Förbindelsen bröts och det är osäkert om omgången hann göras. Föreslå omgången igen: om den redan gjordes får du samma omgång och ingen ny.',
    table: {
      caption: 'Betalningsomgångar, den senaste först',
      executionDate: 'Betalningsdag',
      payments: 'Utbetalningar',
      sum: 'Sammanlagt',
      status: 'Status',
      maker: 'Föreslagen av',
      approver: 'Godkänd av',
      actions: 'Åtgärder',
    },
    status: {
      proposed: 'Föreslagen',
      approved: 'Godkänd',
      exported: 'Betalningsfil gjord',
    },
    none: 'Inga betalningsomgångar har gjorts ännu.',
    loadFailed: 'Betalningsomgångarna kunde inte laddas. Försök igen om en stund.',
    showMore: 'Visa fler betalningsomgångar',
    rowContext: 'betalningsomgång {date}, {sum}',
    approve: 'Godkänn',
    approving: 'Betalningsomgången godkänns…',
    approved: 'Betalningsomgången {date} är godkänd. Betalningsfilen kan nu laddas ner.',
    systemMaker: 'automatisk',
    ownBatch:
      'Du kan inte godkänna en omgång som du själv har föreslagit: en annan betalningsgodkännare godkänner den.',
    ownDecision:
      'Du kan inte godkänna en omgång med en utbetalning enligt ett beslut som du har fattat: en annan betalningsgodkännare godkänner den.',
    approveFailedTitle: 'Betalningsomgången godkändes inte',
    notProposed: 'Omgången är redan godkänd.',
    approveFailed: 'Det gick inte att godkänna omgången. Försök igen.',
    waitsForApprover: 'Väntar på en betalningsgodkännare',
    download: 'Ladda ner betalningsfilen',
    downloading: 'Betalningsfilen laddas ner…',
    downloaded: 'Betalningsfilen {file} har laddats ner.',
    downloadFailedTitle: 'Betalningsfilen laddades inte ner',
    notConfigured:
      'Utbetalningar har inte tagits i bruk: stadens betalningskonto har inte angetts i tjänstens inställningar. Kontakta underhållet.',
    downloadFailed: 'Det gick inte att ladda ner betalningsfilen. Försök igen.',
  },
  report: {
    heading: 'Bankens statusrapport',
    intro:
      'Läs in bankens statusrapport (pain.002, XML) om en skickad betalningsfil. Utbetalningar som banken har godkänt markeras som godkända och avvisade som avvisade med bankens orsak.',
    file: 'Statusrapport (XML-fil, högst 5 MB)',
    submit: 'Läs in statusrapporten',
    chooseFirst: 'Välj först statusrapportens fil.',
    importing: 'Statusrapporten läses in…',
    resultHeading: 'Statusrapport {file}',
    alreadyImported: 'Den här statusrapporten har redan lästs in, så utbetalningarnas status ändrades inte.',
    counts:
      'Utbetalningar som banken godkände: {accepted}. Avvisade: {rejected}. Under behandling: {pending}.',
    rejectedHeading: 'Utbetalningar som banken avvisade',
    rejectedReason: 'bankens orsak: {reason}',
    unmatched: 'Rapporten hade betalningsidentifierare som inte finns i omgången: {ids}',
    failedTitle: 'Statusrapporten lästes inte in',
    notAReport:
      'Filen är inte en statusrapport från banken, eller så gäller den en betalningsfil som inte finns i Tuki. Kontrollera att du valde rätt fil.',
    notExported: 'Omgångens betalningsfil har inte gjorts ännu, så dess statusrapport kan inte läsas in.',
    tooLarge: 'Filen är för stor: en statusrapport får vara högst 5 MB.',
    failed: 'Det gick inte att läsa in statusrapporten. Försök igen.',
  },
  list: {
    heading: 'Beslutens utbetalningar',
    filter: 'Visa utbetalningar med status',
    all: 'Alla',
    table: {
      caption: 'Beslutens utbetalningar, den senaste först',
      amount: 'Belopp',
      payee: 'Mottagare',
      reference: 'Referens',
      dueDate: 'Förfallodag',
      status: 'Status',
      decision: 'Beslut',
    },
    status: {
      proposed: 'Väntar på en omgång',
      in_batch: 'I en omgång',
      sent: 'Skickad till banken',
      accepted: 'Godkänd av banken',
      rejected: 'Avvisad av banken',
    },
    rejectedWith: 'Avvisad av banken ({code})',
    openDecision: 'Öppna beslutet',
    openDecisionContext: '{payee}, {amount}',
    none: 'Inga utbetalningar med det här urvalet.',
    loadFailed: 'Utbetalningarna kunde inte laddas. Försök igen om en stund.',
    showMore: 'Visa fler utbetalningar',
  },
};
