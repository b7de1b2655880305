/**
 * Countries of residence and of origin for synthetic records: ISO 3166-1/-2 codes, cities, mobile
 * number plans (E.164: country code + a valid mobile lead + subscriber digits), currency and the
 * main language (ISO 639-3) spoken there.
 */
import type { NamePoolId } from './name-pools';

export interface City {
  name: string;
  subdivision: string;
}

export interface MobilePlan {
  cc: string;
  leads: readonly string[];
  /** National significant number length, lead included. */
  length: number;
}

export interface Residence {
  country: string;
  weight: number;
  cities: readonly City[];
  mobile: MobilePlan;
  currency: string;
  language: string;
}

const c = (name: string, subdivision: string): City => ({ name, subdivision });
const m = (cc: string, leads: readonly string[], length: number): MobilePlan => ({
  cc,
  leads,
  length,
});

export const RESIDENCES: readonly Residence[] = [
  {
    country: 'FR',
    weight: 22,
    currency: 'EUR',
    language: 'fra',
    mobile: m('33', ['60', '61', '62', '64', '65', '66', '67', '68', '76', '77', '78'], 9),
    cities: [
      c('Paris', 'FR-IDF'),
      c('Montreuil', 'FR-IDF'),
      c('Lyon', 'FR-ARA'),
      c('Marseille', 'FR-PAC'),
      c('Lille', 'FR-HDF'),
      c('Bordeaux', 'FR-NAQ'),
    ],
  },
  {
    country: 'US',
    weight: 12,
    currency: 'USD',
    language: 'eng',
    mobile: m('1', ['212', '718', '202', '404', '612', '713', '614'], 10),
    cities: [
      c('New York', 'US-NY'),
      c('Washington', 'US-DC'),
      c('Atlanta', 'US-GA'),
      c('Minneapolis', 'US-MN'),
      c('Houston', 'US-TX'),
      c('Columbus', 'US-OH'),
    ],
  },
  {
    country: 'IT',
    weight: 9,
    currency: 'EUR',
    language: 'ita',
    mobile: m('39', ['32', '33', '34', '35', '36', '38', '39'], 10),
    cities: [
      c('Roma', 'IT-62'),
      c('Milano', 'IT-25'),
      c('Torino', 'IT-21'),
      c('Bologna', 'IT-45'),
      c('Brescia', 'IT-25'),
    ],
  },
  {
    country: 'CI',
    weight: 8,
    currency: 'XOF',
    language: 'fra',
    mobile: m('225', ['07', '05', '01'], 10),
    cities: [c('Abidjan', 'CI-AB'), c('Bouaké', 'CI-VB'), c('San-Pédro', 'CI-BS')],
  },
  {
    country: 'SA',
    weight: 7,
    currency: 'SAR',
    language: 'arb',
    mobile: m('966', ['50', '53', '54', '55', '56'], 9),
    cities: [c('Riyadh', 'SA-01'), c('Jeddah', 'SA-02'), c('Dammam', 'SA-04')],
  },
  {
    country: 'AE',
    weight: 6,
    currency: 'AED',
    language: 'arb',
    mobile: m('971', ['50', '52', '55', '56', '58'], 9),
    cities: [c('Dubai', 'AE-DU'), c('Abu Dhabi', 'AE-AZ'), c('Sharjah', 'AE-SH')],
  },
  {
    country: 'DE',
    weight: 6,
    currency: 'EUR',
    language: 'deu',
    mobile: m('49', ['151', '152', '176'], 11),
    cities: [
      c('Berlin', 'DE-BE'),
      c('Frankfurt am Main', 'DE-HE'),
      c('München', 'DE-BY'),
      c('Köln', 'DE-NW'),
    ],
  },
  {
    country: 'CA',
    weight: 5,
    currency: 'CAD',
    language: 'eng',
    mobile: m('1', ['514', '438', '416', '647', '613'], 10),
    cities: [c('Montréal', 'CA-QC'), c('Toronto', 'CA-ON'), c('Ottawa', 'CA-ON')],
  },
  {
    country: 'GB',
    weight: 5,
    currency: 'GBP',
    language: 'eng',
    mobile: m('44', ['74', '75', '77', '78', '79'], 10),
    cities: [c('London', 'GB-LND'), c('Manchester', 'GB-MAN'), c('Birmingham', 'GB-BIR')],
  },
  {
    country: 'BE',
    weight: 4,
    currency: 'EUR',
    language: 'fra',
    mobile: m('32', ['46', '47', '48', '49'], 9),
    cities: [c('Bruxelles', 'BE-BRU'), c('Liège', 'BE-WLG'), c('Antwerpen', 'BE-VAN')],
  },
  {
    country: 'ES',
    weight: 3,
    currency: 'EUR',
    language: 'spa',
    mobile: m('34', ['6'], 9),
    cities: [c('Madrid', 'ES-MD'), c('Barcelona', 'ES-CT'), c('Almería', 'ES-AN')],
  },
  {
    country: 'SN',
    weight: 2,
    currency: 'XOF',
    language: 'fra',
    mobile: m('221', ['77', '78', '76', '70'], 9),
    cities: [c('Dakar', 'SN-DK'), c('Thiès', 'SN-TH')],
  },
  {
    country: 'NG',
    weight: 2,
    currency: 'NGN',
    language: 'eng',
    mobile: m('234', ['803', '806', '813', '703'], 10),
    cities: [c('Lagos', 'NG-LA'), c('Abuja', 'NG-FC'), c('Kano', 'NG-KN')],
  },
  {
    country: 'GH',
    weight: 2,
    currency: 'GHS',
    language: 'eng',
    mobile: m('233', ['24', '54', '20', '27'], 9),
    cities: [c('Accra', 'GH-AA'), c('Kumasi', 'GH-AH')],
  },
  {
    country: 'QA',
    weight: 2,
    currency: 'QAR',
    language: 'arb',
    mobile: m('974', ['55', '66', '33'], 8),
    cities: [c('Doha', 'QA-DA')],
  },
  {
    country: 'TR',
    weight: 1,
    currency: 'TRY',
    language: 'tur',
    mobile: m('90', ['53', '54'], 10),
    cities: [c('İstanbul', 'TR-34')],
  },
  {
    country: 'CN',
    weight: 1,
    currency: 'CNY',
    language: 'cmn',
    mobile: m('86', ['138', '139', '150', '186'], 11),
    cities: [c('Guangzhou', 'CN-GD')],
  },
  {
    country: 'SE',
    weight: 1,
    currency: 'SEK',
    language: 'swe',
    mobile: m('46', ['70', '72', '73', '76'], 9),
    cities: [c('Stockholm', 'SE-AB')],
  },
  {
    country: 'NL',
    weight: 1,
    currency: 'EUR',
    language: 'nld',
    mobile: m('31', ['61', '62', '63', '64', '65'], 9),
    cities: [c('Amsterdam', 'NL-NH'), c('Rotterdam', 'NL-ZH')],
  },
  {
    country: 'CH',
    weight: 1,
    currency: 'CHF',
    language: 'fra',
    mobile: m('41', ['76', '77', '78', '79'], 9),
    cities: [c('Genève', 'CH-GE')],
  },
];

/** Where each name pool's emigrants tend to live, as multipliers on the base weights. */
export const RESIDENCE_BIAS: Record<NamePoolId, Partial<Record<string, number>>> = {
  'west-africa': { FR: 1.5, CI: 2, ES: 1.5, IT: 1.2, US: 1.2 },
  sahel: { SA: 1.5, CI: 1.5, NG: 3, FR: 1.3, AE: 1.2 },
  'horn-ethiopic': { US: 2.5, SA: 2, AE: 2, GB: 1.5, SE: 4, IT: 0.6, CI: 0.05, FR: 0.3 },
  'horn-somali': { GB: 3, US: 2, SE: 5, AE: 2, CA: 2, CI: 0.05, FR: 0.2 },
  maghreb: { FR: 2, BE: 2.5, ES: 2.5, IT: 1.5, CA: 1.5, NL: 3, CI: 0.1 },
};

export interface Origin {
  country: string;
  pool: NamePoolId;
  weight: number;
  cities: readonly City[];
  mobile: MobilePlan;
  currency: string;
  /** Home languages (ISO 639-3), most spoken first. */
  languages: readonly string[];
}

export const ORIGINS: readonly Origin[] = [
  {
    country: 'SN',
    pool: 'west-africa',
    weight: 35,
    currency: 'XOF',
    mobile: m('221', ['77', '78', '76', '70'], 9),
    languages: ['wol', 'fuc', 'srr'],
    cities: [
      c('Dakar', 'SN-DK'),
      c('Thiès', 'SN-TH'),
      c('Saint-Louis', 'SN-SL'),
      c('Kaolack', 'SN-KL'),
      c('Ziguinchor', 'SN-ZG'),
      c('Touba', 'SN-DB'),
    ],
  },
  {
    country: 'ML',
    pool: 'west-africa',
    weight: 30,
    currency: 'XOF',
    mobile: m('223', ['76', '66', '70', '79'], 8),
    languages: ['bam', 'ffm', 'snk', 'ses'],
    cities: [
      c('Bamako', 'ML-BKO'),
      c('Kayes', 'ML-1'),
      c('Sikasso', 'ML-3'),
      c('Ségou', 'ML-4'),
      c('Mopti', 'ML-5'),
      c('Tombouctou', 'ML-6'),
    ],
  },
  {
    country: 'GN',
    pool: 'west-africa',
    weight: 20,
    currency: 'GNF',
    mobile: m('224', ['62', '66', '65', '61'], 9),
    languages: ['fuf', 'sus', 'emk'],
    cities: [c('Conakry', 'GN-C'), c('Kankan', 'GN-K'), c('Labé', 'GN-L'), c('Nzérékoré', 'GN-N')],
  },
  {
    country: 'BF',
    pool: 'west-africa',
    weight: 15,
    currency: 'XOF',
    mobile: m('226', ['70', '76', '78', '65'], 8),
    languages: ['mos', 'dyu', 'fuh'],
    cities: [c('Ouagadougou', 'BF-03'), c('Bobo-Dioulasso', 'BF-09'), c('Ouahigouya', 'BF-11')],
  },
  {
    country: 'NE',
    pool: 'sahel',
    weight: 50,
    currency: 'XOF',
    mobile: m('227', ['90', '96', '97', '99', '91'], 8),
    languages: ['hau', 'dje', 'fuh', 'taq', 'knc'],
    cities: [
      c('Niamey', 'NE-8'),
      c('Zinder', 'NE-7'),
      c('Maradi', 'NE-4'),
      c('Tahoua', 'NE-5'),
      c('Agadez', 'NE-1'),
      c('Dosso', 'NE-3'),
      c('Tillabéri', 'NE-6'),
      c('Diffa', 'NE-2'),
    ],
  },
  {
    country: 'MR',
    pool: 'sahel',
    weight: 25,
    currency: 'MRU',
    mobile: m('222', ['22', '36', '46', '41'], 8),
    languages: ['mey', 'fuc', 'snk', 'wol'],
    cities: [
      c('Nouakchott', 'MR-13'),
      c('Nouadhibou', 'MR-08'),
      c('Kiffa', 'MR-03'),
      c('Rosso', 'MR-06'),
      c('Atar', 'MR-07'),
    ],
  },
  {
    country: 'TD',
    pool: 'sahel',
    weight: 25,
    currency: 'XAF',
    mobile: m('235', ['66', '63', '99', '62'], 8),
    languages: ['shu', 'sba', 'knc'],
    cities: [
      c("N'Djamena", 'TD-ND'),
      c('Abéché', 'TD-OD'),
      c('Moundou', 'TD-LO'),
      c('Mao', 'TD-KA'),
    ],
  },
  {
    country: 'ET',
    pool: 'horn-ethiopic',
    weight: 80,
    currency: 'ETB',
    mobile: m('251', ['91', '92', '93', '94'], 9),
    languages: ['amh', 'gaz', 'tir', 'sid'],
    cities: [
      c('Addis Ababa', 'ET-AA'),
      c('Bahir Dar', 'ET-AM'),
      c('Gondar', 'ET-AM'),
      c('Adama', 'ET-OR'),
      c('Mekelle', 'ET-TI'),
      c('Dire Dawa', 'ET-DD'),
      c('Harar', 'ET-HA'),
    ],
  },
  {
    country: 'ER',
    pool: 'horn-ethiopic',
    weight: 20,
    currency: 'ERN',
    mobile: m('291', ['7'], 7),
    languages: ['tir', 'tig'],
    cities: [c('Asmara', 'ER-MA'), c('Keren', 'ER-AN'), c('Massawa', 'ER-SK')],
  },
  {
    country: 'SO',
    pool: 'horn-somali',
    weight: 100,
    currency: 'SOS',
    mobile: m('252', ['61', '62', '63', '90'], 9),
    languages: ['som', 'arb'],
    cities: [
      c('Mogadishu', 'SO-BN'),
      c('Hargeisa', 'SO-WO'),
      c('Bosaso', 'SO-BR'),
      c('Garowe', 'SO-NU'),
      c('Kismayo', 'SO-JH'),
    ],
  },
  {
    country: 'MA',
    pool: 'maghreb',
    weight: 45,
    currency: 'MAD',
    mobile: m('212', ['61', '62', '65', '66', '67'], 9),
    languages: ['ary', 'zgh', 'arb'],
    cities: [
      c('Casablanca', 'MA-06'),
      c('Rabat', 'MA-04'),
      c('Fès', 'MA-03'),
      c('Marrakech', 'MA-07'),
      c('Tanger', 'MA-01'),
      c('Oujda', 'MA-02'),
      c('Agadir', 'MA-09'),
    ],
  },
  {
    country: 'TN',
    pool: 'maghreb',
    weight: 30,
    currency: 'TND',
    mobile: m('216', ['2', '5', '9'], 8),
    languages: ['aeb', 'arb'],
    cities: [
      c('Tunis', 'TN-11'),
      c('Ariana', 'TN-12'),
      c('Sousse', 'TN-51'),
      c('Sfax', 'TN-61'),
      c('Gabès', 'TN-81'),
    ],
  },
  {
    country: 'DZ',
    pool: 'maghreb',
    weight: 25,
    currency: 'DZD',
    mobile: m('213', ['55', '66', '77', '69'], 9),
    languages: ['arq', 'kab', 'arb'],
    cities: [
      c('Alger', 'DZ-16'),
      c('Oran', 'DZ-31'),
      c('Constantine', 'DZ-25'),
      c('Béjaïa', 'DZ-06'),
      c('Tizi Ouzou', 'DZ-15'),
    ],
  },
];
