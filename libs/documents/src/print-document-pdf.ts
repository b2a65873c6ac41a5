import PDFDocument from 'pdfkit';
import type { PrintBlock, PrintCell, PrintDocument } from './print-document';

const MARGIN = 51; // 18 mm, as the print layout of the HTML
const REGULAR = 'Helvetica';
const BOLD = 'Helvetica-Bold';
const ITALIC = 'Helvetica-Oblique';
const BODY = 10;
const LABEL_WIDTH = 170;
const PAD = 4;

type Pdf = InstanceType<typeof PDFDocument>;

/** The document as a PDF (A4): the same document as the HTML, drawn with the PDF's standard fonts. */
export function renderPrintPdf(doc: PrintDocument): Promise<Buffer> {
  const pdf = new PDFDocument({
    size: 'A4',
    margin: MARGIN,
    info: { Title: doc.title, Creator: 'Werkbrug' },
    lang: doc.lang === 'en' ? 'en-GB' : 'nl-NL',
  });
  const chunks: Buffer[] = [];
  pdf.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    pdf.on('end', () => resolve(Buffer.concat(chunks)));
    pdf.on('error', reject);
  });
  pdf.font(BOLD).fontSize(16).text(doc.title);
  pdf.moveDown(0.3).font(REGULAR).fontSize(BODY).text(doc.subtitle);
  for (const block of doc.blocks) draw(pdf, block);
  pdf.moveDown(1.2).font(REGULAR).fontSize(8).text(doc.footer);
  pdf.end();
  return done;
}

function width(pdf: Pdf): number {
  return pdf.page.width - 2 * MARGIN;
}

/** Starts a new page when `height` no longer fits on this one. */
function room(pdf: Pdf, height: number): void {
  if (pdf.y + height > pdf.page.height - MARGIN) pdf.addPage();
}

function draw(pdf: Pdf, block: PrintBlock): void {
  pdf.x = MARGIN;
  switch (block.kind) {
    case 'heading':
      room(pdf, 40);
      pdf.moveDown(0.8).font(BOLD).fontSize(12).text(block.text);
      pdf.moveDown(0.2);
      return;
    case 'paragraph':
      pdf.moveDown(0.3).fontSize(BODY);
      if (block.label) pdf.font(BOLD).text(`${block.label}: `, { continued: true });
      pdf.font(REGULAR).text(block.text);
      return;
    case 'list':
      for (const item of block.items) {
        pdf.fontSize(BODY);
        if (item.label) pdf.font(BOLD).text(`• ${item.label}: `, { continued: true });
        pdf.font(REGULAR).text(item.label ? item.text : `• ${item.text}`);
      }
      return;
    case 'facts':
      for (const [label, value] of block.rows) {
        pdf.fontSize(BODY);
        const valueWidth = width(pdf) - LABEL_WIDTH;
        const height = Math.max(
          pdf.font(BOLD).heightOfString(label, { width: LABEL_WIDTH - PAD }),
          pdf.font(REGULAR).heightOfString(value, { width: valueWidth }),
        );
        room(pdf, height);
        const y = pdf.y;
        pdf.font(BOLD).text(label, MARGIN, y, { width: LABEL_WIDTH - PAD });
        pdf.font(REGULAR).text(value, MARGIN + LABEL_WIDTH, y, { width: valueWidth });
        pdf.y = y + height + 2;
      }
      return;
    case 'table':
      table(pdf, block.head, block.rows.length ? block.rows : [[{ text: block.empty }]]);
      return;
  }
}

/** A table with a header row repeated on every page; the last column takes what the others leave. */
function table(pdf: Pdf, head: readonly string[], rows: readonly (readonly PrintCell[])[]): void {
  const total = width(pdf);
  const narrow = Math.min(110, total / (head.length + 1));
  const widths = head.map((_, i) => (i === head.length - 1 ? total - narrow * (head.length - 1) : narrow));
  const cellHeight = (c: PrintCell, w: number, font: string) =>
    pdf
      .font(font)
      .fontSize(BODY)
      .heightOfString(c.text, { width: w - 2 * PAD }) +
    (c.note ? pdf.font(ITALIC).heightOfString(c.note, { width: w - 2 * PAD }) : 0) +
    2 * PAD;
  const row = (cells: readonly PrintCell[], font: string, shaded: boolean) => {
    const height = Math.max(...cells.map((c, i) => cellHeight(c, widths[i] ?? total, font)));
    let x = MARGIN;
    const y = pdf.y;
    cells.forEach((c, i) => {
      const w = cells.length === 1 ? total : widths[i];
      if (shaded) pdf.rect(x, y, w, height).fillAndStroke('#eeeeee', '#000000').fillColor('#000000');
      else pdf.rect(x, y, w, height).stroke();
      pdf
        .font(font)
        .fontSize(BODY)
        .text(c.text, x + PAD, y + PAD, { width: w - 2 * PAD });
      if (c.note) pdf.font(ITALIC).text(c.note, { width: w - 2 * PAD });
      x += w;
    });
    pdf.x = MARGIN;
    pdf.y = y + height;
  };
  const header = () =>
    row(
      head.map((text) => ({ text })),
      BOLD,
      true,
    );
  room(pdf, 60);
  header();
  for (const cells of rows) {
    const height = Math.max(
      ...cells.map((c, i) => cellHeight(c, cells.length === 1 ? total : widths[i], REGULAR)),
    );
    if (pdf.y + height > pdf.page.height - MARGIN) {
      pdf.addPage();
      header();
    }
    row(cells, REGULAR, false);
  }
  pdf.moveDown(0.3);
}
