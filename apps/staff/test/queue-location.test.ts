// The work queue's filters in the location: the URL's query string for every filter and a search by name or
// reference, the history entry's state only for a search containing a personal identity code.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  filtersFromLocation,
  locationFromFilters,
  type QueueFilters,
} from '../src/features/work-queue/location.ts';

const none: QueueFilters = {
  statuses: [],
  assignee: 'anyone',
  overdue: false,
  urgent: false,
  possibleDuplicate: false,
  needsAttention: false,
  q: '',
};

describe('the work queue’s location', () => {
  it('keeps a name search and the filters in the query string, and reads them back', () => {
    const filters: QueueFilters = {
      ...none,
      statuses: ['submitted'],
      assignee: 'me',
      possibleDuplicate: true,
      needsAttention: true,
      q: 'Mäkelä',
    };
    const location = locationFromFilters(filters);
    assert.equal(
      location.search.toString(),
      'status=submitted&assignee=me&duplicates=true&attention=true&q=M%C3%A4kel%C3%A4',
    );
    assert.equal(location.state, null);
    assert.deepEqual(filtersFromLocation(location), filters);
  });

  it('keeps a search by personal identity code out of the URL, in the history entry’s state', () => {
    for (const q of ['020790-9028', ' 020790-9028 ', 'haku 020790-9028', '020790a902x']) {
      const location = locationFromFilters({ ...none, overdue: true, q });
      assert.equal(location.search.toString(), 'overdue=true', q);
      assert.deepEqual(location.state, { q: q.trim() });
      assert.equal(filtersFromLocation(location).q, q.trim());
    }
  });

  it('ignores a state that is not the queue’s', () => {
    for (const state of [null, 'x', { q: 5 }, { other: 'a' }]) {
      assert.equal(filtersFromLocation({ search: new URLSearchParams(), state }).q, '');
    }
  });
});
