// Words readers would search the generated corpus for (the content words of bench/text.ts).
export const queryWords: Record<'fr' | 'en', string[]> = {
  fr: (
    'satellite constellation lanceur moteur drone essai mission orbite capteur instrument ' +
    'cluster entreprise partenaire programme projet consortium contrat financement région ' +
    'innovation recherche laboratoire université centre ingénieur équipe atelier usine ' +
    'européenne wallonne spatiale aéronautique défense industrielle numérique optique ' +
    'composite hybride structure aile fuselage hélice batterie antenne station données ' +
    'délégation salon conférence marché export emploi formation certification maintenance ' +
    'production prototype démonstrateur vol autonomie sécurité inspection surveillance ' +
    'réseau logiciel radar thermique cybersécurité coopération stratégie investissement ' +
    'fournisseur aéroport hangar plateforme Liège Charleroi Namur'
  ).split(' '),
  en: (
    'satellite constellation launcher engine drone test mission orbit sensor instrument ' +
    'cluster company partner programme project consortium contract funding region ' +
    'innovation research laboratory university centre engineer team workshop plant ' +
    'European Walloon space aeronautics defence industrial digital optical composite ' +
    'hybrid structure wing fuselage propeller battery antenna station data delegation ' +
    'conference market export jobs training certification maintenance production ' +
    'prototype demonstrator flight safety inspection surveillance network software radar ' +
    'thermal cybersecurity cooperation strategy investment supplier airport hangar Liège'
  ).split(' '),
};
