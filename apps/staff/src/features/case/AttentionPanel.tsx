// What went wrong after the decision and the controls to see to it (resolveApplicationAttention): a letter returned
// to the sender (a new address sends it to print again) and a payment the bank rejected (a corrected account number
// pays it in the next batch); either may be marked handled otherwise, with a note. Shown only when the case has
// something needing attention (or was just seen to); the controls only when the server permits the action.
// Every change sends the ETag of the version on screen (If-Match); one change at a time (useSingleFlight).

import { helsinkiDate } from '@tuki/domain';
import { formatDate, formatEuros, Notice, useLanguage, useT } from '@tuki/ui';
import { Button, ButtonVariant, TextInput } from 'hds-react';
import { useState } from 'react';
import { rejectionCodeKey } from '../common/attention.ts';
import { useSingleFlight } from '../common/single-flight.ts';
import { permits } from './actions.ts';
import {
  type AttentionItem,
  type AttentionResolutionInput,
  type StaffApplication,
  useResolveAttention,
} from './api.ts';
import { CasePanel } from './CasePanel.tsx';
import { caseWriteProblem } from './write-problem.ts';

type Done = 'resent' | 'corrected' | 'handled';

export function AttentionPanel({ application, etag }: { application: StaffApplication; etag: string }) {
  const t = useT();
  const mutation = useResolveAttention(application.id);
  const flight = useSingleFlight(mutation);
  const [done, setDone] = useState<Done | null>(null);
  const items = application.attention;
  if (items.length === 0 && done === null) return null;
  const resolve = (input: Omit<AttentionResolutionInput, 'etag'>) => {
    if (flight.pending) return;
    setDone(null);
    flight.mutate({ ...input, etag }, { onSuccess: () => setDone(input.resolution) });
  };
  const allowed = permits(application, 'resolveAttention');
  return (
    <CasePanel
      name="attention"
      heading={t('caseAttention.heading')}
      className="staff-panel staff-attention"
      testId="attention"
    >
      {mutation.error ? (
        <Notice
          type="alert"
          autofocus
          testId="attention-error"
          label={caseWriteProblem(t, mutation.error, { forbidden: t('caseAttention.forbidden') })[0]}
        >
          {
            caseWriteProblem(t, mutation.error, {
              forbidden: t('caseAttention.forbidden'),
              invalid: t('caseAttention.invalid'),
            })[1]
          }
        </Notice>
      ) : null}
      <p role="status" data-testid="attention-done">
        {done ? t(`caseAttention.${done}`) : ''}
      </p>
      {items.length > 0 ? <p>{t('caseAttention.intro')}</p> : null}
      {items.map((item) => (
        <Item key={item.id} item={item} allowed={allowed} pending={flight.pending} onResolve={resolve} />
      ))}
    </CasePanel>
  );
}

function Item({
  item,
  allowed,
  pending,
  onResolve,
}: {
  item: AttentionItem;
  allowed: boolean;
  pending: boolean;
  onResolve: (input: Omit<AttentionResolutionInput, 'etag'>) => void;
}) {
  const t = useT();
  const { language } = useLanguage();
  const headingId = `attention-${item.id}`;
  const payment = item.payment;
  return (
    <article aria-labelledby={headingId} className="staff-attention-item" data-testid="attention-item">
      <h3 id={headingId}>
        {item.reason === 'address_needed'
          ? t('caseAttention.addressNeeded')
          : t('caseAttention.paymentRejected')}
      </h3>
      {item.reason === 'address_needed' ? (
        <p>
          {item.since
            ? t('caseAttention.addressNeededText', { date: formatDate(helsinkiDate(new Date(item.since))) })
            : t('caseAttention.addressNeededTextNoDate')}
        </p>
      ) : payment ? (
        <>
          <p>
            {t('caseAttention.paymentRejectedText', {
              amount: formatEuros(payment.amountCents, language),
              payee: payment.payeeName,
              ibanEnd: payment.ibanEnd,
              reason: t(`caseAttention.codes.${rejectionCodeKey(payment.rejectionCode)}`, {
                code: payment.rejectionCode ?? '',
              }),
            })}
          </p>
          {payment.rejectionReason ? (
            <p className="staff-muted">{t('caseAttention.bankSaid', { text: payment.rejectionReason })}</p>
          ) : null}
        </>
      ) : null}
      {allowed ? (
        <>
          {item.reason === 'address_needed' ? (
            <AddressForm item={item} pending={pending} onResolve={onResolve} />
          ) : (
            <IbanForm item={item} pending={pending} onResolve={onResolve} />
          )}
          <HandledForm item={item} pending={pending} onResolve={onResolve} />
        </>
      ) : null}
    </article>
  );
}

interface FormProps {
  item: AttentionItem;
  pending: boolean;
  onResolve: (input: Omit<AttentionResolutionInput, 'etag'>) => void;
}

function AddressForm({ item, pending, onResolve }: FormProps) {
  const t = useT();
  const [address, setAddress] = useState({ streetAddress: '', postalCode: '', city: '' });
  const [checked, setChecked] = useState(false);
  const errors = {
    streetAddress: address.streetAddress.trim() === '' ? t('caseAttention.required') : undefined,
    postalCode: /^\d{5}$/.test(address.postalCode.trim()) ? undefined : t('caseAttention.postalCodeInvalid'),
    city: address.city.trim() === '' ? t('caseAttention.required') : undefined,
  };
  const field = (name: keyof typeof address, autoComplete: string) => {
    const error = checked ? errors[name] : undefined;
    return (
      <TextInput
        id={`${item.id}-${name}`}
        label={t(`caseAttention.${name}`)}
        required
        autoComplete={autoComplete}
        value={address[name]}
        invalid={error !== undefined}
        aria-invalid={error !== undefined}
        errorText={error}
        onChange={(event) => setAddress({ ...address, [name]: event.target.value })}
      />
    );
  };
  return (
    <form
      noValidate
      className="staff-attention-form"
      data-testid="attention-address"
      onSubmit={(event) => {
        event.preventDefault();
        setChecked(true);
        if (Object.values(errors).some((error) => error !== undefined)) return;
        onResolve({
          reason: item.reason,
          id: item.id,
          resolution: 'resent',
          address: {
            streetAddress: address.streetAddress.trim(),
            postalCode: address.postalCode.trim(),
            city: address.city.trim(),
          },
        });
      }}
    >
      <fieldset>
        <legend>{t('caseAttention.newAddress')}</legend>
        {field('streetAddress', 'off')}
        {field('postalCode', 'off')}
        {field('city', 'off')}
      </fieldset>
      <Button type="submit" disabled={pending}>
        {t('caseAttention.resend')}
      </Button>
    </form>
  );
}

function IbanForm({ item, pending, onResolve }: FormProps) {
  const t = useT();
  const [iban, setIban] = useState('');
  const [checked, setChecked] = useState(false);
  const valid = /^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/.test(iban.replace(/\s+/g, '').toUpperCase());
  const error = checked && !valid ? t('caseAttention.ibanInvalid') : undefined;
  return (
    <form
      noValidate
      className="staff-attention-form"
      data-testid="attention-iban"
      onSubmit={(event) => {
        event.preventDefault();
        setChecked(true);
        if (!valid) return;
        onResolve({ reason: item.reason, id: item.id, resolution: 'corrected', iban: iban.trim() });
      }}
    >
      <TextInput
        id={`${item.id}-iban`}
        label={t('caseAttention.iban')}
        required
        autoComplete="off"
        value={iban}
        invalid={error !== undefined}
        aria-invalid={error !== undefined}
        errorText={error}
        onChange={(event) => setIban(event.target.value)}
      />
      <Button type="submit" disabled={pending}>
        {t('caseAttention.correct')}
      </Button>
    </form>
  );
}

function HandledForm({ item, pending, onResolve }: FormProps) {
  const t = useT();
  const [note, setNote] = useState('');
  const [checked, setChecked] = useState(false);
  const error = checked && note.trim() === '' ? t('caseAttention.required') : undefined;
  return (
    <form
      noValidate
      className="staff-attention-form"
      data-testid="attention-handled"
      onSubmit={(event) => {
        event.preventDefault();
        setChecked(true);
        if (note.trim() === '') return;
        onResolve({ reason: item.reason, id: item.id, resolution: 'handled', note: note.trim() });
      }}
    >
      <fieldset>
        <legend>{t('caseAttention.otherwise')}</legend>
        <TextInput
          id={`${item.id}-note`}
          label={t('caseAttention.note')}
          required
          maxLength={2000}
          value={note}
          invalid={error !== undefined}
          aria-invalid={error !== undefined}
          errorText={error}
          onChange={(event) => setNote(event.target.value)}
        />
      </fieldset>
      <Button type="submit" variant={ButtonVariant.Secondary} disabled={pending}>
        {t('caseAttention.markHandled')}
      </Button>
    </form>
  );
}
