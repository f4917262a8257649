import { describe, expect, it } from "vitest";
import { countryNamed, countryOfDemonym, knownIn, knownOnlyElsewhere, namedEventType, withoutHonorifics } from "../../src/resolve/lexicon.js";

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

describe("titles that open a person's name", () => {
  it("leaves out courtesy titles, ranks and the positions of players no name opens with", () => {
    expect(withoutHonorifics("Rt Rev Michael Scott-Joynt")).toBe("Michael Scott-Joynt");
    expect(withoutHonorifics("Trooper William Hakim")).toBe("William Hakim");
    expect(withoutHonorifics("Linebacker Mike Peterson")).toBe("Mike Peterson");
    expect(withoutHonorifics("Winger Nitoglia")).toBe("Nitoglia");
    // A word that is also a name's own first word stays: the Boxer Rising, Lady Gaga.
    expect(withoutHonorifics("Boxer Rising")).toBe("Boxer Rising");
    expect(withoutHonorifics("Lady Gaga")).toBe("Lady Gaga");
  });
});
