export * from './print-document';
export * from './print-document-html';
export * from './print-document-pdf';
