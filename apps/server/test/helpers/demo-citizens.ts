// The seeded demo citizens by first name, for the tests that sign them in or send their applications.
import { type DemoCitizen, demoCitizens } from '../../src/seed/demo-data.ts';

function demoCitizen(index: number): DemoCitizen {
  const citizen = demoCitizens[index];
  if (!citizen) throw new Error('the demo citizens are missing');
  return citizen;
}

export const matti = demoCitizen(0);
export const anna = demoCitizen(1);
export const jukka = demoCitizen(2);
export const sanna = demoCitizen(3);
export const aleksi = demoCitizen(4);
