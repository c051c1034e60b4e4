// The word lists of evidence-based detection (folded, French and English): what announces a
// person (titles, functions, honorifics, verbs of speech), what an organisation's name carries
// (kind words, legal forms) and what introduces a list of names. Traps live in traps.ts.

const words = (s: string) => new Set(s.split(/\s+/).filter((w) => w !== ''));

/** « M. », « Mme », "Dr": directly before a name. */
export const honorifics = words('m mme mlle mr mrs ms dr pr prof sir madame monsieur me');

/** Titles and functions that announce a person's name (« le général X », "Commissioner X"). */
export const personTitles = words(`
  directeur directrice president presidente vice ceo cto cfo coo fondateur fondatrice
  cofondateur cofondatrice gerant gerante administrateur administratrice delegue deleguee
  responsable chef cheffe manager ingenieur ingenieure chercheur chercheuse professeur
  professeure coordinateur coordinatrice conseiller conseillere secretaire charge chargee
  adjoint adjointe head director managing deputy officer chair chairman chairwoman chairperson
  founder cofounder engineer researcher scientist professor lecturer coordinator lead leader
  executive vp minister ministre ambassador ambassadeur ambassadrice consul mayor bourgmestre
  maire echevin echevine analyst analyste specialist specialiste expert experte pilote pilot
  associe associee partner spokesperson spokesman spokeswoman advisor adviser consultant
  consultante chief doyen doyenne dean recteur rectrice rector general generale colonel
  commandant commander lieutenant capitaine captain amiral admiral commissaire commissioner
  depute deputee senateur senatrice senator gouverneur gouverneure governor astronaute
  astronaut docteur doctor doctorant doctorante student etudiant etudiante porte-parole
  secretary premier fondatrice administrateur akim hokim rapporteur rapporteuse juge judge
  physicien physicienne ingenieurs economiste economist journaliste journalist architecte
  architect designer developer developpeur developpeuse entrepreneur entrepreneuse patron
  patronne boss owner proprietaire technicien technicienne operateur operatrice
  collaborateur collaboratrice collegue colleague chairwoman president-directeur pdg dg
  administrator`);

/** Verbs and phrases of speech that put a name next to them (« selon X », "said X"). */
export const speechCues = words(`
  selon explique expliquait declare souligne precise ajoute affirme indique estime rappelle
  confie commente resume note observe poursuit conclut temoigne raconte detaille insiste
  said says explained added noted stressed according told commented recalled`);

/** Words that introduce a list of names (« dont X, Y et Z », "including X and Y"). */
export const listCues = words('dont comme notamment including such lesquels lesquelles among like');

/** Nouns of collectives of organisations, before a list or a name (« les entreprises comme »). */
export const organisationCollectives = words(`
  entreprises societes partenaires membres acteurs start-up startups start-ups pme industriels
  groupes clusters universites laboratoires centres organisations institutions operateurs
  fournisseurs clients investisseurs companies firms partners members players businesses
  suppliers customers investors universities laboratories labs organisations organizations
  institutions manufacturers spin-offs scale-ups primes integrateurs integrators exporters
  exportateurs sous-traitants subcontractors banques banks fonds funds`);

/** Nouns that announce an organisation's name right after them (« la société X »). */
export const organisationIntros = words(`
  societe entreprise start-up startup pme spin-off scale-up groupe cluster pole asbl firme
  company firm group consortium constructeur fabricant equipementier integrateur operateur
  editeur laboratoire manufacturer integrator operator supplier fournisseur centre center
  organisme courtier cooperative provider lab laboratory federation fonds fund banque bank
  assureur insurer gestionnaire specialiste specialist institut institute agence agency
  incubateur incubator accelerateur accelerator association broker maker prime`);

/** Nouns that say what an organisation is, in an apposition after it (« Elia, le gestionnaire … »). */
export const organisationNouns = words(`
  societe entreprise start-up startup pme spin-off scale-up groupe cluster pole asbl firme
  company firm group consortium constructeur fabricant equipementier integrateur operateur
  editeur laboratoire manufacturer integrator operator supplier fournisseur centre center
  organisme courtier cooperative provider lab laboratory federation fonds fund banque bank
  assureur insurer gestionnaire specialiste specialist institut institute agence agency
  incubateur incubator accelerateur accelerator association broker maker universite
  university ecole school organisation organization leader`);

/** Words that start an organisation's name, which may go on in lower case (« Agence spatiale … »). */
export const organisationHeads = words(`
  universite university institut institute centre center agence agency service office
  direction departement department ecole school haute college laboratoire laboratory fondation
  foundation association societe federation conseil council ministere ministry observatoire
  observatory pole union commission chambre bureau academie academy groupe group cluster zone
  parlement parliament banque bank autorite authority organisation organization compagnie
  consortium syndicat alliance reseau network agentschap departement comite committee
  groupement hogeschool hochschule universiteit universitat universita universidade
  universidad uniwersytet politechnika politecnico polytechnique instituto istituto
  fundacao fundacion stichting verein delegation delegacion
  spf spw fod`);

/** Words that end an organisation's name (« Orbitex Systems », « Walloon Aerospace Cluster »). */
export const organisationTails = words(`
  technologies technology systems systemes aviation aerospace aeronautics aeronautique lab labs space
  cluster group groupe industries industry solutions robotics dynamics engineering consulting
  partners ventures capital electronics composites agency university universite institute
  centre center council foundation association society academy office ministry commission
  authority bank airlines airways airport hub network alliance consortium services energy
  motors materials instruments sciences logistics software analytics microsystems satellites
  photonics optics avionics defence defense security telecom networks laboratories holding
  corporation corp company agentschap directorate hochschule hogeschool universiteit
  universitat universita politecnico committee comite belgium belgique benelux international`);

/** Legal forms that end a company's name (compared with case: « SA », not « sa »). */
export const legalForms = new Set(
  'SA SRL SPRL NV BV GmbH AG Ltd Inc SAS SARL plc PLC LLC SE Oy AB ASBL VZW AISBL SCRL CV BVBA SpA KG Lda eV'.split(
    ' ',
  ),
);

/** Particles inside family names (« de Froidmont », « van der Meer », « dos Santos »). */
export const particles = words(
  'de du des d la le van der den von ten ter da di del della dos das do zu y e bin ibn al el',
);

/** Small words that may join the capitalised words of an organisation's name. */
export const organisationConnectors = words(
  'de du des d la le l les et and of the for fur en a aux au pour und voor van & y',
);

/** Words never read as names: articles, pronouns, prepositions, conjunctions (folded). */
export const functionWords = words(`
  le la les l un une des du de d au aux a avec pour selon par chez dans en et mais puis ensuite
  enfin ce cette ces cet son sa ses leur leurs notre nos votre vos il elle ils elles nous vous
  on apres avant pendant lors depuis quand lorsque si comme ainsi aussi alors sous sur vers
  entre contre outre the an with for according by in on at and but then this that these those
  its their our his her from to as after before during also today we they he she it yet
  however while when where there here all both each every some many most other such no not
  our your my i you tout tous toute toutes chaque plusieurs certains certaines autres ici la
  cela ceci celui celle ceux celles qui que quoi dont ou oui non ni car donc or`);
