import { describe, expect, it } from 'vitest';
import { checkGeneralLicenceEligibility, checkRegistrationEligibility } from './eligibility.ts';
import { cleanExporter } from './testFixtures.ts';

describe('general-licence eligibility (Regs Art. 16 ¶2, Art. 20; Export Control Law Art. 14)', () => {
  it('admits an exporter with a well-run ICP, an export record and fixed channels', () => {
    expect(checkGeneralLicenceEligibility(cleanExporter, '2025-09-01')).toEqual({ eligible: true, grounds: [] });
  });

  it('bars for 5 years after a serious administrative penalty, then admits again', () => {
    const ex = { ...cleanExporter, seriousAdministrativePenalties: [{ decidedOn: '2021-03-15', reference: '商务部行政处罚决定书 2021-07' }] };
    const barred = checkGeneralLicenceEligibility(ex, '2026-03-14');
    expect(barred.eligible).toBe(false);
    expect(barred.grounds[0]).toMatchObject({ code: 'SERIOUS_ADMINISTRATIVE_PENALTY', article: 'Regs Art. 20 ¶1(2)' });
    expect(barred.grounds[0]?.message.en).toContain('barred until 2026-03-15');
    expect(checkGeneralLicenceEligibility(ex, '2026-03-15').eligible).toBe(true);
  });

  it('bars for good after a criminal penalty, and a subsidiary of a control-listed party', () => {
    const ex = {
      ...cleanExporter,
      criminalPenalties: [{ against: 'responsible_person' as const, decidedOn: '2010-01-01', reference: 'judgment 2010-1' }],
      establishedByControlListedParty: { party: 'Foreign Parent Ltd', listEntry: 'control list 2025-01' },
    };
    const r = checkGeneralLicenceEligibility(ex, '2030-01-01');
    expect(r.grounds.map((g) => g.code)).toEqual(['CRIMINAL_PENALTY', 'CONTROL_LISTED_PARENT']);
    expect(checkRegistrationEligibility(ex, '2030-01-01').eligible).toBe(false);
  });

  it('needs an ICP that runs well, an export record and fixed channels, which registration does not', () => {
    const ex = { ...cleanExporter, icp: { established: true, runningWell: false }, hasDualUseExportRecord: false, hasFixedChannelsAndEndUsers: false };
    expect(checkGeneralLicenceEligibility(ex, '2025-09-01').grounds.map((g) => g.code)).toEqual(['ICP_NOT_RUNNING_WELL', 'NO_EXPORT_RECORD', 'NO_FIXED_CHANNELS']);
    expect(checkRegistrationEligibility(ex, '2025-09-01').eligible).toBe(true);
  });
});
