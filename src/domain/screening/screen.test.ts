/**
 * Names below are taken from the bundled lists: OFAC SDN 2024-05-03 (PUTIN, Vladimir Vladimirovich
 * #35096, AL-ASSAD, Bashar #12735), EU Reg. 833/2014 Annex IV (Rosoboronexport OJSC, with its
 * Cyrillic name), US CSL 2023 Entity List (China Telecom Corporation Limited, Aero Engine
 * Corporation of China, China Academy of Launch Vehicle Technology). The Chengdu company is the
 * worked example of the product's Chinese-name analysis.
 */
import { describe, expect, it } from 'vitest';
import { makeParty, type Party } from '../lists/party.ts';
import { buildScreeningIndex, DEFAULT_THRESHOLD, screen } from './screen.ts';
import { formatExplanation } from './explain.ts';

const parties: Party[] = [
  makeParty({ source: 'ofac-sdn', sourceRef: '35096', schema: 'Person', names: [{ value: 'PUTIN, Vladimir Vladimirovich', kind: 'primary' }], birthDates: ['1952-10-07'], countries: ['RU'] }),
  makeParty({ source: 'ofac-sdn', sourceRef: '12735', schema: 'Person', names: [{ value: 'AL-ASSAD, Bashar', kind: 'primary' }], birthDates: ['1965-09-11'], countries: ['SY'] }),
  makeParty({ source: 'eu-journal', sourceRef: '32014R0833-40', schema: 'LegalEntity', names: [{ value: 'Rosoboronexport OJSC (ROE)', kind: 'primary' }] }),
  makeParty({ source: 'us-csl', sourceRef: 'el-1', schema: 'Company', names: [{ value: 'China Telecom Corporation Limited', kind: 'primary' }] }),
  makeParty({ source: 'us-csl', sourceRef: 'el-2', schema: 'Company', names: [{ value: 'Aero Engine Corporation of China', kind: 'primary' }] }),
  makeParty({ source: 'us-csl', sourceRef: 'el-3', schema: 'Company', names: [{ value: 'China Academy of Launch Vehicle Technology', kind: 'primary' }] }),
  makeParty({ source: 'cn-mofcom', sourceRef: 'jiashi', schema: 'Company', names: [{ value: 'Chengdu Jiashi Technology Co., Ltd.', kind: 'primary' }] }),
  makeParty({ source: 'x', sourceRef: 'pinyin', schema: 'Company', names: [{ value: 'Zhong Guo Dian Zi', kind: 'primary' }] }),
  makeParty({ source: 'x', sourceRef: 'weak', schema: 'Person', names: [{ value: 'Ivan Petrov', kind: 'primary' }, { value: 'Vanya Petrovich', kind: 'weak' }] }),
];
const index = buildScreeningIndex(parties);
const top = (name: string, extra: object = {}) => screen(index, { name, ...extra })[0];

describe('screen', () => {
  it('finds an English-listed company from its Chinese name, token by token', () => {
    const hit = top('成都嘉石科技有限公司');
    expect(hit?.entityId).toBe('cn-mofcom:jiashi');
    expect(hit?.score).toBe(1);
    expect(hit?.explanation.transliterations[0]).toContain('嘉石=jiashi (trade)');
    expect(hit?.explanation.tokens.find((t) => t.query === 'technology')?.note).toBe('industry word');
  });
  it('treats tone-marked, joined and split pinyin alike', () => {
    for (const q of ['Zhōngguó Diànzǐ', 'zhongguo dianzi', 'Zhong Guo Dian Zi']) expect(top(q)?.entityId, q).toBe('x:pinyin');
  });
  it('matches Cyrillic to the Latin listing with Russian transliteration variants', () => {
    expect(top('Рособоронэкспорт')?.entityId).toBe('eu-journal:32014R0833-40');
    expect(top('Путин Владимир')?.entityId).toBe('ofac-sdn:35096');
  });
  it('reads "LAST, First" in any order', () => {
    expect(top('Vladimir Putin')?.entityId).toBe('ofac-sdn:35096');
    expect(top('Bashar al-Assad')?.score).toBe(1);
  });
  it('matches legal-form variants and keeps them low-weight', () => {
    const hit = top('China Telecom Corp. Ltd.');
    expect(hit?.entityId).toBe('us-csl:el-1');
    expect(hit?.score).toBe(1);
    const legal = hit?.explanation.tokens.filter((t) => t.note === 'legal form') ?? [];
    expect(legal.length).toBeGreaterThan(0);
    for (const t of legal) expect(t.weight).toBeLessThan(0.5);
  });
  it('does not flood: a common word alone or a shared first name is no hit', () => {
    expect(screen(index, { name: 'China' })).toEqual([]);
    expect(screen(index, { name: 'Vladimir Smirnov' })).toEqual([]);
    expect(screen(index, { name: 'China Technology Co., Ltd.' })).toEqual([]);
  });
  it('applies qualifiers: birth date and country raise or lower the score', () => {
    const plain = top('Vladimir Putin')?.score ?? 0;
    const same = top('Vladimir Putin', { birthDate: '1952-10-07', country: 'RU' });
    const other = screen(index, { name: 'Vladimir Putin', birthDate: '1980', threshold: 0 })[0];
    expect(same?.score).toBeGreaterThan(plain);
    expect(same?.explanation.qualifiers.map((q) => q.kind)).toEqual(['country', 'birthDate']);
    expect(other?.score).toBeLessThan(plain);
    expect(other?.explanation.qualifiers[0]?.detail).toContain('differs');
  });
  it('weights weak aliases down and says so', () => {
    const hit = screen(index, { name: 'Vanya Petrovich', threshold: 0 })[0];
    expect(hit?.matchedName).toBe('Vanya Petrovich');
    expect(hit?.explanation.qualifiers).toEqual([{ kind: 'weakAlias', effect: -0.05, detail: 'matched a weak (low-quality) alias' }]);
    expect(hit?.score).toBe(0.95);
  });
  it('penalises a schema mismatch', () => {
    const hit = screen(index, { name: 'Rosoboronexport', schema: 'person', threshold: 0 })[0];
    expect(hit?.explanation.qualifiers[0]?.kind).toBe('schema');
  });
  it('honours sources, threshold and limit, one hit per entity', () => {
    expect(screen(index, { name: 'Rosoboronexport', sources: ['ofac-sdn'] })).toEqual([]);
    const hits = screen(index, { name: 'China Aero Engine', threshold: 0.2, limit: 2 });
    expect(hits.length).toBeLessThanOrEqual(2);
    expect(new Set(hits.map((h) => h.entityId)).size).toBe(hits.length);
  });
  it('rejects bad queries with a named field', () => {
    expect(() => screen(index, { name: ' ' })).toThrow(/name/);
    expect(() => screen(index, { name: 'x', threshold: 2 })).toThrow(/threshold/);
    expect(() => screen(index, { name: 'x', birthDate: '1.2.1990' })).toThrow(/birthDate/);
  });
  it('explains a hit in readable text', () => {
    const hit = top('Путин Владимир');
    expect(hit).toBeDefined();
    const text = formatExplanation(hit!);
    expect(text).toContain('PUTIN, Vladimir Vladimirovich [ofac-sdn 35096, Person] score');
    expect(text).toContain('transliteration: ru→latin: Путин Владимир → putin vladimir');
    expect(text).toMatch(/putin\s+~ putin/);
    expect(hit!.score).toBeGreaterThanOrEqual(DEFAULT_THRESHOLD);
  });
});

describe('cross-script pairs (watchman cross_script_pairs.csv excerpts)', () => {
  const pairs: Array<[string, string]> = [
    ['محمد علي', 'Mohamed Ali'],
    ['أحمد حسن', 'Ahmed Hassan'],
    ['عبد الله', 'Abdullah'],
    ['Дмитрий Медведев', 'Dmitry Medvedev'],
    ['Александр Петров', 'Alexander Petrov'],
    ['习近平', 'Xi Jinping'],
    ['김정은', 'Kim Jong Un'],
    ['Νικόλαος', 'Nikolaos'],
    ['משה', 'Moshe'],
    ['สมชาย', 'Somchai'],
  ];
  const idx = buildScreeningIndex(pairs.map(([, latin], i) => makeParty({ source: 'pairs', sourceRef: String(i), schema: 'Person', names: [{ value: latin, kind: 'primary' }] })));
  it.each(pairs.map(([q, l], i) => [q, l, i] as const))('%s → %s', (q, _l, i) => {
    const hit = screen(idx, { name: q, schema: 'person' })[0];
    expect(hit?.sourceRef).toBe(String(i));
  });
});
