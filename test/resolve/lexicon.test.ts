import { describe, expect, it } from "vitest";
import { countryNamed, countryOfDemonym, knownIn, knownOnlyElsewhere, namedEventType } from "../../src/resolve/lexicon.js";

describe("country names", () => {
  it("reads the short and older names news writes as the country the gazetteers name", () => {
    expect(countryNamed("Bosnia")).toBe("Bosnia and Herzegovina");
    expect(countryNamed("Zaire")).toBe("DR Congo");
    expect(countryNamed("Surinam")).toBe("Suriname");
    expect(countryNamed("Byelorussia")).toBe("Belarus");
    // A part of a name is no country.
    expect(countryNamed("Herzegovina")).toBeUndefined();
  });

  it("reads the short demonyms news writes, but no people's name that spans borders", () => {
    expect(countryOfDemonym("Tajik")).toBe("Tajikistan");
    expect(countryOfDemonym("Bosnian")).toBe("Bosnia and Herzegovina");
    expect(countryOfDemonym("Saudi")).toBe("Saudi Arabia");
    expect(countryOfDemonym("Serb")).toBeUndefined();
  });

  it("tells a town known in a country, among others maybe, from one known elsewhere", () => {
    expect(knownIn("SARAJEVO", "Bosnia")).toBe(true);
    expect(knownIn("Sarajevo", "United States")).toBe(false);
    expect(knownIn("WASHINGTON", "United States")).toBe(true);
    expect(knownIn("Washington", "United Kingdom")).toBe(true);
    expect(knownOnlyElsewhere("Bonn", "Israel")).toBe(true);
    expect(knownIn("Atlantis of the Deep", "Greece")).toBe(false);
  });

  it("names a happening by how its name ends, but not where the ending follows a link word and names a body's purpose", () => {
    expect(namedEventType("NBA Finals", false)).toBe("Other");
    expect(namedEventType("UK General Election", false)).toBe("Election");
    expect(namedEventType("Central Commission for Elections", false)).toBeUndefined();
    expect(namedEventType("Ministry of Elections", false)).toBeUndefined();
  });
});
