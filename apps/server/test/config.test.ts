import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { ConfigError, loadConfig } from '../src/config/config.ts';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

const oidcVariables = [
  'CITIZEN_OIDC_ISSUER',
  'CITIZEN_OIDC_CLIENT_ID',
  'CITIZEN_OIDC_CLIENT_SECRET',
  'STAFF_OIDC_ISSUER',
  'STAFF_OIDC_CLIENT_ID',
  'STAFF_OIDC_CLIENT_SECRET',
] as const;

const completeOidc: Record<(typeof oidcVariables)[number], string> = {
  CITIZEN_OIDC_ISSUER: 'https://id.example/citizen',
  CITIZEN_OIDC_CLIENT_ID: 'tuki-citizen',
  CITIZEN_OIDC_CLIENT_SECRET: 'secret-1',
  STAFF_OIDC_ISSUER: 'https://id.example/staff',
  STAFF_OIDC_CLIENT_ID: 'tuki-staff',
  STAFF_OIDC_CLIENT_SECRET: 'secret-2',
};

const completeSuomifi = {
  SUOMIFI_MESSAGES_URL: 'https://api.messages-qa.suomi.fi',
  SUOMIFI_MESSAGES_USERNAME: 'tuki-api',
  SUOMIFI_MESSAGES_PASSWORD: 'first-password',
  SUOMIFI_MESSAGES_SERVICE_ID: 'tuki-service',
};
const suomifiSender = {
  SUOMIFI_SENDER_NAME: 'Helsingin kaupunki',
  SUOMIFI_SENDER_STREET_ADDRESS: 'PL 6100',
  SUOMIFI_SENDER_ZIP_CODE: '00099',
  SUOMIFI_SENDER_CITY: 'HELSINGIN KAUPUNKI',
};
const suomifiPrinting = {
  SUOMIFI_PRINTING_EMAIL: 'print@example.fi',
  SUOMIFI_PRINTING_USERNAME: 'posti-user',
  SUOMIFI_PRINTING_PASSWORD: 'posti-password',
};

/** The ConfigError thrown for this environment (fails the test when none is thrown). */
function configErrorFor(env: Record<string, string>): ConfigError {
  try {
    loadConfig(env);
  } catch (error) {
    assert.ok(error instanceof ConfigError, `expected a ConfigError, got ${String(error)}`);
    return error;
  }
  assert.fail(`loadConfig accepted ${JSON.stringify(env)}`);
}

/** The variable names that the error message lists as bad ("  NAME: message" lines). */
function namedVariables(error: ConfigError): string[] {
  return [...error.message.matchAll(/^ {2}([A-Z_]+): /gm)].map((match) => match[1] ?? '');
}

describe('loadConfig', () => {
  test('an empty environment gives the development defaults', () => {
    const config = loadConfig({});
    assert.equal(config.port, 3000);
    assert.equal(config.host, 'localhost');
    assert.equal(config.authMode, 'dev');
    assert.equal(config.env, 'development');
    assert.equal(config.seedDemoData, true);
    assert.equal(config.secureCookies, false);
    assert.equal(config.publicUrl, 'http://localhost:3000');
    assert.equal(config.database.url, undefined);
    assert.equal(config.database.dataDir, './data');
    assert.equal(config.logLevel, 'info');
    assert.deepEqual(config.session, { idleMinutes: 30, absoluteHours: 12 });
    assert.equal(config.oidc.citizen, undefined);
    assert.equal(config.oidc.staff, undefined);
  });

  test('without PUBLIC_URL the public address follows PORT', () => {
    assert.equal(loadConfig({ PORT: '8081' }).publicUrl, 'http://localhost:8081');
    assert.equal(loadConfig({ PORT: '0' }).publicUrl, 'http://localhost:3000', 'a port the system chooses');
    assert.equal(
      loadConfig({ PORT: '8081', PUBLIC_URL: 'https://tuki.example.fi/' }).publicUrl,
      'https://tuki.example.fi',
    );
  });

  test('empty strings count as unset', () => {
    const config = loadConfig({ PORT: '', AUTH_MODE: '', DATABASE_URL: '' });
    assert.equal(config.port, 3000);
    assert.equal(config.authMode, 'dev');
    assert.equal(config.database.url, undefined);
  });

  test('values given are used', () => {
    const config = loadConfig({
      PORT: '8080',
      HOST: '0.0.0.0',
      DATABASE_URL: 'postgresql://tuki@db.internal:5432/tuki',
      DATABASE_POOL_MAX: '20',
      SESSION_IDLE_MINUTES: '15',
      SEED_DEMO_DATA: 'false',
      TRUST_PROXY: 'yes',
    });
    assert.equal(config.port, 8080);
    assert.equal(config.host, '0.0.0.0');
    assert.equal(config.database.url, 'postgresql://tuki@db.internal:5432/tuki');
    assert.equal(config.database.poolMax, 20);
    assert.equal(config.session.idleMinutes, 15);
    assert.equal(config.seedDemoData, false);
    assert.equal(config.trustProxy, true);
  });

  test('PORT=abc is refused naming PORT', () => {
    const error = configErrorFor({ PORT: 'abc' });
    assert.deepEqual(namedVariables(error), ['PORT']);
  });

  test('a port out of range is refused naming PORT', () => {
    assert.deepEqual(namedVariables(configErrorFor({ PORT: '70000' })), ['PORT']);
  });

  test('DATABASE_URL=mysql://x is refused naming DATABASE_URL', () => {
    const error = configErrorFor({ DATABASE_URL: 'mysql://x' });
    assert.deepEqual(namedVariables(error), ['DATABASE_URL']);
    assert.match(error.message, /DATABASE_URL: must be a postgres:\/\/ or postgresql:\/\/ URL/);
  });

  test('several bad variables are all named', () => {
    const error = configErrorFor({ PORT: 'abc', DATABASE_URL: 'mysql://x', LOG_LEVEL: 'loud' });
    assert.deepEqual(namedVariables(error).sort(), ['DATABASE_URL', 'LOG_LEVEL', 'PORT']);
  });

  test('a bad variable and a broken rule between variables are named together', () => {
    const oidc = configErrorFor({ PORT: 'abc', AUTH_MODE: 'oidc', ...completeOidc, STAFF_OIDC_ISSUER: '' });
    assert.deepEqual(namedVariables(oidc).sort(), ['PORT', 'STAFF_OIDC_ISSUER']);
    const production = configErrorFor({ NODE_ENV: 'production', DATABASE_URL: 'mysql://x' });
    assert.deepEqual(namedVariables(production).sort(), ['AUTH_MODE', 'DATABASE_URL']);
    const badIssuer = configErrorFor({
      AUTH_MODE: 'oidc',
      ...completeOidc,
      CITIZEN_OIDC_ISSUER: 'not a url',
    });
    assert.deepEqual(namedVariables(badIssuer), ['CITIZEN_OIDC_ISSUER'], 'named once');
  });

  test('AUTH_MODE=oidc without the OIDC variables names each missing one', () => {
    const error = configErrorFor({ AUTH_MODE: 'oidc' });
    assert.deepEqual(namedVariables(error).sort(), [...oidcVariables].sort());
    for (const name of oidcVariables) {
      assert.match(error.message, new RegExp(`${name}: is required when AUTH_MODE=oidc`));
    }
  });

  test('AUTH_MODE=oidc names only the OIDC variable that is missing', () => {
    for (const missing of oidcVariables) {
      const env: Record<string, string> = { AUTH_MODE: 'oidc', ...completeOidc };
      delete env[missing];
      assert.deepEqual(namedVariables(configErrorFor(env)), [missing]);
    }
  });

  test('AUTH_MODE=oidc with every OIDC variable is accepted and seeds no demo data', () => {
    const config = loadConfig({ AUTH_MODE: 'oidc', ...completeOidc });
    assert.equal(config.authMode, 'oidc');
    assert.equal(config.seedDemoData, false);
    assert.equal(config.oidc.citizen?.issuer, 'https://id.example/citizen');
    assert.equal(config.oidc.citizen?.clientId, 'tuki-citizen');
    assert.equal(config.oidc.staff?.clientSecret, 'secret-2');
  });

  test('NODE_ENV=production with AUTH_MODE=dev is refused naming AUTH_MODE', () => {
    const explicit = configErrorFor({ NODE_ENV: 'production', AUTH_MODE: 'dev' });
    assert.deepEqual(namedVariables(explicit), ['AUTH_MODE']);
    assert.match(explicit.message, /AUTH_MODE: must be oidc when NODE_ENV=production/);
    // The default AUTH_MODE is dev, so production without AUTH_MODE is refused too.
    assert.deepEqual(namedVariables(configErrorFor({ NODE_ENV: 'production' })), ['AUTH_MODE']);
    const production = loadConfig({ NODE_ENV: 'production', AUTH_MODE: 'oidc', ...completeOidc });
    assert.equal(production.env, 'production');
  });

  test('an https PUBLIC_URL gives secure cookies; http does not', () => {
    const https = loadConfig({ PUBLIC_URL: 'https://tuki.example/' });
    assert.equal(https.secureCookies, true);
    assert.equal(https.publicUrl, 'https://tuki.example', 'the trailing slash is removed');
    assert.equal(loadConfig({ PUBLIC_URL: 'HTTPS://tuki.example' }).secureCookies, true, 'any case');
    assert.equal(loadConfig({ PUBLIC_URL: 'http://tuki.example' }).secureCookies, false);
    assert.equal(loadConfig({ PUBLIC_URL: 'http://https.example' }).secureCookies, false);
  });

  test('without the SUOMIFI_MESSAGES_* variables Suomi.fi Messages is off', () => {
    assert.equal(loadConfig({}).suomifiMessages, undefined);
  });

  test('the SUOMIFI_MESSAGES_* variables given whole turn Suomi.fi Messages on', () => {
    const config = loadConfig({
      ...completeSuomifi,
      SUOMIFI_MESSAGES_URL: 'https://api.messages-qa.suomi.fi/',
    });
    assert.deepEqual(config.suomifiMessages, {
      url: 'https://api.messages-qa.suomi.fi',
      username: 'tuki-api',
      initialPassword: 'first-password',
      serviceId: 'tuki-service',
      passwordRotationDays: 90,
      timeoutMs: 30_000,
      printingService: undefined,
      senderAddress: undefined,
    });
    const paper = loadConfig({ ...completeSuomifi, ...suomifiSender, ...suomifiPrinting });
    assert.deepEqual(paper.suomifiMessages?.senderAddress, {
      name: 'Helsingin kaupunki',
      streetAddress: 'PL 6100',
      zipCode: '00099',
      city: 'HELSINGIN KAUPUNKI',
      countryCode: 'FI',
    });
    assert.deepEqual(paper.suomifiMessages?.printingService, {
      email: 'print@example.fi',
      username: 'posti-user',
      password: 'posti-password',
    });
  });

  test('SUOMIFI_MESSAGES_* partly set names each missing variable', () => {
    for (const missing of Object.keys(completeSuomifi)) {
      const env: Record<string, string> = { ...completeSuomifi };
      delete env[missing];
      const error = configErrorFor(env);
      assert.deepEqual(namedVariables(error), [missing]);
      assert.match(error.message, new RegExp(`${missing}: is required when SUOMIFI_`));
    }
  });

  test('the sender address or the printing service without what they need name the missing variables', () => {
    assert.deepEqual(
      namedVariables(configErrorFor({ ...completeSuomifi, SUOMIFI_SENDER_NAME: 'Helsinki' })).sort(),
      ['SUOMIFI_SENDER_CITY', 'SUOMIFI_SENDER_STREET_ADDRESS', 'SUOMIFI_SENDER_ZIP_CODE'],
    );
    assert.deepEqual(
      namedVariables(configErrorFor({ ...completeSuomifi, ...suomifiPrinting })).sort(),
      Object.keys(suomifiSender).sort(),
      'paper mail through the printing service needs the sender address',
    );
    assert.deepEqual(
      namedVariables(configErrorFor({ ...suomifiSender, ...suomifiPrinting })).sort(),
      Object.keys(completeSuomifi).sort(),
    );
    assert.deepEqual(
      namedVariables(configErrorFor({ ...completeSuomifi, SUOMIFI_PASSWORD_ROTATION_DAYS: '0' })),
      ['SUOMIFI_PASSWORD_ROTATION_DAYS'],
    );
  });

  test('the hour of the daily payment batch: 6 by default, an hour 0–23', () => {
    assert.equal(loadConfig({}).paymentBatchProposeHour, 6);
    assert.equal(loadConfig({ PAYMENT_BATCH_PROPOSE_HOUR: '0' }).paymentBatchProposeHour, 0);
    assert.equal(loadConfig({ PAYMENT_BATCH_PROPOSE_HOUR: '23' }).paymentBatchProposeHour, 23);
    for (const wrong of ['24', '-1', '6.5', 'six'])
      assert.deepEqual(namedVariables(configErrorFor({ PAYMENT_BATCH_PROPOSE_HOUR: wrong })), [
        'PAYMENT_BATCH_PROPOSE_HOUR',
      ]);
  });

  test('the city’s account for payments: off when unset, checked and normalized when given, all or none', () => {
    assert.equal(loadConfig({}).paymentDebtor, undefined);
    const account = {
      PAYMENT_DEBTOR_NAME: 'Helsingin kaupunki',
      PAYMENT_DEBTOR_IBAN: 'FI21 1234 5600 0007 85',
      PAYMENT_DEBTOR_BIC: 'NDEAFIHH',
    };
    assert.deepEqual(loadConfig(account).paymentDebtor, {
      name: 'Helsingin kaupunki',
      iban: 'FI2112345600000785',
      bic: 'NDEAFIHH',
    });
    assert.equal(
      loadConfig({ ...account, PAYMENT_DEBTOR_BUSINESS_ID: '0201256-6' }).paymentDebtor?.organisationId,
      '0201256-6',
    );
    for (const missing of Object.keys(account)) {
      const env: Record<string, string> = { ...account };
      delete env[missing];
      assert.deepEqual(namedVariables(configErrorFor(env)), [missing]);
    }
    assert.deepEqual(
      namedVariables(
        configErrorFor({
          ...account,
          PAYMENT_DEBTOR_IBAN: 'FI21 1234 5600 0007 86',
          PAYMENT_DEBTOR_BIC: 'nordea',
          PAYMENT_DEBTOR_BUSINESS_ID: '201256-6',
        }),
      ).sort(),
      ['PAYMENT_DEBTOR_BIC', 'PAYMENT_DEBTOR_BUSINESS_ID', 'PAYMENT_DEBTOR_IBAN'],
    );
  });
});

describe('main.ts with a bad configuration', () => {
  test('PORT=abc: exit code 2 and stderr names PORT', async () => {
    const env: NodeJS.ProcessEnv = { ...process.env, PORT: 'abc', LOG_LEVEL: 'silent' };
    delete env.DATABASE_URL;
    delete env.NODE_ENV;
    const child = spawn(process.execPath, ['apps/server/src/main.ts'], {
      cwd: repoRoot,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk;
    });
    child.stdout.resume();
    const code = await new Promise<number | null>((resolve, reject) => {
      const timer = setTimeout(() => {
        child.kill('SIGKILL');
        reject(new Error('main.ts did not exit within 60 s'));
      }, 60_000);
      child.on('exit', (exitCode) => {
        clearTimeout(timer);
        resolve(exitCode);
      });
    });
    assert.equal(code, 2, stderr);
    assert.match(stderr, /^ {2}PORT: /m);
    assert.doesNotMatch(stderr, /at .*\.ts:\d+/, 'a message, not a stack trace');
  });
});
