// The demo taxonomy: the four sectors of an aerospace cluster, described in our own words.
import type { DemoSector } from './demo.types.js';

export const demoSectors: {
  slug: DemoSector;
  /** `slug`: the French address, the key being an English word. */
  fr: { slug: string; name: string; description: string };
  en: { name: string; description: string };
}[] = [
  {
    slug: 'aero',
    fr: {
      slug: 'aeronautique',
      name: 'Aéronautique',
      description:
        'Aérostructures, moteurs, systèmes embarqués et maintenance : les entreprises wallonnes qui font voler les avions civils et d’affaires.',
    },
    en: {
      name: 'Aeronautics',
      description:
        'Aerostructures, engines, on-board systems and maintenance: the Walloon companies that keep civil and business aircraft flying.',
    },
  },
  {
    slug: 'space',
    fr: {
      slug: 'spatial',
      name: 'Spatial',
      description:
        'Satellites, instruments optiques, essais en environnement spatial, opérations et données d’observation de la Terre.',
    },
    en: {
      name: 'Space',
      description:
        'Satellites, optical instruments, space-environment testing, operations and Earth observation data.',
    },
  },
  {
    slug: 'drone',
    fr: {
      slug: 'drones',
      name: 'Drones',
      description:
        'Systèmes d’aéronefs sans pilote, capteurs, intégration dans l’espace aérien et services pour l’agriculture, l’inspection et la sécurité.',
    },
    en: {
      name: 'Drones',
      description:
        'Unmanned aircraft systems, sensors, airspace integration and services for farming, inspection and security.',
    },
  },
  {
    slug: 'defence',
    fr: {
      slug: 'defense',
      name: 'Défense',
      description:
        'Technologies duales, projets du Fonds européen de la défense et coopération entre industriels, forces armées et centres de recherche.',
    },
    en: {
      name: 'Defence',
      description:
        'Dual-use technologies, European Defence Fund projects and cooperation between industry, armed forces and research centres.',
    },
  },
];
