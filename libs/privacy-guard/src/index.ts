export * from './personal-data-detector';
export * from './assert-no-personal-data';
export { passesIbanChecksum } from './iban-detector';
export { normaliseText, originalSpan, type NormalisedText } from './text-normalisation';
