export * from './personal-data-detector';
export * from './assert-no-personal-data';
