import 'reflect-metadata';
import { loadConfig } from '@werkbrug/config';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from './data-source.options';

/** For the TypeORM CLI (`typeorm migration:show -d dist/libs/database/src/data-source.js`). */
export default new DataSource(dataSourceOptions(loadConfig(), 'werkbrug-cli'));
