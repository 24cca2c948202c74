// Decision letters: rendered with Typst and read back with poppler-utils (pdftotext, pdffonts, pdfinfo,
// pdftoppm), as a reader or an archive would. PNGs of the pages are written to test-results/letters/ for a look.

import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import type { Language } from '@tuki/domain';
import { dispatchOf } from '../src/decisions/decision-letter.ts';
import { notificationOf } from '../src/decisions/notification.ts';
import { formatDate, formatEuros, formatMonth } from '../src/letters/format.ts';
import {
  calculationSectionOf,
  createLetterCompiler,
  type DecisionLetterData,
  LETTER_FONT_FILES,
  type LetterCalculationLine,
  letterTexts,
  renderDecisionLetter,
  sharedLetterCompiler,
} from '../src/letters/index.ts';
import { formatProvisionList, formatTableReference } from '../src/letters/legal-references.ts';
import { sampleDecisionLetter, sampleLetterOptions } from '../src/letters/sample.ts';
import { commonCodePoints } from '../src/letters/sanitize.ts';

const outputDir = join(new URL('../../..', import.meta.url).pathname, 'test-results', 'letters');
mkdirSync(outputDir, { recursive: true });

const languages: Language[] = ['fi', 'sv', 'en'];

function tool(command: string, args: string[]): string {
  // stderr is ignored: poppler 22 complains "Suspects object is wrong type (boolean)" about a valid /MarkInfo.
  return execFileSync(command, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
}

interface Rendered {
  file: string;
  /** pdftotext of the whole document, no-break spaces as spaces. */
  text: string;
  pages: number;
}

async function renderToFile(name: string, letter: DecisionLetterData) {
  const pdf = await renderDecisionLetter(letter, sampleLetterOptions(letter.language));
  const file = join(outputDir, `${name}.pdf`);
  writeFileSync(file, pdf);
  const text = tool('pdftotext', ['-enc', 'UTF-8', file, '-']).replaceAll('\u00a0', ' ');
  const pages = Number(/^Pages:\s+(\d+)$/m.exec(tool('pdfinfo', [file]))?.[1]);
  return { file, text, pages } satisfies Rendered;
}

function pageText(file: string, page: number): string {
  return tool('pdftotext', ['-enc', 'UTF-8', '-f', String(page), '-l', String(page), file, '-']);
}

/** Collapses the line breaks of pdftotext, so phrases that wrap are found too ('e-|postadress' as well). */
function flat(text: string): string {
  return text.replace(/-\n/g, '-').replace(/\s+/g, ' ');
}

function assertEmbeddedNotoOnly(file: string): void {
  const rows = tool('pdffonts', [file]).trim().split('\n').slice(2);
  assert.ok(rows.length > 0, 'the PDF has fonts');
  for (const row of rows) {
    const columns = row.trim().split(/\s+/);
    assert.match(columns[0] ?? '', /^[A-Z]{6}\+NotoSans-/, `only the shipped Noto Sans: ${row}`);
    // name type… encoding emb sub uni object-id: emb is the 5th column from the end.
    assert.equal(columns.at(-5), 'yes', `embedded: ${row}`);
  }
}

describe('formatting', () => {
  test('euros in Finnish and Swedish formatting, and in English', () => {
    assert.equal(formatEuros(123_456, 'fi'), '1\u00a0234,56\u00a0€');
    assert.equal(formatEuros(123_456, 'sv'), '1\u00a0234,56\u00a0€');
    assert.equal(formatEuros(123_456, 'en'), '€1,234.56');
    assert.equal(formatEuros(5, 'fi'), '0,05\u00a0€');
    assert.equal(formatEuros(0, 'en'), '€0.00');
    assert.equal(formatEuros(123_456_789, 'fi'), '1\u00a0234\u00a0567,89\u00a0€');
    assert.equal(formatEuros(-15_000, 'fi'), '–150,00\u00a0€');
    assert.equal(formatEuros(-15_000, 'en'), '–€150.00');
    assert.throws(() => formatEuros(1.5, 'fi'), RangeError);
  });

  test('months in each language', () => {
    assert.equal(formatMonth('2026-12', 'fi'), 'joulukuu 2026');
    assert.equal(formatMonth('2026-03', 'sv'), 'mars 2026');
    assert.equal(formatMonth('2026-07', 'en'), 'July 2026');
    assert.throws(() => formatMonth('2026-13', 'fi'), RangeError);
  });

  test('the table section of a rules-engine line', () => {
    for (const kind of ['basicAmount', 'reduction', 'housing', 'expense']) {
      assert.equal(calculationSectionOf(kind), 'expenses');
    }
    for (const kind of ['income', 'earnedIncomeDeduction', 'assets'])
      assert.equal(calculationSectionOf(kind), 'income');
  });

  test('every fixed text of the letters can be shown with the shipped fonts', () => {
    const printable = commonCodePoints(LETTER_FONT_FILES);
    const strings = (value: unknown): string[] =>
      typeof value === 'string'
        ? [value]
        : typeof value === 'object' && value
          ? Object.values(value).flatMap(strings)
          : [];
    for (const language of languages) {
      for (const text of strings(letterTexts[language])) {
        for (const character of text) {
          assert.ok(printable.has(character.codePointAt(0) ?? 0), `${language}: '${character}' in "${text}"`);
        }
      }
    }
  });
});

describe('decision letter PDF', () => {
  for (const language of languages) {
    test(`${language}: names, amounts, reference and masked IBAN come back from pdftotext`, async () => {
      const letter = sampleDecisionLetter(language);
      const { file, text, pages } = await renderToFile(`decision-${language}`, letter);
      const all = flat(text);

      for (const name of [letter.recipient.name, letter.decisionMaker.name, letter.contactPerson.name]) {
        assert.ok(all.includes(name), `name ${name}`);
      }
      assert.match(all, /[äöå]/i);
      assert.ok(all.includes(letter.recipient.streetAddress));
      assert.ok(all.includes(letter.referenceNumber));
      assert.ok(all.includes(letter.decisionId));
      assert.ok(all.includes('FI** **** **** **07 85'), 'masked IBAN');
      assert.ok(!all.includes('1234 5600'), 'the IBAN is never printed whole');

      const calculation = letter.calculation;
      assert.ok(calculation);
      const amounts = [
        letter.amountCents,
        calculation.totalExpensesCents,
        calculation.totalIncomeCents,
        calculation.amountCents,
        ...calculation.lines.map((line) => line.amountCents),
      ];
      for (const cents of amounts) {
        const formatted = formatEuros(cents, language).replaceAll('\u00a0', ' ');
        assert.ok(all.includes(formatted), `amount ${formatted}`);
      }
      assert.ok(all.includes(language === 'en' ? '€1,234.56' : '1 234,56 €'));
      for (const line of calculation.lines) assert.ok(all.includes(line.label), `label ${line.label}`);

      // The appeal instructions, in this language and no other.
      for (const other of languages) {
        const { heading } = letterTexts[other].appeal;
        assert.equal(all.includes(heading), other === language, `${heading} in the ${language} letter`);
      }
      const appeal = letterTexts[language].appeal;
      assert.ok(all.includes(appeal.time[0]?.slice(0, 60) ?? '-'), 'the time limit of 30 days');
      assert.ok(all.includes(sampleLetterOptions(language).rectification.name), 'the authority');
      assert.ok(
        all.includes(sampleLetterOptions(language).rectification.postalAddress[1] ?? ''),
        'its address',
      );
      // (pdftotext joins a word broken at its hyphen: 'e-|postadress' comes back as 'epostadress'.)
      const unhyphenated = all.replaceAll('-', '');
      for (const item of appeal.contentsItems) {
        assert.ok(unhyphenated.includes(item.replaceAll('-', '')), `what to include: ${item}`);
      }

      assertEmbeddedNotoOnly(file);
      assert.ok(pages >= 2, `pages: ${pages}`);
      for (let page = 1; page <= pages; page++) {
        assert.ok(
          pageText(file, page).includes(`${page} (${pages})`),
          `page ${page} says "${page} (${pages})"`,
        );
      }
      tool('pdftoppm', ['-png', '-r', '60', file, join(outputDir, `decision-${language}`)]);
    });
  }

  test('PDF/UA-1: tagged, with title and language in the metadata', async () => {
    const { file } = await renderToFile('decision-ua', sampleDecisionLetter('sv'));
    const info = tool('pdfinfo', [file]);
    assert.match(info, /^Tagged:\s+yes$/m);
    assert.match(info, /^Title:\s+Beslut om utkomststöd$/m);
    assert.match(info, /^CreationDate:\s+Wed Nov 25 00:00:00 2026 UTC$/m, 'the letter date');
    assert.match(info, /^Page size:\s+595\.276 x 841\.89 pts \(A4\)$/m);
    const meta = tool('pdfinfo', ['-meta', file]);
    assert.match(meta, /<pdfuaid:part>1<\/pdfuaid:part>/);
    assert.match(meta, /<dc:language><rdf:Bag><rdf:li>sv-FI<\/rdf:li>/);
    const structure = tool('pdfinfo', ['-struct', file]);
    for (const element of ['Document', 'H1', 'H2', 'Table', 'TH', 'P', 'L']) {
      assert.match(structure, new RegExp(`^\\s*${element}\\b`, 'm'), `structure element ${element}`);
    }
    const raw = readFileSync(file, 'latin1');
    assert.match(raw, /\/Lang \(sv-FI\)/);
    assert.match(raw, /\/MarkInfo <<\s*\/Marked true/);
    assert.match(raw, /\/StructTreeRoot \d+ 0 R/);
    assert.match(raw, /\/DisplayDocTitle true/);
  });

  test('PDF/A-2a as well (letters-pdf-standards.test.ts checks both standards in detail)', async () => {
    const { file, text } = await renderToFile('decision-pdfa', sampleDecisionLetter('fi'));
    const meta = tool('pdfinfo', ['-meta', file]);
    assert.match(meta, /<pdfaid:part>2<\/pdfaid:part>/);
    assert.match(meta, /<pdfaid:conformance>A<\/pdfaid:conformance>/);
    assert.match(meta, /<pdfuaid:part>1<\/pdfuaid:part>/);
    assert.match(tool('pdfinfo', [file]), /^Tagged:\s+yes$/m);
    assert.ok(text.includes('Aino Äijälä'));
    assertEmbeddedNotoOnly(file);
  });

  test('the address sits in the window of a C5/C65 left window envelope', async () => {
    const { file } = await renderToFile('decision-window', sampleDecisionLetter('fi'));
    const words = tool('pdftotext', ['-bbox', '-f', '1', '-l', '1', file, '-']);
    const mm = (points: string) => (Number(points) * 25.4) / 72;
    const box = (word: string) => {
      const match = new RegExp(
        `xMin="([\\d.]+)" yMin="([\\d.]+)" xMax="([\\d.]+)" yMax="([\\d.]+)">${word}<`,
      ).exec(words);
      assert.ok(match, `word ${word} on page 1`);
      return {
        left: mm(match[1] ?? ''),
        top: mm(match[2] ?? ''),
        right: mm(match[3] ?? ''),
        bottom: mm(match[4] ?? ''),
      };
    };
    // Window: 20–110 mm from the left, 45–90 mm from the top.
    for (const word of ['PL', 'Aino', 'Äijälä', 'Mäkelänkatu', '00510', 'HELSINKI']) {
      const { left, top, right, bottom } = box(word);
      assert.ok(
        left >= 24 && right <= 105 && top >= 46 && bottom <= 88,
        `${word} at ${left}–${right} × ${top}–${bottom} mm`,
      );
    }
    assert.ok(box('Aino').top > box('PL').bottom, 'the return line is above the address');

    // Nothing else shows through the window.
    const address =
      'Helsingin kaupunki, PL 6100, 00099 HELSINGIN KAUPUNKI Aino Äijälä Mäkelänkatu 12 B 34 00510 HELSINKI';
    const expected = new Set(address.split(' '));
    const wordPattern = /xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</g;
    let seen = 0;
    for (const [, xMin, yMin, xMax, yMax, word] of words.matchAll(wordPattern)) {
      const inWindow =
        mm(xMax ?? '') > 20 && mm(xMin ?? '') < 110 && mm(yMax ?? '') > 45 && mm(yMin ?? '') < 90;
      if (!inWindow) continue;
      seen++;
      assert.ok(expected.has(word ?? ''), `only the address in the window, not "${word}"`);
    }
    assert.equal(seen, expected.size, 'every word of the return line and the address');
    // What the window shows, for a look: test-results/letters/window-1.png (90 × 45 mm at 100 dpi).
    const crop = ['-x', '79', '-y', '177', '-W', '354', '-H', '177'];
    tool('pdftoppm', ['-png', '-r', '100', '-f', '1', '-l', '1', ...crop, file, join(outputDir, 'window')]);
  });

  test('a long letter numbers every page "n (N)"', async () => {
    const letter = sampleDecisionLetter('fi');
    const extra: LetterCalculationLine[] = Array.from({ length: 70 }, (_, index) => ({
      section: index % 2 === 0 ? 'expenses' : 'income',
      kind: index % 2 === 0 ? 'expense' : 'income',
      label: `Erä ${index + 1} Öljylämmitys`,
      amountCents: 100_000 + index * 1_111,
      legalReference: 'TTL 7 §',
    }));
    letter.calculation?.lines.push(...extra);
    letter.reasons = Array.from(
      { length: 25 },
      (_, index) =>
        `Perustelukappale ${index + 1}. ${'Hakemuksen liitteistä käy ilmi menot ja tulot. '.repeat(6)}`,
    );
    const { file, text, pages } = await renderToFile('decision-long', letter);
    assert.ok(pages >= 5, `pages: ${pages}`);
    for (let page = 1; page <= pages; page++) {
      assert.ok(
        pageText(file, page).includes(`${page} (${pages})`),
        `page ${page} says "${page} (${pages})"`,
      );
    }
    assert.ok(flat(text).includes(`Erä 70 Öljylämmitys`));
    assert.ok(text.includes(formatEuros(100_000 + 69 * 1_111, 'fi').replaceAll('\u00a0', ' ')));
    // The table's column headings repeat on the pages it continues on.
    const headingPages = Array.from({ length: pages }, (_, index) => pageText(file, index + 1)).filter(
      (page) => page.includes('Lainkohta'),
    );
    assert.ok(headingPages.length >= 2, 'the header row repeats');
    assertEmbeddedNotoOnly(file);
    tool('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '2', file, join(outputDir, 'decision-long')]);
  });

  test('text that looks like Typst markup or code prints literally', async () => {
    const hostile = [
      '#exit()',
      '*bold*',
      '_emph_',
      '#set page(width: 1cm)',
      '#panic("x")',
      '#read("/etc/passwd")',
      '$x^2$',
      '<label> @ref',
      '// not a comment',
      '/* nor this */',
      '] [ } { \\ " `raw`',
    ];
    const letter = sampleDecisionLetter('en');
    letter.recipient.name = '#exit() *Åström*';
    letter.applicant.name = '#exit() *Åström*';
    letter.referenceNumber = 'TT-#2026-`1`';
    letter.reasons = hostile;
    letter.legalProvisions = ['= Heading?', '- not a list'];
    letter.calculation?.lines.push({
      section: 'expenses',
      kind: 'expense',
      label: '#include "decision-letter.typ"',
      memberName: '#sys.inputs',
      amountCents: 1,
      legalReference: '#emph[§]',
    });
    const { text, pages } = await renderToFile('decision-hostile', letter);
    const all = flat(text);
    for (const snippet of [
      ...hostile,
      '#exit() *Åström*',
      'TT-#2026-`1`',
      '= Heading?',
      '- not a list',
      '#include "decision-letter.typ", #sys.inputs',
      '#emph[§]',
    ]) {
      assert.ok(all.includes(snippet), `printed literally: ${snippet}`);
    }
    assert.ok(!all.includes('root:x:0'), 'no file was read');
    assert.ok(pages >= 2 && pages <= 4, 'the page was not changed');
  });

  test('characters the font cannot show become "?" and control characters are dropped', async () => {
    const letter = sampleDecisionLetter('fi');
    letter.recipient.name = 'Li 李 Wang 😀 Öhman\u0007\u202e';
    letter.reasons = ['Rivi yksi\nRivi kaksi\u0000'];
    const { text } = await renderToFile('decision-unprintable', letter);
    assert.ok(text.includes('Li ? Wang ? Öhman'));
    assert.ok(text.includes('Rivi yksi\nRivi kaksi'));
  });

  test('a rejection without calculation or payment', async () => {
    const letter: DecisionLetterData = {
      ...sampleDecisionLetter('sv'),
      outcome: 'rejected',
      amountCents: 0,
      calculation: null,
      payment: null,
      reasons: ['Kontoutdrag för de två senaste månaderna har inte lämnats in trots begäran.'],
    };
    const { text } = await renderToFile('decision-rejected', letter);
    const all = flat(text);
    assert.ok(all.includes(letterTexts.sv.outcomes.rejected));
    assert.ok(all.includes(letterTexts.sv.outcomeSentences.rejected));
    assert.ok(!all.includes(letterTexts.sv.paymentHeading));
    assert.ok(!all.includes(letterTexts.sv.calculationHeading));
    assert.ok(all.includes('0,00 €'));
    assert.ok(all.includes(letterTexts.sv.appeal.heading));
  });

  test('the same letter gives the same bytes, also from another compiler', async () => {
    const letter = sampleDecisionLetter('fi');
    const options = sampleLetterOptions('fi');
    const first = await renderDecisionLetter(letter, options);
    const second = await renderDecisionLetter(letter, options, createLetterCompiler());
    assert.deepEqual(Buffer.from(second), Buffer.from(first));
  });

  test('malformed amounts and dates are refused', async () => {
    const options = sampleLetterOptions('fi');
    await assert.rejects(
      renderDecisionLetter({ ...sampleDecisionLetter('fi'), amountCents: 12.5 }, options),
      RangeError,
    );
    await assert.rejects(
      renderDecisionLetter({ ...sampleDecisionLetter('fi'), letterDate: '2026-02-30' }, options),
      RangeError,
    );
    await assert.rejects(
      renderDecisionLetter({ ...sampleDecisionLetter('fi'), month: '2026-1' }, options),
      RangeError,
    );
  });

  test('the compiler knows no system fonts', () => {
    const { typst } = sharedLetterCompiler();
    const result = typst.compile({ mainFileContent: '#text(font: "DejaVu Sans", fallback: false)[x]' });
    const warnings = result.takeWarnings();
    assert.ok(warnings, 'a warning is given');
    const messages = JSON.stringify(typst.fetchDiagnostics(warnings));
    assert.match(messages, /unknown font family: dejavu sans/);
  });
});

describe('what the letter says about the family, the delivery and the law', () => {
  /** A couple with a child; paper or electronic, sent on the given day. */
  function familyLetter(language: Language, channel: 'electronic' | 'paper', sentOn: string | null) {
    const letter = sampleDecisionLetter(language);
    letter.parties = [
      { role: 'applicant', name: letter.recipient.name, dateOfBirth: '1985-03-14' },
      { role: 'spouse', name: 'Matti Äijälä', dateOfBirth: '1983-07-02' },
      { role: 'child', name: 'Eeli Äijälä', dateOfBirth: '2015-05-20' },
    ];
    letter.kind = 'supplementary';
    letter.dispatch = dispatchOf(channel, sentOn);
    letter.legalProvisions = formatProvisionList(
      ['TTL 11 §', 'TTL 7 b §', 'TTL 9 §', 'TTL 7 §', 'TTL 6 §', 'TTL 2 §', 'TTL 11 § 3 mom.', 'HL 45 §'],
      language,
    );
    return letter;
  }
  const identityCode = /\b\d{6}[-+A-FU-Y]\d{3}[0-9A-Y]\b/;
  const notificationRules = (language: Language) => ({
    electronic: letterTexts[language].dispatch.electronic.split('{')[0] ?? '-',
    paper: letterTexts[language].dispatch.paper.split('{')[0] ?? '-',
    pending: letterTexts[language].dispatch.paperPending.slice(0, 40),
  });

  const expected = {
    fi: {
      parties: [
        'Aino Äijälä, syntynyt 14.3.1985 (hakija)',
        'Matti Äijälä, syntynyt 2.7.1983 (puoliso)',
        'Eeli Äijälä, syntynyt 20.5.2015 (lapsi)',
      ],
      kind: ['Tukimuoto', 'Täydentävä toimeentulotuki'],
      provisions: [
        'Laki toimeentulotuesta (1412/1997) 2 §, 6 §, 7 §, 7 b §, 9 §, 11 §',
        'Hallintolaki (434/2003) 45 §',
      ],
      sent: ['Lähetetty', '9.12.2026'],
      deadline: ['Oikaisuvaatimus', '15.1.2027'],
    },
    sv: {
      parties: [
        'Åsa Öhman, född 14.3.1985 (sökande)',
        'Matti Äijälä, född 2.7.1983 (make eller maka)',
        'Eeli Äijälä, född 20.5.2015 (barn)',
      ],
      kind: ['Typ av stöd', 'Kompletterande utkomststöd'],
      provisions: [
        'Lagen om utkomststöd (1412/1997) 2 §, 6 §, 7 §, 7 b §, 9 §, 11 §',
        'Förvaltningslagen (434/2003) 45 §',
      ],
      sent: ['Avsänt', '9.12.2026'],
      deadline: ['Begäran om omprövning', '15.1.2027'],
    },
    en: {
      parties: [
        'Åke Åström, born 14 March 1985 (applicant)',
        'Matti Äijälä, born 2 July 1983 (spouse)',
        'Eeli Äijälä, born 20 May 2015 (child)',
      ],
      kind: ['Kind of assistance', 'Supplementary social assistance'],
      provisions: [
        'Act on Social Assistance (1412/1997), sections 2, 6, 7, 7 b, 9, 11',
        'Administrative Procedure Act (434/2003), section 45',
      ],
      sent: ['Sent', '9 December 2026'],
      deadline: ['Request rectification by', '15 January 2027'],
    },
  } as const;

  for (const language of languages) {
    test(`${language}: every party with the date of birth, the kind, one notification rule, the deadline, the provisions, data protection`, async () => {
      // Sent by post on Wednesday 9.12.2026: notified on the 7th day, 16.12.; 30 days later is Friday 15.1.2027, a
      // working day. Electronic: notified 12.12.; + 30 = Monday 11.1.2027.
      const paper = familyLetter(language, 'paper', '2026-12-09');
      assert.deepEqual(paper.dispatch.sent, {
        sentOn: '2026-12-09',
        notifiedOn: '2026-12-16',
        rectificationDeadline: '2027-01-15',
      });
      const { file, text } = await renderToFile(`family-${language}`, paper);
      const all = flat(text);
      // The summary as laid out: each label with its value beside it.
      const laidOut = flat(
        tool('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-']).replaceAll('\u00a0', ' '),
      );
      const row = ([label, value]: readonly [string, string]) =>
        assert.ok(laidOut.includes(`${label} ${value}`), `${label}: ${value}`);
      const words = expected[language];
      for (const party of words.parties) assert.ok(all.includes(party), `party: ${party}`);
      assert.doesNotMatch(all, identityCode, 'no personal identity code');
      row(words.kind);
      row(words.sent);
      row(words.deadline);
      const rules = notificationRules(language);
      assert.ok(all.includes(rules.paper), 'the paper rule');
      assert.ok(!all.includes(rules.electronic), 'not the electronic rule');
      assert.ok(!all.includes(rules.pending), 'not the rule of a letter still to be mailed');
      assert.ok(all.includes(formatDate('2026-12-16', language)), 'the day of notification');
      assert.ok(all.includes(formatDate('2027-01-15', language)), 'the last day to ask for rectification');
      for (const provision of words.provisions) assert.ok(all.includes(provision), `provision: ${provision}`);
      assert.ok(!/14 a/.test(all.replace(letterTexts[language].appeal.legalBasis, '')), 'no TTL 14 a §');
      const data = letterTexts[language].dataProtection.split('{url}')[0]?.slice(0, 50) ?? '-';
      assert.ok(all.includes(data), 'the data-protection paragraph');
      assert.ok(all.includes('https://tuki.example.hel.fi/privacy'), 'the link to the notice');
      assert.ok(all.includes('tietosuoja@example.hel.fi'), 'the data protection officer');
      if (language !== 'fi') {
        assert.ok(!all.includes('TTL'), `no Finnish abbreviation in the ${language} letter`);
        assert.ok(
          all.includes(letterTexts[language].tableNote.slice(0, 40)),
          'the table’s references explained',
        );
      }
      if (language === 'sv')
        assert.match(laidOut.replaceAll(' ', ''), /Hyra7b§1115,00€/, 'Swedish references in the table');
      if (language === 'en')
        assert.match(laidOut, /Rent s\. ?7 b €1,115\.00/, 'English references in the table');
      if (language === 'fi')
        assert.match(laidOut, /Vuokra TTL 7 ?b ?§ 1 115,00 €/, 'Finnish references in the table');

      // The same letter sent electronically: the third day, and only that rule.
      const electronic = await renderToFile(
        `family-${language}-electronic`,
        familyLetter(language, 'electronic', '2026-12-09'),
      );
      const e = flat(electronic.text);
      assert.ok(e.includes(rules.electronic), 'the electronic rule');
      assert.ok(!e.includes(rules.paper) && !e.includes(rules.pending), 'no other rule');
      assert.ok(e.includes(formatDate('2026-12-12', language)), 'notified on the third day');
      assert.ok(e.includes(formatDate('2027-01-11', language)), 'the deadline');
    });
  }

  test('a paper letter not yet mailed says the mailed letter carries the dates, and gives none', async () => {
    const { text } = await renderToFile('family-fi-pending', familyLetter('fi', 'paper', null));
    const all = flat(text);
    const rules = notificationRules('fi');
    assert.ok(all.includes(rules.pending));
    assert.ok(!all.includes(rules.paper) && !all.includes(rules.electronic));
    assert.ok(!all.includes(letterTexts.fi.sentOn), 'no sending day');
    assert.ok(!all.includes(letterTexts.fi.rectificationDeadline), 'no deadline yet');
  });

  test('the deadline moves past weekends and holidays to the next working day', () => {
    // Mailed on Tuesday 24.11.2026: notified 1.12.; + 30 = Thursday 31.12.2026, a working day.
    assert.equal(notificationOf('paper', '2026-11-24').rectificationDeadline, '2026-12-31');
    // Mailed 25.11.2026: + 7 = 2.12.; + 30 = Friday 1.1.2027, New Year's Day → Monday 4.1.2027.
    assert.equal(notificationOf('paper', '2026-11-25').rectificationDeadline, '2027-01-04');
    // Electronic 21.11.2026: notified 24.11.; + 30 = Thursday 24.12.2026, Christmas Eve → Monday 28.12.2026.
    assert.equal(notificationOf('electronic', '2026-11-21').rectificationDeadline, '2026-12-28');
    // Electronic 23.11.2026: notified 26.11.; + 30 = Saturday 26.12.2026 → Monday 28.12.2026.
    assert.equal(notificationOf('electronic', '2026-11-23').notifiedOn, '2026-11-26');
    assert.equal(notificationOf('electronic', '2026-11-23').rectificationDeadline, '2026-12-28');
  });

  test('references in legal order, each section once, any "TTL <n> §" or "TTL <n> <letter> §"', () => {
    assert.deepEqual(
      formatProvisionList(
        [
          'TTL 7 c §',
          'TTL 11 § 3 mom.',
          'Oma lisäys',
          'TTL 7 b §',
          'TTL 7 §',
          'HL 45 §',
          'TTL 7 b §',
          'TTL 27 §',
          'TTL 11 §',
          'TTL 7 a §',
        ],
        'fi',
      ),
      [
        'Laki toimeentulotuesta (1412/1997) 7 §, 7 a §, 7 b §, 7 c §, 11 §, 27 §',
        'Hallintolaki (434/2003) 45 §',
        'Oma lisäys',
      ],
    );
    assert.deepEqual(formatProvisionList(['TTL 9 §'], 'en'), [
      'Act on Social Assistance (1412/1997), section 9',
    ]);
    assert.equal(formatTableReference('TTL 7 b §', 'fi'), 'TTL 7 b §');
    assert.equal(formatTableReference('TTL 7 b §', 'sv'), '7\u00a0b\u00a0§');
    assert.equal(formatTableReference('TTL 11 § 3 mom.', 'sv'), '11\u00a0§ 3\u00a0mom.');
    assert.equal(formatTableReference('TTL 11 § 3 mom.', 'en'), 's.\u00a011(3)');
    assert.equal(formatTableReference('jotain muuta', 'sv'), 'jotain muuta');
  });
});
