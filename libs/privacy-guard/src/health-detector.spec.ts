import { InvalidInputError } from '@werkbrug/core';
import {
  assertNoPersonalData,
  cleanFreeText,
  findPersonalData,
  HealthReason,
  PersonalDataKind,
} from '@werkbrug/privacy-guard';

/** Health findings as [sub-reason, covered text]. */
function health(text: string): [HealthReason | undefined, string][] {
  return findPersonalData(text)
    .filter((f) => f.kind === PersonalDataKind.HEALTH_INFORMATION)
    .map((f) => [f.healthReason, text.slice(f.start, f.end)]);
}

const reasonsOf = (text: string) => health(text).map(([reason]) => reason);

describe('health information', () => {
  it.each<[HealthReason, string, string]>([
    [HealthReason.CONDITION, 'Heeft sinds vorig jaar een hernia.', 'hernia'],
    [HealthReason.CONDITION, 'Ze was overspannen na de reorganisatie.', 'overspannen'],
    [HealthReason.CONDITION, 'Depressieve periode gehad, nu stabiel.', 'Depressieve'],
    [HealthReason.CONDITION, 'She was diagnosed with type 2 diabetes.', 'diabetes'],
    [HealthReason.MEDICATION, 'Slikt antidepressiva.', 'antidepressiva'],
    [HealthReason.MEDICATION, 'He is on medication for his heart.', 'medication'],
    [HealthReason.TREATMENT_OR_CARE_PROVIDER, 'Loopt sinds maart bij een psycholoog.', 'psycholoog'],
    [HealthReason.TREATMENT_OR_CARE_PROVIDER, 'Is onder behandeling.', 'onder behandeling'],
    [HealthReason.SICK_LEAVE, 'Is voor 50% ziek en werkt ochtenden.', '50% ziek'],
    [HealthReason.SICK_LEAVE, 'Arbeidsongeschikt sinds januari.', 'Arbeidsongeschikt'],
    [HealthReason.SICK_LEAVE, 'WIA-keuring in september.', 'WIA-keuring'],
    [HealthReason.SICK_LEAVE, 'Zit in de ziektewet.', 'ziektewet'],
    [HealthReason.PREGNANCY, 'Ze is zwanger van haar tweede.', 'zwanger'],
    [HealthReason.PREGNANCY, 'Going on maternity leave in May.', 'maternity leave'],
    [HealthReason.ADDICTION, 'Is alcoholist, al twee jaar droog.', 'alcoholist'],
    [HealthReason.ADDICTION, 'He struggled with addiction.', 'addiction'],
  ])('finds %s in "%s"', (reason, text, covered) => {
    expect(health(text)).toContainEqual([reason, covered]);
  });

  it.each([
    ['burn-out', 'Herstellende van een burn-out.'],
    ['burnout', 'Herstellende van een burnout.'],
    ['digits for letters', 'Heeft een d3pr3ssie gehad.'],
    ['spelled out', 'Kandidaat heeft k a n k e r gehad.'],
    ['dots between letters', 'Heeft een h.e.r.n.i.a gehad.'],
    ['a soft hyphen', 'Last van een hern\u00ADia.'],
    ['a zero-width space', 'Suikerzie\u200Bkte, goed ingesteld.'],
    ['a Cyrillic letter', 'Heeft d\u0435pressie gehad.'],
  ])('sees through %s', (_how, text) => {
    expect(reasonsOf(text)).toEqual([HealthReason.CONDITION]);
  });

  it('reports the offsets in the original text', () => {
    const text = 'Heeft d\u200Be\u200Bpressie.';
    expect(health(text)).toEqual([[HealthReason.CONDITION, 'd\u200Be\u200Bpressie']]);
  });

  it.each([
    'Kan niet zwaar tillen, maximaal 10 kilo.',
    'Niet langer dan 2 uur achter elkaar staan.',
    'Heeft baat bij een vaste structuur.',
    'Werkt graag in een rustige omgeving.',
    'Een prikkelarme werkplek werkt het best.',
    'Aangepaste werktijden, start om 10 uur.',
    'Beperkt belastbaar voor tillen.',
    'Cannot lift more than 10 kilos and needs a break every hour.',
  ])('lets a functional description through: "%s"', (text) => {
    expect(findPersonalData(text)).toEqual([]);
  });

  it.each([
    'Zorgmedewerker in de GGZ, 24 uur.',
    'Apothekersassistent gezocht.',
    'Werkt met cliënten met dementie.',
    'Verpleegkundige oncologie.',
    'Fysiotherapiepraktijk zoekt receptionist.',
    'Ervaring met medicatie uitzetten.',
    'Begeleider voor jongeren met autisme.',
    'Ons team bestaat uit een psychiater en twee psychologen.',
    'Tijdelijke vacature ter vervanging van zwangerschapsverlof.',
    'Care assistant in a dementia unit.',
    'Experience administering medication is required.',
    'You will support clients with addiction in their recovery.',
  ])('lets a care-sector job text through: "%s"', (text) => {
    expect(health(text)).toEqual([]);
  });

  it.each([
    'Kandidaat met een arbeidsbeperking, indicatie banenafspraak.',
    'Re-integratie in spoor 2, met een jobcoach.',
    'Loonkostensubsidie aangevraagd; de no-riskpolis is van toepassing.',
    'Heeft een Wajong-uitkering.',
    'Wij bieden een arbeidsongeschiktheidsverzekering.',
    'De machine is uitgevallen.',
    'Ervaring met MS Office; reactietijd 200 ms.',
  ])('lets track words and ordinary text through: "%s"', (text) => {
    expect(health(text)).toEqual([]);
  });

  it('weighs a job cue against a person cue by which is nearer', () => {
    expect(reasonsOf('Hij werkt met cliënten met autisme.')).toEqual([]);
    expect(reasonsOf('Hij werkt in de zorg en heeft autisme.')).toEqual([HealthReason.CONDITION]);
    expect(reasonsOf('Zij heeft jarenlang in de GGZ gewerkt.')).toEqual([]);
    expect(reasonsOf('Zij is bekend bij de GGZ.')).toEqual([HealthReason.TREATMENT_OR_CARE_PROVIDER]);
  });
});

describe('refusing health information', () => {
  function thrown(run: () => unknown): InvalidInputError {
    try {
      run();
    } catch (error) {
      expect(error).toBeInstanceOf(InvalidInputError);
      return error as InvalidInputError;
    }
    throw new Error('expected an InvalidInputError, nothing was thrown');
  }

  it('names the field and the reason with a suggestion, in both languages, without echoing the words', () => {
    const error = thrown(() =>
      assertNoPersonalData({ sketchAttentionPoints: 'Heeft een hernia en slikt antidepressiva.' }),
    );
    expect(error.details).toEqual({
      field: 'sketchAttentionPoints',
      personalDataKind: 'HEALTH_INFORMATION',
      healthReason: 'CONDITION',
    });
    expect(error.localised.nl).toContain('"sketchAttentionPoints"');
    expect(error.localised.nl).toContain('een aandoening of diagnose');
    expect(error.localised.nl).toContain(
      'Schrijf geen gezondheidsinformatie of diagnoses op. Beschrijf wat iemand wel en niet kan, bijvoorbeeld: niet langer dan 2 uur staan.',
    );
    expect(error.localised.en).toContain('Describe what someone can and cannot do');
    expect(JSON.stringify(error.localised)).not.toMatch(/hernia|antidepressiva/i);
  });

  it('is not lifted by confirming names', () => {
    const error = thrown(() =>
      cleanFreeText('Zit sinds maart in de ziektewet.', 'note', 200, { allowPossibleNames: true }),
    );
    expect(error.details).toEqual({
      field: 'note',
      personalDataKind: 'HEALTH_INFORMATION',
      healthReason: 'SICK_LEAVE',
    });
  });
});
