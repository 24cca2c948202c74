// npm run fake-national-services: starts the local FAKES of the national services Tuki talks to, for a local run
// (they are fakes: the real services cannot be reached from a development machine), and prints the environment
// variables that point Tuki at them. Today: Suomi.fi Messages (fakes/suomifi-messages-fake.ts) on port 4010
// (FAKE_SUOMIFI_PORT). Every demo citizen has an active mailbox except the last one, whose letters go as paper
// mail; FAKE_SUOMIFI_WITHOUT_MAILBOX (identity codes, comma-separated) chooses others. It also prints a demo account
// of the city (PAYMENT_DEBTOR_*), so that a local run writes payment files.
import { startSuomifiMessagesFake } from '../fakes/suomifi-messages-fake.ts';
import { demoCitizens } from '../seed/demo-data.ts';

const port = Number(process.env.FAKE_SUOMIFI_PORT ?? 4010);
const paperCitizen = demoCitizens.at(-1);
const withoutMailbox = new Set(
  process.env.FAKE_SUOMIFI_WITHOUT_MAILBOX?.split(',').map((code) => code.trim()) ??
    (paperCitizen ? [paperCitizen.personalIdentityCode] : []),
);

const fake = await startSuomifiMessagesFake({
  port,
  host: '127.0.0.1',
  mailbox: (recipientId) => !withoutMailbox.has(recipientId),
});

const variables = {
  SUOMIFI_MESSAGES_URL: fake.url,
  SUOMIFI_MESSAGES_USERNAME: fake.username,
  SUOMIFI_MESSAGES_PASSWORD: fake.password(),
  SUOMIFI_MESSAGES_SERVICE_ID: fake.serviceId,
  SUOMIFI_SENDER_NAME: 'Helsingin kaupunki, Aikuissosiaalityö',
  SUOMIFI_SENDER_STREET_ADDRESS: 'PL 6100',
  SUOMIFI_SENDER_ZIP_CODE: '00099',
  SUOMIFI_SENDER_CITY: 'HELSINGIN KAUPUNKI',
  // A demo account of the city (not a real one), so that a local run can write payment files too.
  PAYMENT_DEBTOR_NAME: 'Helsingin kaupunki (demo)',
  PAYMENT_DEBTOR_IBAN: 'FI21 1234 5600 0007 85',
  PAYMENT_DEBTOR_BIC: 'NDEAFIHH',
  PAYMENT_DEBTOR_BUSINESS_ID: '0201256-6',
};
console.log(
  `A FAKE of Suomi.fi Messages listens at ${fake.url} (not the real service; for local runs only).`,
);
if (!process.env.FAKE_SUOMIFI_WITHOUT_MAILBOX && paperCitizen) {
  console.log(
    `Every demo citizen has a mailbox except ${paperCitizen.firstName} ${paperCitizen.lastName} (paper mail).`,
  );
}
console.log(
  `Control: POST ${fake.url}/control/messages/<externalId>/read, …/return-to-sender, POST /control/mailboxes`,
);
console.log('Start Tuki with these variables (e.g. paste them before `npm start`):\n');
for (const [name, value] of Object.entries(variables)) console.log(`export ${name}='${value}'`);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    void fake.close().then(() => process.exit(0));
  });
}
