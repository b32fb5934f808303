/**
 * Test fixture for `pack/`: a small but representative document (TOC with hyperlinks, bookmarks in the body and in a
 * footnote, internal and external hyperlinks, header/footer fields, core and custom properties), and, when run as a
 * script (`node --import tsx test/pack/pack-child.ts`), a child process that builds and packs it once and prints the
 * SHA-256 of the bytes. The test runs it under several `TZ` values to prove the output doesn't depend on the zone.
 */
import { createHash } from "node:crypto";
import { pathToFileURL } from "node:url";
import {
  Bookmark,
  Document,
  ExternalHyperlink,
  Footer,
  FootnoteReferenceRun,
  Header,
  HeadingLevel,
  InternalHyperlink,
  Paragraph,
  SimpleField,
  TableOfContents,
  TextRun,
} from "docx";
import { packDocx } from "../../src/pack/pack-docx.ts";

export const TEST_DATE = "2026-01-15";

/** `variant` changes the content, so two documents can be told apart in the concurrency test. */
export function buildTestDocument(variant: "A" | "B" = "A"): Document {
  const heading = (text: string) => new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(text)] });
  return new Document({
    title: `Testdocument ${variant}`,
    subject: "Deterministisch inpakken",
    keywords: "oogo, pack, determinisme",
    creator: "oogo",
    customProperties: [
      { name: "Dossiernummer", value: `2026-00${variant === "A" ? 1 : 2}` },
      { name: "Versie", value: "1" },
    ],
    features: { updateFields: true },
    footnotes: {
      1: { children: [new Paragraph({ children: [new Bookmark({ id: "voetnoot_1", children: [new TextRun("Zie de toelichting.")] })] })] },
    },
    sections: [
      {
        headers: {
          default: new Header({
            children: [new Paragraph({ children: [new TextRun(`OOGO ${variant} – pagina `), new SimpleField("PAGE", "1")] })],
          }),
        },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                children: [new TextRun("Pagina "), new SimpleField("PAGE", "1"), new TextRun(" van "), new SimpleField("NUMPAGES", "1")],
              }),
            ],
          }),
        },
        children: [
          new TableOfContents("Inhoudsopgave", { hyperlink: true, headingStyleRange: "1-1" }),
          new Paragraph({
            heading: HeadingLevel.HEADING_1,
            children: [new Bookmark({ id: "artikel_1", children: [new TextRun("Artikel 1 Begrippen")] })],
          }),
          new Paragraph({
            children: [
              new TextRun("In deze overeenkomst"),
              new FootnoteReferenceRun(1),
              new TextRun(" wordt verwezen naar "),
              new InternalHyperlink({ anchor: "artikel_1", children: [new TextRun({ text: "artikel 1", style: "Hyperlink" })] }),
              new TextRun(" en naar "),
              new ExternalHyperlink({
                link: "https://example.org/oogo",
                children: [new TextRun({ text: "example.org", style: "Hyperlink" })],
              }),
              new TextRun("."),
            ],
          }),
          heading("Artikel 2 Looptijd"),
          new Paragraph("De overeenkomst loopt van 1 januari tot en met 31 december."),
          ...(variant === "B" ? [heading("Artikel 3 Slotbepaling"), new Paragraph("Alleen in variant B.")] : []),
        ],
      },
    ],
  });
}

export const sha256 = (bytes: Uint8Array): string => createHash("sha256").update(bytes).digest("hex");

// Run as a script: print the hash of one pack of variant A.
if (process.argv[1] !== undefined && pathToFileURL(process.argv[1]).href === import.meta.url) {
  const bytes = await packDocx(buildTestDocument("A"), { date: TEST_DATE });
  process.stdout.write(`${sha256(bytes)}\n`);
}
