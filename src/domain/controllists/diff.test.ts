import { describe, expect, it } from 'vitest';
import { diffEntries } from './diff.ts';
import { EntryZ } from './model.ts';

// EU Annex I 2025-11 lead-in texts (shared/data/controllists, section 5).
const v = (code: string, en: string, status: 'machine_extracted' | 'verified' = 'machine_extracted') => EntryZ.parse({ code, title: { en }, verificationStatus: status });

describe('diffEntries', () => {
  it('reports added, removed and changed entries with the fields that changed, ignoring order', () => {
    const before = [v('1B115', 'Equipment, other than that specified in 1B002 or 1B102, for the production of propellant'), v('9B005', 'On-line (real time) control systems'), v('0A001', '"Nuclear reactors"')];
    const after = [v('0A001', '"Nuclear reactors"'), v('9B005', 'On-line (real-time) control systems', 'verified'), v('9E102', '"Use" technology for space launch vehicles')];
    const d = diffEntries(before, after);
    expect(d.added.map((e) => e.code)).toEqual(['9E102']);
    expect(d.removed.map((e) => e.code)).toEqual(['1B115']);
    expect(d.changed).toHaveLength(1);
    expect(d.changed[0]?.code).toBe('9B005');
    expect(d.changed[0]?.fields).toEqual(['title', 'verificationStatus']);
    expect(d.unchangedCount).toBe(1);
  });

  it('does not count key order inside an entry as a change', () => {
    const a = EntryZ.parse({ code: '3A001', title: { en: 'Electronic items', zh: '电子物项' }, verificationStatus: 'verified' });
    const b = EntryZ.parse({ code: '3A001', title: { zh: '电子物项', en: 'Electronic items' }, verificationStatus: 'verified' });
    expect(diffEntries([a], [b]).changed).toEqual([]);
  });
});
