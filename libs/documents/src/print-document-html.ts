import { escapeHtml } from '@werkbrug/core';
import type { PrintBlock, PrintCell, PrintDocument } from './print-document';

const CSS = `
  @page { size: A4; margin: 18mm; }
  body { font-family: Arial, Helvetica, sans-serif; font-size: 10pt; color: #000; margin: 0; line-height: 1.35; }
  h1 { font-size: 16pt; margin: 0 0 6pt; } h2 { font-size: 12pt; margin: 14pt 0 4pt; }
  table { border-collapse: collapse; width: 100%; } th, td { border: 1px solid #000; padding: 3pt 5pt; text-align: left; vertical-align: top; }
  th { background: #eee; } thead { display: table-header-group; } tr { break-inside: avoid; }
  dl { display: grid; grid-template-columns: 14em 1fr; gap: 2pt 8pt; margin: 0; } dt { font-weight: bold; } dd { margin: 0; }
  .note { font-style: italic; } footer { margin-top: 14pt; font-size: 8pt; }
`;

const h = escapeHtml;

function cell(c: PrintCell, first: boolean): string {
  const body = `${h(c.text)}${c.note ? `<br><span class="note">${h(c.note)}</span>` : ''}`;
  return first ? `<th scope="row">${body}</th>` : `<td>${body}</td>`;
}

function block(b: PrintBlock): string {
  switch (b.kind) {
    case 'heading':
      return `<h2>${h(b.text)}</h2>`;
    case 'facts':
      return `<dl>${b.rows.map(([k, v]) => `<dt>${h(k)}</dt><dd>${h(v)}</dd>`).join('')}</dl>`;
    case 'paragraph':
      return `<p>${b.label ? `<strong>${h(b.label)}:</strong> ` : ''}${h(b.text)}</p>`;
    case 'list':
      return `<ul>${b.items.map((i) => `<li>${i.label ? `<strong>${h(i.label)}:</strong> ` : ''}${h(i.text)}</li>`).join('')}</ul>`;
    case 'table': {
      const head = b.head.map((c) => `<th scope="col">${h(c)}</th>`).join('');
      const rows = b.rows.map((r) => `<tr>${r.map((c, i) => cell(c, i === 0)).join('')}</tr>`).join('');
      return `<table><thead><tr>${head}</tr></thead><tbody>${rows || `<tr><td colspan="${b.head.length}">${h(b.empty)}</td></tr>`}</tbody></table>`;
    }
  }
}

/** The document as print-ready HTML (A4 when printed), e.g. what `GET /trajectory-reports/<id>.html` answers. */
export function renderPrintHtml(doc: PrintDocument): string {
  const body = [
    `<header><h1>${h(doc.title)}</h1><p>${h(doc.subtitle)}</p></header>`,
    ...doc.blocks.map(block),
    `<footer>${h(doc.footer)}</footer>`,
  ].join('\n');
  return `<!doctype html><html lang="${doc.lang ?? 'nl'}"><head><meta charset="utf-8"><title>${h(doc.title)}</title><style>${CSS}</style></head><body>${body}</body></html>`;
}
