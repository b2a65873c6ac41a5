/** A table cell: its text, and under it a note in italics (e.g. an absence's consequence). */
export interface PrintCell {
  readonly text: string;
  readonly note?: string;
}

/** The parts a printable document is made of, in plain text: the HTML and the PDF draw the same document. */
export type PrintBlock =
  | { readonly kind: 'heading'; readonly text: string }
  | { readonly kind: 'facts'; readonly rows: readonly (readonly [string, string])[] }
  | { readonly kind: 'paragraph'; readonly label?: string; readonly text: string }
  | { readonly kind: 'list'; readonly items: readonly { label?: string; text: string }[] }
  | {
      readonly kind: 'table';
      readonly head: readonly string[];
      readonly rows: readonly (readonly PrintCell[])[];
      readonly empty: string;
    };

/** A document printed from the browser (HTML, A4) or downloaded as a PDF; both are drawn from this. */
export interface PrintDocument {
  /** The document's language; Dutch unless said. */
  readonly lang?: 'nl' | 'en';
  readonly title: string;
  readonly subtitle: string;
  readonly blocks: readonly PrintBlock[];
  readonly footer: string;
}
