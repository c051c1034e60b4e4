// Demo directory: organisations, people, events and projects that the demo articles speak of.
import type { DemoEvent, DemoOrganisation, DemoPerson, DemoProject } from './demo.types.js';

/** Real public organisations of the starting page, then invented members and foreign partners. */
export const demoOrganisations: DemoOrganisation[] = [
  {
    key: 'skywin-wallonie',
    name: 'Skywin Wallonie',
    aliases: ['Skywin', 'pôle Skywin'],
    kind: 'cluster',
    country: 'BE',
    city: 'Gosselies',
    website: 'https://www.skywin.be',
    sectors: ['aero', 'space', 'drone', 'defence'],
    competences: {
      fr: ['projets collaboratifs', 'mise en réseau', 'internationalisation'],
      en: ['collaborative projects', 'networking', 'internationalisation'],
    },
    description: {
      fr: 'Pôle de compétitivité wallon de l’aéronautique, du spatial et de la défense. Il réunit entreprises, centres de recherche et universités autour de projets d’innovation menés en commun.',
      en: 'Wallonia’s competitiveness cluster for aeronautics, space and defence. It brings companies, research centres and universities together around jointly run innovation projects.',
    },
    isMember: false,
  },
  {
    key: 'aerospace-valley',
    name: 'Aerospace Valley',
    aliases: ['pôle Aerospace Valley'],
    kind: 'cluster',
    country: 'FR',
    city: 'Toulouse',
    website: 'https://www.aerospace-valley.com',
    sectors: ['aero', 'space', 'drone'],
    description: {
      fr: 'Pôle de compétitivité aéronautique et spatial des régions Occitanie et Nouvelle-Aquitaine, partenaire de longue date des clusters européens du secteur.',
      en: 'Aerospace competitiveness cluster of the Occitanie and Nouvelle-Aquitaine regions, a long-standing partner of Europe’s sector clusters.',
    },
  },
  {
    key: 'expertise-france',
    name: 'Expertise France',
    kind: 'agency',
    country: 'FR',
    city: 'Paris',
    website: 'https://www.expertisefrance.fr',
    sectors: ['space'],
    description: {
      fr: 'Agence publique française de coopération technique internationale. Elle conçoit et pilote des projets financés notamment par l’Union européenne.',
      en: 'French public agency for international technical cooperation. It designs and runs projects funded in particular by the European Union.',
    },
  },
  {
    key: 'esa',
    name: 'European Space Agency',
    acronym: 'ESA',
    aliases: ['Agence spatiale européenne', 'ASE'],
    kind: 'agency',
    country: 'FR',
    city: 'Paris',
    website: 'https://www.esa.int',
    sectors: ['space'],
    description: {
      fr: 'Organisation intergouvernementale chargée du programme spatial européen, dont le siège est à Paris et qui dispose de centres dans plusieurs États membres, dont la Belgique.',
      en: 'Intergovernmental organisation in charge of Europe’s space programme, headquartered in Paris with centres in several member states, Belgium among them.',
    },
  },
  {
    key: 'esec',
    name: 'European Space Security and Education Centre',
    acronym: 'ESEC',
    aliases: ['ESA Redu', 'ESEC Redu', 'centre ESEC'],
    kind: 'agency',
    country: 'BE',
    city: 'Redu',
    sectors: ['space'],
    competences: {
      fr: ['opérations de satellites', 'stations sol', 'sécurité', 'formation'],
      en: ['spacecraft operations', 'ground stations', 'security', 'education'],
    },
    description: {
      fr: 'Centre de l’ESA situé à Redu, en province de Luxembourg : opérations de satellites, antennes sol, activités de sécurité et de formation.',
      en: 'ESA centre at Redu in the Belgian province of Luxembourg: spacecraft operations, ground antennas, security and education activities.',
    },
    parent: 'esa',
  },
  {
    key: 'universite-de-liege',
    name: 'Université de Liège',
    acronym: 'ULiège',
    aliases: ['University of Liège', 'ULg'],
    kind: 'university',
    country: 'BE',
    city: 'Liège',
    website: 'https://www.uliege.be',
    sectors: ['space', 'aero'],
    description: {
      fr: 'Université publique de la Fédération Wallonie-Bruxelles, active notamment en ingénierie aérospatiale et en astrophysique.',
      en: 'Public university of the Wallonia-Brussels Federation, active among other fields in aerospace engineering and astrophysics.',
    },
  },
  {
    key: 'csl',
    name: 'Centre Spatial de Liège',
    acronym: 'CSL',
    aliases: ['Centre spatial de Liège', 'Liège Space Centre'],
    kind: 'research_centre',
    country: 'BE',
    city: 'Angleur',
    website: 'https://www.csl.uliege.be',
    sectors: ['space'],
    competences: {
      fr: ['essais en environnement spatial', 'optique', 'instrumentation'],
      en: ['space environment testing', 'optics', 'instrumentation'],
    },
    description: {
      fr: 'Centre de recherche de l’Université de Liège spécialisé dans l’instrumentation optique spatiale et les essais sous vide thermique.',
      en: 'University of Liège research centre specialised in space optical instruments and thermal vacuum testing.',
    },
    parent: 'universite-de-liege',
  },
  {
    key: 'issep',
    name: 'Institut scientifique de service public',
    acronym: 'ISSeP',
    kind: 'public_body',
    country: 'BE',
    city: 'Liège',
    website: 'https://www.issep.be',
    sectors: ['space'],
    competences: {
      fr: ['télédétection', 'géodonnées', 'surveillance environnementale'],
      en: ['remote sensing', 'geodata', 'environmental monitoring'],
    },
    description: {
      fr: 'Institut scientifique public de la Wallonie, au service de la surveillance de l’environnement et de la prévention des risques.',
      en: 'Wallonia’s public scientific institute, serving environmental monitoring and risk prevention.',
    },
  },
  {
    key: 'esa-bic-belgium',
    name: 'ESA BIC Belgium',
    aliases: ['ESA Business Incubation Centre Belgium'],
    kind: 'agency',
    country: 'BE',
    sectors: ['space'],
    description: {
      fr: 'Centre d’incubation de l’ESA en Belgique : il accompagne les jeunes entreprises qui valorisent des technologies ou des données spatiales.',
      en: 'ESA’s business incubation centre in Belgium, supporting start-ups that put space technologies or space data to use.',
    },
  },
  {
    key: 'awex',
    name: 'Agence wallonne à l’Exportation et aux Investissements étrangers',
    acronym: 'AWEX',
    aliases: ['Wallonia Export & Investment Agency'],
    kind: 'agency',
    country: 'BE',
    city: 'Bruxelles',
    website: 'https://www.awex.be',
    sectors: ['aero', 'space', 'drone', 'defence'],
    description: {
      fr: 'Agence publique wallonne chargée de l’accompagnement des entreprises à l’export et de l’accueil des investisseurs étrangers.',
      en: 'Walloon public agency that helps companies export and welcomes foreign investors.',
    },
  },
  {
    key: 'belspo',
    name: 'Politique scientifique fédérale',
    acronym: 'Belspo',
    aliases: ['Belgian Science Policy Office', 'BELSPO'],
    kind: 'public_body',
    country: 'BE',
    city: 'Bruxelles',
    sectors: ['space'],
    description: {
      fr: 'Administration fédérale belge chargée de la politique scientifique, dont la participation belge aux programmes spatiaux.',
      en: 'Belgian federal administration for science policy, including Belgium’s participation in space programmes.',
    },
  },
  {
    key: 'spw',
    name: 'Service public de Wallonie',
    acronym: 'SPW',
    kind: 'public_body',
    country: 'BE',
    city: 'Namur',
    sectors: ['aero', 'space', 'drone', 'defence'],
    description: {
      fr: 'Administration de la Région wallonne, qui gère notamment les aides à la recherche et aux pôles de compétitivité.',
      en: 'Administration of the Walloon Region, which among other things manages research funding and the competitiveness clusters.',
    },
  },
  {
    key: 'uclouvain',
    name: 'Université catholique de Louvain',
    acronym: 'UCLouvain',
    kind: 'university',
    country: 'BE',
    city: 'Louvain-la-Neuve',
    sectors: ['aero', 'space'],
    description: {
      fr: 'Université de la Fédération Wallonie-Bruxelles dont l’école polytechnique forme des ingénieurs en mécanique et en matériaux.',
      en: 'University of the Wallonia-Brussels Federation whose engineering school trains mechanical and materials engineers.',
    },
  },
  // Invented members of the demo cluster (fictitious names, .example websites).
  {
    key: 'hesbaye-orbital',
    name: 'Hesbaye Orbital Systems',
    acronym: 'HOS',
    kind: 'company',
    country: 'BE',
    city: 'Liège',
    website: 'https://hesbaye-orbital.example',
    sectors: ['space'],
    competences: {
      fr: ['plateformes de nanosatellites', 'intégration et essais', 'logiciel de vol'],
      en: ['nanosatellite platforms', 'integration and testing', 'flight software'],
    },
    description: {
      fr: 'Jeune entreprise liégeoise qui conçoit des plateformes de nanosatellites au format 12U pour des charges utiles d’observation et de télécommunication.',
      en: 'Liège start-up designing 12U nanosatellite platforms for Earth observation and telecommunication payloads.',
    },
    isMember: true,
  },
  {
    key: 'ardenoptic',
    name: 'Ardenoptic',
    aliases: ['Ardenoptic SA'],
    kind: 'company',
    country: 'BE',
    city: 'Angleur',
    website: 'https://ardenoptic.example',
    sectors: ['space', 'defence'],
    competences: {
      fr: ['miroirs légers', 'traitements de surface', 'optronique infrarouge'],
      en: ['lightweight mirrors', 'optical coatings', 'infrared optronics'],
    },
    description: {
      fr: 'PME spécialisée dans les optiques de précision pour instruments spatiaux et capteurs optroniques.',
      en: 'SME specialised in precision optics for space instruments and electro-optical sensors.',
    },
    isMember: true,
  },
  {
    key: 'sambre-composites',
    name: 'Aéro-Sambre Composites',
    acronym: 'ASC',
    aliases: ['Aero-Sambre Composites'],
    formerNames: [{ name: 'Sambre Composites Industries', until: '2021-06-30' }],
    kind: 'company',
    country: 'BE',
    city: 'Gosselies',
    website: 'https://aero-sambre.example',
    sectors: ['aero'],
    competences: {
      fr: ['composites thermoplastiques', 'soudage par induction', 'pièces d’aérostructure'],
      en: ['thermoplastic composites', 'induction welding', 'aerostructure parts'],
    },
    description: {
      fr: 'Fabricant de pièces composites pour aérostructures, issu du changement de nom de Sambre Composites Industries en 2021.',
      en: 'Maker of composite aerostructure parts, renamed from Sambre Composites Industries in 2021.',
    },
    isMember: true,
  },
  {
    key: 'fagnes-aerial',
    name: 'Fagnes Aerial Robotics',
    acronym: 'FAR',
    kind: 'company',
    country: 'BE',
    city: 'Malmedy',
    website: 'https://fagnes-aerial.example',
    sectors: ['drone'],
    competences: {
      fr: ['vols hors vue', 'inspection d’infrastructures', 'agriculture de précision'],
      en: ['beyond-visual-line-of-sight flights', 'infrastructure inspection', 'precision farming'],
    },
    description: {
      fr: 'Opérateur et intégrateur de drones installé en bordure des Hautes Fagnes, actif dans l’inspection et l’agriculture.',
      en: 'Drone operator and integrator based on the edge of the Hautes Fagnes, working in inspection and agriculture.',
    },
    isMember: true,
  },
  {
    key: 'corvilis',
    name: 'Corvilis Defence Electronics',
    aliases: ['Corvilis'],
    kind: 'company',
    country: 'BE',
    city: 'Nivelles',
    website: 'https://corvilis.example',
    sectors: ['defence', 'drone'],
    competences: {
      fr: ['radar passif', 'fusion de capteurs', 'lutte anti-drones'],
      en: ['passive radar', 'sensor fusion', 'counter-drone systems'],
    },
    description: {
      fr: 'Entreprise d’électronique de défense qui développe des systèmes de détection et de fusion de capteurs.',
      en: 'Defence electronics company developing detection and sensor-fusion systems.',
    },
    isMember: true,
  },
  {
    key: 'meuse-propulsion',
    name: 'Meuse Propulsion Technologies',
    acronym: 'MPT',
    kind: 'company',
    country: 'BE',
    city: 'Herstal',
    website: 'https://meuse-propulsion.example',
    sectors: ['aero', 'space'],
    competences: {
      fr: ['chambres de combustion', 'bancs d’essais', 'hydrogène'],
      en: ['combustion chambers', 'test benches', 'hydrogen'],
    },
    description: {
      fr: 'Bureau d’études et atelier d’essais consacrés aux sous-ensembles de propulsion aéronautique et spatiale.',
      en: 'Engineering office and test workshop for aircraft and space propulsion subassemblies.',
    },
    isMember: true,
  },
  {
    key: 'calestia',
    name: 'Calestia Ground Systems',
    aliases: ['Calestia'],
    kind: 'company',
    country: 'BE',
    city: 'Transinne',
    website: 'https://calestia.example',
    sectors: ['space'],
    competences: {
      fr: ['stations sol', 'bande X', 'segment sol en tant que service'],
      en: ['ground stations', 'X band', 'ground segment as a service'],
    },
    description: {
      fr: 'Opérateur de stations sol qui loue du temps d’antenne aux exploitants de petits satellites.',
      en: 'Ground station operator renting antenna time to small-satellite operators.',
    },
    isMember: true,
  },
  {
    key: 'geonoria',
    name: 'Geonoria',
    kind: 'company',
    country: 'BE',
    city: 'Namur',
    website: 'https://geonoria.example',
    sectors: ['space', 'drone'],
    competences: {
      fr: ['analyse d’images satellitaires', 'fusion drone-satellite', 'services agricoles'],
      en: ['satellite image analytics', 'drone-satellite fusion', 'agricultural services'],
    },
    description: {
      fr: 'Entreprise namuroise qui transforme images satellitaires et prises de vue par drone en indicateurs pour l’agriculture et l’environnement.',
      en: 'Namur company turning satellite and drone imagery into indicators for agriculture and the environment.',
    },
    isMember: true,
  },
  {
    key: 'cwea',
    name: 'Centre wallon d’essais aéronautiques',
    acronym: 'CWEA',
    kind: 'research_centre',
    country: 'BE',
    city: 'Charleroi',
    website: 'https://cwea.example',
    sectors: ['aero', 'drone'],
    competences: {
      fr: ['essais mécaniques', 'vieillissement des matériaux', 'essais de drones'],
      en: ['mechanical testing', 'materials ageing', 'drone testing'],
    },
    description: {
      fr: 'Centre de recherche agréé qui réalise des essais mécaniques, climatiques et en vol pour l’industrie aéronautique.',
      en: 'Accredited research centre carrying out mechanical, climatic and flight tests for the aviation industry.',
    },
    isMember: true,
  },
  {
    key: 'esag',
    name: 'École supérieure d’aéronautique de Gosselies',
    acronym: 'ESAG',
    kind: 'university',
    country: 'BE',
    city: 'Gosselies',
    website: 'https://esag.example',
    sectors: ['aero', 'drone'],
    description: {
      fr: 'Établissement d’enseignement supérieur qui forme des ingénieurs et techniciens en aéronautique et en systèmes de drones.',
      en: 'Higher-education school training engineers and technicians in aeronautics and drone systems.',
    },
    isMember: true,
  },
  {
    key: 'awod',
    name: 'Association wallonne des opérateurs de drones',
    acronym: 'AWOD',
    kind: 'association',
    country: 'BE',
    city: 'Namur',
    website: 'https://awod.example',
    sectors: ['drone'],
    description: {
      fr: 'Association professionnelle qui représente les exploitants de drones civils établis en Wallonie.',
      en: 'Trade association representing civil drone operators based in Wallonia.',
    },
    isMember: true,
  },
  // Invented foreign partners.
  {
    key: 'garonne-avionique',
    name: 'Garonne Avionique',
    kind: 'company',
    country: 'FR',
    city: 'Toulouse',
    website: 'https://garonne-avionique.example',
    sectors: ['aero', 'defence'],
    description: {
      fr: 'Équipementier toulousain de calculateurs embarqués et de capteurs pour l’aviation civile et militaire.',
      en: 'Toulouse supplier of on-board computers and sensors for civil and military aircraft.',
    },
  },
  {
    key: 'isartal-sensorik',
    name: 'Isartal Sensorik GmbH',
    aliases: ['Isartal Sensorik'],
    kind: 'company',
    country: 'DE',
    city: 'München',
    website: 'https://isartal-sensorik.example',
    sectors: ['defence'],
    description: {
      fr: 'Entreprise bavaroise de capteurs radar et de traitement du signal pour la surveillance aérienne.',
      en: 'Bavarian company making radar sensors and signal processing for air surveillance.',
    },
  },
  {
    key: 'dala-geoinformatics',
    name: 'Dala Geoinformatics',
    kind: 'company',
    country: 'KZ',
    city: 'Almaty',
    website: 'https://dala-geo.example',
    sectors: ['space'],
    description: {
      fr: 'Société kazakhe de géomatique qui exploite des images satellitaires pour le suivi des steppes et des cultures.',
      en: 'Kazakh geomatics company using satellite imagery to monitor grasslands and crops.',
    },
  },
  {
    key: 'turon-geospatial',
    name: 'Turon Geospatial',
    kind: 'company',
    country: 'UZ',
    city: 'Tashkent',
    website: 'https://turon-geospatial.example',
    sectors: ['space'],
    description: {
      fr: 'Jeune entreprise ouzbèke de cartographie et de gestion de l’eau par satellite.',
      en: 'Uzbek start-up working on satellite-based mapping and water management.',
    },
  },
  {
    key: 'meseta-aeroespacial',
    name: 'Meseta Aeroespacial S.L.',
    aliases: ['Meseta Aeroespacial'],
    kind: 'company',
    country: 'ES',
    city: 'Sevilla',
    website: 'https://meseta-aeroespacial.example',
    sectors: ['aero', 'space'],
    description: {
      fr: 'Sous-traitant andalou d’usinage et d’assemblage pour l’aéronautique, qui se diversifie vers les petits lanceurs.',
      en: 'Andalusian machining and assembly subcontractor for aviation, branching out into small launchers.',
    },
  },
];

/** People of the starting page with their stated roles, then invented people. */
export const demoPeople: DemoPerson[] = [
  {
    key: 'jean-pierre-chisogne',
    givenName: 'Jean-Pierre',
    familyName: 'Chisogne',
    affiliations: [
      {
        organisation: 'skywin-wallonie',
        role: { fr: 'Directeur général adjoint', en: 'Deputy Managing Director' },
      },
    ],
  },
  {
    key: 'serge-habraken',
    givenName: 'Serge',
    familyName: 'Habraken',
    affiliations: [
      {
        organisation: 'csl',
        role: { fr: 'Président du conseil d’administration', en: 'Chair of the Board' },
      },
    ],
  },
  {
    key: 'christian-baijot',
    givenName: 'Christian',
    familyName: 'Baijot',
    affiliations: [
      {
        organisation: 'esa',
        role: {
          fr: 'Chef de la section Opérations des engins spatiaux de Redu',
          en: 'Head of Redu Spacecraft Operations Section',
        },
      },
    ],
  },
  {
    key: 'hugo-maree',
    givenName: 'Hugo',
    familyName: 'Marée',
    affiliations: [
      { organisation: 'esa', role: { fr: 'Membre du personnel', en: 'Staff member' } },
    ],
  },
  {
    key: 'eric-hallot',
    givenName: 'Eric',
    familyName: 'Hallot',
    affiliations: [
      {
        organisation: 'issep',
        role: {
          fr: 'Responsable de l’unité Télédétection et géodonnées',
          en: 'Head of the Remote Sensing and Geodata unit',
        },
      },
    ],
  },
  {
    key: 'vincenzo-schiavo',
    givenName: 'Vincenzo',
    familyName: 'Schiavo',
    affiliations: [
      {
        organisation: 'esa-bic-belgium',
        role: { fr: 'Country Manager', en: 'Country Manager' },
      },
    ],
  },
  {
    key: 'adeline-verdier',
    givenName: 'Adeline',
    familyName: 'Verdier',
    affiliations: [
      {
        organisation: 'aerospace-valley',
        role: { fr: 'Représentante', en: 'Representative' },
      },
    ],
  },
  {
    key: 'aleksandra-tonkikh',
    givenName: 'Aleksandra',
    familyName: 'Tonkikh',
    affiliations: [{ organisation: 'awex', role: { fr: 'Représentante', en: 'Representative' } }],
  },
  // Invented people.
  {
    key: 'amelie-de-froidmont',
    givenName: 'Amélie',
    familyName: 'de Froidmont',
    bio: {
      fr: 'Ingénieure en aérospatiale, elle a cofondé Hesbaye Orbital Systems après dix ans passés dans l’intégration de satellites.',
      en: 'An aerospace engineer, she co-founded Hesbaye Orbital Systems after ten years spent integrating satellites.',
    },
    affiliations: [
      {
        organisation: 'hesbaye-orbital',
        role: { fr: 'Cofondatrice et directrice générale', en: 'Co-founder and CEO' },
        from: '2019-03-01',
      },
    ],
  },
  {
    key: 'joris-van-oost',
    givenName: 'Joris',
    familyName: 'van Oost',
    bio: {
      fr: 'Ancien pilote agricole, il dirige les opérations aériennes de Fagnes Aerial Robotics.',
      en: 'A former crop-spraying pilot, he runs flight operations at Fagnes Aerial Robotics.',
    },
    affiliations: [
      {
        organisation: 'fagnes-aerial',
        role: { fr: 'Responsable des opérations aériennes', en: 'Head of Flight Operations' },
        from: '2020-01-01',
      },
    ],
  },
  {
    key: 'sophie-marchal',
    givenName: 'Sophie',
    familyName: 'Marchal',
    bio: {
      fr: 'Après huit ans à la tête du laboratoire d’essais du CWEA, elle a pris la direction de Corvilis Defence Electronics en 2022.',
      en: 'After eight years running the CWEA test laboratory, she became managing director of Corvilis Defence Electronics in 2022.',
    },
    affiliations: [
      {
        organisation: 'cwea',
        role: { fr: 'Responsable du laboratoire d’essais', en: 'Head of the Test Laboratory' },
        from: '2014-09-01',
        to: '2022-08-31',
      },
      {
        organisation: 'corvilis',
        role: { fr: 'Directrice générale', en: 'Managing Director' },
        from: '2022-09-01',
      },
    ],
  },
  {
    key: 'thomas-lambotte',
    givenName: 'Thomas',
    familyName: 'Lambotte',
    affiliations: [
      {
        organisation: 'cwea',
        role: { fr: 'Responsable du laboratoire d’essais', en: 'Head of the Test Laboratory' },
        from: '2022-09-01',
      },
    ],
  },
  {
    key: 'nadia-bensalem',
    givenName: 'Nadia',
    familyName: 'Bensalem',
    affiliations: [
      {
        organisation: 'ardenoptic',
        role: { fr: 'Directrice technique', en: 'Chief Technology Officer' },
      },
    ],
  },
  {
    key: 'luc-wautier',
    givenName: 'Luc',
    familyName: 'Wautier',
    affiliations: [
      {
        organisation: 'sambre-composites',
        role: { fr: 'Directeur industriel', en: 'Head of Operations' },
      },
    ],
  },
  {
    key: 'elise-grandjean',
    givenName: 'Élise',
    familyName: 'Grandjean',
    honorific: 'Prof.',
    affiliations: [
      {
        organisation: 'esag',
        role: { fr: 'Directrice des études', en: 'Director of Studies' },
      },
    ],
  },
  {
    key: 'karim-haddouchi',
    givenName: 'Karim',
    familyName: 'Haddouchi',
    honorific: 'Dr',
    affiliations: [
      {
        organisation: 'geonoria',
        role: { fr: 'Fondateur et directeur général', en: 'Founder and CEO' },
      },
    ],
  },
  {
    key: 'olivier-piron',
    givenName: 'Olivier',
    familyName: 'Piron',
    affiliations: [
      {
        organisation: 'calestia',
        role: { fr: 'Directeur général', en: 'Chief Executive Officer' },
      },
    ],
  },
  {
    key: 'nicolas-delvaux',
    givenName: 'Nicolas',
    familyName: 'Delvaux',
    affiliations: [
      {
        organisation: 'meuse-propulsion',
        role: { fr: 'Responsable R&D combustion', en: 'Combustion R&D Manager' },
      },
    ],
  },
  {
    key: 'pauline-hennaux',
    givenName: 'Pauline',
    familyName: 'Hennaux',
    affiliations: [{ organisation: 'awod', role: { fr: 'Présidente', en: 'President' } }],
  },
  {
    key: 'camille-roussel',
    givenName: 'Camille',
    familyName: 'Roussel',
    affiliations: [
      {
        organisation: 'garonne-avionique',
        role: { fr: 'Responsable du développement commercial', en: 'Business Development Manager' },
      },
    ],
  },
  {
    key: 'matthias-koehler',
    givenName: 'Matthias',
    familyName: 'Köhler',
    affiliations: [
      {
        organisation: 'isartal-sensorik',
        role: { fr: 'Directeur général', en: 'Chief Executive Officer' },
      },
    ],
  },
  {
    key: 'ines-carvajal',
    givenName: 'Inés',
    familyName: 'Carvajal',
    affiliations: [
      {
        organisation: 'meseta-aeroespacial',
        role: { fr: 'Directrice commerciale', en: 'Sales Director' },
      },
    ],
  },
  {
    key: 'aigerim-sadykova',
    givenName: 'Aigerim',
    familyName: 'Sadykova',
    affiliations: [
      {
        organisation: 'dala-geoinformatics',
        role: { fr: 'Directrice', en: 'Director' },
      },
    ],
  },
];

/** The delegation visit of the starting page, past demo events and four upcoming ones. */
export const demoEvents: DemoEvent[] = [
  {
    key: 'central-asia-delegation-2025',
    slug: 'delegation-asie-centrale-2025',
    kind: 'delegation_visit',
    title: {
      fr: 'Délégation d’Asie centrale en Wallonie : étapes à Redu et à Liège',
      en: 'Central Asian delegation in Wallonia: stops in Redu and Liège',
    },
    summary: {
      fr: 'Une journée pour une quinzaine de délégués du Kazakhstan, d’Ouzbékistan, du Tadjikistan et du Turkménistan : opérations de satellites à l’ESEC le matin, essais spatiaux et géodonnées au CSL l’après-midi.',
      en: 'One day for some fifteen delegates from Kazakhstan, Uzbekistan, Tajikistan and Turkmenistan: satellite operations at ESEC in the morning, space testing and geodata at CSL in the afternoon.',
    },
    startsAt: '2025-11-03T09:30:00+01:00',
    endsAt: '2025-11-03T17:30:00+01:00',
    timeZone: 'Europe/Brussels',
    sectors: ['space'],
    project: 'tei-central-asia',
    venues: [
      {
        key: 'esec-redu',
        name: 'ESA – European Space Security and Education Centre (ESEC)',
        city: 'Redu',
        country: 'BE',
        organisation: 'esec',
      },
      {
        key: 'csl-angleur',
        name: 'Centre Spatial de Liège (CSL)',
        address: 'Avenue du Pré-Aily, 4031 Angleur',
        city: 'Liège',
        country: 'BE',
        organisation: 'csl',
      },
    ],
    programme: [
      {
        startsAt: '2025-11-03T09:30:00+01:00',
        endsAt: '2025-11-03T10:30:00+01:00',
        venue: 'esec-redu',
        title: {
          fr: 'Accueil et présentation des activités de l’ESEC',
          en: 'Welcome and overview of ESEC activities',
        },
        speakers: ['christian-baijot'],
      },
      {
        startsAt: '2025-11-03T10:30:00+01:00',
        endsAt: '2025-11-03T12:00:00+01:00',
        venue: 'esec-redu',
        title: {
          fr: 'Visite des antennes et des salles d’opérations',
          en: 'Tour of the antennas and operations rooms',
        },
        speakers: ['christian-baijot', 'hugo-maree'],
      },
      {
        startsAt: '2025-11-03T14:00:00+01:00',
        endsAt: '2025-11-03T14:45:00+01:00',
        venue: 'csl-angleur',
        title: {
          fr: 'Le Centre Spatial de Liège : essais et instruments',
          en: 'Centre Spatial de Liège: testing and instruments',
        },
        speakers: ['serge-habraken'],
      },
      {
        startsAt: '2025-11-03T14:45:00+01:00',
        endsAt: '2025-11-03T15:30:00+01:00',
        venue: 'csl-angleur',
        title: {
          fr: 'L’écosystème aérospatial wallon et la coopération entre clusters',
          en: 'The Walloon aerospace ecosystem and cooperation between clusters',
        },
        speakers: ['jean-pierre-chisogne', 'adeline-verdier'],
      },
      {
        startsAt: '2025-11-03T15:30:00+01:00',
        endsAt: '2025-11-03T16:15:00+01:00',
        venue: 'csl-angleur',
        title: {
          fr: 'Télédétection et géodonnées au service de l’action publique',
          en: 'Remote sensing and geodata for public policy',
        },
        speakers: ['eric-hallot'],
      },
      {
        startsAt: '2025-11-03T16:15:00+01:00',
        endsAt: '2025-11-03T17:00:00+01:00',
        venue: 'csl-angleur',
        title: {
          fr: 'Incubation de jeunes entreprises spatiales',
          en: 'Incubating space start-ups',
        },
        speakers: ['vincenzo-schiavo'],
      },
      {
        startsAt: '2025-11-03T17:00:00+01:00',
        endsAt: '2025-11-03T17:30:00+01:00',
        venue: 'csl-angleur',
        title: {
          fr: 'Export et coopération internationale : échanges de clôture',
          en: 'Export and international cooperation: closing discussion',
        },
        speakers: ['aleksandra-tonkikh'],
      },
    ],
    organisers: ['skywin-wallonie'],
    partners: ['aerospace-valley', 'expertise-france', 'awex'],
    participants: { countries: ['KZ', 'UZ', 'TJ', 'TM'], delegates: 15 },
  },
  {
    key: 'thermoplastic-welding-workshop-2025',
    slug: 'atelier-soudage-thermoplastique-2025',
    kind: 'workshop',
    title: {
      fr: 'Atelier : souder les composites thermoplastiques',
      en: 'Workshop: welding thermoplastic composites',
    },
    summary: {
      fr: 'Une demi-journée technique sur le soudage par induction des aérostructures, avec visite du laboratoire d’essais.',
      en: 'A technical half-day on induction welding of aerostructures, with a tour of the test laboratory.',
    },
    startsAt: '2025-03-18T13:30:00+01:00',
    endsAt: '2025-03-18T17:30:00+01:00',
    timeZone: 'Europe/Brussels',
    sectors: ['aero'],
    project: 'thermocomp',
    venues: [
      {
        key: 'cwea-charleroi',
        name: 'Centre wallon d’essais aéronautiques (CWEA)',
        city: 'Charleroi',
        country: 'BE',
        organisation: 'cwea',
      },
    ],
    programme: [
      {
        startsAt: '2025-03-18T13:30:00+01:00',
        venue: 'cwea-charleroi',
        title: { fr: 'Le projet THERMOCOMP en bref', en: 'THERMOCOMP in a nutshell' },
        speakers: ['luc-wautier'],
      },
      {
        startsAt: '2025-03-18T14:00:00+01:00',
        venue: 'cwea-charleroi',
        title: {
          fr: 'Qualifier une soudure : essais et critères',
          en: 'Qualifying a weld: tests and criteria',
        },
        speakers: ['thomas-lambotte'],
      },
      {
        startsAt: '2025-03-18T14:45:00+01:00',
        venue: 'cwea-charleroi',
        title: {
          fr: 'Simuler le joint soudé',
          en: 'Simulating the welded joint',
        },
        speakers: ['elise-grandjean'],
      },
      {
        startsAt: '2025-03-18T15:45:00+01:00',
        venue: 'cwea-charleroi',
        title: {
          fr: 'Le regard d’un équipementier',
          en: 'An equipment supplier’s view',
        },
        speakers: ['camille-roussel'],
      },
      {
        startsAt: '2025-03-18T16:30:00+01:00',
        venue: 'cwea-charleroi',
        title: { fr: 'Visite du laboratoire', en: 'Laboratory tour' },
      },
    ],
    organisers: ['skywin-wallonie', 'cwea'],
    partners: ['sambre-composites'],
    participants: { countries: ['BE', 'FR'], delegates: 60 },
  },
  {
    key: 'space-business-day-2026',
    slug: 'journee-space-business-2026',
    kind: 'conference',
    title: { fr: 'Journée Space Business 2026', en: 'Space Business Day 2026' },
    summary: {
      fr: 'La rencontre annuelle des acteurs spatiaux wallons, consacrée cette année à la sécurité spatiale et aux services de données.',
      en: 'The yearly meeting of Walloon space players, devoted this year to space security and data services.',
    },
    startsAt: '2026-04-23T09:00:00+02:00',
    endsAt: '2026-04-23T17:30:00+02:00',
    timeZone: 'Europe/Brussels',
    sectors: ['space', 'defence'],
    venues: [
      {
        key: 'liege-congress-centre',
        name: 'Palais des congrès de Liège',
        city: 'Liège',
        country: 'BE',
      },
    ],
    programme: [
      {
        startsAt: '2026-04-23T09:30:00+02:00',
        venue: 'liege-congress-centre',
        title: {
          fr: 'Conférence d’ouverture : les petits satellites passent à l’échelle',
          en: 'Opening keynote: small satellites scale up',
        },
        speakers: ['amelie-de-froidmont'],
      },
      {
        startsAt: '2026-04-23T11:00:00+02:00',
        venue: 'liege-congress-centre',
        title: {
          fr: 'Table ronde : protéger les infrastructures spatiales',
          en: 'Panel: protecting space infrastructure',
        },
        speakers: ['sophie-marchal', 'nadia-bensalem', 'olivier-piron'],
      },
      {
        startsAt: '2026-04-23T14:00:00+02:00',
        venue: 'liege-congress-centre',
        title: {
          fr: 'Données d’observation et agriculture en Asie centrale',
          en: 'Earth observation data and farming in Central Asia',
        },
        speakers: ['aigerim-sadykova'],
      },
      {
        startsAt: '2026-04-23T15:30:00+02:00',
        venue: 'liege-congress-centre',
        title: { fr: 'Session de pitchs de jeunes pousses', en: 'Start-up pitch session' },
        speakers: ['karim-haddouchi'],
      },
    ],
    organisers: ['skywin-wallonie'],
    partners: ['calestia', 'ardenoptic'],
    participants: { countries: ['BE', 'FR', 'DE', 'KZ'], delegates: 240 },
  },
  {
    key: 'andalusia-business-mission-2026',
    slug: 'mission-andalousie-2026',
    kind: 'delegation_visit',
    title: {
      fr: 'Mission d’entreprises wallonnes en Andalousie',
      en: 'Walloon business mission to Andalusia',
    },
    summary: {
      fr: 'Deux jours à Séville pour huit entreprises wallonnes : visites de sites industriels et rendez-vous d’affaires.',
      en: 'Two days in Seville for eight Walloon companies: industrial site visits and business meetings.',
    },
    startsAt: '2026-05-19T09:00:00+02:00',
    endsAt: '2026-05-20T18:00:00+02:00',
    timeZone: 'Europe/Madrid',
    sectors: ['aero', 'space'],
    venues: [
      {
        key: 'meseta-plant',
        name: 'Site de production de Meseta Aeroespacial',
        city: 'Sevilla',
        country: 'ES',
        organisation: 'meseta-aeroespacial',
      },
      {
        key: 'seville-business-centre',
        name: 'Centre d’affaires de Séville',
        city: 'Sevilla',
        country: 'ES',
      },
    ],
    programme: [
      {
        startsAt: '2026-05-19T09:30:00+02:00',
        venue: 'meseta-plant',
        title: {
          fr: 'Accueil et visite de l’atelier d’assemblage',
          en: 'Welcome and tour of the assembly shop',
        },
        speakers: ['ines-carvajal'],
      },
      {
        startsAt: '2026-05-19T14:00:00+02:00',
        venue: 'meseta-plant',
        title: {
          fr: 'Présentations croisées des entreprises',
          en: 'Company pitches from both regions',
        },
        speakers: ['luc-wautier', 'amelie-de-froidmont'],
      },
      {
        startsAt: '2026-05-20T09:00:00+02:00',
        venue: 'seville-business-centre',
        title: { fr: 'Rendez-vous d’affaires individuels', en: 'One-to-one business meetings' },
      },
    ],
    organisers: ['skywin-wallonie'],
    partners: ['awex', 'meseta-aeroespacial'],
    participants: {
      countries: ['BE', 'ES'],
      delegates: 14,
      organisations: [
        'sambre-composites',
        'meuse-propulsion',
        'hesbaye-orbital',
        'calestia',
        'ardenoptic',
        'geonoria',
        'fagnes-aerial',
        'corvilis',
      ],
    },
  },
  {
    key: 'defence-industry-day-2026',
    slug: 'journee-industrie-defense-2026',
    kind: 'conference',
    title: {
      fr: 'Journée de l’industrie de défense',
      en: 'Defence Industry Day',
    },
    summary: {
      fr: 'Une journée pour aider les PME à se positionner sur les appels européens en matière de défense, de la lutte anti-drones aux équipements aéroportés.',
      en: 'A day helping SMEs position themselves on European defence calls, from counter-drone systems to airborne equipment.',
    },
    startsAt: '2026-06-11T09:00:00+02:00',
    endsAt: '2026-06-11T16:30:00+02:00',
    timeZone: 'Europe/Brussels',
    sectors: ['defence', 'aero', 'drone'],
    venues: [
      { key: 'mons-congress', name: 'Centre de congrès de Mons', city: 'Mons', country: 'BE' },
    ],
    programme: [
      {
        startsAt: '2026-06-11T09:30:00+02:00',
        venue: 'mons-congress',
        title: {
          fr: 'Retour d’expérience : monter un consortium du Fonds européen de la défense',
          en: 'Lessons learnt: building a European Defence Fund consortium',
        },
        speakers: ['sophie-marchal'],
      },
      {
        startsAt: '2026-06-11T10:45:00+02:00',
        venue: 'mons-congress',
        title: {
          fr: 'Coopérer avec un partenaire allemand',
          en: 'Working with a German partner',
        },
        speakers: ['matthias-koehler'],
      },
      {
        startsAt: '2026-06-11T13:30:00+02:00',
        venue: 'mons-congress',
        title: {
          fr: 'Équipements aéroportés : exigences et certification',
          en: 'Airborne equipment: requirements and certification',
        },
        speakers: ['camille-roussel'],
      },
      {
        startsAt: '2026-06-11T14:30:00+02:00',
        venue: 'mons-congress',
        title: {
          fr: 'Drones civils et défense : où passe la frontière ?',
          en: 'Civil drones and defence: where is the line?',
        },
        speakers: ['pauline-hennaux'],
      },
    ],
    organisers: ['skywin-wallonie'],
    partners: ['corvilis'],
    participants: { countries: ['BE', 'DE', 'FR'], delegates: 130 },
  },
  {
    key: 'defence-procurement-webinar-2026',
    slug: 'webinaire-marches-defense-2026',
    kind: 'webinar',
    title: {
      fr: 'Webinaire : les marchés publics de défense pour les PME',
      en: 'Webinar: defence procurement for SMEs',
    },
    summary: {
      fr: 'Une heure en ligne pour comprendre comment se préparent, se publient et se remportent les marchés de défense.',
      en: 'One online hour to understand how defence contracts are prepared, published and won.',
    },
    startsAt: '2026-12-08T11:00:00+01:00',
    endsAt: '2026-12-08T12:00:00+01:00',
    timeZone: 'Europe/Brussels',
    sectors: ['defence'],
    registrationUrl: 'https://constellation.example/inscriptions/webinaire-defense-2026',
    venues: [],
    programme: [
      {
        startsAt: '2026-12-08T11:00:00+01:00',
        title: {
          fr: 'Panorama des marchés de défense',
          en: 'Overview of defence procurement',
        },
        speakers: ['sophie-marchal'],
      },
      {
        startsAt: '2026-12-08T11:35:00+01:00',
        title: { fr: 'Questions des participants', en: 'Questions from participants' },
        speakers: ['sophie-marchal', 'matthias-koehler'],
      },
    ],
    organisers: ['skywin-wallonie'],
  },
  {
    key: 'bvlos-drone-workshop-2027',
    slug: 'atelier-drones-bvlos-2027',
    kind: 'workshop',
    title: {
      fr: 'Atelier drones : voler hors vue en toute sécurité',
      en: 'Drone workshop: flying beyond visual line of sight safely',
    },
    summary: {
      fr: 'Méthode d’analyse de risques, retours d’expérience et démonstrations en vol sur un terrain d’essais des Hautes Fagnes.',
      en: 'Risk-assessment method, field experience and flight demonstrations on a test site in the Hautes Fagnes.',
    },
    startsAt: '2027-01-20T09:00:00+01:00',
    endsAt: '2027-01-20T16:30:00+01:00',
    timeZone: 'Europe/Brussels',
    sectors: ['drone'],
    registrationUrl: 'https://constellation.example/inscriptions/atelier-drones-2027',
    venues: [
      {
        key: 'far-test-field',
        name: 'Terrain d’essais de Fagnes Aerial Robotics',
        city: 'Malmedy',
        country: 'BE',
        organisation: 'fagnes-aerial',
      },
    ],
    programme: [
      {
        startsAt: '2027-01-20T09:15:00+01:00',
        venue: 'far-test-field',
        title: {
          fr: 'Préparer un dossier d’analyse de risques pas à pas',
          en: 'Preparing a risk assessment step by step',
        },
        speakers: ['joris-van-oost'],
      },
      {
        startsAt: '2027-01-20T10:30:00+01:00',
        venue: 'far-test-field',
        title: {
          fr: 'Ce que la réglementation change pour les opérateurs',
          en: 'What the rules change for operators',
        },
        speakers: ['pauline-hennaux'],
      },
      {
        startsAt: '2027-01-20T13:30:00+01:00',
        venue: 'far-test-field',
        title: { fr: 'Démonstrations en vol', en: 'Flight demonstrations' },
        speakers: ['joris-van-oost'],
      },
      {
        startsAt: '2027-01-20T15:00:00+01:00',
        venue: 'far-test-field',
        title: {
          fr: 'Tester un drone avant sa mise en service',
          en: 'Testing a drone before it enters service',
        },
        speakers: ['thomas-lambotte'],
      },
    ],
    organisers: ['skywin-wallonie', 'awod'],
    partners: ['fagnes-aerial', 'cwea'],
  },
  {
    key: 'wallonia-space-conference-2027',
    slug: 'rencontres-spatiales-wallonie-2027',
    kind: 'conference',
    title: {
      fr: 'Rencontres spatiales de Wallonie 2027',
      en: 'Wallonia Space Meetings 2027',
    },
    summary: {
      fr: 'Deux jours de conférences et de visites sur les petits satellites, les services de données et la coopération avec l’Asie centrale.',
      en: 'Two days of talks and visits on small satellites, data services and cooperation with Central Asia.',
    },
    startsAt: '2027-03-16T09:00:00+01:00',
    endsAt: '2027-03-17T16:00:00+01:00',
    timeZone: 'Europe/Brussels',
    sectors: ['space'],
    registrationUrl: 'https://constellation.example/inscriptions/rencontres-spatiales-2027',
    venues: [
      {
        key: 'liege-congress-centre',
        name: 'Palais des congrès de Liège',
        city: 'Liège',
        country: 'BE',
      },
      {
        key: 'hos-campus',
        name: 'Site de Hesbaye Orbital Systems',
        city: 'Liège',
        country: 'BE',
        organisation: 'hesbaye-orbital',
      },
    ],
    programme: [
      {
        startsAt: '2027-03-16T09:30:00+01:00',
        venue: 'liege-congress-centre',
        title: {
          fr: 'Conférence d’ouverture : dix ans de nanosatellites wallons',
          en: 'Opening keynote: ten years of Walloon nanosatellites',
        },
        speakers: ['amelie-de-froidmont'],
      },
      {
        startsAt: '2027-03-16T11:00:00+01:00',
        venue: 'liege-congress-centre',
        title: {
          fr: 'Du pixel à la décision : services de données pour l’agriculture',
          en: 'From pixel to decision: data services for agriculture',
        },
        speakers: ['karim-haddouchi', 'aigerim-sadykova'],
      },
      {
        startsAt: '2027-03-16T14:00:00+01:00',
        venue: 'liege-congress-centre',
        title: {
          fr: 'Stations sol partagées : modèles économiques',
          en: 'Shared ground stations: business models',
        },
        speakers: ['olivier-piron'],
      },
      {
        startsAt: '2027-03-17T09:30:00+01:00',
        venue: 'hos-campus',
        title: {
          fr: 'Visite des salles d’intégration',
          en: 'Tour of the integration rooms',
        },
        speakers: ['amelie-de-froidmont', 'nadia-bensalem'],
      },
    ],
    organisers: ['skywin-wallonie'],
    partners: ['hesbaye-orbital', 'geonoria'],
    participants: {
      countries: ['BE', 'FR', 'DE', 'KZ', 'UZ'],
      organisations: ['dala-geoinformatics', 'turon-geospatial'],
    },
  },
  {
    key: 'euroaero-expo-2027',
    slug: 'euroaero-expo-2027',
    kind: 'trade_show',
    title: {
      fr: 'EuroAéro Expo 2027 – Pavillon Wallonie',
      en: 'EuroAéro Expo 2027 – Wallonia Pavilion',
    },
    summary: {
      fr: 'Le grand salon aéronautique et spatial de juin : un pavillon collectif pour les entreprises wallonnes, des rendez-vous d’affaires et une journée consacrée aux drones.',
      en: 'The big June aerospace show: a joint pavilion for Walloon companies, business meetings and a day devoted to drones.',
    },
    startsAt: '2027-06-21T09:00:00+02:00',
    endsAt: '2027-06-27T18:00:00+02:00',
    timeZone: 'Europe/Paris',
    sectors: ['aero', 'space', 'defence', 'drone'],
    registrationUrl: 'https://constellation.example/inscriptions/euroaero-expo-2027',
    venues: [
      {
        key: 'paris-expo-pavilion',
        name: 'Parc des expositions – Pavillon Wallonie',
        city: 'Paris',
        country: 'FR',
      },
    ],
    programme: [
      {
        startsAt: '2027-06-21T10:00:00+02:00',
        venue: 'paris-expo-pavilion',
        title: { fr: 'Inauguration du pavillon', en: 'Pavilion opening' },
      },
      {
        startsAt: '2027-06-22T14:00:00+02:00',
        venue: 'paris-expo-pavilion',
        title: {
          fr: 'Rendez-vous d’affaires Wallonie–Occitanie',
          en: 'Wallonia–Occitanie business meetings',
        },
        speakers: ['camille-roussel', 'luc-wautier'],
      },
      {
        startsAt: '2027-06-24T10:00:00+02:00',
        venue: 'paris-expo-pavilion',
        title: { fr: 'Journée drones du pavillon', en: 'Pavilion drone day' },
        speakers: ['joris-van-oost', 'sophie-marchal'],
      },
    ],
    organisers: ['skywin-wallonie', 'awex'],
    partners: ['garonne-avionique'],
    participants: {
      countries: ['BE'],
      organisations: [
        'sambre-composites',
        'meuse-propulsion',
        'hesbaye-orbital',
        'ardenoptic',
        'corvilis',
        'fagnes-aerial',
      ],
    },
  },
];

/** The Global Gateway project of the starting page and three invented ones. */
export const demoProjects: DemoProject[] = [
  {
    key: 'tei-central-asia',
    slug: 'tei-connectivite-numerique-asie-centrale',
    name: 'Team Europe Initiative on Digital Connectivity in Central Asia – Soft Pillar',
    programme: 'Global Gateway',
    lead: 'expertise-france',
    countries: ['KZ', 'UZ', 'TJ', 'TM', 'KG'],
    sectors: ['space'],
    description: {
      fr: 'Volet « soft » d’une initiative Team Europe consacrée à la connectivité numérique en Asie centrale : renforcement des compétences, dialogue et échanges entre écosystèmes européens et centrasiatiques, notamment autour des technologies et des données spatiales.',
      en: 'The “soft” pillar of a Team Europe initiative on digital connectivity in Central Asia: capacity building, dialogue and exchanges between European and Central Asian ecosystems, space technologies and data among them.',
    },
  },
  {
    key: 'thermocomp',
    slug: 'thermocomp',
    name: 'Composites thermoplastiques soudables pour aérostructures',
    acronym: 'THERMOCOMP',
    programme: 'Pôles de compétitivité de Wallonie',
    lead: 'sambre-composites',
    partners: ['cwea', 'esag', 'meuse-propulsion'],
    countries: ['BE'],
    sectors: ['aero'],
    startsOn: '2024-10-01',
    endsOn: '2027-09-30',
    budgetEur: 2_400_000,
    description: {
      fr: 'Mettre au point et qualifier le soudage par induction de panneaux composites thermoplastiques, pour des aérostructures plus légères, réparables et recyclables.',
      en: 'Developing and qualifying induction welding of thermoplastic composite panels for lighter, repairable and recyclable aerostructures.',
    },
  },
  {
    key: 'agrisky',
    slug: 'agrisky',
    name: 'Drone and satellite monitoring for resilient agriculture',
    acronym: 'AGRISKY',
    programme: 'Horizon Europe',
    lead: 'geonoria',
    partners: ['fagnes-aerial', 'esag', 'meseta-aeroespacial', 'dala-geoinformatics'],
    countries: ['BE', 'ES', 'KZ'],
    sectors: ['drone', 'space'],
    startsOn: '2025-01-01',
    endsOn: '2027-12-31',
    budgetEur: 3_950_000,
    website: 'https://agrisky.example',
    description: {
      fr: 'Combiner images satellitaires et survols par drone pour détecter tôt le stress hydrique et les maladies des cultures, sur des parcelles pilotes en Belgique, en Espagne et au Kazakhstan.',
      en: 'Combining satellite imagery and drone surveys to detect water stress and crop disease early, on pilot fields in Belgium, Spain and Kazakhstan.',
    },
  },
  {
    key: 'aegira',
    slug: 'aegira',
    name: 'Passive radar and electro-optical fusion for counter-drone detection',
    acronym: 'AEGIRA',
    programme: 'EDF – European Defence Fund',
    lead: 'corvilis',
    partners: ['isartal-sensorik', 'ardenoptic', 'garonne-avionique'],
    countries: ['BE', 'DE', 'FR'],
    sectors: ['defence', 'drone'],
    startsOn: '2025-12-01',
    endsOn: '2029-11-30',
    budgetEur: 7_800_000,
    description: {
      fr: 'Détecter, suivre et identifier les petits drones en fusionnant radar passif et capteurs optroniques infrarouges, pour protéger sites sensibles et emprises militaires.',
      en: 'Detecting, tracking and identifying small drones by fusing passive radar and infrared electro-optical sensors, to protect sensitive sites and military grounds.',
    },
  },
];
