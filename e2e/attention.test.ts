// Browser test of the work needing attention after a decision: two decided cases, one whose letter Posti returned
// to the sender (as the Suomi.fi events poller records it) and one whose payment the bank rejected for a closed
// account (as the pain.002 import records it). The handler sees them in the work queue with the "needs attention"
// filter and their flags, opens each case, records a new address by keyboard (the letter goes back to print) and
// marks the payment handled after a wrong account number is told at its field; the queue then has nothing needing
// attention. axe-core finds nothing on the queue and the case; screenshots go to test-results/.
import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { demoCitizens } from '../apps/server/src/seed/demo-data.ts';
import { testApi } from './helpers/api.ts';
import { browserScene, expectAccessible } from './helpers/pages.ts';

describe('work needing attention after a decision', () => {
  const scene = browserScene();
  const { signInApi, sendApplication, takeAndApprove } = testApi(() => scene.baseUrl);
  const cases = {} as Record<'returned' | 'rejected', { id: string; ref: string; decisionId: string }>;

  before(async () => {
    const [matti, anna] = [demoCitizens[0], demoCitizens[1]];
    if (!matti || !anna) throw new Error('the demo citizens are missing');
    const handler = await signInApi({ username: 'handler' });
    const supervisor = await signInApi({ username: 'supervisor' });
    const returned = await sendApplication(matti);
    const rejected = await sendApplication(anna);
    const returnedDecision = await takeAndApprove(handler, returned.id);
    const rejectedDecision = await takeAndApprove(handler, rejected.id);
    cases.returned = { ...returned, decisionId: returnedDecision.id };
    cases.rejected = { ...rejected, decisionId: rejectedDecision.id };
    const db = scene.server.database.db;
    const now = new Date();
    // The letter went on paper through Suomi.fi (out of the local print queue) and Posti returned it.
    await db
      .updateTable('decision')
      .set({ delivery: 'paper', mailed_at: now })
      .where('id', '=', returnedDecision.id)
      .execute();
    const delivery = await db
      .insertInto('letter_delivery')
      .values({
        decision_id: returnedDecision.id,
        channel: 'suomifi_paper',
        status: 'returned_to_sender',
        message_id: 'm-1',
        created_at: now,
        sent_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await db
      .insertInto('letter_delivery_event')
      .values({ delivery_id: delivery.id, kind: 'returned_to_sender', event_time: now })
      .execute();
    // The payment went in an approved batch and the bank rejected it: a closed account.
    const payment = await db
      .selectFrom('payment')
      .select(['id', 'amount_cents'])
      .where('decision_id', '=', rejectedDecision.id)
      .executeTakeFirstOrThrow();
    const batch = await db
      .insertInto('payment_batch')
      .values({
        execution_date: '2026-12-01',
        status: 'approved',
        created_by: handler.staffUser?.id ?? '',
        created_at: now,
        approved_by: supervisor.staffUser?.id ?? '',
        approved_at: now,
        payments: 1,
        control_sum_cents: payment.amount_cents,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await db
      .updateTable('payment')
      .set({
        status: 'rejected',
        batch_id: batch.id,
        rejection_code: 'AC04',
        rejection_reason: 'AC04 Account closed',
        updated_at: now,
      })
      .where('id', '=', payment.id)
      .execute();
  });

  test('the queue flags them; the caseworker resolves each on its case', async () => {
    const page = await scene.signedInPage({ app: 'staff', user: /Hanna Käsittelijä/ });
    await page.goto(`${scene.baseUrl}/staff/`);
    const filter = page.getByLabel(/^Vaatii toimia \(2\)$/);
    await filter.waitFor();
    // The filter lives in the address: the box is checked once the queue has followed it there.
    await filter.click();
    await page.waitForURL(/attention=true/);
    await page.waitForFunction(
      () => (document.getElementById('filter-attention') as HTMLInputElement)?.checked,
    );
    const rows = page.getByTestId('queue-row');
    await rows.filter({ hasText: cases.rejected.ref }).waitFor();
    assert.equal(await rows.count(), 2, 'only the two decided cases needing attention');
    const returnedRow = rows.filter({ hasText: cases.returned.ref });
    const rejectedRow = rows.filter({ hasText: cases.rejected.ref });
    assert.equal((await returnedRow.getByTestId('attention-flags').textContent())?.trim(), 'Osoite puuttuu');
    assert.equal(
      (await rejectedRow.getByTestId('attention-flags').textContent())?.trim(),
      'Maksu hylätty: tili lopetettu',
    );
    await expectAccessible(page, 'attention-queue');

    // The returned letter: a new address, by keyboard.
    await returnedRow.getByRole('link', { name: cases.returned.ref }).click();
    const panel = page.getByTestId('attention');
    await panel.getByRole('heading', { name: 'Osoite puuttuu' }).waitFor();
    await panel.getByText(/Päätöskirje palautui lähettäjälle \d/).waitFor();
    await expectAccessible(page, 'attention-case-address');
    const street = panel.getByLabel('Katuosoite');
    await street.focus();
    await page.keyboard.type('Uusikatu 5 B 7');
    await page.keyboard.press('Tab');
    await page.keyboard.type('530');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Helsinki');
    await page.keyboard.press('Enter');
    await panel.getByText('Postinumerossa on viisi numeroa.').waitFor();
    assert.equal(await panel.getByLabel('Postinumero').getAttribute('aria-invalid'), 'true');
    await panel.getByLabel('Postinumero').fill('00530');
    await panel.getByRole('button', { name: 'Tallenna osoite ja tulosta kirje uudelleen' }).click();
    await panel
      .getByTestId('attention-done')
      .getByText(/Kirje on taas tulostusjonossa/)
      .waitFor();
    assert.equal(await panel.getByTestId('attention-item').count(), 0);
    const decision = await scene.server.database.db
      .selectFrom('decision')
      .select('mailed_at')
      .where('id', '=', cases.returned.decisionId)
      .executeTakeFirstOrThrow();
    assert.equal(decision.mailed_at, null, 'back in the local print queue');

    // The rejected payment: a wrong account number is told at its field; then marked handled with a note.
    await page.goto(`${scene.baseUrl}/staff/applications/${cases.rejected.id}`);
    await panel.getByRole('heading', { name: 'Maksu hylätty' }).waitFor();
    await panel.getByText(/Pankki hylkäsi maksun .* tili lopetettu\./).waitFor();
    const iban = panel.getByLabel('Korjattu tilinumero (IBAN)');
    await iban.fill('12345');
    await panel.getByRole('button', { name: 'Tallenna tilinumero ja maksa seuraavassa maksuerässä' }).click();
    await panel.getByText('Tarkista tilinumero.').waitFor();
    assert.equal(await iban.getAttribute('aria-invalid'), 'true');
    await expectAccessible(page, 'attention-case-payment');
    await panel.getByLabel('Miten asia hoidettiin').fill('Maksettu kassasta.');
    await panel.getByRole('button', { name: 'Merkitse hoidetuksi' }).click();
    await panel.getByTestId('attention-done').getByText('Asia merkittiin hoidetuksi.').waitFor();

    await page.goto(`${scene.baseUrl}/staff/?attention=true`);
    await page.getByText('Rajauksia vastaavia hakemuksia ei ole.').waitFor();
    await page.getByLabel(/^Vaatii toimia \(0\)$/).waitFor();
  });
});
