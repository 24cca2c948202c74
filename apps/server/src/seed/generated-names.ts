// A plausible Finnish name for a personal identity code that the development sign-in meets for the first time,
// so that the demo never has people without a name. The same code always gives the same name; the first name
// follows the sex the code's individual number tells (odd: male, even: female).
import { createHash } from 'node:crypto';

export const femaleFirstNames = [
  'Aino',
  'Anna',
  'Eeva',
  'Elina',
  'Emilia',
  'Hanna',
  'Helmi',
  'Iida',
  'Johanna',
  'Kaisa',
  'Laura',
  'Liisa',
  'Maija',
  'Marja',
  'Minna',
  'Noora',
  'Oona',
  'Pirjo',
  'Riikka',
  'Satu',
  'Sofia',
  'Tiina',
  'Tuula',
  'Venla',
] as const;
export const maleFirstNames = [
  'Aleksi',
  'Antti',
  'Eero',
  'Heikki',
  'Ilkka',
  'Janne',
  'Juha',
  'Jussi',
  'Kalle',
  'Lauri',
  'Markku',
  'Matias',
  'Mikko',
  'Niko',
  'Olli',
  'Pekka',
  'Petri',
  'Risto',
  'Sami',
  'Teemu',
  'Timo',
  'Tuomas',
  'Ville',
  'Eino',
] as const;
export const lastNames = [
  'Korhonen',
  'Virtanen',
  'Mäkinen',
  'Nieminen',
  'Mäkelä',
  'Hämäläinen',
  'Laine',
  'Heikkinen',
  'Koskinen',
  'Järvinen',
  'Lehtonen',
  'Lehtinen',
  'Saarinen',
  'Salminen',
  'Heinonen',
  'Niemi',
  'Heikkilä',
  'Kinnunen',
  'Salonen',
  'Turunen',
  'Salo',
  'Laitinen',
  'Tuominen',
  'Rantanen',
  'Karjalainen',
  'Jokinen',
  'Mattila',
  'Savolainen',
  'Lahtinen',
  'Ahonen',
] as const;

function pick<T>(list: readonly T[], value: number): T {
  const item = list[value % list.length];
  if (item === undefined) throw new Error('empty name list');
  return item;
}

/** `code` is a valid, normalised personal identity code (DDMMYYCZZZQ). */
export function generatedNameFor(code: string): { firstName: string; lastName: string } {
  const digest = createHash('sha256').update(`tuki-demo-name:${code}`).digest();
  const individualNumber = Number(code.slice(7, 10));
  const firstNames = individualNumber % 2 === 1 ? maleFirstNames : femaleFirstNames;
  return {
    firstName: pick(firstNames, digest.readUInt32BE(0)),
    lastName: pick(lastNames, digest.readUInt32BE(4)),
  };
}
