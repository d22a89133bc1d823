import type { CountryCode, SeedTarget } from "../types";

/*
 * Demo targets.
 *
 * Only the two ambassadors to Canada named in the November 2022 appeal for Dong Guangping carry
 * real contact details and are isExample: false; their fields are copied exactly from that appeal.
 * Everything else is example data (isExample: true): public postal addresses of embassies,
 * ministries and UN missions as commonly published, with office holders given to the best
 * of our knowledge. Example targets are shown but never contacted; verify before real use.
 *
 * Keys: "<kind>-<represented state>-<host country>" for embassies and UN missions
 * ("embassy-cn-ca", "unmission-ru-ch"), "<kind>-<state>" for fallbacks ("ministry-cn",
 * "official-az"). Keys are stable: campaigns reference them and the seed upserts on them.
 */

type Host = "CA" | "GB" | "US" | "DE" | "FR";

const hostNames: Record<Host, string> = {
  CA: "Canada",
  GB: "the United Kingdom",
  US: "the United States of America",
  DE: "the Federal Republic of Germany",
  FR: "the French Republic",
};

/** Letters to an embassy are written in the host country's language. */
const hostLanguage: Record<Host, string> = { CA: "en", GB: "en", US: "en", DE: "de", FR: "fr" };

const stateNames = {
  CN: "the People's Republic of China",
  VN: "the Socialist Republic of Viet Nam",
  EG: "the Arab Republic of Egypt",
  AZ: "the Republic of Azerbaijan",
  RU: "the Russian Federation",
  PK: "the Islamic Republic of Pakistan",
  DZ: "the People's Democratic Republic of Algeria",
} as const satisfies Record<string, string>;

type State = keyof typeof stateNames;

interface EmbassyInput {
  honorific: "His Excellency" | "Her Excellency";
  name: string;
  /** Defaults to "Ambassador of <state> to <host>". */
  title?: string;
  addressLines: string[];
  city: string;
  postcode: string;
  phone?: string;
  website?: string;
}

/** An example embassy (or, within the Commonwealth, high commission) of `state` in `host`. */
function embassy(state: State, host: Host, e: EmbassyInput): SeedTarget {
  return {
    key: `embassy-${state.toLowerCase()}-${host.toLowerCase()}`,
    kind: "embassy",
    honorific: e.honorific,
    name: e.name,
    title: e.title ?? `Ambassador of ${stateNames[state]} to ${hostNames[host]}`,
    representedState: state,
    hostCountry: host,
    addressLines: e.addressLines,
    city: e.city,
    postcode: e.postcode,
    phone: e.phone,
    website: e.website,
    language: hostLanguage[host],
    isExample: true,
  };
}

interface MissionInput {
  name: string;
  addressLines: string[];
  city: string;
  postcode: string;
  xHandle?: string;
}

/** An example permanent mission of `state` to the United Nations Office at Geneva. */
function genevaMission(state: CountryCode, m: MissionInput): SeedTarget {
  return {
    key: `unmission-${state.toLowerCase()}-ch`,
    kind: "un_mission",
    name: m.name,
    title: "Permanent Mission to the United Nations Office at Geneva",
    representedState: state,
    hostCountry: "CH",
    addressLines: m.addressLines,
    city: m.city,
    postcode: m.postcode,
    xHandle: m.xHandle,
    language: "en",
    isExample: true,
  };
}

/* ------------------------------------------------------------------------------------------ */
/* Real targets: exactly as given in the Dong Guangping appeal (November 2022).               */
/* ------------------------------------------------------------------------------------------ */

const seedTargets: SeedTarget[] = [
  {
    key: "embassy-cn-ca",
    kind: "embassy",
    honorific: "His Excellency",
    name: "Cong Peiwu",
    title: "Ambassador of the People's Republic of China in Canada",
    representedState: "CN",
    hostCountry: "CA",
    addressLines: ["515 St. Patrick Street"],
    city: "Ottawa, Ontario",
    postcode: "K1N 5H3",
    phone: "613-789-3434",
    email: "chineseembassy.ca@gmail.com",
    language: "en",
    isExample: false,
  },
  {
    // The seed gives this ambassador's postal address only: no phone or email.
    key: "embassy-vn-ca",
    kind: "embassy",
    honorific: "His Excellency",
    name: "Pham Cao Phong",
    title: "Ambassador of the Socialist Republic of Viet Nam in Canada",
    representedState: "VN",
    hostCountry: "CA",
    addressLines: ["55 Mackay Street"],
    city: "Ottawa, Ontario",
    postcode: "K1M 2B2",
    language: "en",
    isExample: false,
  },
];

/* ------------------------------------------------------------------------------------------ */
/* Example embassy matrix: every responsible state used by a campaign x CA, GB, US, DE, FR.    */
/* ------------------------------------------------------------------------------------------ */

const embassies: SeedTarget[] = [
  // People's Republic of China (CA is the real seed target above)
  embassy("CN", "GB", {
    honorific: "His Excellency",
    name: "Zheng Zeguang",
    addressLines: ["49-51 Portland Place"],
    city: "London",
    postcode: "W1B 1JL",
    phone: "+44 20 7299 4049",
  }),
  embassy("CN", "US", {
    honorific: "His Excellency",
    name: "Xie Feng",
    addressLines: ["3505 International Place NW"],
    city: "Washington, DC",
    postcode: "20008",
    phone: "+1 202-495-2266",
  }),
  embassy("CN", "DE", {
    honorific: "His Excellency",
    name: "Deng Hongbo",
    addressLines: ["Märkisches Ufer 54"],
    city: "Berlin",
    postcode: "10179",
    phone: "+49 30 275880",
  }),
  embassy("CN", "FR", {
    honorific: "His Excellency",
    name: "Deng Li",
    addressLines: ["11 avenue George V"],
    city: "Paris",
    postcode: "75008",
  }),

  // Socialist Republic of Viet Nam (CA is the real seed target above)
  embassy("VN", "GB", {
    honorific: "His Excellency",
    name: "Do Minh Hung",
    addressLines: ["12-14 Victoria Road"],
    city: "London",
    postcode: "W8 5RD",
    phone: "+44 20 7937 1912",
  }),
  embassy("VN", "US", {
    honorific: "His Excellency",
    name: "Nguyen Quoc Dung",
    addressLines: ["1233 20th Street NW, Suite 400"],
    city: "Washington, DC",
    postcode: "20036",
    phone: "+1 202-861-0737",
  }),
  embassy("VN", "DE", {
    honorific: "His Excellency",
    name: "Vu Quang Minh",
    addressLines: ["Elsenstraße 3"],
    city: "Berlin",
    postcode: "12435",
    phone: "+49 30 53630108",
  }),
  embassy("VN", "FR", {
    honorific: "His Excellency",
    name: "Dinh Toan Thang",
    addressLines: ["61 rue de Miromesnil"],
    city: "Paris",
    postcode: "75008",
    phone: "+33 1 44 14 64 00",
  }),

  // Arab Republic of Egypt
  embassy("EG", "CA", {
    honorific: "His Excellency",
    name: "Ahmed Abu Zeid",
    addressLines: ["454 Laurier Avenue East"],
    city: "Ottawa, Ontario",
    postcode: "K1N 6R3",
  }),
  embassy("EG", "GB", {
    honorific: "His Excellency",
    name: "Sherif Kamel",
    addressLines: ["26 South Street"],
    city: "London",
    postcode: "W1K 1DW",
  }),
  embassy("EG", "US", {
    honorific: "His Excellency",
    name: "Motaz Zahran",
    addressLines: ["3521 International Court NW"],
    city: "Washington, DC",
    postcode: "20008",
  }),
  embassy("EG", "DE", {
    honorific: "His Excellency",
    name: "Khaled Galal Abdelhamid",
    addressLines: ["Stauffenbergstraße 6-7"],
    city: "Berlin",
    postcode: "10785",
  }),
  embassy("EG", "FR", {
    honorific: "His Excellency",
    name: "Alaa Youssef",
    addressLines: ["56 avenue d'Iéna"],
    city: "Paris",
    postcode: "75116",
  }),

  // Republic of Azerbaijan
  embassy("AZ", "CA", {
    honorific: "His Excellency",
    name: "Farid Shafiyev",
    addressLines: ["275 Slater Street, Suite 904"],
    city: "Ottawa, Ontario",
    postcode: "K1P 5H9",
  }),
  embassy("AZ", "GB", {
    honorific: "His Excellency",
    name: "Elin Suleymanov",
    addressLines: ["4 Kensington Court"],
    city: "London",
    postcode: "W8 5DL",
  }),
  embassy("AZ", "US", {
    honorific: "His Excellency",
    name: "Khazar Ibrahim",
    addressLines: ["2741 34th Street NW"],
    city: "Washington, DC",
    postcode: "20008",
  }),
  embassy("AZ", "DE", {
    honorific: "His Excellency",
    name: "Nasimi Aghayev",
    addressLines: ["Hubertusallee 43"],
    city: "Berlin",
    postcode: "14193",
  }),
  embassy("AZ", "FR", {
    honorific: "Her Excellency",
    name: "Leyla Abdullayeva",
    addressLines: ["78 avenue d'Iéna"],
    city: "Paris",
    postcode: "75116",
  }),

  // Russian Federation
  embassy("RU", "CA", {
    honorific: "His Excellency",
    name: "Oleg Stepanov",
    addressLines: ["285 Charlotte Street"],
    city: "Ottawa, Ontario",
    postcode: "K1N 8L5",
  }),
  embassy("RU", "GB", {
    honorific: "His Excellency",
    name: "Andrei Kelin",
    addressLines: ["6/7 Kensington Palace Gardens"],
    city: "London",
    postcode: "W8 4QP",
  }),
  embassy("RU", "US", {
    honorific: "His Excellency",
    name: "Alexander Darchiev",
    addressLines: ["2650 Wisconsin Avenue NW"],
    city: "Washington, DC",
    postcode: "20007",
  }),
  embassy("RU", "DE", {
    honorific: "His Excellency",
    name: "Sergey Nechaev",
    addressLines: ["Unter den Linden 63-65"],
    city: "Berlin",
    postcode: "10117",
  }),
  embassy("RU", "FR", {
    honorific: "His Excellency",
    name: "Alexey Meshkov",
    addressLines: ["40-50 boulevard Lannes"],
    city: "Paris",
    postcode: "75116",
  }),

  // Islamic Republic of Pakistan (high commissions in Commonwealth countries)
  embassy("PK", "CA", {
    honorific: "His Excellency",
    name: "Muhammad Saleem",
    title: "High Commissioner for Pakistan to Canada",
    addressLines: ["10 Range Road"],
    city: "Ottawa, Ontario",
    postcode: "K1N 8J3",
  }),
  embassy("PK", "GB", {
    honorific: "His Excellency",
    name: "Mohammad Faisal",
    title: "High Commissioner for Pakistan to the United Kingdom",
    addressLines: ["34-36 Lowndes Square"],
    city: "London",
    postcode: "SW1X 9JN",
  }),
  embassy("PK", "US", {
    honorific: "His Excellency",
    name: "Rizwan Saeed Sheikh",
    addressLines: ["3517 International Court NW"],
    city: "Washington, DC",
    postcode: "20008",
  }),
  embassy("PK", "DE", {
    honorific: "Her Excellency",
    name: "Saqlain Syedah",
    addressLines: ["Schaperstraße 29"],
    city: "Berlin",
    postcode: "10719",
  }),
  embassy("PK", "FR", {
    honorific: "Her Excellency",
    name: "Mumtaz Zahra Baloch",
    addressLines: ["18 rue Lord Byron"],
    city: "Paris",
    postcode: "75008",
  }),

  // People's Democratic Republic of Algeria
  embassy("DZ", "CA", {
    honorific: "His Excellency",
    name: "Hocine Meghar",
    addressLines: ["500 Wilbrod Street"],
    city: "Ottawa, Ontario",
    postcode: "K1N 6N2",
  }),
  embassy("DZ", "GB", {
    honorific: "His Excellency",
    name: "Nourredine Yazid",
    addressLines: ["1-3 Riding House Street"],
    city: "London",
    postcode: "W1W 7DR",
  }),
  embassy("DZ", "US", {
    honorific: "His Excellency",
    name: "Sabri Boukadoum",
    addressLines: ["2118 Kalorama Road NW"],
    city: "Washington, DC",
    postcode: "20008",
  }),
  embassy("DZ", "DE", {
    honorific: "His Excellency",
    name: "Larbi El Hadj Ali",
    addressLines: ["Görschstraße 45-46"],
    city: "Berlin",
    postcode: "13187",
  }),
  embassy("DZ", "FR", {
    honorific: "His Excellency",
    name: "Saïd Moussi",
    addressLines: ["50 rue de Lisbonne"],
    city: "Paris",
    postcode: "75008",
  }),
];

/* ------------------------------------------------------------------------------------------ */
/* Fallbacks: one per responsible state, used when no embassy is known in the supporter's      */
/* country (hostCountry is the state itself).                                                 */
/* ------------------------------------------------------------------------------------------ */

const fallbacks: SeedTarget[] = [
  {
    key: "ministry-cn",
    kind: "ministry",
    honorific: "His Excellency",
    name: "Wang Yi",
    title: "Minister of Foreign Affairs of the People's Republic of China",
    representedState: "CN",
    hostCountry: "CN",
    addressLines: ["Ministry of Foreign Affairs", "No. 2 Chaoyangmen Nandajie", "Chaoyang District"],
    city: "Beijing",
    postcode: "100701",
    language: "en",
    isExample: true,
  },
  {
    key: "ministry-vn",
    kind: "ministry",
    honorific: "His Excellency",
    name: "Bui Thanh Son",
    title: "Minister of Foreign Affairs of the Socialist Republic of Viet Nam",
    representedState: "VN",
    hostCountry: "VN",
    addressLines: ["Ministry of Foreign Affairs", "1 Ton That Dam, Ba Dinh District"],
    city: "Hanoi",
    postcode: "100000",
    language: "en",
    isExample: true,
  },
  {
    key: "ministry-eg",
    kind: "ministry",
    honorific: "His Excellency",
    name: "Badr Abdelatty",
    title: "Minister of Foreign Affairs of the Arab Republic of Egypt",
    representedState: "EG",
    hostCountry: "EG",
    addressLines: ["Ministry of Foreign Affairs", "Corniche El Nil, Maspero"],
    city: "Cairo",
    postcode: "11511",
    language: "en",
    isExample: true,
  },
  {
    key: "official-az",
    kind: "official",
    honorific: "His Excellency",
    name: "Ilham Aliyev",
    title: "President of the Republic of Azerbaijan",
    representedState: "AZ",
    hostCountry: "AZ",
    addressLines: ["Office of the President", "19 Istiqlaliyyat Street"],
    city: "Baku",
    postcode: "AZ1066",
    language: "en",
    isExample: true,
  },
  {
    key: "ministry-ru",
    kind: "ministry",
    honorific: "His Excellency",
    name: "Sergey Lavrov",
    title: "Minister of Foreign Affairs of the Russian Federation",
    representedState: "RU",
    hostCountry: "RU",
    addressLines: ["Ministry of Foreign Affairs", "32/34 Smolenskaya-Sennaya Square"],
    city: "Moscow",
    postcode: "119200",
    language: "en",
    isExample: true,
  },
  {
    key: "ministry-pk",
    kind: "ministry",
    honorific: "His Excellency",
    name: "Ishaq Dar",
    title: "Deputy Prime Minister and Minister of Foreign Affairs of the Islamic Republic of Pakistan",
    representedState: "PK",
    hostCountry: "PK",
    addressLines: ["Ministry of Foreign Affairs", "Constitution Avenue"],
    city: "Islamabad",
    postcode: "44000",
    language: "en",
    isExample: true,
  },
  {
    key: "official-dz",
    kind: "official",
    honorific: "His Excellency",
    name: "Abdelmadjid Tebboune",
    title: "President of the People's Democratic Republic of Algeria",
    representedState: "DZ",
    hostCountry: "DZ",
    addressLines: ["Présidence de la République", "Boulevard Mohamed Bouzar, El Mouradia"],
    city: "Algiers",
    postcode: "16000",
    language: "fr",
    isExample: true,
  },
];

/* ------------------------------------------------------------------------------------------ */
/* #EndReprisals (ISHR, HRC48, 2021): permanent missions in Geneva of States that sat on the   */
/* Human Rights Council in 2021. The seed gives no X handles, so none are set.                */
/* ------------------------------------------------------------------------------------------ */

const genevaMissions: SeedTarget[] = [
  genevaMission("CN", {
    name: "Permanent Mission of China to the UN in Geneva",
    addressLines: ["Chemin de Surville 11"],
    city: "Petit-Lancy",
    postcode: "1213",
  }),
  genevaMission("RU", {
    name: "Permanent Mission of Russia to the UN in Geneva",
    addressLines: ["Avenue de la Paix 15"],
    city: "Genève",
    postcode: "1202",
  }),
  genevaMission("PK", {
    name: "Permanent Mission of Pakistan to the UN in Geneva",
    addressLines: ["Rue de Moillebeau 56"],
    city: "Genève",
    postcode: "1209",
  }),
  genevaMission("IN", {
    name: "Permanent Mission of India to the UN in Geneva",
    addressLines: ["Rue du Valais 9"],
    city: "Genève",
    postcode: "1202",
  }),
  genevaMission("PH", {
    name: "Permanent Mission of the Philippines to the UN in Geneva",
    addressLines: ["Avenue Blanc 47"],
    city: "Genève",
    postcode: "1202",
  }),
  genevaMission("VE", {
    name: "Permanent Mission of Venezuela to the UN in Geneva",
    addressLines: ["Chemin François-Lehmann 18a"],
    city: "Grand-Saconnex",
    postcode: "1218",
  }),
  genevaMission("CU", {
    name: "Permanent Mission of Cuba to the UN in Geneva",
    addressLines: ["Chemin de Valérie 100"],
    city: "Chambésy",
    postcode: "1292",
  }),
];

/* ------------------------------------------------------------------------------------------ */
/* #StandWithThe6 (December 2021): the two foreign-affairs officials named in seed 004, as in  */
/* office then. No email addresses are given in the seed.                                     */
/* ------------------------------------------------------------------------------------------ */

const officials: SeedTarget[] = [
  {
    key: "official-us-secstate",
    kind: "official",
    honorific: "The Honorable",
    name: "Antony Blinken",
    title: "Secretary of State of the United States of America",
    representedState: "US",
    hostCountry: "US",
    addressLines: ["U.S. Department of State", "2201 C Street NW"],
    city: "Washington, DC",
    postcode: "20520",
    language: "en",
    isExample: true,
  },
  {
    key: "official-eu-hrvp",
    kind: "official",
    honorific: "His Excellency",
    name: "Josep Borrell",
    title: "High Representative of the European Union for Foreign Affairs and Security Policy",
    hostCountry: "BE",
    addressLines: ["European External Action Service", "Rond-Point Robert Schuman 9A"],
    city: "Brussels",
    postcode: "1046",
    language: "en",
    isExample: true,
  },
];

/* ------------------------------------------------------------------------------------------ */
/* Intergovernmental: the Presidency of the UN Human Rights Council, addressed by the         */
/* #EndReprisals petition. The office, not its holder (the President changes every year); the */
/* postal address is the Council's public one at the Palais des Nations. Delivered by the     */
/* organisers, never contacted from here.                                                     */
/* ------------------------------------------------------------------------------------------ */

const intergovernmental: SeedTarget[] = [
  {
    key: "un-hrc-president",
    kind: "official",
    name: "President of the Human Rights Council",
    title: "Presidency of the United Nations Human Rights Council",
    hostCountry: "CH",
    addressLines: ["Office of the President of the Human Rights Council", "Palais des Nations"],
    city: "Genève 10",
    postcode: "1211",
    language: "en",
    isExample: true,
  },
];

export const targets: SeedTarget[] = [...seedTargets, ...embassies, ...fallbacks, ...genevaMissions, ...officials, ...intergovernmental];
