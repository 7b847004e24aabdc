import { describe, expect, it } from 'vitest';
import { analyseName, tokenise } from './tokens.ts';

const keys = (name: string, mode: 'person' | 'org') => analyseName(name, mode)[0]?.tokens.map((t) => `${t.kind}:${t.key}`);

describe('legal forms', () => {
  it('folds legal forms across languages to low-weight canonical tokens', () => {
    expect(keys('Chengdu Jiashi Technology Co., Ltd.', 'org')).toEqual(['word:chengdu', 'word:jiashi', 'industry:technology', 'legal:co', 'legal:ltd']);
    expect(keys('Chengdu Jiashi Technology Company Limited', 'org')).toEqual(['word:chengdu', 'word:jiashi', 'industry:technology', 'legal:co', 'legal:ltd']);
    expect(keys('ООО Ромашка', 'org')).toEqual(['legal:llc', 'word:romashka']);
    expect(keys('Romashka LLC', 'org')).toEqual(['word:romashka', 'legal:llc']);
    expect(keys('PJSC Rostelecom', 'org')).toEqual(['legal:pjsc', 'word:rostelecom']);
    expect(keys('ПАО Ростелеком', 'org')).toEqual(['legal:pjsc', 'word:rostelekom']);
    expect(keys('Siemens Aktiengesellschaft', 'org')).toEqual(['word:siemens', 'legal:ag']);
    expect(keys('FABERLIC EUROPE Sp. z o.o.', 'org')).toEqual(['word:faberlic', 'word:europe', 'legal:sp', 'legal:zoo']);
  });
  it('does not read legal forms into personal names', () => {
    expect(keys('Ao Sa', 'person')).toEqual(['word:ao', 'word:sa']);
  });
});

describe('tokenise', () => {
  it('maps industry words and their abbreviations to one key', () => {
    expect(tokenise('guangzhou haige comm grp', 'org').map((t) => t.key)).toEqual(['guangzhou', 'haige', 'communication', 'group']);
    expect(tokenise('zhong guo dian zi ke ji', 'org').map((t) => t.key)).toEqual(['zhong', 'guo', 'electronics', 'technology']);
  });
  it('joins dotted acronyms and reads number words as digits', () => {
    expect(tokenise('a b c company', 'org').map((t) => t.key)).toEqual(['abc', 'co']);
    expect(tokenise('brigade forty four', 'org').map((t) => t.key)).toEqual(['brigade', '44']);
  });
  it('drops honorifics and marks particles and initials in personal names', () => {
    expect(tokenise('mr ayman al zawahiri', 'person').map((t) => `${t.kind}:${t.key}`)).toEqual(['word:ayman', 'particle:al', 'word:zawahiri']);
    expect(tokenise('ron l hubbard', 'person').map((t) => t.kind)).toEqual(['word', 'initial', 'word']);
  });
});

describe('analyseName', () => {
  it('gives a Chinese organisation name an English reading and a pinyin reading', () => {
    const texts = analyseName('成都嘉石科技有限公司', 'org').map((v) => v.text);
    expect(texts[0]).toBe('chengdu jiashi technology co ltd');
    expect(texts).toContain('cheng du jia shi ke ji you xian gong si');
  });
  it('treats slash-separated names as alternatives', () => {
    expect(analyseName("Al-Qa'ida/Islamic Army", 'org').map((v) => v.text)).toEqual(['al qaida islamic army', 'al qaida', 'islamic army']);
  });
});
