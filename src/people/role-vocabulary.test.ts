import { describe, expect, it } from 'vitest';
import { genderOfHonorific, translateRole } from './role-vocabulary.js';

describe('translateRole', () => {
  it.each([
    ['directeur', 'director'],
    ['Directrice', 'Director'],
    ['directrice générale', 'managing director'],
    ['Directeur général adjoint', 'Deputy managing director'],
    ['administrateur délégué', 'CEO'],
    ['présidente du conseil d’administration', 'chair of the board'],
    ['cheffe de projet', 'project manager'],
    ['chercheuse', 'researcher'],
    ['ingénieur', 'engineer'],
    ['ministre', 'minister'],
    ['commissaire européenne', 'European Commissioner'],
    ['ambassadrice', 'ambassador'],
    ['Vice-Présidente', 'Vice-chair'],
  ])('reads « %s » as “%s” in English', (fr, en) => {
    expect(translateRole(fr, 'fr', 'en')).toBe(en);
  });

  it('writes French in the gender the honorific tells, or only when the title has one form', () => {
    expect(translateRole('Director', 'en', 'fr')).toBeUndefined();
    expect(translateRole('Director', 'en', 'fr', genderOfHonorific('Mme'))).toBe('Directrice');
    expect(translateRole('director', 'en', 'fr', genderOfHonorific('M.'))).toBe('directeur');
    expect(translateRole('Chairwoman', 'en', 'fr', 'feminine')).toBe('Présidente');
    expect(translateRole('minister', 'en', 'fr')).toBe('ministre');
    expect(translateRole('CEO', 'en', 'fr')).toBe('CEO');
    expect(genderOfHonorific('Dr')).toBeUndefined();
  });

  it('leaves free text, other languages and the same language alone', () => {
    expect(translateRole('chargée de mission innovation', 'fr', 'en')).toBeUndefined();
    expect(translateRole('head of Remote Sensing', 'en', 'fr', 'masculine')).toBeUndefined();
    expect(translateRole('directeur', 'fr', 'nl')).toBeUndefined();
    expect(translateRole('directeur', 'fr', 'fr')).toBeUndefined();
    expect(translateRole('', 'fr', 'en')).toBeUndefined();
  });
});
