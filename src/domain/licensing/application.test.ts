import { describe, expect, it } from 'vitest';
import { AppError } from '../errors.ts';
import { ApplicationZ, involvesWatchList, parseApplication, validateApplication } from './application.ts';
import { completeGeneral, completeIndividual } from './testFixtures.ts';

const fields = (input: Parameters<typeof ApplicationZ.parse>[0]) => validateApplication(ApplicationZ.parse(input)).map((i) => i.field);

describe('validateApplication', () => {
  it('accepts a complete individual application and a complete general application', () => {
    expect(validateApplication(ApplicationZ.parse(completeIndividual))).toEqual([]);
    expect(validateApplication(ApplicationZ.parse(completeGeneral))).toEqual([]);
  });

  it('names every missing Art. 16 item of an empty draft, in English and Chinese with the article', () => {
    const issues = validateApplication(ApplicationZ.parse({ id: 'a', form: 'individual', exporter: { id: 'e', name: 'E' } }));
    expect(issues.map((i) => i.field)).toEqual([
      'items',
      'destination',
      'endUsers',
      'endUse',
      'legalRepresentative',
      'mainManagers',
      'handler',
      'contract',
      'technicalDocument',
      'endUserCertificateIds',
    ]);
    const tech = issues.find((i) => i.field === 'technicalDocument');
    expect(tech).toMatchObject({ article: 'Regs Art. 16 ¶1(3)', message: { en: expect.stringContaining('test report'), zh: expect.stringContaining('检测报告') } });
  });

  it('requires the general-licence extras of Art. 16 ¶2', () => {
    expect(fields({ ...completeGeneral, general: undefined })).toEqual([
      'general.icpOperationReport',
      'general.licenceUseReport',
      'general.channelsAndEndUsersReport',
      'general.fixedChannels',
    ]);
  });

  it('requires a determination per item line and refuses a prohibited one', () => {
    const [item] = completeIndividual.items ?? [];
    if (!item) throw new Error('fixture');
    expect(fields({ ...completeIndividual, items: [{ ...item, determination: undefined }] })).toEqual(['items[0].determination']);
    const prohibited = validateApplication(ApplicationZ.parse({ ...completeIndividual, items: [{ ...item, determination: { ...item.determination, outcome: 'PROHIBITED' } }] }));
    expect(prohibited[0]?.message.en).toContain('PROHIBITED');
  });

  it('limits an individual licence to one end user (Art. 15 ¶2)', () => {
    expect(fields({ ...completeIndividual, endUsers: completeGeneral.endUsers })).toEqual(['endUsers']);
  });

  it('requires an Art. 19 case for registration, and only for registration', () => {
    expect(fields({ ...completeIndividual, form: 'registration' })).toEqual(['art19Case']);
    expect(fields({ ...completeIndividual, form: 'registration', art19Case: 'exhibition_abroad' })).toEqual([]);
    expect(fields({ ...completeIndividual, art19Case: 'exhibition_abroad' })).toEqual(['art19Case']);
  });

  it('for a watch-listed end user asks for an individual licence, a risk assessment and an undertaking (Art. 26)', () => {
    const endUsers = [{ name: 'Test Aerostructures GmbH', country: 'DE', watchListed: true }];
    expect(fields({ ...completeIndividual, endUsers })).toEqual(['watchList.riskAssessmentReport', 'watchList.complianceUndertaking']);
    expect(fields({ ...completeGeneral, endUsers })).toContain('form');
    expect(involvesWatchList(ApplicationZ.parse({ ...completeIndividual, endUsers }))).toBe(true);
  });
});

describe('parseApplication', () => {
  it('names the malformed field', () => {
    const bad = { ...completeIndividual, items: [{ ...completeIndividual.items?.[0], controlCode: '1X999' }] };
    expect(() => parseApplication(bad)).toThrow(AppError);
    expect(() => parseApplication(bad)).toThrow(/items\[0\]\.controlCode/);
  });
});
