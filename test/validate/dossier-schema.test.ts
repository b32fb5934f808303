import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormatsImport from "ajv-formats";
const addFormats = ((addFormatsImport as any).default ?? addFormatsImport) as typeof import("ajv-formats").default;
import { parse } from "yaml";
import { registerEditorKeywords } from "../../src/validate/schema-keywords.ts";

// Tests for schemas/dossier.schema.json: it compiles in ajv strict mode, the reference
// sample validates, each kind of mistake gives the exact ajv error (keyword + instancePath),
// and every property carries a Dutch title and description for editor hover texts.

const schemaPath = fileURLToPath(new URL("../../schemas/dossier.schema.json", import.meta.url));
const samplePath = fileURLToPath(new URL("../../samples/voorbeeld-dossier.yaml", import.meta.url));

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

const schema: Json = JSON.parse(readFileSync(schemaPath, "utf8"));
const sampleText = readFileSync(samplePath, "utf8");
const sample: Json = parse(sampleText);

const warnings: unknown[][] = [];
const ajv = new Ajv2020({
  allErrors: true,
  strict: true,
  logger: { log: () => {}, warn: (...args: unknown[]) => warnings.push(args), error: (...args: unknown[]) => warnings.push(args) },
});
addFormats(ajv, ["date"]);
// The editor's `errorMessage` texts are annotations for ajv (src/validate/schema-keywords.ts).
registerEditorKeywords(ajv);
const validate = ajv.compile(schema);

interface Found {
  keyword: string;
  instancePath: string;
  params: Record<string, unknown>;
}

function errorsOf(data: Json): Found[] {
  if (validate(data)) return [];
  return (validate.errors ?? []).map((e) => ({ keyword: e.keyword, instancePath: e.instancePath, params: e.params }));
}

/** A deep copy of the sample, changed by `change`. */
function variant(change: (d: Json) => void): Json {
  const d = structuredClone(sample);
  change(d);
  return d;
}

/** Adds an own key (also `__proto__`) without going through a setter. */
function addOwnKey(target: Json, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, configurable: true, writable: true });
}

interface Expected {
  keyword: string;
  instancePath: string;
  params?: Record<string, unknown>;
}

function expectErrors(data: Json, expected: Expected[]): void {
  const found = errorsOf(data);
  const key = (e: { keyword: string; instancePath: string }) => `${e.instancePath} ${e.keyword}`;
  expect(found.map(key).sort()).toEqual(expected.map(key).sort());
  for (const exp of expected) {
    if (!exp.params) continue;
    const match = found.find((f) => f.keyword === exp.keyword && f.instancePath === exp.instancePath);
    expect(match?.params).toMatchObject(exp.params);
  }
}

describe("dossier.schema.json: compilation and sample", () => {
  it("is a draft 2020-12 schema with a stable $id and Dutch root title/description", () => {
    expect(schema.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
    expect(schema.$id).toBe("https://oogo.nl/schemas/dossier.schema.json");
    expect(schema.title).toBe("Dossier OOGO jeugd");
    expect(schema.description).toMatch(/^Eén dossier beschrijft één op overeenstemming gericht overleg/);
  });

  it("compiles in strict mode (incl. strictRequired) without warnings", () => {
    expect(warnings).toEqual([]);
    const strictest = new Ajv2020({ allErrors: true, strict: true, strictRequired: true, strictTypes: true, strictTuples: true });
    addFormats(strictest, ["date"]);
    registerEditorKeywords(strictest);
    expect(() => strictest.compile(schema)).not.toThrow();
  });

  it("the project sample is a byte copy of the shared reference example", () => {
    const reference = "/work/shared/spec/voorbeeld-dossier.yaml";
    let refText: string | undefined;
    try {
      refText = readFileSync(reference, "utf8");
    } catch {
      refText = undefined; // the shared folder is not available everywhere
    }
    if (refText !== undefined) expect(sampleText).toBe(refText);
  });

  it("validates samples/voorbeeld-dossier.yaml without errors", () => {
    expect(errorsOf(sample)).toEqual([]);
  });

  it("keeps YAML 1.2 dates and quoted times as strings in the sample", () => {
    expect(sample.dossier.ondertekening.datum).toBe("2026-01-15");
    expect(sample.vergaderingen[0].aanvang).toBe("15:00");
    expect(sample.partijen.samenwerkingsverbanden[1].code).toBe("VO 27-01");
  });

  it("accepts a minimal dossier with only the required keys", () => {
    const minimal = {
      versie: 1,
      dossier: { titel: "OOGO jeugd Texel", kenmerk: "OOGO-TX-2026", soort: "jeugd", schaal: "gemeente" },
      jeugdplan: { titel: "Beleidsplan jeugd Texel", periode: { van: "2027-01-01", tot: "2030-12-31" }, concept_datum: "2026-03-02" },
      partijen: {
        gemeenten: [structuredClone(sample.partijen.gemeenten[3])],
        samenwerkingsverbanden: structuredClone(sample.partijen.samenwerkingsverbanden),
      },
      overlegcommissie: {
        naam: "Overlegcommissie OOGO Texel",
        voorzitter: { naam: "M. Zijp", namens: "texel" },
        secretaris: { naam: "R. Molenaar", functie: "beleidsadviseur jeugd", namens: "texel" },
      },
      geschillenregeling: { commissie: "Geschillencommissie oogo-jeugdplan", verzoek_soorten: ["advies"] },
      agenda: [{ id: "monitor", thema: "voorwaarden", titel: "Gezamenlijke monitor" }],
    };
    delete minimal.partijen.gemeenten[0].raadsbehandeling_jeugdplan;
    expect(errorsOf(minimal)).toEqual([]);
  });

  it("accepts the optional keys of a gecombineerd dossier", () => {
    const d = variant((d) => {
      d.dossier.soort = "gecombineerd";
      d.agenda[0].grondslag = "ondersteuningsplan-vo";
      d.agenda[1].grondslag = "jeugd";
      d.partijen.mbo_instellingen = [
        {
          id: "roc-kop",
          naam: "ROC Kop van Noord-Holland",
          vertegenwoordiger: { naam: "P. de Vries", functie: "voorzitter college van bestuur" },
          adres: { straat: "Sluisdijkstraat 1", postcode: "1782EG", plaats: "Den Helder" },
        },
      ];
      d.geschillenregeling.ondersteuningsplan = { bindend_advies: true, arbitrage: false };
      d.overlegcommissie.leden = [{ naam: "K. Smit", functie: "beleidsmedewerker", namens: "swv-vo-kop" }];
    });
    expect(errorsOf(d)).toEqual([]);
  });

  it("leaves 'at least one SWV PO and one SWV VO' to the rule layer (A-03): one SWV passes the schema", () => {
    // ajv (allErrors) would report a spurious error for every non-matching item of a `contains`,
    // hiding the rule layer's reasoned message; the schema only asks for at least one SWV.
    expect(errorsOf(variant((d) => d.partijen.samenwerkingsverbanden.pop()))).toEqual([]);
  });

  it("does not require regio for schaal gemeente or ondersteuningsplan, nor ondertekening", () => {
    for (const schaal of ["gemeente", "ondersteuningsplan"]) {
      const d = variant((d) => {
        d.dossier.schaal = schaal;
        delete d.dossier.regio;
        delete d.dossier.ondertekening;
      });
      expect(errorsOf(d)).toEqual([]);
    }
  });
});

describe("dossier.schema.json: SWV code spellings", () => {
  const valid = ["PO2701", "VO2701", "PO 27-01", "PO-27-01", "VO 2701", "SWV PO 31-02", "PO 3102", "VO-25-07", "po2701", "Vo 27-01", "swv VO 2503"];
  it.each(valid)("accepts %j", (code) => {
    expect(errorsOf(variant((d) => (d.partijen.samenwerkingsverbanden[0].code = code)))).toEqual([]);
  });

  const invalid = ["PO27011", "XO2701", "PO270", "PO 27 01", "PO2701 ", " PO2701", "SWV-PO2701", "MBO2701", "PO27-0-1", "2701", "PO--2701", ""];
  it.each(invalid)("rejects %j with a pattern error on the code", (code) => {
    expectErrors(variant((d) => (d.partijen.samenwerkingsverbanden[0].code = code)), [
      { keyword: "pattern", instancePath: "/partijen/samenwerkingsverbanden/0/code" },
    ]);
  });
});

interface NegativeCase {
  name: string;
  change: (d: Json) => void;
  expected: Expected[];
}

const negativeCases: NegativeCase[] = [
  // unknown keys at several depths
  {
    name: "unknown key at the root",
    change: (d) => (d.opmerkingen = "x"),
    expected: [{ keyword: "additionalProperties", instancePath: "", params: { additionalProperty: "opmerkingen" } }],
  },
  {
    name: "unknown key in dossier.regio",
    change: (d) => (d.dossier.regio.provincie = "Noord-Holland"),
    expected: [{ keyword: "additionalProperties", instancePath: "/dossier/regio", params: { additionalProperty: "provincie" } }],
  },
  {
    name: "unknown key in a gemeente's adres",
    change: (d) => (d.partijen.gemeenten[1].adres.huisnummer = "21"),
    expected: [{ keyword: "additionalProperties", instancePath: "/partijen/gemeenten/1/adres", params: { additionalProperty: "huisnummer" } }],
  },
  {
    name: "unknown key in a vertegenwoordiger",
    change: (d) => (d.partijen.samenwerkingsverbanden[0].vertegenwoordiger.email = "h.wit@example.nl"),
    expected: [
      { keyword: "additionalProperties", instancePath: "/partijen/samenwerkingsverbanden/0/vertegenwoordiger", params: { additionalProperty: "email" } },
    ],
  },
  {
    name: "unknown key in an afspraak deep inside a verslag",
    change: (d) => (d.vergaderingen[1].verslag.punten[2].afspraken[0].status = "open"),
    expected: [
      { keyword: "additionalProperties", instancePath: "/vergaderingen/1/verslag/punten/2/afspraken/0", params: { additionalProperty: "status" } },
    ],
  },
  {
    name: "unknown key in an aanbeveling",
    change: (d) => (d.geschil.advies.aanbevelingen[0].prioriteit = 1),
    expected: [{ keyword: "additionalProperties", instancePath: "/geschil/advies/aanbevelingen/0", params: { additionalProperty: "prioriteit" } }],
  },
  {
    name: "misspelt key (namen instead of naam) in locatie",
    change: (d) => {
      d.vergaderingen[0].locatie.namen = d.vergaderingen[0].locatie.naam;
      delete d.vergaderingen[0].locatie.naam;
    },
    expected: [
      { keyword: "required", instancePath: "/vergaderingen/0/locatie", params: { missingProperty: "naam" } },
      { keyword: "additionalProperties", instancePath: "/vergaderingen/0/locatie", params: { additionalProperty: "namen" } },
    ],
  },
  // __proto__, constructor, prototype
  {
    name: "__proto__ key at the root",
    change: (d) => addOwnKey(d, "__proto__", { polluted: true }),
    expected: [{ keyword: "additionalProperties", instancePath: "", params: { additionalProperty: "__proto__" } }],
  },
  {
    name: "__proto__ key in a gemeente",
    change: (d) => addOwnKey(d.partijen.gemeenten[0], "__proto__", { isAdmin: true }),
    expected: [{ keyword: "additionalProperties", instancePath: "/partijen/gemeenten/0", params: { additionalProperty: "__proto__" } }],
  },
  {
    name: "constructor key in dossier",
    change: (d) => addOwnKey(d.dossier, "constructor", "x"),
    expected: [{ keyword: "additionalProperties", instancePath: "/dossier", params: { additionalProperty: "constructor" } }],
  },
  {
    name: "prototype key in geschil.verzoek",
    change: (d) => addOwnKey(d.geschil.verzoek, "prototype", {}),
    expected: [{ keyword: "additionalProperties", instancePath: "/geschil/verzoek", params: { additionalProperty: "prototype" } }],
  },
  // enums
  {
    name: "wrong dossier.soort",
    change: (d) => (d.dossier.soort = "passend-onderwijs"),
    expected: [{ keyword: "enum", instancePath: "/dossier/soort", params: { allowedValues: ["jeugd", "gecombineerd"] } }],
  },
  {
    name: "wrong dossier.schaal (also no if/then error: the if does not match)",
    change: (d) => (d.dossier.schaal = "regio"),
    expected: [{ keyword: "enum", instancePath: "/dossier/schaal", params: { allowedValues: ["ondersteuningsplan", "gemeente", "jeugdhulpregio"] } }],
  },
  {
    name: "wrong thema",
    change: (d) => (d.agenda[3].thema = "monitoring"),
    expected: [{ keyword: "enum", instancePath: "/agenda/3/thema" }],
  },
  {
    name: "wrong grondslag",
    change: (d) => (d.agenda[0].grondslag = "ondersteuningsplan-mbo"),
    expected: [{ keyword: "enum", instancePath: "/agenda/0/grondslag" }],
  },
  {
    name: "wrong vergadering soort",
    change: (d) => (d.vergaderingen[0].soort = "informeel"),
    expected: [{ keyword: "enum", instancePath: "/vergaderingen/0/soort", params: { allowedValues: ["oogo", "algemeen", "bijzonder"] } }],
  },
  {
    name: "wrong uitkomst",
    change: (d) => (d.vergaderingen[1].verslag.punten[1].uitkomst = "akkoord"),
    expected: [{ keyword: "enum", instancePath: "/vergaderingen/1/verslag/punten/1/uitkomst" }],
  },
  {
    name: "wrong besluit in a motivering",
    change: (d) => (d.motiveringen[1].reacties[0].besluit = "afwijzen"),
    expected: [
      { keyword: "enum", instancePath: "/motiveringen/1/reacties/0/besluit", params: { allowedValues: ["overnemen", "deels-overnemen", "niet-overnemen"] } },
    ],
  },
  {
    name: "wrong sector",
    change: (d) => (d.partijen.samenwerkingsverbanden[0].sector = "mbo"),
    expected: [{ keyword: "enum", instancePath: "/partijen/samenwerkingsverbanden/0/sector", params: { allowedValues: ["po", "vo"] } }],
  },
  {
    // Bindend advies and arbitrage pass the schema on purpose: the rule GC-ADVIES-OF-BEMIDDELING
    // refuses them with its legal reason. Unknown kinds stay a schema error.
    name: "verzoek soort unknown",
    change: (d) => (d.geschil.verzoek.soort = "oordeel"),
    expected: [{ keyword: "enum", instancePath: "/geschil/verzoek/soort", params: { allowedValues: ["advies", "bemiddeling", "bindend-advies", "arbitrage"] } }],
  },
  {
    name: "verzoek_soorten with a duplicate",
    change: (d) => (d.geschillenregeling.verzoek_soorten = ["advies", "advies"]),
    expected: [{ keyword: "uniqueItems", instancePath: "/geschillenregeling/verzoek_soorten", params: { i: 1, j: 0 } }],
  },
  {
    name: "verzoek_soorten empty",
    change: (d) => (d.geschillenregeling.verzoek_soorten = []),
    expected: [{ keyword: "minItems", instancePath: "/geschillenregeling/verzoek_soorten", params: { limit: 1 } }],
  },
  // versie
  {
    name: "versie 2",
    change: (d) => (d.versie = 2),
    expected: [{ keyword: "const", instancePath: "/versie", params: { allowedValue: 1 } }],
  },
  {
    name: "versie as a string",
    change: (d) => (d.versie = "1"),
    expected: [
      { keyword: "type", instancePath: "/versie", params: { type: "integer" } },
      { keyword: "const", instancePath: "/versie" },
    ],
  },
  // dates and times
  {
    name: "non-existent date 2025-02-30",
    change: (d) => (d.dossier.ondertekening.datum = "2025-02-30"),
    expected: [{ keyword: "format", instancePath: "/dossier/ondertekening/datum", params: { format: "date" } }],
  },
  {
    name: "Dutch-order date 15-01-2026",
    change: (d) => (d.partijen.gemeenten[2].collegebesluit = "15-01-2026"),
    expected: [{ keyword: "format", instancePath: "/partijen/gemeenten/2/collegebesluit", params: { format: "date" } }],
  },
  {
    name: "date as a number (e.g. an unquoted 20260115)",
    change: (d) => (d.geschil.advies.zitting = 20260115),
    expected: [{ keyword: "type", instancePath: "/geschil/advies/zitting", params: { type: "string" } }],
  },
  {
    name: "bad date in an afspraak",
    change: (d) => (d.vergaderingen[0].verslag.punten[1].afspraken[0].wanneer = "2026-13-01"),
    expected: [{ keyword: "format", instancePath: "/vergaderingen/0/verslag/punten/1/afspraken/0/wanneer" }],
  },
  {
    name: "time without leading zero",
    change: (d) => (d.vergaderingen[0].aanvang = "9:00"),
    expected: [{ keyword: "pattern", instancePath: "/vergaderingen/0/aanvang" }],
  },
  {
    name: "time 24:00",
    change: (d) => (d.vergaderingen[2].einde = "24:00"),
    expected: [{ keyword: "pattern", instancePath: "/vergaderingen/2/einde" }],
  },
  // codes
  {
    name: "GM code with three digits",
    change: (d) => (d.partijen.gemeenten[0].gm_code = "GM400"),
    expected: [{ keyword: "pattern", instancePath: "/partijen/gemeenten/0/gm_code", params: { pattern: "^GM[0-9]{4}$" } }],
  },
  {
    name: "GM code in lower case",
    change: (d) => (d.partijen.gemeenten[3].gm_code = "gm0448"),
    expected: [{ keyword: "pattern", instancePath: "/partijen/gemeenten/3/gm_code" }],
  },
  {
    name: "GM code as a bare number",
    change: (d) => (d.partijen.gemeenten[3].gm_code = 448),
    expected: [{ keyword: "type", instancePath: "/partijen/gemeenten/3/gm_code" }],
  },
  {
    name: "JZ code with one digit",
    change: (d) => (d.dossier.regio.code = "JZ3"),
    expected: [{ keyword: "pattern", instancePath: "/dossier/regio/code", params: { pattern: "^JZ[0-9]{2}$" } }],
  },
  {
    name: "bad postcode",
    change: (d) => (d.partijen.gemeenten[0].adres.postcode = "0784 MC"),
    expected: [{ keyword: "pattern", instancePath: "/partijen/gemeenten/0/adres/postcode" }],
  },
  // ids and references
  {
    name: "id with capitals",
    change: (d) => (d.partijen.gemeenten[0].id = "Den-Helder"),
    expected: [{ keyword: "pattern", instancePath: "/partijen/gemeenten/0/id", params: { pattern: "^[a-z0-9]+(-[a-z0-9]+)*$" } }],
  },
  {
    name: "id with an underscore",
    change: (d) => (d.agenda[2].id = "overgang_po_vo"),
    expected: [{ keyword: "pattern", instancePath: "/agenda/2/id" }],
  },
  {
    name: "id ending in a hyphen",
    change: (d) => (d.vergaderingen[1].id = "2026-04-oogo-"),
    expected: [{ keyword: "pattern", instancePath: "/vergaderingen/1/id" }],
  },
  {
    name: "party reference with a capital (namens)",
    change: (d) => (d.overlegcommissie.voorzitter.namens = "Schagen"),
    expected: [{ keyword: "pattern", instancePath: "/overlegcommissie/voorzitter/namens" }],
  },
  {
    name: "verzoekers reference with a space",
    change: (d) => (d.geschil.verzoek.verzoekers = ["swv vo kop"]),
    expected: [{ keyword: "pattern", instancePath: "/geschil/verzoek/verzoekers/0" }],
  },
  {
    name: "duplicate agendapunt in a meeting",
    change: (d) => (d.vergaderingen[0].agendapunten = ["toegang-op-school", "toegang-op-school"]),
    expected: [{ keyword: "uniqueItems", instancePath: "/vergaderingen/0/agendapunten" }],
  },
  // required keys and list sizes
  {
    name: "missing dossier.kenmerk",
    change: (d) => delete d.dossier.kenmerk,
    expected: [{ keyword: "required", instancePath: "/dossier", params: { missingProperty: "kenmerk" } }],
  },
  {
    name: "missing collegebesluit of a gemeente",
    change: (d) => delete d.partijen.gemeenten[1].collegebesluit,
    expected: [{ keyword: "required", instancePath: "/partijen/gemeenten/1", params: { missingProperty: "collegebesluit" } }],
  },
  {
    name: "missing uitnodiging of a vergadering",
    change: (d) => delete d.vergaderingen[2].uitnodiging,
    expected: [{ keyword: "required", instancePath: "/vergaderingen/2", params: { missingProperty: "uitnodiging" } }],
  },
  {
    name: "missing soort of the verzoek",
    change: (d) => delete d.geschil.verzoek.soort,
    expected: [{ keyword: "required", instancePath: "/geschil/verzoek", params: { missingProperty: "soort" } }],
  },
  {
    name: "missing inspanningsverplichting of the advies",
    change: (d) => delete d.geschil.advies.inspanningsverplichting,
    expected: [{ keyword: "required", instancePath: "/geschil/advies", params: { missingProperty: "inspanningsverplichting" } }],
  },
  {
    name: "empty string as kenmerk",
    change: (d) => (d.dossier.kenmerk = ""),
    expected: [
      { keyword: "minLength", instancePath: "/dossier/kenmerk", params: { limit: 1 } },
      { keyword: "pattern", instancePath: "/dossier/kenmerk" },
    ],
  },
  {
    name: "no gemeenten",
    change: (d) => (d.partijen.gemeenten = []),
    expected: [{ keyword: "minItems", instancePath: "/partijen/gemeenten", params: { limit: 1 } }],
  },
  {
    name: "empty agenda",
    change: (d) => (d.agenda = []),
    expected: [{ keyword: "minItems", instancePath: "/agenda", params: { limit: 1 } }],
  },
  {
    name: "no SWV at all",
    change: (d) => (d.partijen.samenwerkingsverbanden = []),
    expected: [{ keyword: "minItems", instancePath: "/partijen/samenwerkingsverbanden", params: { limit: 1 } }],
  },
  {
    name: "SWV without gemeenten",
    change: (d) => (d.partijen.samenwerkingsverbanden[1].gemeenten = []),
    expected: [{ keyword: "minItems", instancePath: "/partijen/samenwerkingsverbanden/1/gemeenten", params: { limit: 1 } }],
  },
  {
    name: "schaal jeugdhulpregio without regio",
    change: (d) => delete d.dossier.regio,
    expected: [
      { keyword: "required", instancePath: "/dossier", params: { missingProperty: "regio" } },
      { keyword: "if", instancePath: "/dossier", params: { failingKeyword: "then" } },
    ],
  },
  // other types and limits
  {
    name: "afgemeld as text instead of a boolean",
    change: (d) => (d.vergaderingen[0].verslag.afwezig[0].afgemeld = "ja"),
    expected: [{ keyword: "type", instancePath: "/vergaderingen/0/verslag/afwezig/0/afgemeld", params: { type: "boolean" } }],
  },
  {
    name: "negative termijn",
    change: (d) => (d.procedure.termijnen.verslag_dagen_na = -1),
    expected: [{ keyword: "minimum", instancePath: "/procedure/termijnen/verslag_dagen_na", params: { limit: 0 } }],
  },
  {
    name: "fractional vergaderingen_per_jaar",
    change: (d) => (d.procedure.vergaderingen_per_jaar = 2.5),
    expected: [{ keyword: "type", instancePath: "/procedure/vergaderingen_per_jaar", params: { type: "integer" } }],
  },
  {
    name: "toelichting longer than 10000 characters",
    change: (d) => (d.agenda[0].toelichting = "x".repeat(10001)),
    expected: [{ keyword: "maxLength", instancePath: "/agenda/0/toelichting", params: { limit: 10000 } }],
  },
  {
    name: "name longer than 300 characters",
    change: (d) => (d.partijen.gemeenten[0].vertegenwoordiger.naam = "A".repeat(301)),
    expected: [{ keyword: "maxLength", instancePath: "/partijen/gemeenten/0/vertegenwoordiger/naam", params: { limit: 300 } }],
  },
  {
    name: "line break in a name",
    change: (d) => (d.overlegcommissie.naam = "Overlegcommissie\nOOGO"),
    expected: [{ keyword: "pattern", instancePath: "/overlegcommissie/naam" }],
  },
  {
    name: "agenda item as a plain string",
    change: (d) => (d.agenda[1] = "onderwijszorg"),
    expected: [{ keyword: "type", instancePath: "/agenda/1", params: { type: "object" } }],
  },
];

describe("dossier.schema.json: negative cases", () => {
  it.each(negativeCases.map((c) => [c.name, c] as const))("%s", (_name, c) => {
    expectErrors(variant(c.change), c.expected);
  });

  it("rejects __proto__ as parsed from YAML text as an own key", () => {
    const d: Json = parse(sampleText.replace(/^versie: 1$/m, "versie: 1\n__proto__: { verontreinigd: true }"));
    expect(Object.getPrototypeOf(d)).toBe(Object.prototype);
    expectErrors(d, [{ keyword: "additionalProperties", instancePath: "", params: { additionalProperty: "__proto__" } }]);
  });

  it("rejects an unquoted number where YAML gives a number (kenmerk: 2026)", () => {
    const d: Json = parse(sampleText.replace("kenmerk: OOGO-JZ03-2026", "kenmerk: 2026"));
    expectErrors(d, [{ keyword: "type", instancePath: "/dossier/kenmerk", params: { type: "string" } }]);
  });
});

// ---------------------------------------------------------------------------
// Walk the schema: every property schema and every $defs entry has a Dutch title and description.

interface Visit {
  path: string;
  node: Json;
  /** the node is a condition (inside if/contains/then), not a shape of the dossier */
  condition: boolean;
}

function walk(node: Json, path: string, condition: boolean, out: Visit[]): void {
  if (node === null || typeof node !== "object") return;
  if (Array.isArray(node)) {
    node.forEach((child, i) => walk(child, `${path}/${i}`, condition, out));
    return;
  }
  out.push({ path, node, condition });
  for (const [key, value] of Object.entries(node)) {
    if (key === "enum" || key === "const" || key === "examples" || key === "required") continue;
    if (key === "properties" || key === "$defs") {
      for (const [name, sub] of Object.entries(value as Record<string, Json>)) walk(sub, `${path}/${key}/${name}`, condition, out);
    } else {
      walk(value, `${path}/${key}`, condition || key === "if" || key === "then" || key === "contains", out);
    }
  }
}

const visits: Visit[] = [];
walk(schema, "#", false, visits);

function namedEntries(): Array<{ path: string; node: Json }> {
  const out: Array<{ path: string; node: Json }> = [];
  for (const v of visits) {
    for (const key of ["properties", "$defs"] as const) {
      const group = v.node[key];
      if (group && typeof group === "object") {
        for (const [name, sub] of Object.entries(group)) out.push({ path: `${v.path}/${key}/${name}`, node: sub });
      }
    }
  }
  return out;
}

const ENGLISH = /\b(the|and|which|must|should|optional field|required field|date of)\b/i;

describe("dossier.schema.json: titles and descriptions", () => {
  const entries = namedEntries();

  it("walks a substantial schema", () => {
    expect(entries.length).toBeGreaterThan(150);
    expect(Object.keys(schema.$defs).sort()).toEqual(
      [
        "aanbevelingId", "adres", "agendapunt", "agendapuntId", "datum", "functie", "gemeente", "gemeenteId", "gmCode", "id",
        "jzCode", "mboInstelling", "motivering", "naam", "partijId", "persoon", "persoonNamens", "plaats", "postcode",
        "samenwerkingsverband", "swvCode", "tekst", "termijnDagen", "tijd", "titel", "vergadering", "vergaderingId",
        "verslag", "vertegenwoordiger", "verzoekSoort",
      ].sort(),
    );
  });

  it("every property schema and $defs entry has a non-empty Dutch title and description", () => {
    const problems: string[] = [];
    for (const { path, node } of entries) {
      for (const key of ["title", "description"] as const) {
        const text = node?.[key];
        if (typeof text !== "string" || text.trim().length === 0) problems.push(`${path}: ${key} missing`);
        else if (ENGLISH.test(text)) problems.push(`${path}: ${key} looks English: ${text}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it("array items that are objects or references also carry a title and description", () => {
    const problems: string[] = [];
    for (const v of visits) {
      const items = v.node.items;
      if (!items || typeof items !== "object") continue;
      // items that are a bare $ref take title/description from the referenced $defs entry
      if (Object.keys(items).length === 1 && typeof items.$ref === "string") {
        const target = schema.$defs[items.$ref.replace("#/$defs/", "")];
        if (!target?.title || !target?.description) problems.push(`${v.path}/items -> ${items.$ref}`);
      } else if (!items.title || !items.description) problems.push(`${v.path}/items`);
    }
    expect(problems).toEqual([]);
  });

  it("every shape object has additionalProperties: false", () => {
    const problems = visits
      .filter((v) => !v.condition && (v.node.type === "object" || v.node.properties !== undefined))
      .filter((v) => v.node.additionalProperties !== false)
      .map((v) => v.path);
    expect(problems).toEqual([]);
  });

  it("every $ref points at an existing $defs entry", () => {
    const missing = visits
      .filter((v) => typeof v.node.$ref === "string")
      .map((v) => v.node.$ref as string)
      .filter((ref) => !ref.startsWith("#/$defs/") || schema.$defs[ref.slice("#/$defs/".length)] === undefined);
    expect(missing).toEqual([]);
  });

  it("every required key is defined in the same schema's properties (or in the object it conditions)", () => {
    const problems: string[] = [];
    for (const v of visits) {
      if (!Array.isArray(v.node.required)) continue;
      for (const key of v.node.required) {
        if (v.node.properties?.[key] === undefined) problems.push(`${v.path}: ${key}`);
      }
    }
    expect(problems).toEqual([]);
  });
});
